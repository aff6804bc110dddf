#!/usr/bin/env node
// PDQ speed, one thread (issue #16): hashes/s natively (bench/pdq.cpp: against the reference's
// order and SHA-256 of the same pixels), in wasm under node, and in Chromium's page, where the
// ratio a person feels is PDQ time / the browser's own decode time (createImageBitmap) of the same
// JPEG. Every ratio is between numbers measured in the same run. Native and node rates count CPU
// time; the browser's are wall time (PDQ and the decode alike).
// Usage: node bench/pdq.mjs [--seconds S] [--no-browser]
// (env: TAKEDOWN_WASM_DIR, TAKEDOWN_PROTOCOL_JS, TAKEDOWN_BENCH_PDQ = build/release/bench/takedown_bench_pdq)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parseNetpbm } from '../tests/node/pdq-support.mjs';

const SIZES = [[512, 512], [1024, 768]];
const here = path.dirname(new URL(import.meta.url).pathname);

// The same kind of picture for every measure: a JPEG (q 90) of an ffmpeg test pattern, and its pixels.
function picture(dir, [width, height]) {
  const jpeg = path.join(dir, `${width}x${height}.jpg`);
  execFileSync('ffmpeg', ['-v', 'error', '-y', '-f', 'lavfi', '-i', `testsrc2=s=${width}x${height}`, '-frames:v', '1', '-q:v', '2', jpeg]);
  const pnm = execFileSync('ffmpeg', ['-v', 'error', '-i', jpeg, '-f', 'image2pipe', '-c:v', 'ppm', '-'], { maxBuffer: 64 << 20 });
  return { jpeg, rgb: parseNetpbm(pnm) };
}

// Calls per second of this process's CPU time (as the native side counts its thread's), so that
// time the shared machine gives to others is not counted.
function rate(seconds, work) {
  let n = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  while (performance.now() - start < seconds * 1000) {
    work();
    n += 1;
  }
  const used = process.cpuUsage(cpu);
  return n / ((used.user + used.system) / 1e6);
}

export async function pdqRows({ seconds = 3, browser = true } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-pdq-bench-'));
  const rows = [];
  try {
    const pictures = SIZES.map((size) => picture(dir, size));
    // Native, in its own process: the core, the reference-order baseline and SHA-256, interleaved.
    const tool = process.env.TAKEDOWN_BENCH_PDQ;
    const nativeRun = spawnSync(tool, [String(seconds)], { encoding: 'utf8' });
    if (nativeRun.status !== 0) throw new Error(`${tool} failed: ${nativeRun.stderr}`);
    const native = nativeRun.stdout.trim().split('\n').map((l) => JSON.parse(l));
    for (const n of native) {
      rows.push({ measure: `native PDQ ${n.image}`, value: n.core_per_s, unit: 'hashes/s', baseline: 'reference-order PDQ, same process', baselineValue: n.reference_order_per_s });
      rows.push({ measure: `native PDQ ${n.image}`, value: n.core_per_s, unit: 'hashes/s', baseline: 'SHA-256 of the same pixels', baselineValue: n.sha256_per_s });
    }
    // wasm under node: the same sizes, synchronous inner calls through the client.
    const { wasmClient } = await import('../tests/node/wasm-core.mjs');
    const core = await wasmClient();
    const module = await core.load();
    for (const [i, { rgb }] of pictures.entries()) {
      const pixels = module._malloc(rgb.data.length);
      const out = module._malloc(260);
      module.HEAPU8.set(rgb.data, pixels);
      const wasm = rate(seconds, () => module._takedown_pdq_hash(pixels, rgb.data.length, rgb.width, rgb.height, 3, out));
      module._free(pixels);
      module._free(out);
      const n = native[i];
      rows.push({ measure: `wasm PDQ in node ${n.image}`, value: wasm, unit: 'hashes/s', baseline: 'native PDQ, same script', baselineValue: n.core_per_s });
    }
    if (browser) rows.push(...await chromiumRows(pictures, seconds));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

// In a Chromium page: decode each JPEG with createImageBitmap, read its pixels, hash them with the
// wasm core; hashes/s and PDQ time / decode time.
async function chromiumRows(pictures, seconds) {
  const { chromium } = await import('playwright-core');
  const wasmDir = path.join(process.env.TAKEDOWN_WASM_DIR, 'wasm');
  const files = {
    '/core-client.js': [path.join(here, '../wasm/core-client.js'), 'text/javascript'],
    '/takedown-core.mjs': [path.join(wasmDir, 'takedown-core.mjs'), 'text/javascript'],
    '/takedown-core.wasm': [path.join(wasmDir, 'takedown-core.wasm'), 'application/wasm'],
    '/index.html': [null, 'text/html'],
    ...Object.fromEntries(pictures.map((p) => [`/${path.basename(p.jpeg)}`, [p.jpeg, 'image/jpeg']])),
  };
  const server = http.createServer((req, res) => {
    const file = files[req.url];
    if (!file) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': file[1] });
    res.end(file[0] ? fs.readFileSync(file[0]) : '<!doctype html><title>pdq bench</title>');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/index.html`);
    const results = await page.evaluate(async ({ names, seconds }) => {
      const { CoreClient } = await import('/core-client.js');
      const { default: createModule } = await import('/takedown-core.mjs');
      const core = new CoreClient({ createModule, limits: {} });
      const out = [];
      for (const name of names) {
        const blob = await (await fetch(`/${name}`)).blob();
        // Mean ms of one call over a round of about `ms`.
        const round = async (work, ms) => {
          let n = 0;
          const start = performance.now();
          while (performance.now() - start < ms) { await work(); n += 1; }
          return (performance.now() - start) / n;
        };
        const bitmap = await createImageBitmap(blob);
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        const image = context.getImageData(0, 0, bitmap.width, bitmap.height);
        const decode = async () => (await createImageBitmap(blob)).close();
        const hash = () => core.pdqHash({ data: image.data, width: image.width, height: image.height });
        // Warm-up: wasm starts in the baseline compiler and is optimised after a while (shorter in a
        // quick run, whose numbers only show that the bench works).
        await round(hash, Math.min(1500, seconds * 500));
        await round(decode, Math.min(300, seconds * 100));
        // Rounds alternated, the median of each kept, so that load from elsewhere hits both alike.
        const decodes = [];
        const hashes = [];
        for (let i = 0; i < 9; i += 1) {
          decodes.push(await round(decode, (seconds * 1000) / 18));
          hashes.push(await round(hash, (seconds * 1000) / 18));
        }
        const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
        const decodeMs = median(decodes);
        const pdqMs = median(hashes);
        const readMs = await round(() => context.getImageData(0, 0, bitmap.width, bitmap.height), Math.min(300, seconds * 100));
        out.push({ name, decodeMs, readMs, pdqMs });
      }
      return out;
    }, { names: pictures.map((p) => path.basename(p.jpeg)), seconds });
    return results.flatMap((r) => [
      { measure: `Chromium PDQ ${r.name.replace('.jpg', '')} (page, wasm)`, value: 1000 / r.pdqMs, unit: 'hashes/s', baseline: 'createImageBitmap decodes/s of the same JPEG', baselineValue: 1000 / r.decodeMs },
      { measure: `Chromium PDQ time / decode time ${r.name.replace('.jpg', '')}`, value: r.pdqMs, unit: 'ms', baseline: 'createImageBitmap of the same JPEG', baselineValue: r.decodeMs },
    ]);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '3' }, 'no-browser': { type: 'boolean', default: false } } });
  const rows = await pdqRows({ seconds: Number(values.seconds), browser: !values['no-browser'] });
  console.log('| measure | value | baseline | ratio |\n| --- | --- | --- | --- |');
  for (const r of rows) {
    console.log(`| ${r.measure} | ${r.value.toFixed(1)} ${r.unit} | ${r.baseline}: ${r.baselineValue.toFixed(1)} | ${(r.value / r.baselineValue).toFixed(2)} |`);
  }
}

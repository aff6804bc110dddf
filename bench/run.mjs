#!/usr/bin/env node
// Benchmarks, each reported as a ratio against a baseline measured in the same process or script
// (the machine is shared and noisy; absolute times are shown only for orientation).
// Usage: bench/run [--quick] [--write bench/RESULTS.md]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/harness.mjs';
import { wasmClient } from '../tests/node/wasm-core.mjs';
import { sha256Rows } from './sha256.mjs';
import { benchCapture } from './capture.mjs';
import { benchFormFill } from './forms-fill.mjs';
import { formsAccuracy } from './forms-accuracy.mjs';
import { formsScope, scopeSection } from './forms-scope.mjs';
import { vaultRows } from './vault.mjs';
import { uploadRows, uploadSection } from './upload.mjs';
import { pdqRows } from './pdq.mjs';
import { benchWatcherLoad } from './watcher-load.mjs';

const { values: options } = parseArgs({ options: { quick: { type: 'boolean', default: false }, write: { type: 'string' } } });
const scale = options.quick ? 0.02 : 1;
const count = (n) => Math.max(5, Math.round(n * scale));
const PAYLOADS = {
  small: JSON.stringify({ value: { id: 42, text: 'hello', tags: ['a', 'b'] } }),
  '10kB': JSON.stringify({ value: 'x'.repeat(10_000) }),
};
const rows = [];
// How long each part took, on stderr: what a slow smoke run spends its time on.
let partStarted = performance.now();
const partDone = (name) => {
  console.error(`bench/run: ${name} took ${((performance.now() - partStarted) / 1000).toFixed(1)} s`);
  partStarted = performance.now();
};
const row = (measure, value, unit, baseline, baselineValue) =>
  rows.push({ measure, value, unit, baseline, baselineValue, ratio: value / baselineValue });

// 1. Native: core::call against parse+dump of the same JSON, in one process.
const native = spawnSync(process.env.TAKEDOWN_BENCH_NATIVE, [String(count(20000))], { encoding: 'utf8' });
if (native.status !== 0) throw new Error(`native bench failed: ${native.stderr}`);
const nativeNs = Object.fromEntries(native.stdout.trim().split('\n').map((line) => JSON.parse(line)).map((r) => [r.payload, r]));
for (const [name, r] of Object.entries(nativeNs)) {
  row(`native core.echo (${name})`, r.call_ns / 1000, 'µs', 'nlohmann parse+dump, same process', r.json_baseline_ns / 1000);
}

partDone('native core.echo');
// 2. wasm under node: the same calls, against JSON.parse+stringify in the same process; and wasm vs native.
const core = await wasmClient();
const wasmModule = await core.load();
for (const [name, params] of Object.entries(PAYLOADS)) {
  const iterations = count(20000);
  const wasmUs = timeUs(iterations, () => core.invoke(wasmModule, Buffer.from('core.echo'), Buffer.from(params)));
  const jsUs = timeUs(iterations, () => JSON.stringify(JSON.parse(params)));
  row(`wasm core.echo in node (${name})`, wasmUs, 'µs', 'JSON.parse+stringify, same process', jsUs);
  row(`wasm / native call cost (${name})`, wasmUs, 'µs', 'native core.echo, same script', nativeNs[name].call_ns / 1000);
}

partDone('wasm core.echo in node');
// 3. In Chromium's service worker: cold init, echo, and the native messaging round trip.
const browser = await launchBrowser('chromium');
try {
  const inWorker = await browser.worker.evaluate(async ([inits, calls, pings, small]) => {
    const { core, nativeHost } = globalThis.takedownTest;
    const now = () => performance.now();
    const bytes = await (await fetch(chrome.runtime.getURL('wasm/takedown-core.wasm'))).arrayBuffer();
    let compileMs = 0;
    let initMs = 0;
    for (let i = 0; i < inits; i++) {
      let t = now();
      await WebAssembly.compile(bytes);
      compileMs += now() - t;
      t = now();
      await core.createModule({});
      initMs += now() - t;
    }
    const parsed = JSON.parse(small);
    let t = now();
    for (let i = 0; i < calls; i++) await core.callRaw('core.echo', small);
    const echoUs = ((now() - t) / calls) * 1000;
    // The baseline is fast and the worker's clock coarse (0.1 ms): many more rounds, so it never reads 0.
    const jsonCalls = calls * 50;
    t = now();
    for (let i = 0; i < jsonCalls; i++) JSON.parse(JSON.stringify(parsed));
    const jsonUs = ((now() - t) / jsonCalls) * 1000;
    const pong = await nativeHost.call('ping');   // connect first: the round trip, not the process start, is measured
    t = now();
    for (let i = 0; i < pings; i++) await nativeHost.call('ping');
    const pingUs = ((now() - t) / pings) * 1000;
    if (pong?.pong !== true) throw new Error(`the native host answered ping with ${JSON.stringify(pong)}`);
    return { compileMs: compileMs / inits, initMs: initMs / inits, echoUs, jsonUs, pingUs };
  }, [count(20), count(5000), count(500), PAYLOADS.small]);
  row('service worker: wasm module cold init (fetch+compile+instantiate)', inWorker.initMs, 'ms', 'WebAssembly.compile alone, same worker', inWorker.compileMs);
  row('service worker: core.echo (small)', inWorker.echoUs, 'µs', 'JSON.parse+stringify, same worker', inWorker.jsonUs);
  row('native messaging round trip (ping, open port)', inWorker.pingUs, 'µs', 'core.echo in the worker, same run', inWorker.echoUs);
} finally {
  await browser.close();
}

partDone('service worker and native messaging');
function timeUs(iterations, work) {
  for (let i = 0; i < Math.ceil(iterations / 10); i++) work();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) work();
  return Number(process.hrtime.bigint() - start) / 1000 / iterations;
}

// 4. SHA-256 and CRC-32: wasm vs native vs sha256sum on one file (bench/sha256.mjs).
rows.push(...(await sha256Rows({ quick: options.quick })).rows);
partDone('SHA-256 and CRC-32');
// 5. Capture of a large video from the right-click to the stored record, and memory, in Chromium and Firefox (bench/capture.mjs).
for (const r of await benchCapture({ megabytes: options.quick ? 2 : 100, rounds: options.quick ? 1 : 3 })) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);
partDone('capture');
// 6. Filling a 30-field form in Chromium, from the trigger to the recorded fill (bench/forms-fill.mjs).
for (const r of await benchFormFill({ rounds: options.quick ? 1 : 10 })) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);
partDone('form fill');
// 7. The field classifier: accuracy on the corpus and the replicas (its own section), and a 1,000-field
//    snapshot in wasm against the native build (bench/forms-accuracy.mjs).
const formsReport = await formsAccuracy({ quick: options.quick });
for (const r of formsReport.rows) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);
partDone('field classifier');
// 8. The host's evidence vault: appends per second per record and with group commit, verify against
//    sha256sum, a 200 MB upload over native messaging frames against a raw pipe (bench/vault.mjs).
for (const r of await vaultRows({ quick: options.quick })) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);

partDone('vault');
// 8b. Evidence uploads from the extension's own code in Chromium, to the real host against a bare
//     sink host, at several chunk sizes, and the host's peak memory (bench/upload.mjs).
const uploads = await uploadRows({ quick: options.quick });
for (const r of uploads.rows) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);

partDone('uploads');
// 9. Filling only the chosen form: fields changed outside it and honeypots filled over the whole
//    corpus (bench/forms-scope.mjs; its own section).
const scopeReport = scopeSection(await formsScope({ quick: options.quick }));

partDone('forms scope');
// 10. PDQ: hashes/s natively (against the reference's order and SHA-256), in wasm under node and in a
//     Chromium page, where PDQ time / the browser's own decode time is the ratio a person feels (bench/pdq.mjs).
for (const r of await pdqRows({ seconds: options.quick ? 0.2 : 3 })) row(r.measure, r.value, r.unit, r.baseline, r.baselineValue);
partDone('PDQ');
// 11. The watcher on a page of 40 pictures: load time on vs off, and its background CPU per picture
//     (screenshot crop, PDQ and match) against the page's own load time per picture (bench/watcher-load.mjs).
//     Not in --quick (the test suite's smoke run): it scrolls real pages for half a minute per browser.
for (const browserName of options.quick ? [] : ['chromium', 'firefox']) {
  const w = await benchWatcherLoad({ browserName, runs: 10 });
  row(`${browserName}: page of 40 pictures, load with the watcher on`, w.load_ms_on, 'ms', 'the same page, watcher off', w.load_ms_off);
  row(`${browserName}: watcher CPU per picture (crop + PDQ + match)`, w.photo_ms_per_picture + w.hash_ms_per_picture, 'ms',
      'page load time per picture, watcher off', w.load_ms_off / w.pictures);
}

partDone('watcher');
const broken = rows.filter((r) => !(Number.isFinite(r.ratio) && r.ratio > 0));
if (broken.length) throw new Error(`benchmarks without a usable measurement: ${broken.map((r) => r.measure).join(', ')}`);

const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const table = [
  '| measure | value | baseline (same run) | baseline value | ratio |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.measure} | ${fmt(r.value)} ${r.unit} | ${r.baseline} | ${fmt(r.baselineValue)} ${r.baselineUnit ?? r.unit} | **${r.ratio.toFixed(2)}×** |`),
].join('\n');
console.log(table);
if (options.write) {
  const machine = `${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}`;
  fs.writeFileSync(options.write, [
    '# Benchmark results',
    '',
    `Written by \`bench/run\` on ${new Date().toISOString().slice(0, 10)} (${machine}; Chromium headless).`,
    'Ratios compare against a baseline run in the same process or script; absolute times are for orientation only,',
    'the machine is shared and noisy. Re-run: `bench/run` (rewrites this file).',
    '',
    table,
    '',
    formsReport.section,
    '',
    scopeReport,
    '',
    uploadSection(uploads.curve, uploads.megabytes),
  ].join('\n'));
}

#!/usr/bin/env node
// Evidence uploads at native messaging's own speed (issue #17 part 3). In one Chromium session, the
// extension's own upload code (vault-mirror.js upload(): IndexedDB chunks -> base64 ->
// vault.upload_begin/chunk/commit) sends the same stored artifact to the real takedown-host (its vault
// on disk) and to a bare sink host (bench/sink_host.cpp: reads frames, answers, discards), at each
// chunk size, sink and host interleaved. The sink is what native messaging itself allows; the ratio
// host/sink is the measure (goal >= 0.8). The host's peak memory (VmHWM) is read from /proc while its
// port is still open, against the same process's VmHWM after its first ping (the idle host).
//
// Usage: node bench/upload.mjs [--mb 200] [--chunks 256,1024,4096,8192] (KiB) [--rounds 1]
//   env TAKEDOWN_HOST, TAKEDOWN_PROTOCOL_JS, TAKEDOWN_WASM_DIR, TAKEDOWN_BENCH_SINK.
// bench/run.mjs adds the rows through uploadRows().
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, protocol, requiredEnv } from '../tests/e2e/harness.mjs';

const SINK_NAME = 'org.takedown.bench_sink';
const KIB = 1024;

// The sink's manifest beside the real host's, in the profile's own NativeMessagingHosts folder.
function installSink(profileDir, sinkPath, extensionId) {
  const dir = path.join(profileDir, 'NativeMessagingHosts');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, `${SINK_NAME}.json`), JSON.stringify({
    name: SINK_NAME, description: 'Takedown bench: bare sink', path: sinkPath, type: 'stdio',
    allowed_origins: [`chrome-extension://${extensionId}/`],
  }, null, 2));
}

// The newest running process started from `binary` (the browser starts one per port).
function newestProcess(binary) {
  let newest = null;
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      if (fs.readlinkSync(`/proc/${pid}/exe`) !== binary) continue;
      const started = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[19]);
      if (!newest || started > newest.started) newest = { pid, started };
    } catch { /* gone meanwhile */ }
  }
  return newest?.pid ?? null;
}

const vmHwmKiB = (pid) => Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))[1]);

// One upload of `sha256` to `hostName` on a fresh port: {ms, idleKiB, peakKiB}.
async function timedUpload(browser, { hostName, binary, sha256, chunkBytes }) {
  await browser.hookResult('benchHostOpen', { hostName });
  const pid = newestProcess(fs.realpathSync(binary));
  const idleKiB = pid ? vmHwmKiB(pid) : NaN;
  const { ms, bytesSent } = await browser.hookResult('benchUpload', { hostName, sha256, chunkBytes });
  const peakKiB = pid ? vmHwmKiB(pid) : NaN;
  await browser.hookResult('benchHostClose', { hostName });
  return { ms, bytesSent, idleKiB, peakKiB };
}

// The stored blob goes, so the next upload to the real host sends every byte again.
function dropBlob(vaultDir, sha256) {
  for (const file of [path.join(vaultDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256)]) fs.rmSync(file, { force: true });
  const left = fs.readdirSync(vaultDir, { recursive: true }).filter((name) => name.endsWith(sha256));
  if (left.length) throw new Error(`the vault still holds ${left.join(', ')}`);
}

// Returns {curve: [{chunkKiB, hostMBs, sinkMBs, ratio, idleKiB, peakKiB}], megabytes}.
export async function benchUpload({ megabytes = 200, chunkKiB = [256, 1024, 4096, 8192], rounds = 1 } = {}) {
  const host = requiredEnv('TAKEDOWN_HOST');
  const sink = requiredEnv('TAKEDOWN_BENCH_SINK');
  const { IDENTITY } = await protocol();
  const browser = await launchBrowser('chromium');
  try {
    installSink(browser.profileDir, sink, IDENTITY.chromiumExtensionId);
    const { sha256, size } = await browser.hookResult('benchStoreRandom', { megabytes });
    const mb = size / 1e6;
    const curve = [];
    for (const kib of chunkKiB) {
      const chunkBytes = kib * KIB;
      const best = { host: null, sink: null };
      for (let round = 0; round < rounds; round += 1) {
        // Interleaved, sink first: both see the same browser, the same page cache and the same load.
        const toSink = await timedUpload(browser, { hostName: SINK_NAME, binary: sink, sha256, chunkBytes });
        const toHost = await timedUpload(browser, { hostName: IDENTITY.hostName, binary: host, sha256, chunkBytes });
        for (const [key, run] of [['sink', toSink], ['host', toHost]]) {
          if (run.bytesSent !== size) throw new Error(`${key}: ${run.bytesSent} of ${size} bytes sent`);
          if (!best[key] || run.ms < best[key].ms) best[key] = { ...run, peakKiB: Math.max(run.peakKiB, best[key]?.peakKiB ?? 0) };
        }
        dropBlob(browser.vaultDir, sha256);
      }
      curve.push({ chunkKiB: kib, hostMBs: mb / (best.host.ms / 1000), sinkMBs: mb / (best.sink.ms / 1000),
        ratio: best.sink.ms / best.host.ms, idleKiB: best.host.idleKiB, peakKiB: best.host.peakKiB, sinkPeakKiB: best.sink.peakKiB });
    }
    return { curve, megabytes: mb };
  } finally {
    await browser.close();
  }
}

// The extension's chunk size, read from its source (the module needs the generated protocol.js).
export function defaultChunkBytes() {
  const source = fs.readFileSync(new URL('../extension/src/background/vault-mirror.js', import.meta.url), 'utf8');
  const [, expression] = /chunkBytes:\s*([\d\s*]+),/.exec(source);
  return expression.split('*').reduce((product, factor) => product * Number(factor), 1);
}

// Rows for bench/run.mjs: the default chunk size's speed against the sink and its memory against the
// chunk, then one row per other chunk size (the curve).
export async function uploadRows({ quick = false } = {}) {
  const defaultKiB = defaultChunkBytes() / KIB;
  const sizes = quick ? [defaultKiB] : [...new Set([256, 1024, 2048, defaultKiB, 8192])].sort((a, b) => a - b);
  const { curve, megabytes } = await benchUpload({ megabytes: quick ? 16 : 200, chunkKiB: sizes, rounds: quick ? 1 : 2 });
  const label = (kib) => (kib >= 1024 ? `${kib / 1024} MiB` : `${kib} KiB`);
  // The table gets the default chunk size; every size is in uploadSection()'s curve.
  const point = curve.find((p) => p.chunkKiB === defaultKiB);
  const rows = [
    { measure: `Chromium: upload of a ${megabytes.toFixed(0)} MB artifact to the vault from the extension's code, ${label(defaultKiB)} chunks (higher is better)`,
      value: point.hostMBs, unit: 'MB/s', baseline: 'the same code into a bare sink host, same chunks, same run', baselineValue: point.sinkMBs },
    { measure: `the host's peak memory growth during that upload (VmHWM − idle VmHWM; goal < 3×)`,
      value: (point.peakKiB - point.idleKiB) / 1024, unit: 'MiB', baseline: 'the chunk size', baselineValue: defaultKiB / 1024 },
  ];
  return { rows, curve, megabytes };
}

// The chunk-size curve as a markdown section for RESULTS.md (every ratio from the same run).
export function uploadSection(curve, megabytes) {
  return [
    '## Uploads to the vault against a bare sink host (issue #17, `bench/upload.mjs`)',
    '',
    `Chromium, the extension's own upload code (\`vault-mirror.js\` \`upload()\`, two chunks in flight) sending one ${megabytes.toFixed(0)} MB`,
    'artifact from IndexedDB to the real host (vault on disk) and to `bench/sink_host.cpp` (reads frames, answers, keeps',
    'nothing), alternately in one browser session; best of the rounds. Memory: the host process\'s VmHWM from /proc.',
    '',
    '| chunk | host MB/s | sink MB/s | host / sink (goal ≥ 0.8) | host VmHWM idle → peak (MiB) | peak growth / chunk (goal < 3) |',
    '|---|---|---|---|---|---|',
    ...curve.map((p) => `| ${p.chunkKiB >= 1024 ? `${p.chunkKiB / 1024} MiB` : `${p.chunkKiB} KiB`} | ${p.hostMBs.toFixed(1)} | ${p.sinkMBs.toFixed(1)} | **${p.ratio.toFixed(2)}×** | ${(p.idleKiB / 1024).toFixed(1)} → ${(p.peakKiB / 1024).toFixed(1)} | ${((p.peakKiB - p.idleKiB) / p.chunkKiB).toFixed(2)}× |`),
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { mb: { type: 'string', default: '200' }, chunks: { type: 'string', default: '256,1024,2048,4096,8192' },
    rounds: { type: 'string', default: '1' } } });
  const { curve } = await benchUpload({ megabytes: Number(values.mb), chunkKiB: values.chunks.split(',').map(Number), rounds: Number(values.rounds) });
  console.log('| chunk | host MB/s | sink MB/s | host / sink | host VmHWM idle → peak (MiB) | growth / chunk | sink VmHWM (MiB) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const p of curve) {
    console.log(`| ${p.chunkKiB} KiB | ${p.hostMBs.toFixed(1)} | ${p.sinkMBs.toFixed(1)} | **${p.ratio.toFixed(2)}×** | ${(p.idleKiB / 1024).toFixed(1)} → ${(p.peakKiB / 1024).toFixed(1)} | ${((p.peakKiB - p.idleKiB) / p.chunkKiB).toFixed(2)}× | ${(p.sinkPeakKiB / 1024).toFixed(1)} |`);
  }
}

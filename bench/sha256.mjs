#!/usr/bin/env node
// SHA-256 throughput on one 256 MB file, in one script: the wasm build (CoreClient in node, the
// way the extension hashes artifacts: 1 MiB reads, copied through the module's staging buffer)
// against the native build of the same C++ (takedown_bench_sha256) and coreutils' sha256sum.
// Node's own crypto (OpenSSL) is shown for orientation. CRC-32 (for the dossier's zip) likewise.
// Target (issue #4): wasm at least 50 % of the native build's throughput.
//
// Usage: node bench/sha256.mjs [--quick] [--mb N] [--runs N]
//   env TAKEDOWN_WASM_DIR, TAKEDOWN_PROTOCOL_JS, and TAKEDOWN_BENCH_SHA256 (the native binary;
//   default: takedown_bench_sha256 next to TAKEDOWN_BENCH_NATIVE)
// bench/run.mjs adds these rows to RESULTS.md through sha256Rows().
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wasmClient } from '../tests/node/wasm-core.mjs';

const READ_BYTES = 1 << 20;

function nativeBinary() {
  if (process.env.TAKEDOWN_BENCH_SHA256) return process.env.TAKEDOWN_BENCH_SHA256;
  if (process.env.TAKEDOWN_BENCH_NATIVE) return path.join(path.dirname(process.env.TAKEDOWN_BENCH_NATIVE), 'takedown_bench_sha256');
  throw new Error('set TAKEDOWN_BENCH_SHA256 to the takedown_bench_sha256 binary');
}

function makeFile(megabytes) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-sha256-'));
  const file = path.join(dir, 'random.bin');
  const fd = fs.openSync(file, 'w');
  const piece = Buffer.alloc(16 << 20);
  for (let left = megabytes * 1_000_000; left > 0; left -= piece.length) {
    crypto.randomFillSync(piece);
    fs.writeSync(fd, piece, 0, Math.min(piece.length, left));
  }
  fs.closeSync(fd);
  return { dir, file, bytes: megabytes * 1_000_000 };
}

// Reads `file` in 1 MiB pieces; returns wall seconds and the seconds spent inside `consume`.
function readPass(file, consume) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(READ_BYTES);
  let inside = 0n;
  const start = process.hrtime.bigint();
  for (;;) {
    const n = fs.readSync(fd, buffer, 0, READ_BYTES, null);
    if (n === 0) break;
    const t = process.hrtime.bigint();
    consume(buffer.subarray(0, n));
    inside += process.hrtime.bigint() - t;
  }
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  fs.closeSync(fd);
  return { wall, inside: Number(inside) / 1e9 };
}

function best(runs, measure) {
  let result = null;
  for (let i = 0; i < runs; i += 1) {
    const r = measure();
    if (result === null || r.seconds < result.seconds) result = r;
  }
  return result;
}

// Returns rows for bench/run.mjs ({measure, value, unit, baseline, baselineValue, ratio}) and the
// raw measurements.
export async function sha256Rows({ quick = false, megabytes = quick ? 16 : 256, runs = quick ? 1 : 3 } = {}) {
  const { dir, file, bytes } = makeFile(megabytes);
  try {
    const core = await wasmClient();
    await core.load();
    readPass(file, () => {});   // into the page cache, so that every contender reads from memory
    // Untimed warm-up, so that V8 has compiled the module with its optimising tier.
    const warm = new Uint8Array(8 << 20);
    (await core.createSha256()).update(warm).digest();
    (await core.createCrc32()).update(warm);

    const native = best(runs, () => {
      const run = spawnSync(nativeBinary(), [file], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`takedown_bench_sha256 failed: ${run.stderr}`);
      const r = JSON.parse(run.stdout);
      return { seconds: r.sha256_wall_s, hashOnly: r.sha256_s, digest: r.sha256, crc32: r.crc32, crcSeconds: r.crc32_wall_s };
    });
    // createSha256 is async only while the module loads; with it loaded, hashing is synchronous.
    const wasmRuns = [];
    for (let i = 0; i < runs; i += 1) {
      const hasher = await core.createSha256();
      const pass = readPass(file, (piece) => hasher.update(piece));
      wasmRuns.push({ seconds: pass.wall, hashOnly: pass.inside, digest: hasher.digestHex() });
    }
    const wasmBest = wasmRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const crcRuns = [];
    for (let i = 0; i < runs; i += 1) {
      const crc = await core.createCrc32();
      const pass = readPass(file, (piece) => crc.update(piece));
      crcRuns.push({ seconds: pass.wall, crc32: crc.value() });
    }
    const wasmCrc = crcRuns.reduce((a, b) => (b.seconds < a.seconds ? b : a));
    const nodeCrypto = best(runs, () => {
      const hash = crypto.createHash('sha256');
      const pass = readPass(file, (piece) => hash.update(piece));
      return { seconds: pass.wall, digest: hash.digest('hex') };
    });
    const coreutils = best(runs, () => {
      const start = process.hrtime.bigint();
      const run = spawnSync('sha256sum', [file], { encoding: 'utf8' });
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      if (run.status !== 0) throw new Error(`sha256sum failed: ${run.stderr}`);
      return { seconds, digest: run.stdout.split(' ')[0] };
    });

    const digests = new Set([native.digest, wasmBest.digest, nodeCrypto.digest, coreutils.digest]);
    if (digests.size !== 1) throw new Error(`the contenders disagree on the SHA-256: ${[...digests].join(' ')}`);
    if (wasmCrc.crc32 !== native.crc32) throw new Error(`wasm CRC-32 ${wasmCrc.crc32} != native ${native.crc32}`);

    const mbps = (seconds) => bytes / 1e6 / seconds;
    const ms = (seconds) => seconds * 1000;
    const label = `${megabytes} MB file`;
    const rows = [
      ['SHA-256 wasm (node, 1 MiB reads)', wasmBest.seconds, 'native build, same file', native.seconds],
      ['SHA-256 wasm, hashing only', wasmBest.hashOnly, 'native build, hashing only', native.hashOnly],
      ['SHA-256 native build', native.seconds, 'sha256sum, same file', coreutils.seconds],
      ['SHA-256 wasm (node, 1 MiB reads)', wasmBest.seconds, 'node crypto (OpenSSL), same file', nodeCrypto.seconds],
      ['CRC-32 wasm (node, 1 MiB reads)', wasmCrc.seconds, 'native build, same file', native.crcSeconds],
    ].map(([measure, value, baseline, baselineValue]) => ({
      measure: `${measure}, ${label}`, value: ms(value), unit: 'ms', baseline, baselineValue: ms(baselineValue),
      ratio: value / baselineValue,
    }));
    const throughput = {
      bytes,
      sha256_mb_per_s: { wasm: mbps(wasmBest.seconds), wasm_hash_only: mbps(wasmBest.hashOnly), native: mbps(native.seconds),
        native_hash_only: mbps(native.hashOnly), sha256sum: mbps(coreutils.seconds), node_crypto: mbps(nodeCrypto.seconds) },
      crc32_mb_per_s: { wasm: mbps(wasmCrc.seconds), native: mbps(native.crcSeconds) },
      wasm_share_of_native: native.seconds / wasmBest.seconds,
      wasm_share_of_native_hash_only: native.hashOnly / wasmBest.hashOnly,
    };
    return { rows, throughput };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, mb: { type: 'string' }, runs: { type: 'string' } } });
  const { throughput: t } = await sha256Rows({
    quick: values.quick,
    ...(values.mb ? { megabytes: Number(values.mb) } : {}),
    ...(values.runs ? { runs: Number(values.runs) } : {}),
  });
  const f = (v) => v.toFixed(0).padStart(6);
  const s = t.sha256_mb_per_s;
  console.log(`SHA-256 of ${t.bytes / 1e6} MB (best of runs, MB/s; read from the page cache in 1 MiB pieces):`);
  console.log(`  wasm (CoreClient in node) ${f(s.wasm)}   hashing only ${f(s.wasm_hash_only)}`);
  console.log(`  native build              ${f(s.native)}   hashing only ${f(s.native_hash_only)}`);
  console.log(`  sha256sum                 ${f(s.sha256sum)}`);
  console.log(`  node crypto (OpenSSL)     ${f(s.node_crypto)}`);
  console.log(`  wasm / native: ${(100 * t.wasm_share_of_native).toFixed(0)} % (hashing only ${(100 * t.wasm_share_of_native_hash_only).toFixed(0)} %); target >= 50 %`);
  console.log(`CRC-32: wasm ${f(t.crc32_mb_per_s.wasm)} MB/s, native ${f(t.crc32_mb_per_s.native)} MB/s`);
}

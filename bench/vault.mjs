#!/usr/bin/env node
// The host's evidence vault (issue #5), each number against a baseline measured in the same script:
//  - appends per second: vault.append (one fsync per record) against vault.mirror of 64 sealed records per
//    call (group commit: one durable write per batch), and against node writing + fsyncing the same lines;
//  - vault.verify in MB/s (chain + every blob re-hashed) against coreutils' sha256sum of the same files;
//  - uploading a 200 MB file over native messaging frames (vault.upload_begin/chunk/commit, 8 MiB chunks
//    as base64, each awaited as the extension does) against the raw pipe speed of this machine
//    (the same bytes written into `cat > /dev/null`).
// The host runs as the browser starts it (origin argument, framed stdio) on a scratch vault on disk.
//
// Usage: node bench/vault.mjs [--quick] [--mb N] [--records N]
//   env TAKEDOWN_HOST, TAKEDOWN_PROTOCOL_JS. bench/run.mjs adds these rows to RESULTS.md through vaultRows().
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { HostSession } from './host-session.mjs';

const CHUNK_BYTES = 8 << 20;   // vault.upload_chunk's limit, before base64
const BATCH = 64;              // vault.mirror's limit
const AT = { utc: '2026-11-28T10:15:30.123Z', tz: 'Europe/Amsterdam', offset_minutes: 60 };

const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;
const note = (i) => ({ type: 'note', at: AT, data: { text: `benchmark note ${i}: ${'x'.repeat(200)}` }, artifacts: [] });

// Seals `count` note records for `caseId` into a chain, untimed, with the core's evidence.seal.
async function sealedChain(session, caseId, count) {
  const records = [];
  let prev = null;
  for (let seq = 0; seq < count; seq += 1) {
    const record = await session.call('evidence.seal', { record: { case: caseId, seq, ...note(seq) }, prev });
    records.push(record);
    prev = { seq: record.seq, hash: record.hash };
  }
  return records;
}

// Appending the same lines to a file with fsync after each, the floor any durable per-record append has.
function rawDurableAppends(dir, lines) {
  const file = path.join(dir, 'raw.jsonl');
  const fd = fs.openSync(file, 'a');
  const start = process.hrtime.bigint();
  for (const line of lines) {
    fs.writeSync(fd, line);
    fs.fsyncSync(fd);
  }
  const elapsed = seconds(start);
  fs.closeSync(fd);
  fs.rmSync(file);
  return elapsed;
}

async function appendRows(session, dir, count) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i += 1) await session.call('vault.append', { case: 'bench-append', record: note(i) });
  const appendSeconds = seconds(start);

  const sealed = await sealedChain(session, 'bench-mirror', count);
  const mirrorStart = process.hrtime.bigint();
  for (let i = 0; i < sealed.length; i += BATCH) {
    const result = await session.call('vault.mirror', { case: 'bench-mirror', records: sealed.slice(i, i + BATCH) });
    if (result.added !== Math.min(BATCH, sealed.length - i)) throw new Error(`vault.mirror added ${result.added}`);
  }
  const mirrorSeconds = seconds(mirrorStart);
  const rawSeconds = rawDurableAppends(dir, sealed.map((r) => `${JSON.stringify(r)}\n`));

  const perSecond = (s) => count / s;
  return [
    { measure: `vault.append over native messaging, fsync per record (${count} records; higher is better)`,
      value: perSecond(appendSeconds), unit: 'records/s',
      baseline: 'node write + fsync per line of the same size, same disk', baselineValue: perSecond(rawSeconds) },
    { measure: `vault.mirror, ${BATCH} sealed records per call (group commit; higher is better)`,
      value: perSecond(mirrorSeconds), unit: 'records/s',
      baseline: 'vault.append, fsync per record, same run', baselineValue: perSecond(appendSeconds) },
  ];
}

function makeFile(dir, megabytes) {
  const file = path.join(dir, 'upload.bin');
  const fd = fs.openSync(file, 'w');
  const piece = Buffer.alloc(16 << 20);
  const bytes = megabytes * 1_000_000;
  const hash = crypto.createHash('sha256');
  for (let left = bytes; left > 0; left -= piece.length) {
    crypto.randomFillSync(piece);
    const part = piece.subarray(0, Math.min(piece.length, left));
    fs.writeSync(fd, part);
    hash.update(part);
  }
  fs.closeSync(fd);
  return { file, bytes, sha256: hash.digest('hex') };
}

// Reads the file in upload-sized chunks, as the extension reads a Blob.
function* chunks(file) {
  const fd = fs.openSync(file, 'r');
  try {
    for (let offset = 0; ; ) {
      const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = fs.readSync(fd, buffer, 0, CHUNK_BYTES, offset);
      if (n === 0) return;
      yield { offset, bytes: buffer.subarray(0, n) };
      offset += n;
    }
  } finally {
    fs.closeSync(fd);
  }
}

async function upload(session, { file, bytes, sha256 }) {
  const start = process.hrtime.bigint();
  const begun = await session.call('vault.upload_begin', { sha256, size: bytes });
  if (begun.complete || begun.offset !== 0) throw new Error(`a fresh vault already holds ${sha256}`);
  for (const chunk of chunks(file)) {
    await session.call('vault.upload_chunk', { sha256, offset: chunk.offset, data: chunk.bytes.toString('base64') });
  }
  const committed = await session.call('vault.upload_commit', { sha256 });
  if (committed.size !== bytes) throw new Error(`vault.upload_commit stored ${committed.size} bytes`);
  return seconds(start);
}

// The same bytes through a pipe into `cat > /dev/null`, from this process.
function rawPipe(file) {
  return new Promise((resolve, reject) => {
    const cat = spawn('sh', ['-c', 'exec cat > /dev/null'], { stdio: ['pipe', 'ignore', 'inherit'] });
    const start = process.hrtime.bigint();
    cat.on('error', reject);
    cat.on('close', (code) => (code === 0 ? resolve(seconds(start)) : reject(new Error(`cat exited ${code}`))));
    fs.createReadStream(file, { highWaterMark: CHUNK_BYTES }).pipe(cat.stdin);
  });
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name));
}

async function verifyRows(session, vault) {
  // What verify reads: every case log and every blob.
  const files = [...filesUnder(path.join(vault, 'cases')).filter((f) => f.endsWith('log.jsonl')), ...filesUnder(path.join(vault, 'blobs'))];
  const bytes = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
  const sha256sum = () => {
    const start = process.hrtime.bigint();
    const run = spawnSync('sha256sum', files, { maxBuffer: 64 << 20 });
    if (run.status !== 0) throw new Error(`sha256sum failed: ${run.stderr}`);
    return seconds(start);
  };
  const verify = async () => {
    const start = process.hrtime.bigint();
    const result = await session.call('vault.verify', {});
    if (!result.ok) throw new Error(`vault.verify: ${JSON.stringify(result)}`);
    return seconds(start);
  };
  sha256sum();   // both read from the page cache
  let verifySeconds = Infinity;
  let sumSeconds = Infinity;
  for (let i = 0; i < 3; i += 1) {
    verifySeconds = Math.min(verifySeconds, await verify());
    sumSeconds = Math.min(sumSeconds, sha256sum());
  }
  const mb = bytes / 1e6;
  return [{ measure: `vault.verify over native messaging, ${mb.toFixed(0)} MB of logs and blobs (best of 3; higher is better)`,
    value: mb / verifySeconds, unit: 'MB/s', baseline: 'sha256sum of the same files, same run', baselineValue: mb / sumSeconds }];
}

// Returns rows for bench/run.mjs ({measure, value, unit, baseline, baselineValue, ratio}).
export async function vaultRows({ quick = false, megabytes = quick ? 16 : 200, records = quick ? 128 : 1000 } = {}) {
  const { IDENTITY } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-vault-bench-'));
  const vault = path.join(dir, 'vault');
  const session = new HostSession(process.env.TAKEDOWN_HOST, `chrome-extension://${IDENTITY.chromiumExtensionId}/`,
                                  { TAKEDOWN_VAULT: vault });
  try {
    const rows = await appendRows(session, dir, records);

    const source = makeFile(dir, megabytes);
    const pipeSeconds = await rawPipe(source.file);   // also warms the page cache for the upload
    const uploadSeconds = await upload(session, source);
    const mb = source.bytes / 1e6;
    rows.push({ measure: `upload of a ${mb.toFixed(0)} MB file over native messaging frames (8 MiB base64 chunks; higher is better)`,
      value: mb / uploadSeconds, unit: 'MB/s', baseline: 'the same bytes through a pipe into cat, same run', baselineValue: mb / pipeSeconds });
    fs.rmSync(source.file);

    // A record naming the uploaded blob, so that verify re-hashes it however it walks the vault.
    await session.call('vault.append', { case: 'bench-upload', record: { ...note(0),
      artifacts: [{ name: 'upload.bin', sha256: source.sha256, size: source.bytes, mime: 'application/octet-stream' }] } });
    rows.push(...(await verifyRows(session, vault)));
    return rows.map((r) => ({ ...r, ratio: r.value / r.baselineValue }));
  } finally {
    await session.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false }, mb: { type: 'string' }, records: { type: 'string' } } });
  const rows = await vaultRows({ quick: values.quick, ...(values.mb && { megabytes: Number(values.mb) }),
                                 ...(values.records && { records: Number(values.records) }) });
  const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
  for (const r of rows) console.log(`| ${r.measure} | ${fmt(r.value)} ${r.unit} | ${r.baseline} | ${fmt(r.baselineValue)} ${r.unit} | **${r.ratio.toFixed(2)}×** |`);
}

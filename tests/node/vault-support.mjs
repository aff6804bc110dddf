// Shared by the vault-*.test.mjs files: a takedown-host session started as a browser starts it (the
// extension's origin as argv[1], framed JSON on stdin/stdout, TAKEDOWN_VAULT in the environment),
// the vault CLI, records and a scratch folder.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const HOST = process.env.TAKEDOWN_HOST;
const { IDENTITY } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
const ORIGIN = `chrome-extension://${IDENTITY.chromiumExtensionId}/`;
const LITTLE_ENDIAN = os.endianness() === 'LE';

function frame(message) {
  const body = Buffer.from(JSON.stringify(message));
  const header = Buffer.alloc(4);
  if (LITTLE_ENDIAN) header.writeUInt32LE(body.length); else header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

function hostEnv(vault) {
  const env = { ...process.env, TAKEDOWN_VAULT: vault };
  delete env.TAKEDOWN_HOST_LOG;
  return env;
}

// One host process. request() resolves with the reply envelope ({id, ok, result | error}); every reply
// is matched by its id (long methods answer when they are done, after progress frames, which are skipped).
export class Session {
  constructor(vault) {
    this.child = spawn(HOST, [ORIGIN], { env: hostEnv(vault), stdio: ['pipe', 'pipe', 'pipe'] });
    this.pending = new Map();
    this.nextId = 1;
    this.buffer = Buffer.alloc(0);
    this.stderr = '';
    this.child.stdin.on('error', () => {});  // a killed host closes the pipe under a pending write
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.child.stdout.on('data', (chunk) => this.#read(chunk));
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => {
      for (const { reject } of this.pending.values()) reject(new Error(`host exited (${code ?? signal}) before answering`));
      this.pending.clear();
      resolve({ code, signal });
    }));
  }

  #read(chunk) {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    while (this.buffer.length >= 4) {
      const length = LITTLE_ENDIAN ? this.buffer.readUInt32LE(0) : this.buffer.readUInt32BE(0);
      if (this.buffer.length < 4 + length) return;
      const reply = JSON.parse(this.buffer.subarray(4, 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(4 + length);
      if (reply.progress && reply.ok === undefined) continue;
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiter?.resolve(reply);
    }
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.stdin.write(frame({ id, method, params }));
    });
  }

  // The result, or a failed assertion naming the error.
  async call(method, params) {
    const reply = await this.request(method, params);
    assert.equal(reply.ok, true, `${method}: ${JSON.stringify(reply.error)}`);
    return reply.result;
  }

  kill() {
    this.child.kill('SIGKILL');
    return this.exited;
  }

  async close() {
    this.child.stdin.end();
    return this.exited;
  }
}

// `takedown-host vault ...` (or any args) run to the end.
// A host process run to its end without blocking the event loop (for tests whose servers live in it):
// its exit code or signal and its output as text; killed after 60 s.
export function runHost(binary, args, { input = '', env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env: { ...process.env, ...env } });
    const out = [];
    const err = [];
    const timer = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    // A command that does not read its stdin may exit before the write lands: EPIPE is not the test's subject.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(input);
  });
}

export function cli(args, { env = process.env } = {}) {
  const run = spawnSync(HOST, args, { env, maxBuffer: 64 << 20, timeout: 60000 });
  assert.equal(run.error, undefined, `takedown-host ${args.join(' ')} ran`);
  return { code: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

export function note(text) {
  return { type: 'note', at: { utc: new Date().toISOString(), tz: 'Europe/Amsterdam', offset_minutes: 60 }, data: { text }, artifacts: [] };
}

export function capture(bytes, mime = 'image/png') {
  return {
    type: 'capture',
    at: { utc: new Date().toISOString(), tz: 'Europe/Amsterdam', offset_minutes: 60 },
    data: { kind: 'image', page_url: 'https://platform.example/post/1' },
    artifacts: [{ name: 'media.png', sha256: sha256(bytes), size: bytes.length, mime }],
  };
}

export function sha256(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

// Uploads `bytes` in chunks of `chunkBytes`, resuming from whatever offset the vault reports.
export async function upload(session, bytes, chunkBytes = 64 * 1024) {
  const hash = sha256(bytes);
  const begun = await session.call('vault.upload_begin', { sha256: hash, size: bytes.length });
  if (begun.complete) return hash;
  for (let offset = begun.offset; offset < bytes.length; offset += chunkBytes) {
    const data = bytes.subarray(offset, offset + chunkBytes).toString('base64');
    const done = await session.call('vault.upload_chunk', { sha256: hash, offset, data });
    assert.equal(done.offset, Math.min(bytes.length, offset + chunkBytes));
  }
  await session.call('vault.upload_commit', { sha256: hash });
  return hash;
}

// The records of a case as the log holds them (complete lines only: what a torn tail would not be).
export function logRecords(vault, caseId) {
  const file = path.join(vault, 'cases', caseId, 'log.jsonl');
  if (!fs.existsSync(file)) return [];
  const text = fs.readFileSync(file, 'utf8');
  return text.split('\n').slice(0, -1).map((line) => JSON.parse(line));
}

// A path the host printed, as this (Linux) side sees it: the Windows build under Wine prints Z:\tmp\x
// for /tmp/x (Wine's drive Z: is the Linux root).
export function fromHostPath(printed) {
  if (process.env.TAKEDOWN_HOST_OS !== 'windows' || !/^Z:\\/i.test(printed)) return printed;
  return printed.slice(2).replaceAll('\\', '/');
}

export function tempDir(prefix) {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}

export function removeDir(dir) {
  // Blobs are read-only files in writable folders: removal needs no chmod.
  fs.rmSync(dir, { recursive: true, force: true });
}

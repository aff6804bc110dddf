// A native messaging session with takedown-host, spoken to as the browser does (framed JSON over its
// stdin/stdout), for the vault benchmarks. Requests may be pipelined; replies are matched by id.
import { spawn } from 'node:child_process';
import os from 'node:os';

const LITTLE_ENDIAN = os.endianness() === 'LE';

export function frameHeader(length) {
  const bytes = Buffer.alloc(4);
  if (LITTLE_ENDIAN) bytes.writeUInt32LE(length); else bytes.writeUInt32BE(length);
  return bytes;
}

export class HostSession {
  // `origin`: the chrome-extension:// origin the host must see as argv[1]; `env`: e.g. TAKEDOWN_VAULT.
  constructor(hostPath, origin, env) {
    this.child = spawn(hostPath, [origin], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] });
    this.pending = [];
    this.buffered = Buffer.alloc(0);
    this.nextId = 1;
    this.child.stdout.on('data', (chunk) => this.#receive(chunk));
    this.closed = new Promise((resolve) => this.child.on('close', (code) => {
      for (const waiter of this.pending.splice(0)) waiter.reject(new Error(`takedown-host exited (${code})`));
      resolve(code);
    }));
  }

  // Sends one request; resolves with its result, rejects with the host's error.
  call(method, params = {}) {
    const id = this.nextId++;
    const body = Buffer.from(JSON.stringify({ id, method, params }));
    const promise = new Promise((resolve, reject) => this.pending.push({ id, method, resolve, reject }));
    this.child.stdin.write(Buffer.concat([frameHeader(body.length), body]));
    return promise;
  }

  async close() {
    this.child.stdin.end();
    return this.closed;
  }

  #receive(chunk) {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    while (this.buffered.length >= 4) {
      const length = LITTLE_ENDIAN ? this.buffered.readUInt32LE(0) : this.buffered.readUInt32BE(0);
      if (this.buffered.length < 4 + length) break;
      const reply = JSON.parse(this.buffered.subarray(4, 4 + length).toString('utf8'));
      this.buffered = this.buffered.subarray(4 + length);
      if (reply.progress && reply.ok === undefined) continue;   // a long method still at work (docs/protocol.md)
      // Short requests answer in order; a long one answers when it is done, so match by id.
      const at = this.pending.findIndex((w) => w.id === reply.id);
      if (at < 0) throw new Error(`reply ${reply.id} matches no request`);
      const [waiter] = this.pending.splice(at, 1);
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new Error(`${waiter.method}: ${reply.error.code}: ${reply.error.message}`));
    }
  }
}

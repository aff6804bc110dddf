// One slow request must not stall the host (issue #17): the real takedown-host over real frames, with a
// Time Stamping Authority stand-in on loopback that holds its answer back. While a long method waits for
// it, pings and heads are answered at once; long jobs send progress frames and then their reply; two
// long jobs run side by side; "delete everything" waits for vault work that began before it, and vault
// requests after it wait for it; the end of input lets running jobs answer first.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const HOST = process.env.TAKEDOWN_HOST;
const { IDENTITY, LIMITS, LONG_HOST_METHODS } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
const ORIGIN = `chrome-extension://${IDENTITY.chromiumExtensionId}/`;
const LITTLE_ENDIAN = os.endianness() === 'LE';
const TICK = LIMITS.host_progress_interval_ms;
const PROMPT_MS = 1500;   // "at once" on a loaded 2-core test machine; the TSA holds its answer far longer
const CASE = 'case-20261207-0a1b2c3d';
const SHA = 'ab'.repeat(32);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-concurrency-'));
after(() => fs.rmSync(work, { recursive: true, force: true }));

// A TSA that answers every query after `delayMs` with HTTP 503: the host reports tsa_failed, which is
// all these tests need (a long call that takes a known time). `arrivals` holds when each query came.
async function slowTsa(delayMs) {
  const arrivals = [];
  const waiters = [];
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      arrivals.push(Date.now());
      for (const waiter of waiters.splice(0)) waiter();
      setTimeout(() => response.writeHead(503, { 'content-type': 'text/plain' }).end('busy'), delayMs);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/tsr`,
    arrivals,
    // Resolves once `count` queries have arrived.
    async reached(count) {
      while (arrivals.length < count) await new Promise((resolve) => waiters.push(resolve));
    },
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }),
  };
}

function frame(message) {
  const body = Buffer.from(JSON.stringify(message));
  const header = Buffer.alloc(4);
  if (LITTLE_ENDIAN) header.writeUInt32LE(body.length); else header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

// A browser session with the host: frames out, every frame in parsed whole (a torn or interleaved
// frame fails the parse) and stamped with its arrival time.
class Session {
  constructor(env) {
    this.child = spawn(HOST, [ORIGIN], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    this.frames = [];
    this.waiters = [];
    this.stderr = '';
    let buffered = Buffer.alloc(0);
    this.child.stdout.on('data', (chunk) => {
      buffered = Buffer.concat([buffered, chunk]);
      while (buffered.length >= 4) {
        const length = LITTLE_ENDIAN ? buffered.readUInt32LE(0) : buffered.readUInt32BE(0);
        if (buffered.length < 4 + length) break;
        const text = buffered.subarray(4, 4 + length).toString('utf8');
        buffered = buffered.subarray(4 + length);
        this.frames.push({ at: Date.now(), ...JSON.parse(text) });
        for (const waiter of this.waiters.splice(0)) waiter();
      }
    });
    this.child.stderr.on('data', (chunk) => { this.stderr += chunk; });
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => {
      resolve({ code, signal, leftover: buffered.length });
    }));
    this.sent = new Map();
  }

  send(id, method, params = {}) {
    this.sent.set(id, Date.now());
    this.child.stdin.write(frame({ id, method, params }));
  }

  end() {
    this.child.stdin.end();
  }

  // The reply (not a progress frame) for `id`, once it has come.
  async reply(id, timeoutMs = 30_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.frames.find((f) => f.id === id && f.ok !== undefined);
      if (found) return found;
      assert.ok(Date.now() < deadline, `a reply to ${id} within ${timeoutMs} ms`);
      await new Promise((resolve) => { this.waiters.push(resolve); setTimeout(resolve, 100); });
    }
  }

  progressOf(id) {
    return this.frames.filter((f) => f.id === id && f.progress);
  }

  repliesInOrder() {
    return this.frames.filter((f) => f.ok !== undefined).map((f) => f.id);
  }

  close() {
    this.child.kill('SIGKILL');
    return this.exited;
  }
}

function startSession(name, tsa) {
  const vault = path.join(work, name);
  return new Session({ TAKEDOWN_VAULT: vault, TAKEDOWN_TSA_URL: tsa.url, TAKEDOWN_HOST_LOG: '' });
}

// Every frame is a reply or a progress frame of a request that was sent, and no progress frame of a
// request comes after its reply.
function assertWellFormed(session) {
  const answered = new Set();
  for (const f of session.frames) {
    assert.ok(session.sent.has(f.id), `frame for a request that was sent: ${JSON.stringify(f)}`);
    if (f.progress) {
      assert.equal(f.ok, undefined);
      assert.ok(['running', 'waiting'].includes(f.progress.state), `progress state ${f.progress.state}`);
      assert.ok(Number.isInteger(f.progress.elapsed_ms) && f.progress.elapsed_ms >= 0);
      assert.ok(!answered.has(f.id), `no progress for ${f.id} after its reply`);
    } else {
      assert.ok(typeof f.ok === 'boolean', `a reply: ${JSON.stringify(f)}`);
      assert.ok(!answered.has(f.id), `one reply for ${f.id}`);
      answered.add(f.id);
    }
  }
}

test('the long methods are the ones the issue names', () => {
  assert.deepEqual([...LONG_HOST_METHODS].sort(),
    ['vault.erase', 'vault.timestamp', 'vault.timestamp_digest', 'vault.verify', 'vault.witness']);
});

test('while the TSA holds a timestamp back, pings and heads are answered at once, in order', async () => {
  const tsa = await slowTsa(4000);
  const session = startSession('prompt', tsa);
  try {
    session.send('slow', 'vault.timestamp_digest', { sha256: SHA });
    await tsa.reached(1);
    for (let i = 1; i <= 20; i += 1) {
      if (i % 2) session.send(i, 'ping'); else session.send(i, 'vault.head', { case: CASE });
    }
    const last = await session.reply(20, PROMPT_MS + 2000);
    assert.ok(last.at - session.sent.get(20) < PROMPT_MS, `the 20th answer came ${last.at - session.sent.get(20)} ms after it was sent`);
    assert.deepEqual((await session.reply(2)).result, { case: CASE, head: null });
    assert.deepEqual((await session.reply(1)).result, { pong: true });
    assert.ok(!session.frames.some((f) => f.id === 'slow' && f.ok !== undefined), 'the slow one is still out');

    const slow = await session.reply('slow');
    assert.equal(slow.ok, false);
    assert.equal(slow.error.code, 'tsa_failed');
    assert.ok(slow.at - session.sent.get('slow') >= 4000, 'the slow answer waited for the TSA');
    assert.deepEqual(session.repliesInOrder(), [...Array.from({ length: 20 }, (_, i) => i + 1), 'slow'],
      'short requests answer in arrival order, the long one when it is done');
    session.end();
    assert.equal((await session.exited).code, 0);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

test('a long job sends a progress frame when it starts and every interval, none after its reply', async () => {
  const tsa = await slowTsa(2 * TICK + TICK / 2);
  const session = startSession('progress', tsa);
  try {
    session.send('p', 'vault.timestamp_digest', { sha256: SHA });
    const reply = await session.reply('p');
    const frames = session.progressOf('p');
    assert.ok(frames.length >= 3, `${frames.length} progress frames`);
    assert.deepEqual(frames.map((f) => f.progress.state), frames.map(() => 'running'));
    assert.ok(frames[0].at - session.sent.get('p') < PROMPT_MS, 'the first one comes when the job starts');
    assert.ok(frames[0].progress.elapsed_ms < PROMPT_MS);
    for (let i = 1; i < frames.length; i += 1) {
      const step = frames[i].progress.elapsed_ms - frames[i - 1].progress.elapsed_ms;
      assert.ok(step >= TICK - 50 && step < TICK + 1000, `progress ${i} came ${step} ms after the one before`);
    }
    assert.ok(frames.every((f) => f.at <= reply.at));
    await new Promise((resolve) => setTimeout(resolve, TICK + 500));
    assert.equal(session.progressOf('p').length, frames.length, 'nothing more after the reply');
    // Short calls never get progress frames.
    session.send('ping', 'ping');
    await session.reply('ping');
    assert.equal(session.progressOf('ping').length, 0);
    session.end();
    assert.equal((await session.exited).code, 0);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

test('two long jobs run side by side', async () => {
  const delay = 3000;
  const tsa = await slowTsa(delay);
  const session = startSession('two', tsa);
  try {
    session.send('a', 'vault.timestamp_digest', { sha256: SHA });
    session.send('b', 'vault.timestamp_digest', { sha256: 'cd'.repeat(32) });
    await tsa.reached(2);
    assert.ok(tsa.arrivals[1] - tsa.arrivals[0] < PROMPT_MS, 'the second query did not wait for the first answer');
    const [a, b] = [await session.reply('a'), await session.reply('b')];
    assert.equal(a.error.code, 'tsa_failed');
    assert.equal(b.error.code, 'tsa_failed');
    assert.ok(Math.max(a.at, b.at) - session.sent.get('a') < 2 * delay, 'both done in less than two delays');
    session.end();
    assert.equal((await session.exited).code, 0);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

test('at most four long jobs run at once; a fifth waits for a worker and says so', async () => {
  const delay = TICK + 1000;
  const tsa = await slowTsa(delay);
  const session = startSession('five', tsa);
  try {
    for (let i = 0; i < 5; i += 1) session.send(`j${i}`, 'vault.timestamp_digest', { sha256: String(i).repeat(64) });
    await tsa.reached(4);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(tsa.arrivals.length, 4, 'the fifth query waits');
    await session.reply('j4');
    assert.ok(tsa.arrivals[4] - tsa.arrivals[0] >= delay - 100, 'the fifth query went out when a worker was free');
    const fifth = session.progressOf('j4').map((f) => f.progress.state);
    assert.equal(fifth[0], 'waiting', `the fifth job's frames: ${fifth.join(', ')}`);
    assert.ok(fifth.includes('running'));
    session.end();
    assert.equal((await session.exited).code, 0);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

test('delete everything waits for vault work begun before it; vault requests after it wait for it', async () => {
  const tsa = await slowTsa(2 * TICK + 500);
  const session = startSession('erase', tsa);
  try {
    session.send('note', 'vault.append', { case: CASE, record: {
      type: 'note', at: { utc: '2026-12-07T10:00:00.000Z', tz: 'Europe/Amsterdam', offset_minutes: 60 }, data: { text: 'kept until erased' }, artifacts: [] } });
    assert.equal((await session.reply('note')).ok, true);
    session.send('stamp', 'vault.timestamp', { case: CASE });
    await tsa.reached(1);
    session.send('erase', 'vault.erase', { confirm: 'erase everything' });
    session.send('head', 'vault.head', { case: CASE });
    session.send('ping', 'ping');
    const ping = await session.reply('ping');
    assert.ok(ping.at - session.sent.get('ping') < PROMPT_MS, 'ping is answered while the vault is busy');

    const erase = await session.reply('erase');
    assert.deepEqual(erase.result, { erased: { cases: 1, blobs: 0 } });
    const head = await session.reply('head');
    assert.deepEqual(head.result, { case: CASE, head: null }, 'the head asked after the erase sees the vault empty');
    assert.deepEqual(session.repliesInOrder(), ['note', 'ping', 'stamp', 'erase', 'head']);
    const states = session.progressOf('erase').map((f) => f.progress.state);
    assert.equal(states[0], 'waiting', `erase progress: ${states.join(', ')}`);
    assert.equal(states.at(-1), 'running');
    assert.ok(!fs.existsSync(path.join(work, 'erase', 'cases', CASE)), 'the timestamp did not bring the case back');
    session.end();
    assert.equal((await session.exited).code, 0);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

test('when the input ends while a job runs, the job still answers before the host exits', async () => {
  const delay = 2500;
  const tsa = await slowTsa(delay);
  const session = startSession('end', tsa);
  try {
    session.send('late', 'vault.timestamp_digest', { sha256: SHA });
    session.send('ping', 'ping');
    await tsa.reached(1);
    await session.reply('ping');
    const ended = Date.now();
    session.end();
    const exit = await session.exited;
    assert.equal(exit.code, 0, session.stderr);
    assert.equal(exit.leftover, 0, 'no half frame at the end');
    const late = await session.reply('late', 0);
    assert.equal(late.error.code, 'tsa_failed');
    assert.ok(Date.now() - ended >= delay - 1000, 'the host waited for the job');
    assert.match(session.stderr, /session ended: end of input \(2 requests answered\)/);
    assertWellFormed(session);
  } finally {
    await session.close();
    await tsa.close();
  }
});

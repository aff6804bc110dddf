// The real takedown-host process, spoken to as a browser would: framed JSON on stdin/stdout. Golden
// bytes, pipelining, hostile lengths, truncation, random garbage, and the caller check.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const HOST = process.env.TAKEDOWN_HOST;
const { IDENTITY, LIMITS, ErrorCode, PROTOCOL_VERSION, RELEASE } = await import(
  pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
const ORIGIN = `chrome-extension://${IDENTITY.chromiumExtensionId}/`;
const LITTLE_ENDIAN = os.endianness() === 'LE';
const SESSION_END = /^takedown-host: session ended: /;

function header(length) {
  const bytes = Buffer.alloc(4);
  if (LITTLE_ENDIAN) bytes.writeUInt32LE(length); else bytes.writeUInt32BE(length);
  return bytes;
}

function frame(body) {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(typeof body === 'string' ? body : JSON.stringify(body));
  return Buffer.concat([header(bytes.length), bytes]);
}

// Splits a reply stream into bodies; fails on a partial frame (the host must never write one).
function unframe(stream) {
  const bodies = [];
  let at = 0;
  while (at < stream.length) {
    assert.ok(stream.length - at >= 4, 'a reply header is complete');
    const length = LITTLE_ENDIAN ? stream.readUInt32LE(at) : stream.readUInt32BE(at);
    assert.ok(length <= LIMITS.host_frame_out_max_bytes, `reply of ${length} bytes is within the cap`);
    assert.ok(stream.length - at - 4 >= length, 'a reply body is complete');
    bodies.push(stream.subarray(at + 4, at + 4 + length).toString('utf8'));
    at += 4 + length;
  }
  return bodies;
}

function lastLine(text) {
  const lines = text.split('\n').filter((line) => line !== '');
  return lines.at(-1) ?? '';
}

// Runs the host with `args`, writes `input` and closes stdin (unless keepOpen), and collects
// everything. A process still alive after `timeoutMs` is killed and reported as timedOut.
function runHost(args, input, { timeoutMs = 10000, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(HOST, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, timeoutMs);
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));
    // The host may exit before reading everything (a refused caller, a corrupt header): EPIPE here is expected.
    child.stdin.on('error', () => {});
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    if (input !== null) child.stdin.end(input);
  });
}

// A small seeded PRNG (mulberry32): the same 1,000 inputs on every run, so a failure can be replayed.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What a correct host must do with `input`: how many replies, and the exit code (0 for a clean end
// at a frame boundary, 4 for a corrupt stream).
function expectedOutcome(input) {
  let at = 0;
  let frames = 0;
  while (at < input.length) {
    if (input.length - at < 4) return { frames, code: 4 };
    const length = LITTLE_ENDIAN ? input.readUInt32LE(at) : input.readUInt32BE(at);
    if (length > LIMITS.host_frame_in_max_bytes) return { frames, code: 4 };
    if (input.length - at - 4 < length) return { frames, code: 4 };
    at += 4 + length;
    frames += 1;
  }
  return { frames, code: 0 };
}

async function inPool(items, limit, work) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

test('a ping round trip matches the golden bytes', async () => {
  const request = Buffer.from([0x18, 0, 0, 0, ...Buffer.from('{"id":1,"method":"ping"}')]);
  const reply = Buffer.from([0x29, 0, 0, 0, ...Buffer.from('{"id":1,"ok":true,"result":{"pong":true}}')]);
  if (!LITTLE_ENDIAN) { request.reverse(0, 4); reply.reverse(0, 4); }
  assert.deepEqual(request, frame('{"id":1,"method":"ping"}'));
  const run = await runHost([ORIGIN], request);
  assert.equal(run.timedOut, false);
  assert.equal(run.signal, null);
  assert.equal(run.code, 0);
  assert.deepEqual(run.stdout, reply);
  assert.equal(lastLine(run.stderr), 'takedown-host: session ended: end of input (1 request answered)');
});

test('pipelined requests are all answered, in order, good and bad alike', async () => {
  const requests = [];
  const expected = [];
  for (let i = 0; i < 200; i += 1) {
    switch (i % 5) {
      case 0:
        requests.push(frame({ id: i, method: 'ping' }));
        expected.push({ id: i, ok: true, result: { pong: true } });
        break;
      case 1:
        requests.push(frame({ id: `s${i}`, method: 'core.echo', params: { value: [i, 'é', { k: null }] } }));
        expected.push({ id: `s${i}`, ok: true, result: { value: [i, 'é', { k: null }] } });
        break;
      case 2:
        requests.push(frame('{"id":'));
        expected.push({ id: null, ok: false, error: { code: ErrorCode.bad_json, message: 'request is not valid UTF-8 JSON' } });
        break;
      case 3:
        requests.push(frame({ id: i, method: 'no.such' }));
        expected.push({ id: i, ok: false, error: { code: ErrorCode.unknown_method, message: 'no core method named "no.such"' } });
        break;
      default:
        requests.push(frame({ id: i, method: 'version' }));
        expected.push({
          id: i, ok: true,
          result: { core: { name: 'takedown-core', protocol: PROTOCOL_VERSION, version: RELEASE },
                    name: 'takedown-host', protocol: PROTOCOL_VERSION, version: RELEASE },
        });
    }
  }
  const run = await runHost([ORIGIN], Buffer.concat(requests));
  assert.equal(run.code, 0);
  assert.equal(run.signal, null);
  const replies = unframe(run.stdout);
  assert.equal(replies.length, 200);
  replies.forEach((reply, i) => assert.deepEqual(JSON.parse(reply), expected[i], `reply ${i}`));
  assert.ok(replies.every((reply) => reply.startsWith('{"id":')), '"id" comes first');
  assert.equal(lastLine(run.stderr), 'takedown-host: session ended: end of input (200 requests answered)');
});

test('each request is answered as soon as it arrives, without waiting for more input', async () => {
  const child = spawn(HOST, [ORIGIN], { stdio: ['pipe', 'pipe', 'pipe'] });
  const pending = [];
  let buffered = Buffer.alloc(0);
  child.stdout.on('data', (chunk) => {
    buffered = Buffer.concat([buffered, chunk]);
    while (buffered.length >= 4) {
      const length = LITTLE_ENDIAN ? buffered.readUInt32LE(0) : buffered.readUInt32BE(0);
      if (buffered.length < 4 + length) break;
      pending.shift()(JSON.parse(buffered.subarray(4, 4 + length).toString('utf8')));
      buffered = buffered.subarray(4 + length);
    }
  });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  for (let i = 0; i < 20; i += 1) {
    const answer = new Promise((resolve) => pending.push(resolve));
    // Sent in two pieces, so the host also has to wait for the rest of a frame.
    const bytes = frame({ id: i, method: 'core.echo', params: { value: i } });
    child.stdin.write(bytes.subarray(0, 7));
    await new Promise((resolve) => setTimeout(resolve, 2));
    child.stdin.write(bytes.subarray(7));
    assert.deepEqual(await answer, { id: i, ok: true, result: { value: i } });
  }
  child.stdin.end();
  assert.deepEqual(await exited, { code: 0, signal: null });
});

test('length 0xFFFFFFFF ends the session with exit 4 and a clear reason', async () => {
  const run = await runHost([ORIGIN], Buffer.concat([frame({ id: 1, method: 'ping' }), Buffer.from([0xff, 0xff, 0xff, 0xff]),
    Buffer.from('whatever follows')]));
  assert.equal(run.signal, null);
  assert.equal(run.code, 4);
  assert.deepEqual(unframe(run.stdout).map((r) => JSON.parse(r).id), [1]);
  assert.equal(lastLine(run.stderr), 'takedown-host: session ended: corrupt input: frame too large: the header ' +
    `announces 4294967295 bytes; the limit is ${LIMITS.host_frame_in_max_bytes} (1 request answered)`);
});

test('a length of the cap + 1 is refused the same way, before any body arrives', async () => {
  // stdin stays open: the host must decide from the header alone, not wait for 64 MiB.
  const child = spawn(HOST, [ORIGIN], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.on('error', () => {});
  child.stdin.write(header(LIMITS.host_frame_in_max_bytes + 1));
  const [code, signal] = await new Promise((resolve) => child.on('close', (...args) => resolve(args)));
  assert.equal(signal, null);
  assert.equal(code, 4);
  assert.match(lastLine(stderr), /session ended: corrupt input: frame too large: the header announces 67108865 bytes/);
});

test('truncated frames end the session with exit 4 and a clear reason', async () => {
  const cases = [
    [Buffer.from([0x05, 0x00]), /session ended: corrupt input: truncated header: the input ended after 2 of 4 length bytes/],
    [Buffer.concat([header(100), Buffer.from('{"id":1')]),
      /session ended: corrupt input: truncated body: the input ended after 7 of 100 announced bytes \(0 requests answered\)$/],
    [Buffer.concat([frame({ id: 1, method: 'ping' }), header(10)]),
      /session ended: corrupt input: truncated body: the input ended after 0 of 10 announced bytes \(1 request answered\)$/],
  ];
  for (const [input, reason] of cases) {
    const run = await runHost([ORIGIN], input);
    assert.equal(run.signal, null);
    assert.equal(run.code, 4);
    assert.match(lastLine(run.stderr), reason);
  }
});

test('big frames: up to the reply cap answered whole, above it response_too_large, session goes on', async () => {
  const cap = LIMITS.host_frame_out_max_bytes;
  const fits = 'f'.repeat(cap - '{"id":1,"ok":true,"result":{"value":""}}'.length);
  const tooBig = 't'.repeat(cap - 20);
  const run = await runHost([ORIGIN], Buffer.concat([
    frame({ id: 1, method: 'core.echo', params: { value: fits } }),
    frame({ id: 2, method: 'core.echo', params: { value: tooBig } }),
    frame({ id: 3, method: 'ping' }),
  ]));
  assert.equal(run.code, 0);
  const replies = unframe(run.stdout);
  assert.equal(replies.length, 3);
  assert.equal(Buffer.byteLength(replies[0]), cap);
  assert.equal(JSON.parse(replies[0]).result.value, fits);
  const refused = JSON.parse(replies[1]);
  assert.equal(refused.id, 2);
  assert.equal(refused.error.code, ErrorCode.response_too_large);
  assert.deepEqual(JSON.parse(replies[2]), { id: 3, ok: true, result: { pong: true } });
});

test('a browser that stops reading ends the session with exit 5, not a signal', async () => {
  const child = spawn(HOST, [ORIGIN], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk) => { stderr += chunk; });
  child.stdin.on('error', () => {});
  child.stdout.destroy();  // our read end of the host's stdout is gone: its next write gets EPIPE
  child.stdin.end(frame({ id: 1, method: 'ping' }));
  const [code, signal] = await new Promise((resolve) => child.on('close', (...args) => resolve(args)));
  assert.equal(signal, null);
  assert.equal(code, 5);
  assert.match(lastLine(stderr), /^takedown-host: session ended: browser stopped reading: write failed: /);
});

// The first RANDOM_RUNS of the seeded inputs are run. Under Wine each process start costs ≈ 0.2 s, so
// the Windows run (tests/CMakeLists.txt) takes the first 150; every other run takes all 1,000.
const RANDOM_RUNS = Number(process.env.TAKEDOWN_FRAMES_RANDOM_RUNS ?? 1000);

test(`${RANDOM_RUNS} seeded random inputs: every process exits promptly, by itself, with a logged reason`, async () => {
  const rand = mulberry32(0x7a6b_d0e1);
  const byte = () => Math.floor(rand() * 256);
  const int = (n) => Math.floor(rand() * n);
  const fragments = ['{"id":1,"method":"ping"}', '{"id":"x","method":"core.echo","params":{"value":[1,2]}}', '[]',
    '{"id":1}', '{"id":1,"method":"ping"', '{"id":[],"method":"version"}', 'null', '{"id":1,"method":"version"}'];
  const inputs = [];
  for (let i = 0; i < 1000; i += 1) {
    if (i % 2 === 0) {
      // Pure noise, 0-64 bytes: mostly absurd lengths and short reads.
      inputs.push(Buffer.from(Array.from({ length: int(65) }, byte)));
      continue;
    }
    // Plausible framing around random, mutated or truncated bodies.
    const parts = [];
    for (let n = 1 + int(3); n > 0; n -= 1) {
      let body;
      const pick = rand();
      if (pick < 0.4) body = Buffer.from(Array.from({ length: int(64) }, byte));
      else {
        body = Buffer.from(fragments[int(fragments.length)]);
        if (pick < 0.8 && body.length > 0) body[int(body.length)] = byte();
      }
      const skew = rand() < 0.25 ? int(9) - 4 : 0;  // sometimes the header lies a little
      parts.push(header(Math.max(0, body.length + skew)), body);
    }
    let input = Buffer.concat(parts);
    if (rand() < 0.3) input = input.subarray(0, int(input.length + 1));
    inputs.push(input);
  }

  const started = Date.now();
  const failures = [];
  const tally = { clean: 0, corrupt: 0, replies: 0 };
  await inPool(inputs.slice(0, RANDOM_RUNS), 8, async (input, index) => {
    const run = await runHost([ORIGIN], input, { timeoutMs: 5000 });
    const expected = expectedOutcome(input);
    tally[expected.code === 0 ? 'clean' : 'corrupt'] += 1;
    tally.replies += expected.frames;
    const problems = [];
    if (run.timedOut) problems.push('did not exit within 5 s');
    if (run.signal !== null) problems.push(`killed by ${run.signal}`);
    if (run.code !== expected.code) problems.push(`exit ${run.code}, expected ${expected.code}`);
    if (!SESSION_END.test(lastLine(run.stderr))) problems.push(`last stderr line: ${JSON.stringify(lastLine(run.stderr))}`);
    try {
      const replies = unframe(run.stdout);
      if (replies.length !== expected.frames) problems.push(`${replies.length} replies, expected ${expected.frames}`);
      for (const reply of replies) {
        const parsed = JSON.parse(reply);
        if (!('id' in parsed) || typeof parsed.ok !== 'boolean') problems.push(`malformed reply ${reply}`);
      }
    } catch (error) {
      problems.push(`bad reply stream: ${error.message}`);
    }
    if (problems.length > 0) failures.push(`input ${index} (${input.toString('hex')}): ${problems.join('; ')}`);
  });
  assert.deepEqual(failures.slice(0, 10), [], `${failures.length} of ${RANDOM_RUNS} inputs misbehaved`);
  // The mix really exercises both endings and the dispatch behind them.
  const tenth = RANDOM_RUNS / 10;
  assert.ok(tally.clean >= tenth && tally.corrupt >= tenth && tally.replies >= 3 * tenth, JSON.stringify(tally));
  assert.ok(Date.now() - started < 60000, `the ${RANDOM_RUNS} runs finish in under a minute`);
});

test('the caller check: only the Takedown extension and add-on are served', async () => {
  const ping = frame({ id: 1, method: 'ping' });
  const pong = frame('{"id":1,"ok":true,"result":{"pong":true}}');
  const accepted = [
    [ORIGIN],
    [ORIGIN, '--parent-window=0'],
    ['/home/ann/.mozilla/native-messaging-hosts/org.takedown.host.json', IDENTITY.firefoxAddonId],
  ];
  for (const args of accepted) {
    const run = await runHost(args, ping);
    assert.equal(run.code, 0, `accepted: ${args.join(' ')}`);
    assert.deepEqual(run.stdout, pong);
    assert.match(run.stderr, /^takedown-host: session started by /m);
  }
  const refused = [
    ['chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/'],
    [`chrome-extension://${IDENTITY.chromiumExtensionId}`],
    [`chrome-extension://${IDENTITY.chromiumExtensionId}/x`],
    [`chrome-extension://${IDENTITY.chromiumExtensionId.toUpperCase()}/`],
    [ORIGIN, 'stray'],
    ['/home/ann/.mozilla/native-messaging-hosts/org.takedown.host.json', 'other@example.org'],
    ['/home/ann/.mozilla/native-messaging-hosts/org.takedown.host.json', IDENTITY.chromiumExtensionId],
    ['', IDENTITY.firefoxAddonId],
  ];
  for (const args of refused) {
    // stdin is left open: a refused caller must exit without reading it.
    const run = await runHost(args, null, { timeoutMs: 5000 });
    assert.equal(run.timedOut, false, `refused without reading stdin: ${args.join(' ')}`);
    assert.equal(run.signal, null);
    assert.equal(run.code, 3, `refused: ${args.join(' ')}`);
    assert.equal(run.stdout.length, 0);
    assert.match(lastLine(run.stderr), /^takedown-host: session ended: refused caller: /);
  }
});

test('TAKEDOWN_HOST_LOG receives the session lines, stamped with time and pid', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-host-log-'));
  try {
    const log = path.join(dir, 'host.log');
    const env = { ...process.env, TAKEDOWN_HOST_LOG: log };
    await runHost([ORIGIN], frame({ id: 1, method: 'ping' }), { env });
    await runHost(['chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb/'], null, { env });
    const lines = fs.readFileSync(log, 'utf8').trimEnd().split('\n');
    assert.equal(lines.length, 3);
    const stamp = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ pid \d+ takedown-host: /;
    assert.ok(lines.every((line) => stamp.test(line)), lines.join('\n'));
    assert.match(lines[0], new RegExp(`session started by ${ORIGIN}$`));
    assert.match(lines[1], /session ended: end of input \(1 request answered\)$/);
    assert.match(lines[2], /session ended: refused caller: chrome-extension:\/\/b{32}\/ is not the Takedown extension/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The extension's side of the host's concurrency (issue #17), as pure logic over a fake port: time
// limits follow the kind of call, progress frames restart a long call's clock and reach its caller,
// and "delete everything" tells a host that never answered from a vault that failed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { pathToFileURL } from 'node:url';

// The modules under test import ./protocol.js, which the build generates: assemble them beside it.
const source = path.join(process.env.TAKEDOWN_SOURCE_DIR, 'extension', 'src');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-host-client-'));
after(() => fs.rmSync(dir, { recursive: true, force: true }));
for (const file of ['background/native-host.js', 'common/messages.js', 'common/erase.js', 'common/store.js']) {
  fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  fs.copyFileSync(path.join(source, file), path.join(dir, file));
}
fs.copyFileSync(process.env.TAKEDOWN_PROTOCOL_JS, path.join(dir, 'common', 'protocol.js'));
const load = (file) => import(pathToFileURL(path.join(dir, file)).href);
const { NativeHost, TIME_LIMITS, timeLimitFor } = await load('background/native-host.js');
const { vaultFailureKind } = await load('common/erase.js');
const { ErrorCode, LIMITS } = await load('common/protocol.js');

// A port that records what was posted and lets the test answer as the host would.
function fakeApi() {
  const port = {
    posted: [],
    messageListeners: [],
    disconnectListeners: [],
    onMessage: { addListener: (l) => port.messageListeners.push(l) },
    onDisconnect: { addListener: (l) => port.disconnectListeners.push(l) },
    postMessage: (m) => port.posted.push(m),
    disconnect: () => {},
    frame: (m) => port.messageListeners.forEach((l) => l(m)),
  };
  return { port, api: { runtime: { connectNative: () => port } } };
}

const LIMITS_FOR_TEST = { shortMs: 60, longSilenceMs: 150, longTotalMs: 700 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function host() {
  const { api, port } = fakeApi();
  return { port, host: new NativeHost({ api, hostName: 'test', disconnectReason: () => '', timeLimits: LIMITS_FOR_TEST }) };
}

test('the kind of call picks its limits; a long call may stay silent for ten progress intervals', () => {
  assert.deepEqual(timeLimitFor('ping'), { silenceMs: TIME_LIMITS.shortMs, totalMs: TIME_LIMITS.shortMs });
  assert.deepEqual(timeLimitFor('vault.head'), { silenceMs: 15_000, totalMs: 15_000 });
  for (const method of ['vault.witness', 'vault.timestamp', 'vault.timestamp_digest', 'vault.verify', 'vault.erase']) {
    assert.deepEqual(timeLimitFor(method), { silenceMs: 10 * LIMITS.host_progress_interval_ms, totalMs: TIME_LIMITS.longTotalMs });
  }
  assert.ok(TIME_LIMITS.longTotalMs > 10 * 60_000, 'longer than the host\'s own limit for a witness fetch');
});

test('a short call that stays silent times out after the short limit', async () => {
  const { host: h } = host();
  const started = Date.now();
  await assert.rejects(h.call('vault.head', { case: 'x' }), (e) => e.code === ErrorCode.timeout && /did not answer "vault.head" within 60 ms/.test(e.message));
  assert.ok(Date.now() - started < LIMITS_FOR_TEST.longSilenceMs);
});

test('progress frames keep a long call alive past its silence limit and reach the caller', async () => {
  const { host: h, port } = host();
  const heard = [];
  const answer = h.call('vault.witness', { case: 'c', url: 'https://example.org/' }, { onProgress: (p) => heard.push(p) });
  const { id } = port.posted[0];
  for (let i = 0; i < 4; i += 1) {
    await sleep(80);
    port.frame({ id, progress: { state: 'running', elapsed_ms: 80 * (i + 1) } });
  }
  await sleep(80);   // 400 ms in all: well past the 150 ms of silence a long call may have
  port.frame({ id, ok: true, result: { ok: true } });
  assert.deepEqual(await answer, { ok: true });
  assert.deepEqual(heard.map((p) => p.elapsed_ms), [80, 160, 240, 320]);
  port.frame({ id, progress: { state: 'running', elapsed_ms: 400 } });   // late: ignored
  assert.equal(heard.length, 4);
});

test('a long call without progress fails after its silence limit, and with endless progress at its total', async () => {
  const { host: h, port } = host();
  await assert.rejects(h.call('vault.erase', { confirm: 'erase everything' }),
    (e) => e.code === ErrorCode.timeout && /sent no progress for "vault.erase" within 150 ms/.test(e.message));

  const endless = h.call('vault.verify');
  const { id } = port.posted[1];
  const ticking = setInterval(() => port.frame({ id, progress: { state: 'running', elapsed_ms: 0 } }), 50);
  const started = Date.now();
  await assert.rejects(endless, (e) => e.code === ErrorCode.timeout && /did not finish "vault.verify" within 700 ms/.test(e.message));
  clearInterval(ticking);
  assert.ok(Date.now() - started >= 650);
});

test('a progress frame does not settle a short call, and an unknown id is ignored', async () => {
  const { host: h, port } = host();
  const answer = h.call('ping');
  port.frame({ id: 999, progress: { state: 'running', elapsed_ms: 1 } });
  port.frame({ id: port.posted[0].id, ok: true, result: { pong: true } });
  assert.deepEqual(await answer, { pong: true });
});

test('a closed port fails a long call at once, as host_unavailable when the host never answered', async () => {
  const { host: h, port } = host();
  const answer = h.call('vault.erase', { confirm: 'erase everything' });
  port.disconnectListeners.forEach((l) => l());
  await assert.rejects(answer, (e) => e.code === ErrorCode.host_unavailable);
});

test('delete everything: a host that never answered is "unreachable", a vault that failed is not', () => {
  for (const code of [ErrorCode.host_unavailable, ErrorCode.host_disconnected, ErrorCode.timeout]) {
    assert.equal(vaultFailureKind({ code }), 'unreachable', code);
  }
  for (const code of [ErrorCode.vault_io, ErrorCode.vault_unavailable, ErrorCode.internal]) {
    assert.equal(vaultFailureKind({ code }), 'failed', code);
  }
});

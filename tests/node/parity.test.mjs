// The same golden requests through the native CLI and the wasm module: answers must match byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { wasmClient } from './wasm-core.mjs';

const golden = JSON.parse(fs.readFileSync(path.join(process.env.TAKEDOWN_SOURCE_DIR, 'tests/golden/core-requests.json'), 'utf8'));
const core = await wasmClient();

function paramsBytes(request) {
  if (request.params_hex !== undefined) return Buffer.from(request.params_hex, 'hex');
  if (request.params_repeat !== undefined) {
    const [prefix, unit, count, suffix] = request.params_repeat;
    return Buffer.from(prefix + unit.repeat(count) + suffix, 'utf8');
  }
  return Buffer.from(request.params, 'utf8');
}

function nativeAnswer(method, params) {
  const run = spawnSync(process.env.TAKEDOWN_HOST, ['call', method], { input: params, maxBuffer: 16 << 20 });
  assert.equal(run.signal, null, `takedown-host call ${method} was killed by ${run.signal}`);
  const out = run.stdout;
  assert.equal(out.at(-1), 0x0a, 'the CLI ends its answer with one newline');
  assert.equal(run.status, JSON.parse(out).ok ? 0 : 1, 'exit status follows the envelope');
  return out.subarray(0, out.length - 1);
}

async function wasmAnswer(method, params) {
  // callRaw takes text; invalid UTF-8 must reach the module as the same bytes, so go below it.
  const module = await core.load();
  return Buffer.from(core.invoke(module, Buffer.from(method, 'utf8'), params), 'utf8');
}

test(`${golden.requests.length} golden requests answer identically natively and in wasm`, async () => {
  for (const request of golden.requests) {
    const params = paramsBytes(request);
    const label = `${request.method.slice(0, 40)} ${request.note ?? params.subarray(0, 60).toString('latin1')}`;
    const native = nativeAnswer(request.method, params);
    const wasm = await wasmAnswer(request.method, params);
    assert.equal(wasm.toString('utf8'), native.toString('utf8'), label);
    assert.ok(wasm.equals(native), `${label}: byte-identical`);
  }
});

test('the golden set covers success and every input error the core reports', async () => {
  const codes = new Set();
  for (const request of golden.requests) {
    const answer = JSON.parse(nativeAnswer(request.method, paramsBytes(request)));
    codes.add(answer.ok ? 'ok' : answer.error.code);
  }
  assert.deepEqual([...codes].sort(), ['bad_json', 'invalid_params', 'ok', 'too_deep', 'too_large', 'unknown_method']);
});

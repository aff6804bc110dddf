// The JS wrapper around the wasm core: loading, JSON, error mapping, time limit, trap recovery.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CoreClient, CoreError } from '../../wasm/core-client.js';
import { LIMITS, wasmClient, wasmFactory } from './wasm-core.mjs';

test('results come back parsed; core errors become CoreError with the core code', async () => {
  const core = await wasmClient();
  assert.deepEqual(await core.call('core.echo', { value: ['ü', 1e300, -0.5, { k: null }] }), { value: ['ü', 1e300, -0.5, { k: null }] });
  await assert.rejects(core.call('core.echo', { nope: 1 }), (e) => e instanceof CoreError && e.code === 'invalid_params');
  await assert.rejects(core.call('no.such'), (e) => e instanceof CoreError && e.code === 'unknown_method');
});

test('callRaw passes text through untouched, including invalid JSON', async () => {
  const core = await wasmClient();
  assert.equal(await core.callRaw('core.echo', '{"value":1}'), '{"ok":true,"result":{"value":1}}');
  assert.match(await core.callRaw('core.echo', '{"value":'), /^\{"ok":false,"error":\{"code":"bad_json",/);
});

test('oversize params are refused before they reach the module', async () => {
  const core = await wasmClient();
  const big = 'x'.repeat(LIMITS.core_params_max_bytes);
  await assert.rejects(core.call('core.echo', { value: big }), (e) => e.code === 'too_large');
  assert.equal(core.generation, 0, 'the module was not even loaded for it');
});

test('a large input that fits goes through the heap, not the stack', async () => {
  const core = await wasmClient();
  const value = 'ж'.repeat(400_000);   // 800,000 bytes of UTF-8, copied through malloc'd memory
  assert.equal((await core.call('core.echo', { value })).value, value);
});

test('a trap is survived: the next call runs on a new module', async () => {
  const core = await wasmClient();
  await core.call('core.version');
  assert.equal(core.generation, 1);
  await assert.rejects(core.trapForTests(), (e) => e.code === 'wasm_trap');
  assert.deepEqual(await core.call('core.echo', { value: 'again' }), { value: 'again' });
  assert.equal(core.generation, 2);
});

test('loading that takes too long fails with timeout, and a later call can still load', async () => {
  const { createModule, moduleOptions } = await wasmFactory();
  let slow = true;
  const core = new CoreClient({
    createModule: async (options) => {
      if (slow) await new Promise((resolve) => setTimeout(resolve, 500));
      return createModule(options);
    },
    moduleOptions, limits: LIMITS, timeoutMs: 100,
  });
  await assert.rejects(core.call('core.version'), (e) => e.code === 'timeout');
  slow = false;
  assert.equal((await core.call('core.version')).name, 'takedown-core');
});

test('a module that cannot load is reported as wasm_unavailable', async () => {
  const core = new CoreClient({ createModule: () => Promise.reject(new Error('CompileError: blocked by CSP')), limits: LIMITS });
  await assert.rejects(core.call('core.version'), (e) => e.code === 'wasm_unavailable' && /blocked by CSP/.test(e.message));
});

// Firefox deprecates the legacy wasm exception instructions that Emscripten 3.1.6 emits (try,
// delegate, rethrow) and warns on every compile; its build gets the standard exnref form instead
// (try_table, throw_ref). binaryen's metrics count each kind of instruction in an artifact (it reads
// the module as wasm-dis would, without printing 40 MB of text): a legacy `delegate` ends a `try`,
// so no `try` means no `delegate` either.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const wasmOpt = path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'node_modules', '.bin', 'wasm-opt');
const build = requiredEnv('TAKEDOWN_WASM_DIR');
const KINDS = { Try: 'try', TryTable: 'try_table', Rethrow: 'rethrow', ThrowRef: 'throw_ref' };

function exceptionInstructions(file) {
  const text = execFileSync(wasmOpt, ['--all-features', '--metrics', file], { encoding: 'utf8', maxBuffer: 16 << 20 });
  const counts = {};
  for (const [, kind, count] of text.matchAll(/^ (\w+)\s*: (\d+)/gm)) {
    if (KINDS[kind]) counts[KINDS[kind]] = Number(count);
  }
  return counts;
}

test('the Firefox extension ships exnref exceptions only', () => {
  const counts = exceptionInstructions(path.join(build, 'extension', 'firefox', 'wasm', 'takedown-core.wasm'));
  assert.ok(counts.try_table > 0 && counts.throw_ref > 0, JSON.stringify(counts));
  assert.equal(counts.try ?? 0, 0);
  assert.equal(counts.rethrow ?? 0, 0);
});

test('the Chromium extension and node keep the legacy form that node 20 can load', () => {
  const counts = exceptionInstructions(path.join(build, 'extension', 'chromium', 'wasm', 'takedown-core.wasm'));
  assert.ok(counts.try > 0, JSON.stringify(counts));
  assert.equal(counts.try_table ?? 0, 0);
});

// Firefox deprecates the legacy wasm exception instructions that Emscripten 3.1.6 emits (try,
// delegate, rethrow) and warns on every compile; its build gets the standard exnref form instead
// (try_table, throw_ref). binaryen's disassembler shows which form each artifact holds.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const wasmDis = path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'node_modules', '.bin', 'wasm-dis');
const build = requiredEnv('TAKEDOWN_WASM_DIR');

function exceptionInstructions(file) {
  const text = execFileSync(wasmDis, [file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  const counts = {};
  for (const [, name] of text.matchAll(/\((try_table|try|delegate|rethrow|throw_ref)\b/g)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}

test('the Firefox extension ships exnref exceptions only', () => {
  const counts = exceptionInstructions(path.join(build, 'extension', 'firefox', 'wasm', 'takedown-core.wasm'));
  assert.ok(counts.try_table > 0 && counts.throw_ref > 0, JSON.stringify(counts));
  assert.equal(counts.try ?? 0, 0);
  assert.equal(counts.delegate ?? 0, 0);
  assert.equal(counts.rethrow ?? 0, 0);
});

test('the Chromium extension and node keep the legacy form that node 20 can load', () => {
  const counts = exceptionInstructions(path.join(build, 'extension', 'chromium', 'wasm', 'takedown-core.wasm'));
  assert.ok(counts.try > 0, JSON.stringify(counts));
  assert.equal(counts.try_table ?? 0, 0);
});

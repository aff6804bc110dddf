// The store packages the build makes (packaging/): a Chromium .zip and an unsigned Firefox .xpi,
// each holding exactly the assembled extension with manifest.json at the root, and web-ext lint's
// verdict on the Firefox build.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { protocol, requiredEnv } from '../e2e/harness.mjs';

const { RELEASE } = await protocol();
const buildDir = requiredEnv('TAKEDOWN_WASM_DIR');
const cmake = process.env.CMAKE_COMMAND ?? 'cmake';

function filesUnder(dir) {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath ?? entry.path, entry.name)))
    .sort();
}

for (const [browser, suffix] of [['chromium', 'zip'], ['firefox', 'xpi']]) {
  test(`the ${browser} package holds the assembled extension`, () => {
    const archive = path.join(buildDir, 'packages', `takedown-${browser}-${RELEASE}.${suffix}`);
    const listed = execFileSync(cmake, ['-E', 'tar', 'tf', archive], { encoding: 'utf8' })
      .split('\n').filter((line) => line && !line.endsWith('/')).map((line) => line.replace(/^\.\//, '')).sort();
    assert.deepEqual(listed, filesUnder(path.join(buildDir, 'extension', browser)));
    assert.ok(listed.includes('manifest.json') && listed.includes('wasm/takedown-core.wasm'));
    assert.ok(!listed.some((file) => file.startsWith('test/')), 'no test hooks in a package');
  });
}

test('web-ext lint finds no errors in the Firefox build', () => {
  const webExt = path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'node_modules', '.bin', 'web-ext');
  const run = spawnSync(webExt, ['lint', '--source-dir', path.join(buildDir, 'extension', 'firefox'), '--output', 'json', '--no-input'],
    { encoding: 'utf8' });
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
  const described = (list) => list.map((m) => `${m.code}: ${m.message}`).join('; ');
  assert.deepEqual(report.errors, [], described(report.errors));
  assert.deepEqual(report.warnings, [], described(report.warnings));
  assert.equal(report.summary.errors, 0);
});

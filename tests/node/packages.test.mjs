// The store packages the build makes (packaging/): a Chromium .zip and an unsigned Firefox .xpi,
// each holding exactly the assembled extension with manifest.json at the root, and web-ext lint's
// verdict on the Firefox build.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
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

  test(`the ${browser} package carries the licence and the notices of everything it vendors, and no test tool`, () => {
    const unpacked = path.join(buildDir, 'extension', browser);
    const source = requiredEnv('TAKEDOWN_SOURCE_DIR');
    for (const name of ['LICENSE', 'THIRD_PARTY_NOTICES']) {
      assert.equal(fs.readFileSync(path.join(unpacked, name), 'utf8'), fs.readFileSync(path.join(source, name), 'utf8'), name);
    }
    const notices = fs.readFileSync(path.join(unpacked, 'THIRD_PARTY_NOTICES'), 'utf8');
    // Every vendored file is named in the notices, with its package's version as installed by npm.
    const vendored = fs.readdirSync(path.join(unpacked, 'vendor')).filter((name) => name.endsWith('.js'));
    assert.deepEqual(vendored.sort(), ['client-zip.js', 'warcio.js']);
    for (const file of vendored) {
      const name = file.replace(/\.js$/, '');
      const { version } = JSON.parse(fs.readFileSync(path.join(source, 'node_modules', name, 'package.json'), 'utf8'));
      assert.ok(notices.includes(`${name} ${version} (npm)`), `${name} ${version} in THIRD_PARTY_NOTICES`);
      assert.ok(notices.includes(`vendor/${file}`), `vendor/${file} in THIRD_PARTY_NOTICES`);
    }
    // Test-only tools never enter a package: no file of the replay viewer (AGPL, one e2e test uses it).
    const viewer = path.join(source, 'node_modules', 'replaywebpage');
    const digest = (file) => createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const viewerFiles = new Set(filesUnder(viewer).filter((file) => fs.statSync(path.join(viewer, file)).size > 256)
      .map((file) => digest(path.join(viewer, file))));
    assert.ok(viewerFiles.size > 0, `the replay viewer's files are found in ${viewer}`);
    for (const file of filesUnder(unpacked)) assert.ok(!viewerFiles.has(digest(path.join(unpacked, file))), `${file} is not the replay viewer's`);
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

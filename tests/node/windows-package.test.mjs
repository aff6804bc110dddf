// The Windows package (issue #18): the zip that scripts/build makes holds exactly the program, the two
// scripts, the read-me and the licences; install.cmd registers the host for every browser from wherever
// the zip was unpacked, and uninstall.cmd removes exactly that again (run by Wine's cmd, checked with
// `wine reg query`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { removeDir, tempDir } from './vault-support.mjs';
import { BROWSER_KEYS, linuxPath, registryDefault, wine, windowsPath } from './wine-support.mjs';

const SOURCE = process.env.TAKEDOWN_SOURCE_DIR;
const WINDOWS_DIR = process.env.TAKEDOWN_WINDOWS_DIR;
const { version } = JSON.parse(fs.readFileSync(path.join(SOURCE, 'package.json'), 'utf8'));
const name = `takedown-host-${version}-windows-x64`;
const zip = path.join(WINDOWS_DIR, 'packages', `${name}.zip`);
const work = tempDir('takedown-windows-package-');
after(() => removeDir(work));

function unpack() {
  const run = spawnSync('unzip', ['-q', zip, '-d', work], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return path.join(work, name);
}

test('the zip holds one folder with the program, install.cmd, uninstall.cmd, README.txt and the licences', () => {
  const listing = spawnSync('unzip', ['-Z1', zip], { encoding: 'utf8' });
  assert.equal(listing.status, 0, listing.stderr);
  const files = listing.stdout.split('\n').filter((line) => line && !line.endsWith('/')).sort();
  assert.deepEqual(files, ['LICENSE', 'README.txt', 'THIRD_PARTY_NOTICES', 'install.cmd', 'takedown-host.exe', 'uninstall.cmd']
    .map((file) => `${name}/${file}`).sort());
  const folder = unpack();
  for (const file of ['LICENSE', 'THIRD_PARTY_NOTICES']) {
    assert.deepEqual(fs.readFileSync(path.join(folder, file)), fs.readFileSync(path.join(SOURCE, file)), `${file} as in the repository`);
  }
  const notices = fs.readFileSync(path.join(folder, 'THIRD_PARTY_NOTICES'), 'utf8');
  for (const part of ['OpenSSL', 'MinGW-w64', 'winpthreads', 'GCC runtime', 'nlohmann/json', 'Boost']) {
    assert.ok(notices.includes(part), `THIRD_PARTY_NOTICES names ${part}`);
  }
  for (const script of ['install.cmd', 'uninstall.cmd', 'README.txt']) {
    const text = fs.readFileSync(path.join(folder, script), 'latin1');
    assert.equal(text.replaceAll('\r\n', '').includes('\n'), false, `${script} has Windows line ends`);
  }
  // The read-me speaks both languages.
  const readme = fs.readFileSync(path.join(folder, 'README.txt'), 'utf8');
  assert.match(readme, /double-click install\.cmd/);
  assert.match(readme, /dubbelklik op install\.cmd/);
  // A stripped program: much smaller than the build's own.
  const packed = fs.statSync(path.join(folder, 'takedown-host.exe')).size;
  assert.ok(packed < fs.statSync(path.join(WINDOWS_DIR, 'native-host', 'takedown-host.exe')).size, 'stripped');
});

test('install.cmd registers every browser from the unpacked folder; uninstall.cmd removes exactly that', () => {
  const folder = fs.existsSync(path.join(work, name)) ? path.join(work, name) : unpack();
  for (const key of Object.values(BROWSER_KEYS)) assert.equal(registryDefault(key), null, `${key} absent before`);

  const installed = wine(['cmd', '/c', windowsPath(path.join(folder, 'install.cmd')), '/q']);
  assert.equal(installed.code, 0, installed.stdout + installed.stderr);
  assert.match(installed.stdout, /Set up for edge\. \/ Ingesteld voor edge\./);
  for (const [browser, key] of Object.entries(BROWSER_KEYS)) {
    const manifest = linuxPath(registryDefault(key) ?? '');
    assert.equal(manifest, path.join(folder, `org.takedown.host.${browser}.json`), `${browser}'s key names its manifest`);
    assert.equal(linuxPath(JSON.parse(fs.readFileSync(manifest, 'utf8')).path), path.join(folder, 'takedown-host.exe'));
  }

  const removed = wine(['cmd', '/c', windowsPath(path.join(folder, 'uninstall.cmd')), '/q']);
  assert.equal(removed.code, 0, removed.stdout + removed.stderr);
  for (const key of Object.values(BROWSER_KEYS)) assert.equal(registryDefault(key), null, `${key} removed`);
  assert.deepEqual(fs.readdirSync(folder).sort(),
    ['LICENSE', 'README.txt', 'THIRD_PARTY_NOTICES', 'install.cmd', 'takedown-host.exe', 'uninstall.cmd'], 'only the package is left');
});

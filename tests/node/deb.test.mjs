// The Debian package (packaging/deb/): built with `cpack -G DEB` in this build folder, then inspected
// with dpkg-deb, never installed: its control data, that the packaged host runs and answers the extension,
// and that each system-wide manifest names the packaged path and the pinned extension, with exactly the
// bytes `takedown-host install` writes.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const BUILD_DIR = process.env.TAKEDOWN_BUILD_DIR;
const CPACK = process.env.CPACK_COMMAND;
const HOST = process.env.TAKEDOWN_HOST;
const { IDENTITY, RELEASE } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
const MANIFEST = `${IDENTITY.hostName}.json`;
const PACKAGED_HOST = '/usr/bin/takedown-host';
const DOC_DIR = '/usr/share/doc/takedown-host';
const SOURCE_DIR = process.env.TAKEDOWN_SOURCE_DIR;
const MANIFEST_DIRS = {
  chromium: '/etc/chromium/native-messaging-hosts',
  chrome: '/etc/opt/chrome/native-messaging-hosts',
  firefox: '/usr/lib/mozilla/native-messaging-hosts',
};

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { maxBuffer: 64 << 20, timeout: 300000, ...options });
  assert.equal(result.error, undefined, `${command} ${args.join(' ')} ran`);
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.toString('utf8');
}

function frame(text) {
  const body = Buffer.from(text);
  const header = Buffer.alloc(4);
  if (os.endianness() === 'LE') header.writeUInt32LE(body.length); else header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

let deb;
let root;  // the package's files, extracted
let scratch;

before(() => {
  scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-deb-')));
  const packages = path.join(BUILD_DIR, 'packages');
  for (const old of fs.existsSync(packages) ? fs.readdirSync(packages) : []) {
    if (old.endsWith('.deb')) fs.rmSync(path.join(packages, old));
  }
  run(CPACK, ['-G', 'DEB', '--config', path.join(BUILD_DIR, 'CPackConfig.cmake')], { cwd: BUILD_DIR });
  const debs = fs.readdirSync(packages).filter((name) => name.endsWith('.deb'));
  assert.equal(debs.length, 1, `one .deb in ${packages}: ${debs}`);
  deb = path.join(packages, debs[0]);
  root = path.join(scratch, 'root');
  run('dpkg-deb', ['-x', deb, root]);
});

after(() => fs.rmSync(scratch, { recursive: true, force: true }));

test('the package is named, versioned and described for this machine, with its library dependencies', () => {
  assert.match(path.basename(deb), new RegExp(`^takedown-host_${RELEASE.replaceAll('.', '\\.')}_[a-z0-9]+\\.deb$`));
  const field = (name) => run('dpkg-deb', ['-f', deb, name]).trim();
  assert.equal(field('Package'), 'takedown-host');
  assert.equal(field('Version'), RELEASE);
  assert.equal(field('Architecture'), run('dpkg', ['--print-architecture']).trim());
  assert.match(field('Depends'), /\blibc6 \(>= [0-9.]+\)/);
  assert.match(field('Depends'), /\blibstdc\+\+6 \(>= [0-9.]+\)/);
  assert.match(field('Description'), /native messaging host/);
  assert.match(run('dpkg-deb', ['-I', deb]), /Maintainer: Takedown/);
});

test('it holds the host binary and the three system-wide manifests, owned by root', () => {
  const listing = run('dpkg-deb', ['-c', deb]).trim().split('\n');
  const files = listing.filter((line) => !line.startsWith('d'));
  const entry = (file) => files.find((line) => line.endsWith(` .${file}`));
  const wanted = [PACKAGED_HOST, ...Object.values(MANIFEST_DIRS).map((dir) => `${dir}/${MANIFEST}`),
                  ...['copyright', 'LICENSE', 'THIRD_PARTY_NOTICES'].map((name) => `${DOC_DIR}/${name}`)];
  for (const file of wanted) {
    const line = entry(file);
    assert.ok(line, `${file} in ${listing.join('\n')}`);
    assert.match(line, /^-rw.r--r-- root\/root|^-rwxr-xr-x root\/root/, line);
  }
  assert.match(entry(PACKAGED_HOST), /^-rwxr-xr-x root\/root/);
  assert.equal(files.length, wanted.length, `nothing else is packaged:\n${files.join('\n')}`);
});

test('it carries the licence: Debian\'s copyright file, the Apache-2.0 text and the third-party notices', () => {
  const doc = (name) => fs.readFileSync(path.join(root, DOC_DIR, name), 'utf8');
  assert.equal(doc('LICENSE'), fs.readFileSync(path.join(SOURCE_DIR, 'LICENSE'), 'utf8'));
  assert.match(doc('LICENSE'), /Apache License\s+Version 2\.0, January 2004/);
  assert.equal(doc('THIRD_PARTY_NOTICES'), fs.readFileSync(path.join(SOURCE_DIR, 'THIRD_PARTY_NOTICES'), 'utf8'));
  for (const shipped of ['nlohmann/json', 'Boost', 'OpenSSL']) assert.ok(doc('THIRD_PARTY_NOTICES').includes(shipped), shipped);
  const copyright = doc('copyright');
  assert.match(copyright, /^Format: https:\/\/www\.debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\//);
  assert.match(copyright, /^Files: \*\nCopyright: .+\nLicense: Apache-2\.0$/m);
  assert.match(copyright, /^License: Apache-2\.0\n(?: .*\n)* .*\/usr\/share\/common-licenses\/Apache-2\.0/m);
});

test('the /etc manifests are conffiles, so dpkg keeps a local edit', () => {
  const control = path.join(scratch, 'control');
  run('dpkg-deb', ['-e', deb, control]);
  const conffiles = fs.readFileSync(path.join(control, 'conffiles'), 'utf8').trim().split('\n').sort();
  assert.deepEqual(conffiles, [`${MANIFEST_DIRS.chromium}/${MANIFEST}`, `${MANIFEST_DIRS.chrome}/${MANIFEST}`].sort());
});

test('the packaged host runs: --version, and a ping from the pinned extension', () => {
  const host = path.join(root, PACKAGED_HOST);
  assert.match(run(host, ['--version']), new RegExp(`\\b${RELEASE.replaceAll('.', '\\.')}\\b`));
  const origin = `chrome-extension://${IDENTITY.chromiumExtensionId}/`;
  const reply = run(host, [origin], { input: frame('{"id":1,"method":"ping"}') });
  assert.equal(reply.slice(4), '{"id":1,"ok":true,"result":{"pong":true}}');
});

for (const [browser, dir] of Object.entries(MANIFEST_DIRS)) {
  test(`the ${browser} manifest names the packaged host and the pinned extension, as install writes it`, () => {
    const text = fs.readFileSync(path.join(root, dir, MANIFEST), 'utf8');
    const manifest = JSON.parse(text);
    assert.equal(manifest.name, IDENTITY.hostName);
    assert.equal(manifest.path, PACKAGED_HOST);
    assert.equal(manifest.type, 'stdio');
    if (browser === 'firefox') {
      assert.deepEqual(manifest.allowed_extensions, [IDENTITY.firefoxAddonId]);
      assert.equal(manifest.allowed_origins, undefined);
    } else {
      assert.deepEqual(manifest.allowed_origins, [`chrome-extension://${IDENTITY.chromiumExtensionId}/`]);
      assert.equal(manifest.allowed_extensions, undefined);
    }

    // `takedown-host install` per user (into a scratch HOME), with the packaged host as --host-path:
    // the same bytes once the path is swapped.
    const home = fs.mkdtempSync(path.join(scratch, `home-${browser}-`));
    const env = { ...process.env, HOME: home };
    delete env.XDG_CONFIG_HOME;
    const hostPath = path.join(root, PACKAGED_HOST);
    const written = run(HOST, ['install', '--browser', browser, '--host-path', hostPath], { env }).trim();
    assert.ok(written.startsWith(home), written);
    const expected = fs.readFileSync(written, 'utf8').replace(JSON.stringify(hostPath), JSON.stringify(PACKAGED_HOST));
    assert.equal(text, expected);
  });
}

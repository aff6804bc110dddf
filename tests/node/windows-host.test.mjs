// takedown-host.exe under Wine (issue #18): what only Windows has. The install for each browser writes
// the manifest beside the .exe and the per-user registry key that browser reads, and uninstall removes
// exactly both (checked with `wine reg query`); RFC 3161 timestamps over plain HTTP from the local TSA;
// the vault's files on the Windows file layer. TAKEDOWN_HOST is a wrapper that runs the .exe under Wine.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { startTestTsa, testCertificates } from './test-certs.mjs';
import { HOST, fromHostPath, note, removeDir, runHost, tempDir } from './vault-support.mjs';
import { BROWSER_KEYS, HOST_NAME, linuxPath, registryDefault, registryKeyExists, wine } from './wine-support.mjs';

const WINDOWS_DIR = process.env.TAKEDOWN_WINDOWS_DIR;
const TSA = process.env.TAKEDOWN_TEST_TSA;
const EXE = path.join(WINDOWS_DIR, 'native-host', 'takedown-host.exe');
const work = tempDir('takedown-windows-');
after(() => removeDir(work));

async function host(args, { input = '', env = {} } = {}) {
  return runHost(HOST, args, { input, env });
}

async function ok(method, params, env) {
  const run = await host(['call', method], { input: JSON.stringify(params), env });
  const envelope = JSON.parse(run.stdout);
  assert.equal(envelope.ok, true, `${method}: ${JSON.stringify(envelope.error)} ${run.stderr}`);
  assert.equal(run.code, 0);
  return envelope.result;
}

test('takedown-host.exe is a Windows program that imports only system libraries, and answers core.version', async () => {
  const dump = spawnSync('x86_64-w64-mingw32-objdump', ['-p', EXE], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(dump.status, 0, dump.stderr);
  const dlls = [...dump.stdout.matchAll(/DLL Name: (\S+)/g)].map((m) => m[1].toLowerCase()).sort();
  const system = new Set(['advapi32.dll', 'bcrypt.dll', 'crypt32.dll', 'kernel32.dll', 'msvcrt.dll', 'mswsock.dll',
    'user32.dll', 'ws2_32.dll', 'gdi32.dll', 'ntdll.dll', 'shell32.dll', 'ole32.dll', 'secur32.dll']);
  assert.deepEqual(dlls.filter((dll) => !system.has(dll)), [], `only system DLLs: ${dlls.join(', ')}`);
  const version = await ok('core.version', {});
  const pkg = JSON.parse(fs.readFileSync(path.join(process.env.TAKEDOWN_SOURCE_DIR, 'package.json'), 'utf8'));
  assert.equal(version.version, pkg.version);
});

describe('install and uninstall write and remove the manifest beside the .exe and the HKCU key', () => {
  for (const [browser, key] of Object.entries(BROWSER_KEYS)) {
    test(browser, async () => {
      assert.equal(registryDefault(key), null, 'no key before install');
      const installed = await host(['install', '--browser', browser]);
      assert.equal(installed.code, 0, installed.stderr);
      const manifestWindows = installed.stdout.trim();
      assert.equal(registryDefault(key), manifestWindows, 'the key names the manifest');
      const manifest = linuxPath(manifestWindows);
      assert.equal(path.dirname(manifest), path.dirname(EXE), 'the manifest lies beside the .exe');
      const written = JSON.parse(fs.readFileSync(manifest, 'utf8'));
      assert.equal(written.name, HOST_NAME);
      assert.equal(written.type, 'stdio');
      assert.equal(linuxPath(written.path), EXE);
      if (browser === 'firefox') {
        assert.deepEqual(written.allowed_extensions, ['takedown@takedown.org']);
      } else {
        assert.deepEqual(written.allowed_origins, ['chrome-extension://cknbgcaoeofcnbhhcpnjolamchcldogk/']);
      }

      const removed = await host(['uninstall', '--browser', browser]);
      assert.equal(removed.code, 0, removed.stderr);
      assert.equal(registryDefault(key), null, 'the key is gone');
      assert.equal(fs.existsSync(manifest), false, 'the manifest is gone');
      // The folders install may have created under the vendor's key went with it when left empty.
      const parent = key.slice(0, key.lastIndexOf('\\'));
      assert.equal(registryKeyExists(parent), false, `${parent} is gone`);
    });
  }
});

test('names outside ASCII: a host in C:\\…\\Zoë Ωmega installs there, and a vault in such a folder is that folder', async () => {
  const folder = path.join(work, 'Zoë Ωmega');
  fs.mkdirSync(folder);
  const exe = path.join(folder, 'takedown-host.exe');
  fs.copyFileSync(EXE, exe);
  const manifest = path.join(folder, `${HOST_NAME}.chromium.json`);
  try {
    const installed = wine([exe, 'install', '--browser', 'chromium']);
    assert.equal(installed.code, 0, installed.stderr);
    assert.equal(linuxPath(installed.stdout.trim()), manifest);
    assert.equal(linuxPath(registryDefault(BROWSER_KEYS.chromium)), manifest, 'the key names the file by its real name');
    assert.equal(linuxPath(JSON.parse(fs.readFileSync(manifest, 'utf8')).path), exe);
  } finally {
    assert.equal(wine([exe, 'uninstall', '--browser', 'chromium']).code, 0);
  }
  assert.equal(registryDefault(BROWSER_KEYS.chromium), null);
  assert.equal(fs.existsSync(manifest), false);

  const vault = path.join(work, 'vault Zoë Ωmega');
  await ok('vault.append', { case: 'case-names', record: note('a vault in a folder named outside ASCII') }, { TAKEDOWN_VAULT: vault });
  assert.ok(fs.existsSync(path.join(vault, 'cases', 'case-names', 'log.jsonl')), 'the log is in the folder named');
  const listed = await host(['vault', 'list', '--json', '--vault', vault]);
  assert.equal(fromHostPath(JSON.parse(listed.stdout).root), vault);
});

describe('the vault on the Windows file layer', () => {
  test('RFC 3161 over plain HTTP: a stamp from the local TSA verifies, and the vault verifies', async () => {
    const certs = testCertificates(path.join(work, 'certs'));
    const tsa = await startTestTsa(TSA, certs);
    try {
      const vault = path.join(work, 'vault');
      const env = { TAKEDOWN_VAULT: vault, TAKEDOWN_TSA_URL: tsa.url, TAKEDOWN_TSA_CA: tsa.ca };
      const appended = await ok('vault.append', { case: 'case-windows', record: note('a note on Windows') }, env);
      const stamp = await ok('vault.timestamp', { case: 'case-windows' }, env);
      assert.equal(stamp.verified, true);
      assert.equal(stamp.hash, appended.record.hash);
      const tsr = path.join(vault, 'cases', 'case-windows', stamp.files.tsr);
      assert.match(certs.openssl(['ts', '-verify', '-digest', stamp.hash, '-in', tsr, '-CAfile', tsa.ca]), /Verification: OK/);
      assert.equal((await ok('vault.timestamp_verify', { case: 'case-windows', seq: stamp.seq }, env)).ok, true);
      assert.equal((await ok('vault.verify', {}, env)).ok, true);
    } finally {
      tsa.process.kill();
    }
  });
});

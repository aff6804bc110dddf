// takedown-host as a command: `call` output byte for byte, usage errors and exit codes, and the
// manifests `install` writes (then uses: the installed path really answers a ping).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

const HOST = process.env.TAKEDOWN_HOST;
const { IDENTITY, LIMITS, ErrorCode, PROTOCOL_VERSION, RELEASE } = await import(
  pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS).href);
const ORIGIN = `chrome-extension://${IDENTITY.chromiumExtensionId}/`;
const MANIFEST = `${IDENTITY.hostName}.json`;

// A clean environment: no XDG_CONFIG_HOME or log file leaking in from the caller.
function cleanEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  if (!('XDG_CONFIG_HOME' in extra)) delete env.XDG_CONFIG_HOME;
  delete env.TAKEDOWN_HOST_LOG;
  return env;
}

function host(args, { input = '', env = cleanEnv() } = {}) {
  const run = spawnSync(HOST, args, { input, env, maxBuffer: 256 << 20, timeout: 30000 });
  assert.equal(run.error, undefined, `takedown-host ${args.join(' ')} ran`);
  assert.equal(run.signal, null, `takedown-host ${args.join(' ')} was not killed`);
  return { code: run.status, stdout: run.stdout.toString('utf8'), stderr: run.stderr.toString('utf8') };
}

function withTempDir(fn) {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-cli-')));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function frame(text) {
  const body = Buffer.from(text);
  const header = Buffer.alloc(4);
  if (os.endianness() === 'LE') header.writeUInt32LE(body.length); else header.writeUInt32BE(body.length);
  return Buffer.concat([header, body]);
}

const versionResult = `{"name":"takedown-core","protocol":${PROTOCOL_VERSION},"version":"${RELEASE}"}`;

test('call core.version prints the core envelope and one newline, exit 0', () => {
  const run = host(['call', 'core.version'], { input: '{}' });
  assert.equal(run.code, 0);
  assert.equal(run.stdout, `{"ok":true,"result":${versionResult}}\n`);
  assert.equal(run.stderr, '');
});

test('call core.echo returns the value with sorted keys, byte for byte', () => {
  const run = host(['call', 'core.echo'], { input: '{"value":{"b":[1,2.5,null],"a":"é \\u00e9","c":{}}}\n' });
  assert.equal(run.code, 0);
  assert.equal(run.stdout, '{"ok":true,"result":{"value":{"a":"é é","b":[1,2.5,null],"c":{}}}}\n');
});

test('call also answers the host methods through the same table', () => {
  assert.deepEqual(host(['call', 'ping'], { input: '{}' }), { code: 0, stdout: '{"ok":true,"result":{"pong":true}}\n', stderr: '' });
  const version = host(['call', 'version'], { input: ' {} ' });
  assert.equal(version.code, 0);
  assert.equal(version.stdout,
    `{"ok":true,"result":{"core":${versionResult},"name":"takedown-host","protocol":${PROTOCOL_VERSION},"version":"${RELEASE}"}}\n`);
  const withParams = host(['call', 'ping'], { input: '{"x":1}' });
  assert.equal(withParams.code, 1);
  assert.equal(withParams.stdout, '{"ok":false,"error":{"code":"invalid_params","message":"params.x is not a known field"}}\n');
});

test('call errors are envelopes on stdout with exit 1', () => {
  const cases = [
    [['call', 'core.echo'], '{"value":', `{"ok":false,"error":{"code":"${ErrorCode.bad_json}","message":"params is not valid UTF-8 JSON"}}\n`],
    [['call', 'core.echo'], '', `{"ok":false,"error":{"code":"${ErrorCode.bad_json}","message":"params is not valid UTF-8 JSON"}}\n`],
    [['call', 'core.echo'], Buffer.from('7b2276616c7565223a22ff227d', 'hex'),
      `{"ok":false,"error":{"code":"${ErrorCode.bad_json}","message":"params is not valid UTF-8 JSON"}}\n`],
    [['call', 'core.echo'], '{}', `{"ok":false,"error":{"code":"${ErrorCode.invalid_params}","message":"params.value is required"}}\n`],
    [['call', 'core.nope'], '{}', `{"ok":false,"error":{"code":"${ErrorCode.unknown_method}","message":"no core method named \\"core.nope\\""}}\n`],
  ];
  for (const [args, input, expected] of cases) {
    const run = host(args, { input });
    assert.equal(run.code, 1, `${args.join(' ')} <<< ${input}`);
    assert.equal(run.stdout, expected);
  }
});

test('stdin above host_cli_stdin_max_bytes is refused with too_large; at the limit it reaches the core', () => {
  const limit = LIMITS.host_cli_stdin_max_bytes;
  const over = host(['call', 'core.echo'], { input: Buffer.alloc(limit + 1, 0x20) });
  assert.equal(over.code, 1);
  const answer = JSON.parse(over.stdout);
  assert.equal(answer.error.code, ErrorCode.too_large);
  assert.match(answer.error.message, new RegExp(`exceed ${limit} bytes`));

  // Exactly at the limit the core answers for itself (its own params limit may be smaller).
  const at = host(['call', 'core.echo'], { input: Buffer.alloc(limit, 0x20) });
  assert.equal(at.code, 1);
  const expected = limit > LIMITS.core_params_max_bytes ? ErrorCode.too_large : ErrorCode.bad_json;
  assert.equal(JSON.parse(at.stdout).error.code, expected);
  if (limit > LIMITS.core_params_max_bytes) {
    assert.equal(JSON.parse(at.stdout).error.message,
      `params is ${limit} bytes; the limit is ${LIMITS.core_params_max_bytes}`);
  }
});

test('usage errors exit 2 with a hint on stderr and nothing on stdout', () => {
  const cases = [
    [[], /no command given/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['--verbose'], /unknown command "--verbose"/],
    [['call'], /call takes exactly one METHOD/],
    [['call', 'a', 'b'], /call takes exactly one METHOD/],
    [['install'], /--browser chrome\|chromium\|edge\|brave\|firefox is required/],
    [['install', '--browser'], /--browser needs a value/],
    [['install', '--browser', 'vivaldi'], /unknown browser "vivaldi"; use chrome, chromium, edge, brave or firefox/],
    [['install', '--browser', 'Edge'], /unknown browser "Edge"/],
    [['install', '--browser=opera'], /unknown browser "opera"/],
    [['install', '--browser', 'chromium', '--bogus'], /unknown argument "--bogus"/],
    [['install', '--browser', 'chromium', '--browser', 'chrome'], /--browser is given twice/],
    [['install', '--browser', 'chromium', '--user-data-dir', ''], /--user-data-dir needs a non-empty value/],
    [['install', '--browser', 'chromium', '--system=yes'], /--system takes no value/],
    [['install', '--browser', 'chromium', '--user-data-dir', '/tmp/x', '--system'], /exclude each other/],
    [['install', '--browser', 'firefox', '--user-data-dir', '/tmp/x'], /Firefox looks for host manifests only in ~\/\.mozilla\/native-messaging-hosts.*set HOME/],
    [['uninstall', '--browser', 'safari'], /unknown browser "safari"/],
    [['uninstall'], /--browser chrome\|chromium\|edge\|brave\|firefox is required/],
  ];
  for (const [args, message] of cases) {
    const run = host(args);
    assert.equal(run.code, 2, `takedown-host ${args.join(' ')}`);
    assert.equal(run.stdout, '', `takedown-host ${args.join(' ')}`);
    assert.match(run.stderr, message);
    assert.match(run.stderr, /Run 'takedown-host --help' for usage\./);
  }
});

test('--help and --version print to stdout and exit 0', () => {
  const help = host(['--help']);
  assert.equal(help.code, 0);
  for (const word of ['Usage:', 'call METHOD', 'install', 'uninstall', '--user-data-dir', 'Exit codes:', 'TAKEDOWN_HOST_LOG',
    '--browser chrome|chromium|edge|brave|firefox']) {
    assert.ok(help.stdout.includes(word), `--help mentions ${word}`);
  }
  assert.equal(host(['-h']).stdout, help.stdout);
  assert.equal(host(['install', '--help']).stdout, help.stdout);
  assert.deepEqual(host(['--version']), { code: 0, stdout: `takedown-host ${RELEASE} (protocol ${PROTOCOL_VERSION})\n`, stderr: '' });
});

test('install --browser chromium --user-data-dir writes a working manifest; uninstall removes it', () => {
  withTempDir((dir) => {
    const profile = path.join(dir, 'profile');
    const run = host(['install', '--browser', 'chromium', '--user-data-dir', profile]);
    const manifestPath = path.join(profile, 'NativeMessagingHosts', MANIFEST);
    assert.deepEqual(run, { code: 0, stdout: `${manifestPath}\n`, stderr: '' });

    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    assert.deepEqual(Object.keys(manifest), ['name', 'description', 'path', 'type', 'allowed_origins']);
    assert.equal(manifest.name, IDENTITY.hostName);
    assert.equal(typeof manifest.description, 'string');
    assert.ok(manifest.description.length > 0);
    assert.ok(path.isAbsolute(manifest.path));
    assert.equal(manifest.path, fs.realpathSync(HOST));
    fs.accessSync(manifest.path, fs.constants.X_OK);
    assert.equal(manifest.type, 'stdio');
    assert.deepEqual(manifest.allowed_origins, [ORIGIN]);

    // The installed path is a host that answers the extension.
    const spoken = spawnSync(manifest.path, [ORIGIN], { input: frame('{"id":1,"method":"ping"}') });
    assert.equal(spoken.status, 0);
    assert.deepEqual(spoken.stdout, frame('{"id":1,"ok":true,"result":{"pong":true}}'));

    assert.deepEqual(host(['uninstall', '--browser', 'chromium', '--user-data-dir', profile]),
      { code: 0, stdout: `${manifestPath}\n`, stderr: '' });
    assert.equal(fs.existsSync(manifestPath), false);
    const again = host(['uninstall', '--browser', 'chromium', '--user-data-dir', profile]);
    assert.equal(again.code, 0);
    assert.equal(again.stdout, '');
    assert.match(again.stderr, /nothing to remove/);
  });
});

test('install --browser firefox with HOME=<tmp> writes allowed_extensions under ~/.mozilla', () => {
  withTempDir((home) => {
    const env = cleanEnv({ HOME: home });
    const run = host(['install', '--browser', 'firefox'], { env });
    const manifestPath = path.join(home, '.mozilla', 'native-messaging-hosts', MANIFEST);
    assert.deepEqual(run, { code: 0, stdout: `${manifestPath}\n`, stderr: '' });
    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    assert.deepEqual(Object.keys(manifest), ['name', 'description', 'path', 'type', 'allowed_extensions']);
    assert.equal(manifest.name, IDENTITY.hostName);
    assert.equal(manifest.path, fs.realpathSync(HOST));
    assert.equal(manifest.type, 'stdio');
    assert.deepEqual(manifest.allowed_extensions, [IDENTITY.firefoxAddonId]);

    // Firefox launches the host with the manifest path and the add-on id.
    const spoken = spawnSync(manifest.path, [manifestPath, IDENTITY.firefoxAddonId], { input: frame('{"id":"f","method":"ping"}') });
    assert.equal(spoken.status, 0);
    assert.deepEqual(spoken.stdout, frame('{"id":"f","ok":true,"result":{"pong":true}}'));

    assert.equal(host(['uninstall', '--browser', 'firefox'], { env }).code, 0);
    assert.equal(fs.existsSync(manifestPath), false);
  });
});

test('per-user Chrome and Chromium folders follow HOME and an absolute XDG_CONFIG_HOME', () => {
  withTempDir((home) => {
    const plain = host(['install', '--browser', 'chrome'], { env: cleanEnv({ HOME: home }) });
    assert.equal(plain.stdout, `${path.join(home, '.config', 'google-chrome', 'NativeMessagingHosts', MANIFEST)}\n`);
    const xdg = path.join(home, 'xdg');
    const moved = host(['install', '--browser=chromium'], { env: cleanEnv({ HOME: home, XDG_CONFIG_HOME: xdg }) });
    assert.equal(moved.stdout, `${path.join(xdg, 'chromium', 'NativeMessagingHosts', MANIFEST)}\n`);
    assert.deepEqual(JSON.parse(fs.readFileSync(moved.stdout.trim(), 'utf8')).allowed_origins, [ORIGIN]);
  });
});

test('Edge and Brave install per user into their own folders and uninstall from them', () => {
  withTempDir((home) => {
    const env = cleanEnv({ HOME: home });
    const folders = {
      edge: path.join(home, '.config', 'microsoft-edge', 'NativeMessagingHosts'),
      brave: path.join(home, '.config', 'BraveSoftware', 'Brave-Browser', 'NativeMessagingHosts'),
    };
    for (const [browser, folder] of Object.entries(folders)) {
      const run = host(['install', '--browser', browser], { env });
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stdout, `${path.join(folder, MANIFEST)}\n`);
      const manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST), 'utf8'));
      assert.deepEqual(manifest.allowed_origins, [ORIGIN]);
      assert.equal(manifest.allowed_extensions, undefined);
    }
    // Removing one browser's manifest leaves the other's in place.
    assert.equal(host(['uninstall', '--browser', 'edge'], { env }).code, 0);
    assert.equal(fs.existsSync(path.join(folders.edge, MANIFEST)), false);
    assert.equal(fs.existsSync(path.join(folders.brave, MANIFEST)), true);
    assert.equal(host(['uninstall', '--browser', 'brave'], { env }).code, 0);
    assert.equal(fs.existsSync(path.join(folders.brave, MANIFEST)), false);
  });
});

test('--host-path must name an executable file; it is written absolute', () => {
  withTempDir((dir) => {
    const profile = path.join(dir, 'p');
    const plain = path.join(dir, 'not-executable');
    fs.writeFileSync(plain, 'data', { mode: 0o644 });
    const refused = host(['install', '--browser', 'chrome', '--user-data-dir', profile, '--host-path', plain]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /is not executable/);
    const missing = host(['install', '--browser', 'chrome', '--user-data-dir', profile, '--host-path', path.join(dir, 'nope')]);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /does not exist/);
    assert.equal(fs.existsSync(path.join(profile, 'NativeMessagingHosts', MANIFEST)), false);

    const link = path.join(dir, 'takedown-host-link');
    fs.symlinkSync(HOST, link);
    const run = spawnSync(HOST, ['install', '--browser', 'chrome', '--user-data-dir', 'p', '--host-path=takedown-host-link'],
      { cwd: dir, env: cleanEnv() });
    assert.equal(run.status, 0, run.stderr.toString());
    const manifestPath = path.join(profile, 'NativeMessagingHosts', MANIFEST);
    assert.equal(run.stdout.toString(), `${manifestPath}\n`);
    // Made absolute, but the link is kept so that a package upgrade behind it keeps working.
    assert.equal(JSON.parse(fs.readFileSync(manifestPath, 'utf8')).path, link);
  });
});

test('install reports an unwritable destination with exit 1', () => {
  withTempDir((dir) => {
    const blocker = path.join(dir, 'file');
    fs.writeFileSync(blocker, 'not a folder');
    const run = host(['install', '--browser', 'chromium', '--user-data-dir', blocker]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^takedown-host: cannot create /);
  });
});

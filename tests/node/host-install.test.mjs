// How the extension tells a person to install the helper program (extension/src/common/host-install.js):
// the system read from runtime.getPlatformInfo().os, the file named for it at any version, every step's
// text present in English and Dutch with its placeholders filled, and the macOS commands the same as
// docs/macos.md's. The browsers in the e2e tests run on Linux; this covers Windows, macOS and the rest.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.env.TAKEDOWN_SOURCE_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { HOST_SYSTEMS, hostDownload, hostSystem, installPage, installSteps, installSummary } =
  await import(pathToFileURL(path.join(root, 'extension/src/common/host-install.js')));
const locales = Object.fromEntries(['en', 'nl'].map((lang) =>
  [lang, JSON.parse(fs.readFileSync(path.join(root, 'extension/_locales', lang, 'messages.json'), 'utf8'))]));

// As i18n.getMessage does: named placeholders map to $1, $2, ...; a missing substitution is an error here.
function render(lang, key, substitutions = []) {
  const entry = locales[lang][key];
  assert.ok(entry, `${lang} has ${key}`);
  const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((m) => m[1].toLowerCase());
  assert.equal(used.length, substitutions.length, `${lang}/${key} takes ${used.length} substitutions`);
  return entry.message.replace(/\$([A-Za-z0-9_]+)\$/g, (_, name) => {
    const index = Number(entry.placeholders[name.toLowerCase()].content.slice(1)) - 1;
    return substitutions[index];
  });
}

test('the system comes from runtime.getPlatformInfo().os; what the host is not built for is "other"', () => {
  const expected = { win: 'win', mac: 'mac', linux: 'linux', cros: 'other', android: 'other', openbsd: 'other', fuchsia: 'other' };
  for (const [os, system] of Object.entries(expected)) assert.equal(hostSystem(os), system, os);
  assert.equal(hostSystem(undefined), 'other');
  assert.equal(hostSystem('Win'), 'other');
  assert.deepEqual(HOST_SYSTEMS, ['win', 'mac', 'linux', 'other']);
});

test('the download is named for the system at the given version; macOS and others have none', () => {
  for (const version of ['0.1.0', '2.10.3']) {
    assert.equal(hostDownload('win', version), `takedown-host-${version}-windows-x64.zip`);
    assert.equal(hostDownload('linux', version), `takedown-host_${version}_amd64.deb`);
    assert.equal(hostDownload('mac', version), null);
    assert.equal(hostDownload('other', version), null);
  }
});

test('the short summary names the file and links to the system\'s steps, in English and Dutch', () => {
  const win = installSummary('win', '3.4.5');
  assert.deepEqual(win, { system: 'win', key: 'hostInstallSummaryWin', substitutions: ['takedown-host-3.4.5-windows-x64.zip'], page: 'install-host.html#win' });
  for (const lang of ['en', 'nl']) {
    const text = render(lang, win.key, win.substitutions);
    assert.ok(text.includes('takedown-host-3.4.5-windows-x64.zip') && text.includes('install.cmd'), text);
  }
  const linux = installSummary('linux', '3.4.5');
  assert.equal(linux.page, 'install-host.html#linux');
  for (const lang of ['en', 'nl']) assert.ok(render(lang, linux.key, linux.substitutions).includes('takedown-host_3.4.5_amd64.deb'));
  const mac = installSummary('mac', '3.4.5');
  assert.deepEqual(mac.substitutions, []);
  for (const lang of ['en', 'nl']) assert.match(render(lang, mac.key), /Homebrew/);
  const other = installSummary('cros', '3.4.5');
  assert.equal(other.page, installPage('other'));
  assert.equal(render('en', other.key), 'The helper program exists for Windows, Mac and Linux only. Here your evidence stays in this browser: export a backup now and then in the settings.');
  assert.match(render('nl', other.key), /^Het hulpprogramma bestaat alleen voor Windows, Mac en Linux\./);
});

test('every step of every system renders in both languages with its substitutions', () => {
  for (const system of HOST_SYSTEMS) {
    const steps = installSteps(system, '0.9.1');
    assert.ok(steps.length >= 1, system);
    assert.equal(new Set(steps.map((s) => s.key)).size, steps.length, `${system}: no step twice`);
    for (const step of steps) {
      for (const lang of ['en', 'nl']) {
        const text = render(lang, step.key, step.substitutions);
        assert.match(text, /^\S.*[.:]$/s, `${lang}/${step.key} is a sentence`);
        assert.doesNotMatch(text, /\$|undefined|null/, `${lang}/${step.key} is filled in`);
      }
      for (const line of step.code) assert.ok(line.trim() === line && line.length > 0, `${system}: ${line}`);
    }
  }
});

const english = (system, version) => installSteps(system, version).map((s) => render('en', s.key, s.substitutions));
const commands = (system, version) => installSteps(system, version).flatMap((s) => s.code);

test('Windows: the zip, install.cmd for Chrome, Edge, Chromium and Firefox, Brave through Chrome, uninstall.cmd, the vault', () => {
  const text = english('win', '0.9.1').join('\n');
  assert.ok(text.includes('Download takedown-host-0.9.1-windows-x64.zip from the place you got Takedown.'));
  assert.match(text, /double-click install\.cmd\. It sets up the helper program for Chrome, Edge, Chromium and Firefox/);
  assert.match(text, /Brave uses Chrome’s setting/);
  assert.match(text, /uninstall\.cmd/);
  assert.ok(text.includes('%LOCALAPPDATA%\\Takedown\\vault'));
  assert.deepEqual(commands('win', '0.9.1'), [], 'nothing to type on Windows');
});

test('Linux: the .deb with apt, Edge and Brave registered by hand, removal with apt, the vault', () => {
  assert.deepEqual(commands('linux', '0.9.1'), [
    'sudo apt install ./takedown-host_0.9.1_amd64.deb',
    'takedown-host install --browser edge',
    'takedown-host install --browser brave',
    'sudo apt remove takedown-host',
  ]);
  assert.ok(english('linux', '0.9.1').join('\n').includes('~/.local/share/takedown/vault'));
});

test('macOS: built with Homebrew; every command is also in docs/macos.md', () => {
  const lines = commands('mac', '0.9.1');
  assert.ok(lines[0].startsWith('brew install cmake ninja nlohmann-json boost openssl@3 doctest'));
  assert.ok(lines.some((line) => line.includes('cmake --preset release') && line.includes('-DOPENSSL_ROOT_DIR="$(brew --prefix openssl@3)"')));
  assert.ok(lines.some((line) => line.endsWith('takedown-host install --browser chrome')));
  assert.ok(lines.some((line) => line.endsWith('takedown-host call core.version')));
  assert.ok(lines.some((line) => line.endsWith('takedown-host uninstall --browser chrome')));
  const docs = fs.readFileSync(path.join(root, 'docs/macos.md'), 'utf8');
  for (const line of lines) assert.ok(docs.includes(line), `docs/macos.md shows: ${line}`);
  assert.ok(english('mac', '0.9.1').join('\n').includes('~/Library/Application Support/Takedown/vault'));
});

test('other systems get one step and no download', () => {
  assert.deepEqual(installSteps('other', '0.9.1').map((s) => s.key), ['hostInstallOtherSystem']);
});

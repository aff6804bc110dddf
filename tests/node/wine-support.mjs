// Windows programs under Wine for the node tests (tests/support/wine-run; WINEPREFIX from ctest).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WINE_RUN = path.join(process.env.TAKEDOWN_SOURCE_DIR, 'tests/support/wine-run');

export const HOST_NAME = 'org.takedown.host';

// The per-user registry key each browser reads (Brave reads Chrome's).
export const BROWSER_KEYS = {
  chrome: `HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\${HOST_NAME}`,
  edge: `HKCU\\Software\\Microsoft\\Edge\\NativeMessagingHosts\\${HOST_NAME}`,
  chromium: `HKCU\\Software\\Chromium\\NativeMessagingHosts\\${HOST_NAME}`,
  firefox: `HKCU\\SOFTWARE\\Mozilla\\NativeMessagingHosts\\${HOST_NAME}`,
};

// A Windows program (reg, winepath, cmd, an .exe) run to its end; its output without Wine's CRLFs.
export function wine(args, options = {}) {
  const run = spawnSync(WINE_RUN, args, { encoding: 'utf8', timeout: 60000, ...options });
  return { code: run.status, stdout: (run.stdout ?? '').replaceAll('\r', ''), stderr: run.stderr ?? '' };
}

// The default value of a registry key, or null when the key is missing. Read from `reg export`
// (UTF-16): `reg query` prints through the console's code page and turns Zoë into Zo?.
export function registryDefault(key) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-reg-')), 'key.reg');
  try {
    if (wine(['reg', 'export', key, file, '/y']).code !== 0) return null;
    const text = fs.readFileSync(file, 'utf16le');
    const match = text.match(/^@="((?:[^"\\]|\\.)*)"\r?$/m);
    assert.ok(match, `reg export ${key}: ${text}`);
    return match[1].replace(/\\(.)/g, '$1');
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

export const registryKeyExists = (key) => wine(['reg', 'query', key]).code === 0;

// Between this side's paths and the Windows program's (Z:\ is the Linux root).
export const linuxPath = (windowsPath) => wine(['winepath', '-u', windowsPath]).stdout.trim();
export const windowsPath = (linux) => wine(['winepath', '-w', linux]).stdout.trim();

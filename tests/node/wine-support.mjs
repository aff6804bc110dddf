// Windows programs under Wine for the node tests (tests/support/wine-run; WINEPREFIX from ctest).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
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

// The default value of a registry key, or null when the key is missing.
export function registryDefault(key) {
  const run = wine(['reg', 'query', key, '/ve']);
  if (run.code !== 0) return null;
  const match = run.stdout.match(/\(Default\)\s+REG_SZ\s+(.*)$/m);
  assert.ok(match, `reg query ${key}: ${run.stdout}`);
  return match[1].trim();
}

export const registryKeyExists = (key) => wine(['reg', 'query', key]).code === 0;

// Between this side's paths and the Windows program's (Z:\ is the Linux root).
export const linuxPath = (windowsPath) => wine(['winepath', '-u', windowsPath]).stdout.trim();
export const windowsPath = (linux) => wine(['winepath', '-w', linux]).stdout.trim();

// The end-to-end harness: a local site on 127.0.0.1, a real browser (Debian's Chromium or Firefox
// ESR) with the built test extension in a throwaway profile, and the real takedown-host installed
// for that profile by its own installer. One browser serves all checks of a test file.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SITE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');
export const BROWSERS = ['chromium', 'firefox'];

// Extra response headers per page of the site (the strict page forbids every script of its own).
const PAGE_HEADERS = {
  '/strict-csp.html': { 'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'self'" },
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.js': 'text/javascript', '.webm': 'video/webm' };

// Serves SITE_DIR (plus generated `files`, path -> Buffer) on an ephemeral loopback port, like a
// platform would: byte ranges (206), a login cookie that /private/ needs (403 without it), and the
// SHA-256 of every file it serves, so tests can compare a capture's hash with the bytes sent.
// `headers` adds response headers per path, or per folder when the key ends in '/'; `routes` maps
// a path to its own (req, res) handler; `port` 0 (the default) picks a free one. `hostname` names
// the origin: 'localhost' and '127.0.0.1' are two sites on the same loopback server address, so
// two servers make a page and its CDN on another origin (and, by name, another site).
// Resolves to { origin, sha256(path), requests, close }.
export async function serveSite({ dir = SITE_DIR, files = {}, headers: extraHeaders = {}, routes = {}, port = 0, hostname = '127.0.0.1' } = {}) {
  const requests = [];
  const headersFor = (pathname) => Object.assign({}, ...Object.entries(extraHeaders)
    .filter(([key]) => key === pathname || (key.endsWith('/') && pathname.startsWith(key))).map(([, value]) => value));
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const loggedIn = /(^|;\s*)session=granted(;|$)/.test(req.headers.cookie ?? '');
    requests.push({ method: req.method, path: url.pathname, range: req.headers.range ?? null, loggedIn, accept: req.headers.accept ?? null });
    if (routes[url.pathname]) {
      routes[url.pathname](req, res);
      return;
    }
    if (url.pathname === '/login') {
      res.writeHead(302, { 'Set-Cookie': 'session=granted; Path=/; HttpOnly; SameSite=Lax', Location: url.searchParams.get('next') ?? '/' }).end();
      return;
    }
    if (url.pathname.startsWith('/private/') && !loggedIn) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('log in first');
      return;
    }
    const body = fileBody(dir, files, url.pathname);
    if (!body) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    const headers = { 'Content-Type': TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes', ...PAGE_HEADERS[url.pathname], ...headersFor(url.pathname) };
    const range = /^bytes=(\d*)-(\d*)$/.exec(req.headers.range ?? '');
    if (range) {
      const start = range[1] === '' ? Math.max(0, body.length - Number(range[2])) : Number(range[1]);
      const end = range[1] !== '' && range[2] !== '' ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      if (start > end || start >= body.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
        return;
      }
      res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${body.length}`, 'Content-Length': end - start + 1 });
      res.end(body.subarray(start, end + 1));
      return;
    }
    res.writeHead(200, { ...headers, 'Content-Length': body.length }).end(body);
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://${hostname}:${server.address().port}`,
    requests,
    sha256: (pathname) => crypto.createHash('sha256').update(fileBody(dir, files, pathname)).digest('hex'),
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

function fileBody(dir, files, pathname) {
  if (files[pathname]) return files[pathname];
  const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ''));
  if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return null;
  return fs.readFileSync(file);
}

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (ctest sets it; see docs/testing.md)`);
  return value;
}

// The assembled extension: `variant` is 'extension-test' (with the tests' hooks) or 'extension'.
export function builtExtensionDir(browser, variant = 'extension-test') {
  const dir = path.join(requiredEnv('TAKEDOWN_WASM_DIR'), variant, browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: build the wasm-release preset first`);
  return dir;
}

export async function protocol() {
  return import(pathToFileURL(requiredEnv('TAKEDOWN_PROTOCOL_JS')));
}

// Launches `name` ('chromium' or 'firefox') with the test extension and the host installed for this
// profile only. Resolves to a session: { name, extensionOrigin, hostLog, profileDir, vaultDir, hook,
// hookResult, newPage, waitForContentScript, openWithContentScript, openExtensionPage, setViewport,
// onClose, close }.
// `root` keeps the profile in that folder across launches (a browser restart); the caller removes it.
// `env` adds environment variables for the browser (and so for the host it starts), e.g.
// TAKEDOWN_VAULT; by default the host's vault is `<root>/vault`, never the person's real one.
export async function launchBrowser(name, { headless = true, lang = 'en-US', installHost = true, root: keptRoot = null, env: extraEnv = {} } = {}) {
  if (!BROWSERS.includes(name)) throw new Error(`unknown browser "${name}"; expected one of ${BROWSERS.join(', ')}`);
  const driver = await import(`./browsers/${name}.mjs`);
  const { IDENTITY } = await protocol();
  const root = keptRoot ?? fs.mkdtempSync(path.join(os.tmpdir(), `takedown-${name}-`));
  const profileDir = path.join(root, 'profile');
  const home = path.join(root, 'home');
  fs.mkdirSync(profileDir, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  const hostLog = path.join(root, 'takedown-host.log');
  // A throwaway HOME keeps the test away from the person's real browser settings and host manifests.
  const env = {
    ...process.env, HOME: home, TAKEDOWN_HOST_LOG: hostLog, LANGUAGE: lang.replace('-', '_'), TAKEDOWN_VAULT: path.join(root, 'vault'), ...extraEnv,
  };
  if (installHost) {
    const installed = spawnSync(requiredEnv('TAKEDOWN_HOST'), driver.hostInstallArgs(profileDir), { encoding: 'utf8', env });
    if (installed.status !== 0) throw new Error(`takedown-host install failed: ${installed.stderr}`);
  }
  const session = await driver.launch({
    extensionDir: builtExtensionDir(name), profileDir, env, headless, lang, geckoId: IDENTITY.firefoxAddonId,
  });
  const hookResult = async (hookName, payload = {}) => {
    const answer = await session.hook(hookName, payload);
    if (!answer.ok) throw Object.assign(new Error(`hook ${hookName}: ${answer.error.message}`), { code: answer.error.code });
    return answer.result;
  };
  await waitFor(async () => (await session.hook('core', { method: 'core.version', params: {} })).ok, 'the wasm core in the background');
  return {
    ...session,
    name,
    hostLog,
    profileDir,
    vaultDir: env.TAKEDOWN_VAULT,
    hookResult,
    // Waits until the content script of the tab showing `url` answers the background (no marker
    // is left in the page: a site must not be able to detect Takedown).
    waitForContentScript: (url) => waitFor(async () => (await session.hook('contentPing', { url, echo: 'ready' })).result?.ok === true,
      `the content script in ${url}`),
    // Opens `url` (or `via`, which leads there, such as a login) and waits for its content script.
    async openWithContentScript(url, via = url) {
      const page = await session.newPage();
      await page.goto(via);
      await this.waitForContentScript(url);
      return page;
    },
    async close() {
      await session.close();
      if (!keptRoot) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

// Sends a router message from an extension page, as the popup and the dashboard do.
export async function sendFromExtensionPage(page, message) {
  return page.evaluate((m) => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage(m), message);
}

export async function waitFor(check, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

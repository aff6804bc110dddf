// The end-to-end harness: a local site on 127.0.0.1, Debian's Chromium with the built extension in
// a throwaway profile, and the real takedown-host installed into that profile by its own installer.
// Every e2e test file uses one browser for all its checks (launching is the slow part).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const SITE_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site');

// Extra response headers per page of the site (the strict page forbids every script of its own).
const PAGE_HEADERS = {
  '/strict-csp.html': { 'Content-Security-Policy': "default-src 'none'; img-src 'self'; style-src 'self'" },
};
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.js': 'text/javascript' };

// Serves SITE_DIR on an ephemeral loopback port; resolves to { origin, close }.
export async function serveSite(dir = SITE_DIR) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...PAGE_HEADERS[url.pathname] });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

export function builtExtensionDir(browser = 'chromium') {
  const dir = path.join(requiredEnv('TAKEDOWN_WASM_DIR'), 'extension', browser);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) throw new Error(`no built extension in ${dir}: build the wasm-release preset first`);
  return dir;
}

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (ctest sets it; see docs/testing.md)`);
  return value;
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

// Launches Chromium with the extension and the host installed for this profile only.
// Resolves to { context, worker, extensionId, userDataDir, hostLog, close }.
export async function launchChromium({ extensionDir = builtExtensionDir(), hostPath = process.env.TAKEDOWN_HOST,
                                       headless = true, lang = 'en-US', installHost = true } = {}) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-chromium-'));
  const hostLog = path.join(userDataDir, 'takedown-host.log');
  if (installHost) {
    const installed = spawnSync(hostPath, ['install', '--browser', 'chromium', '--user-data-dir', userDataDir], { encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`takedown-host install failed: ${installed.stderr}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless,
    locale: lang,
    args: [...CHROMIUM_ARGS, `--lang=${lang}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    env: { ...process.env, TAKEDOWN_HOST_LOG: hostLog, LANGUAGE: lang.replace('-', '_') },
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  await worker.evaluate(() => globalThis.takedown.core.load());
  return {
    context, worker, extensionId, userDataDir, hostLog,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

// Opens a page and waits until its content script answers the background.
export async function openWithContentScript(browser, url) {
  const page = await browser.context.newPage();
  await page.goto(url);
  await waitFor(() => browser.worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({ url: pageUrl });
    if (tabs.length !== 1) return false;
    try {
      const answer = await chrome.tabs.sendMessage(tabs[0].id, { v: 1, id: 'probe', action: 'content.ping', payload: { echo: 'ready' } });
      return answer?.ok === true;
    } catch {
      return false;
    }
  }, url), `the content script in ${url}`);
  return page;
}

// Sends a message to the background as an extension page does, from a page of the extension.
export async function sendFromExtensionPage(page, action, payload = {}) {
  return page.evaluate(([a, p]) => chrome.runtime.sendMessage({ v: 1, id: crypto.randomUUID(), action: a, payload: p }), [action, payload]);
}

export async function waitFor(check, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

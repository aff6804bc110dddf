// Debian's Chromium through playwright-core: the extension's service worker is reachable directly.
import { chromium } from 'playwright-core';

const ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

export const hostInstallArgs = (profileDir) => ['install', '--browser', 'chromium', '--user-data-dir', profileDir];

export async function launch({ extensionDir, profileDir, env, headless, lang }) {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless,
    locale: lang,
    // Playwright adds --disable-extensions; --disable-extensions-except lets ours load anyway.
    args: [...ARGS, `--lang=${lang}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
    env,
    viewport: { width: 1280, height: 800 },
  });
  const worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const { protocol, host } = new URL(worker.url());   // URL.origin is "null" for chrome-extension:
  const extensionOrigin = `${protocol}//${host}/`;
  return {
    extensionOrigin,
    context,
    worker,   // for benchmarks that run code in the service worker itself
    hook: (name, payload) => worker.evaluate(([n, p]) => globalThis.takedownTest.run(n, p), [name, payload]),
    newPage: () => context.newPage(),
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionOrigin + path);
      return page;
    },
    setViewport: (page, width, height) => page.setViewportSize({ width, height }),
    onClose: (callback) => context.on('close', callback),
    close: () => context.close(),
  };
}

// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi. BiDi neither navigates to
// moz-extension:// nor exposes the background, so the test build opens test/harness.html on install
// and the driver works from that page (see tests/e2e/extension-hooks/).
import puppeteer from 'puppeteer-core';
import { waitFor } from '../harness.mjs';

// Pins the moz-extension:// origin so that tests and screenshots are stable.
const FIXED_UUID = '5f3c2a9e-0d41-4b7e-8e2f-6a1c9b7d4e20';

export const hostInstallArgs = () => ['install', '--browser', 'firefox'];

export async function launch({ extensionDir, profileDir, env, headless, geckoId }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    headless,
    userDataDir: profileDir,
    protocolTimeout: 120_000,
    env,   // HOME is the profile's throwaway home: native messaging and every write of Firefox stay there
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'browser.region.update.enabled': false,
      'dom.push.connection.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionOrigin = `moz-extension://${FIXED_UUID}/`;
  const harness = await findPage(browser, `${extensionOrigin}test/harness.html`);
  await harness.waitForSelector('html[data-harness="ready"]');
  const hook = (name, payload) => harness.evaluate((n, p) => globalThis.runHook(n, p), name, payload);
  return {
    extensionOrigin,
    browser,
    hook,
    newPage: () => browser.newPage(),
    // Under load Firefox now and then opens the tab without puppeteer ever attaching to it (CI saw
    // one in ~30 runs), so a tab that does not show up within 15 s is opened once more.
    async openExtensionPage(pagePath) {
      for (let attempt = 1; ; attempt++) {
        const answer = await hook('openTab', { path: pagePath });
        if (!answer.ok) throw new Error(answer.error.message);
        try {
          return await findPage(browser, extensionOrigin + pagePath, 15_000);
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    },
    setViewport: (page, width, height) => page.setViewport({ width, height }),
    onClose: (callback) => browser.on('disconnected', callback),
    close: () => browser.close(),
  };
}

// Extension-opened tabs report about:blank as page.url(), so ask each page where it is.
async function findPage(browser, url, timeoutMs = 30_000) {
  let found = null;
  await waitFor(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => null);
      if (href === url) {
        found = page;
        return true;
      }
    }
    return false;
  }, `a tab showing ${url}`, timeoutMs);
  return found;
}

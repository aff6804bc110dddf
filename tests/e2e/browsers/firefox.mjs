// Debian's Firefox ESR through puppeteer-core over WebDriver BiDi. BiDi neither navigates to
// moz-extension:// nor exposes the background, so the test build opens test/harness.html on install
// and the driver works from that page (see tests/e2e/extension-hooks/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitFor } from '../harness.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const QUIET_PREFS = {
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.region.update.enabled': false,
  'dom.push.connection.enabled': false,
  'app.update.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
};

// Pins the moz-extension:// origin so that tests and screenshots are stable.
const FIXED_UUID = '5f3c2a9e-0d41-4b7e-8e2f-6a1c9b7d4e20';

export const hostInstallArgs = () => ['install', '--browser', 'firefox'];

// Firefox spends about 3 s on a new profile's first start (5.6 s against 2.2 s from a copy, here), so
// every launch starts from a copy of a profile it started once: made by the first launch of a test
// run, kept in the temp folder and tied to the installed Firefox. It holds no extension and no pref
// of ours (user.js is written again at each launch). Should making it fail, the profile starts empty.
async function profileTemplate() {
  const firefox = fs.statSync(fs.realpathSync(FIREFOX));
  const dir = path.join(os.tmpdir(), `takedown-firefox-profile-${process.getuid()}-${Math.round(firefox.mtimeMs)}`);
  if (fs.existsSync(path.join(dir, 'times.json'))) return dir;
  const making = fs.mkdtempSync(`${dir}-making-`);
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, userDataDir: making, extraPrefsFirefox: QUIET_PREFS,
    env: { ...process.env, HOME: making },
  });
  await browser.close();
  try {
    fs.renameSync(making, dir);
  } catch {
    fs.rmSync(making, { recursive: true, force: true });  // another test run made it first
  }
  return dir;
}

async function seedProfile(profileDir) {
  if (fs.readdirSync(profileDir).length > 0) return;  // a kept profile (a browser restart)
  try {
    fs.cpSync(await profileTemplate(), profileDir, { recursive: true });
  } catch (error) {
    process.emitWarning(`Firefox starts with an empty profile: ${error.message}`);
  }
}

export async function launch({ extensionDir, profileDir, env, headless, geckoId }) {
  await seedProfile(profileDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir: profileDir,
    protocolTimeout: 120_000,
    env,   // HOME is the profile's throwaway home: native messaging and every write of Firefox stay there
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIXED_UUID }),
      ...QUIET_PREFS,
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

#!/usr/bin/env node
// The demo journey on the local demo platform page. Headed (a person clicks) when a display exists;
// with --headless the journey runs by itself and writes one screenshot per step under out/demo/.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite } from '../tests/e2e/harness.mjs';

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    browser: { type: 'string', default: 'chromium' },
    out: { type: 'string', default: 'out/demo' },
  },
});
const headless = options.headless || !process.env.DISPLAY;
if (!options.headless && !process.env.DISPLAY) console.log('demo: no display found, so the journey runs by itself (as with --headless)');

const site = await serveSite();
const postUrl = `${site.origin}/demo-post.html`;

if (!headless) {
  const browser = await launchBrowser(options.browser, { headless: false });
  await browser.openWithContentScript(postUrl);
  console.log('demo: right-click the image (or the page, a link, a selection) and choose "Report as a deepfake of me".');
  console.log('demo: the toolbar button shows whether the engine and the evidence vault answer. Close the browser to end.');
  await new Promise((resolve) => browser.onClose(resolve));
  await site.close();
  process.exit(0);
}

const outDir = path.resolve(options.out);
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });
const journey = [];

async function step(name, what, action) {
  const started = Date.now();
  const result = await action(path.join(outDir, `${name}.png`));
  journey.push({ step: name, what, ms: Date.now() - started, result });
  console.log(`demo: ${name}: ${what}`);
}

// Firefox ESR from Debian carries only its English UI, so the Dutch run uses Chromium.
const runs = [{ lang: 'en-US', suffix: '' }, ...(options.browser === 'chromium' ? [{ lang: 'nl', suffix: '-nl' }] : [])];
for (const { lang, suffix } of runs) {
  const browser = await launchBrowser(options.browser, { lang });
  try {
    const page = await browser.openWithContentScript(postUrl);
    await step(`01-demo-post${suffix}`, 'a post on the demo platform with a manipulated image', async (file) => {
      await page.screenshot({ path: file });
      return { url: postUrl };
    });
    // A native context menu cannot be clicked by a driver, so the journey calls the handler the menu calls.
    await step(`02-report-noticed${suffix}`, 'the image is reported through the context menu; the page acknowledges it', async (file) => {
      const click = await browser.hookResult('menuClick', { url: postUrl, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
      await new Promise((resolve) => setTimeout(resolve, 300));   // let the notice paint
      await page.screenshot({ path: file });
      return click;
    });
    await step(`03-case${suffix}`, 'the case page: the route for this case and the evidence kept, with fingerprints', async (file) => {
      const casePage = await browser.openExtensionPage('pages/case.html');
      await browser.setViewport(casePage, 1280, 1000);
      await casePage.waitForSelector('body[data-ready="true"]');
      await casePage.screenshot({ path: file, fullPage: true });
      const steps = await casePage.$eval('#steps', (el) => [...el.querySelectorAll('strong')].map((s) => s.textContent));
      await step(`04-letter${suffix}`, 'the removal request to the platform, written for this case', async (letterFile) => {
        await casePage.click('#steps button');
        await casePage.waitForSelector('#letter:not([hidden])');
        const letter = await casePage.$('#letter');
        await letter.screenshot({ path: letterFile });
        return { subject: await casePage.$eval('#letter-subject', (el) => el.textContent) };
      });
      return { steps };
    });
    await step(`05-status${suffix}`, 'the toolbar popup: the wasm engine, the native evidence vault and website access', async (file) => {
      const popup = await browser.openExtensionPage('pages/status.html');
      await browser.setViewport(popup, 420, 300);
      await popup.waitForSelector('body[data-ready="true"]');
      await popup.screenshot({ path: file });
      return Object.fromEntries(await Promise.all(['core', 'host', 'sites'].map(async (id) => [id, await popup.$eval(`#${id}`, (el) => el.textContent)])));
    });
  } finally {
    await browser.close();
  }
}

fs.writeFileSync(path.join(outDir, 'journey.json'), JSON.stringify(journey, null, 2) + '\n');
await site.close();
console.log(`demo: ${journey.length} steps, screenshots in ${outDir}`);

#!/usr/bin/env node
// The demo journey on the local demo platform page. Headed (a person clicks) when a display exists;
// with --headless the journey runs by itself and writes one screenshot per step under out/demo/.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, openWithContentScript, serveSite } from '../tests/e2e/harness.mjs';

const { values: options } = parseArgs({ options: { headless: { type: 'boolean', default: false }, out: { type: 'string', default: 'out/demo' } } });
const headless = options.headless || !process.env.DISPLAY;
if (!options.headless && !process.env.DISPLAY) console.log('demo: no display found, so the journey runs by itself (as with --headless)');

const site = await serveSite();
const postUrl = `${site.origin}/demo-post.html`;

if (!headless) {
  const browser = await launchChromium({ headless: false });
  const page = await openWithContentScript(browser, postUrl);
  await page.bringToFront();
  console.log(`demo: right-click the image (or the page, a link, a selection) and choose "Report as a deepfake of me".`);
  console.log('demo: the toolbar button shows whether the engine and the evidence vault answer. Close the browser to end.');
  await new Promise((resolve) => browser.context.on('close', resolve));
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

// Right-clicking a native menu cannot be scripted, so the journey calls the same handler the menu calls.
async function reportImage(browser) {
  return browser.worker.evaluate(async ([pageUrl, srcUrl]) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return globalThis.takedown.onMenuClick({ menuItemId: 'takedown-report', mediaType: 'image', srcUrl, pageUrl, frameId: 0 }, tab);
  }, [postUrl, `${site.origin}/photo.svg`]);
}

for (const lang of ['en-US', 'nl']) {
  const suffix = lang === 'nl' ? '-nl' : '';
  const browser = await launchChromium({ lang });
  try {
    const page = await openWithContentScript(browser, postUrl);
    await step(`01-demo-post${suffix}`, 'a post on the demo platform with a manipulated image', (file) => page.screenshot({ path: file }).then(() => ({ url: postUrl })));
    await step(`02-report-noticed${suffix}`, 'the image is reported through the context menu handler; the page acknowledges it', async (file) => {
      const click = await reportImage(browser);
      await page.waitForTimeout(300);   // let the notice paint
      await page.screenshot({ path: file });
      return click;
    });
    await step(`03-status${suffix}`, 'the toolbar popup: the wasm engine and the native evidence vault answer', async (file) => {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 420, height: 260 });
      await popup.goto(`chrome-extension://${browser.extensionId}/pages/status.html`);
      await popup.waitForSelector('body[data-ready="true"]');
      await popup.screenshot({ path: file });
      return { core: await popup.textContent('#core'), host: await popup.textContent('#host') };
    });
  } finally {
    await browser.close();
  }
}

fs.writeFileSync(path.join(outDir, 'journey.json'), JSON.stringify(journey, null, 2) + '\n');
await site.close();
console.log(`demo: ${journey.length} steps, screenshots in ${outDir}`);

#!/usr/bin/env node
// The demo journey on the local demo platform page. Headed (a person clicks) when a display exists;
// with --headless the journey runs by itself and writes one screenshot per step under out/demo/.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite, waitFor } from '../tests/e2e/harness.mjs';

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

// What the person answers on the case page in the demo: shared widely, not sexual, recognisable.
const ANSWERS = ['#answer-shared_with-wider_or_public', '#answer-sexual-no', '#answer-recognisable-yes', '#answer-age_group-adult'];
const PROFILE = {
  given_name: 'Sanne', family_name: 'de Vries', full_name: 'Sanne de Vries', email: 'sanne@example.org', country: 'NL',
  acting_for: 'self', signature_name: 'Sanne de Vries',
};

// Clicks like a person: the element is scrolled to the middle first (a tall element screenshot can
// leave Firefox's page scrolled where the driver does not expect it).
async function press(page, selector) {
  await page.$eval(selector, (element) => element.scrollIntoView({ block: 'center' }));
  await page.click(selector);
}

// A screenshot of one section of a page. The page's sticky top bar would land in the middle of a
// section taller than the window, so it stays in its place at the top for the picture.
async function shoot(page, selector, file) {
  await page.evaluate(() => { const bar = document.querySelector('header.top'); if (bar) bar.style.position = 'static'; });
  await (await page.$(selector)).screenshot({ path: file });
  await page.evaluate(() => { const bar = document.querySelector('header.top'); if (bar) bar.style.position = ''; });
}

// Waits until the case page has drawn the case again after `action`.
async function redrawn(page, action) {
  const before = await page.$eval('body', (b) => Number(b.dataset.renders ?? 0));
  await action();
  await waitFor(async () => (await page.$eval('body', (b) => Number(b.dataset.renders ?? 0))) > before, 'the case page to redraw');
}

// Firefox ESR from Debian carries only its English UI, so the Dutch run uses Chromium.
const runs = [{ lang: 'en-US', suffix: '' }, ...(options.browser === 'chromium' ? [{ lang: 'nl', suffix: '-nl' }] : [])];
for (const { lang, suffix } of runs) {
  const browser = await launchBrowser(options.browser, { lang });
  try {
    await browser.hookResult('setProfile', { profile: { ...PROFILE, letter_language: lang.slice(0, 2) } });
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
      return { case: click.case, seq: click.record.seq };
    });
    await step(`03-popup${suffix}`, 'the toolbar popup: this page\'s platform, "report this page", the open cases', async (file) => {
      const tab = await browser.hookResult('tabId', { url: postUrl });
      const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
      await browser.setViewport(popup, 400, 560);
      await popup.waitForSelector('body[data-ready="true"]');
      await popup.screenshot({ path: file });
      await popup.close();
    });
    const casePage = await browser.openExtensionPage('pages/case.html');
    await browser.setViewport(casePage, 1100, 900);
    await casePage.waitForSelector('body[data-ready="true"]');
    await step(`04-answers${suffix}`, 'the case page: the questions behind the plan, each answerable "I don\'t know"', async (file) => {
      for (const answer of ANSWERS) await press(casePage, answer);
      await redrawn(casePage, () => press(casePage, '#questions button[type="submit"]'));
      await shoot(casePage, '#situation', file);
      return { status: await casePage.$eval('#status', (el) => el.textContent) };
    });
    await step(`05-plan${suffix}`, 'the plan as a checklist: what to do, in which order, under which law, by when', async (file) => {
      await shoot(casePage, '#plan', file);
      return { steps: await casePage.$$eval('#steps > li', (items) => items.map((li) => `${li.dataset.kind}:${li.dataset.status}`)) };
    });
    await step(`06-letter${suffix}`, 'the removal request to the platform, written for this case: copy, .txt, .eml or e-mail', async (file) => {
      await press(casePage, '#steps li[data-kind="ask_platform_removal"] button[data-letter="platform_removal"]');
      await casePage.waitForSelector('#letter[open]');
      await shoot(casePage, '#letter', file);
      const subject = await casePage.$eval('#letter-subject', (el) => el.textContent);
      await press(casePage, '#letter-close');
      return { subject };
    });
    await step(`07-removal-form${suffix}`, 'the platform\'s own removal form, filled from the case ("Fill this form from my case")', async (file) => {
      const formUrl = `${site.origin}/demo-report.html`;
      const form = await browser.openWithContentScript(formUrl);
      await browser.setViewport(form, 1000, 1000);
      const fill = await browser.hookResult('fillMenuClick', { url: formUrl });
      await new Promise((resolve) => setTimeout(resolve, 300));   // let the panel paint
      await form.screenshot({ path: file });
      await form.close();
      return { filled: fill.filledTypes, attention: fill.attention.map((a) => a.type) };
    });
    await step(`08-sent${suffix}`, '"I sent it": the request is recorded and the plan now waits for the answer, with its due date', async (file) => {
      await casePage.bringToFront?.();
      await press(casePage, '#steps li[data-kind="ask_platform_removal"] button[data-sent]');
      await casePage.waitForSelector('#sent-dialog[open]');
      await casePage.$eval('#sent-channel', (select) => { select.value = 'web_form'; });
      await redrawn(casePage, () => press(casePage, '#sent-dialog button[type="submit"]'));
      await shoot(casePage, '#plan', file);
      return { status: await casePage.$eval('#status', (el) => el.textContent) };
    });
    await step(`09-dossier${suffix}`, 'the evidence, blurred until revealed, verified and exported as a dossier', async (file) => {
      const saved = casePage.waitForEvent?.('download').then(async (download) => {
        await download.saveAs(path.join(outDir, `dossier${suffix}.zip`));
        return download.suggestedFilename();
      });
      await press(casePage, '#export');
      const status = () => casePage.$eval('#status', (el) => ({ state: el.dataset.state, text: el.textContent }));
      await waitFor(async () => (await status()).state === 'ok', 'the dossier', 60_000);
      const exported = (await status()).text;
      await press(casePage, '#verify');
      await waitFor(async () => { const now = await status(); return now.state === 'ok' && now.text !== exported; }, 'the check', 60_000);
      await shoot(casePage, '#evidence', file);
      return { status: await casePage.$eval('#status', (el) => el.textContent), file: await saved };
    });
    await step(`10-help${suffix}`, 'where to get help: helplines and authorities for the person\'s country', async (file) => {
      const help = await browser.openExtensionPage('pages/help.html');
      await browser.setViewport(help, 900, 900);
      await help.waitForSelector('body[data-ready="true"]');
      await help.screenshot({ path: file });
    });
  } finally {
    await browser.close();
  }
}

fs.writeFileSync(path.join(outDir, 'journey.json'), JSON.stringify(journey, null, 2) + '\n');
await site.close();
console.log(`demo: ${journey.length} steps, screenshots in ${outDir}`);

// The widgets and questions of real removal forms (#14, part C), filled end to end in Debian's
// Chromium from a real case (three captured pages): custom pickers (a button with a portal listbox,
// an ARIA 1.2 type-ahead combobox, Fluent- and Material-like comboboxes), who-is-shown radios in
// French and German, the questions a form asks (category, made with AI, consent, subject, the
// person's own description), an "add another URL" button, and fields asked only of a representative.
// Each test asserts the page's own state: what its submit handler would send, aria-selected, and
// that nothing was submitted. Pages: tests/fixtures/form-widgets/.
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { launchBrowser, serveSite, waitFor } from './harness.mjs';

const PAGES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/form-widgets');
const URLS = ['https://video.example/watch?v=1', 'https://video.example/watch?v=2', 'https://video.example/watch?v=3'];
const PROFILE = { given_name: 'Sanne', family_name: 'de Vries', full_name: 'Sanne de Vries', email: 'sanne@example.org', country: 'NL', acting_for: 'self', letter_language: 'en' };
const VIDEO_PAGE = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A video</title></head><body><h1>A video</h1></body></html>';

let browser;
let site;
let caseId;

before(async () => {
  site = await serveSite({ dir: PAGES, routes: { '/favicon.ico': (req, res) => res.writeHead(204).end() } });
  browser = await launchBrowser('chromium', { installHost: false });   // no vault is involved
  await browser.context.route('https://video.example/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: VIDEO_PAGE }));
  caseId = (await browser.hookResult('newCase', { title: 'e2e form widgets' })).id;
  for (const url of URLS) {
    const page = await browser.openWithContentScript(url);
    assert.equal((await browser.hookResult('menuClick', { url, info: {} })).case, caseId);
    await page.close();
  }
  await browser.hookResult('setProfile', { profile: PROFILE });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

let opened = 0;
async function fill(name) {
  const url = `${site.origin}/${name}.html?open=${++opened}`;
  const page = await browser.openWithContentScript(url);
  await page.waitForLoadState('load');
  const result = await browser.hookResult('fillForm', { url, caseId });
  const state = JSON.parse(await page.locator('#state').textContent());
  return { url, page, result, state };
}

const value = (page, selector) => page.locator(selector).evaluate((e) => e.value);
const checked = (page, selector) => page.locator(selector).evaluate((e) => e.checked);
const outline = (page, selector) => page.locator(selector).evaluate((e) => e.style.outlineStyle);
const submitted = (page) => page.evaluate(() => document.body.dataset.submitted ?? '');
const noPopupOpen = (page) => page.evaluate(() => document.querySelectorAll('.portal').length === 0);

test('a button that pops up a listbox in a portal: the country is chosen and the popup closed', async () => {
  const { page, state } = await fill('listbox-country');
  assert.equal(state.country, 'NL', 'the page\'s own state holds the chosen country');
  assert.equal(await value(page, '#country-value'), 'NL');
  assert.equal((await page.locator('#country').textContent()).trim(), 'Netherlands');
  assert.equal(await page.locator('#country').getAttribute('aria-expanded'), 'false');
  assert.ok(await noPopupOpen(page), 'the popup is closed again');
  assert.equal(await value(page, '#name'), 'Sanne de Vries');
  assert.equal(await submitted(page), '');
  await page.close();
});

test('an ARIA combobox whose options appear after typing: typed, waited for, clicked', async () => {
  const { page, state } = await fill('combobox-typeahead');
  assert.equal(state.country, 'NL');
  assert.equal(await value(page, '#country'), 'Netherlands');
  assert.equal(await value(page, '#country-code'), 'NL');
  assert.equal(await page.locator('#country').getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#country-list').evaluate((e) => e.hidden), true);
  assert.equal(await submitted(page), '');
  await page.close();
});

test('Fluent- and Material-like comboboxes whose options exist only while open (click, mousedown, keys only)', async () => {
  const { page, state } = await fill('fluent-combobox');
  assert.equal(state.country, 'NL', 'the Fluent-like picker (opens on click)');
  assert.equal(state.hosted_in, 'NL', 'the Material-like picker (opens on mousedown only)');
  assert.equal(state.lives_in, 'NL', 'the picker whose options ignore clicks: chosen with ArrowDown and Enter');
  assert.equal((await page.locator('#fluent').textContent()).trim(), 'Netherlands');
  assert.equal((await page.locator('#mui').textContent()).trim(), 'Netherlands');
  assert.ok(await noPopupOpen(page));
  assert.equal(await submitted(page), '');
  await page.close();
});

test('who is shown, in French and in German: the answer that says it is the person', async () => {
  const fr = await fill('who-is-shown-fr');
  assert.equal(await checked(fr.page, 'input[value="moi"]'), true, '« C\'est moi »');
  assert.equal(await checked(fr.page, 'input[value="representant"]'), false);
  assert.equal(fr.state.qui, 'moi');
  assert.equal(await value(fr.page, '#nom'), 'Sanne de Vries');
  await fr.page.close();
  const de = await fill('who-is-shown-de');
  assert.equal(await checked(de.page, 'input[value="betroffen"]'), true, '„Ich bin die betroffene Person"');
  assert.equal(de.state.wer, 'betroffen');
  assert.equal(await value(de.page, '#vorname'), 'Sanne');
  await de.page.close();
});

test('the questions: category, made with AI, consent only once answered, subject and the person\'s own words', async () => {
  // Consent not answered on the case page yet: left for the person, and highlighted.
  const first = await fill('removal-questions');
  assert.equal(first.state.category, 'synthetic', 'the category naming AI-made imagery');
  assert.equal(first.state.ai, 'yes');
  assert.equal(first.state.consent, undefined);
  assert.equal(await checked(first.page, 'input[name="consent"][value="no"]'), false);
  assert.equal(await outline(first.page, 'input[name="consent"][value="no"]'), 'dashed');
  const ours = await browser.hookResult('message', { key: 'formSubject' });
  assert.equal(first.state.subject, ours, 'our subject line, in the form\'s language');
  const panel = await browser.hookResult('panel', { url: first.url });
  assert.match(panel.text, /answered these for you/);
  assert.match(panel.text, /AI-generated or digitally altered intimate image/);
  assert.match(panel.text, new RegExp(`Subject: ${ours}`));
  await first.page.close();

  // The person says on the case page that they did not consent, and writes their own description.
  await browser.hookResult('setAnswers', { caseId, answers: { consent_given_earlier: 'no' } });
  const casePage = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await casePage.waitForSelector('body[data-ready="true"]');
  await casePage.selectOption('#own-words-language', 'en');
  await casePage.fill('#own-words-text', 'Someone put my face on a nude body and posted it. I never agreed to any of it.');
  await casePage.fill('#own-words-subject', 'Please remove a fake nude of me');
  await casePage.click('#own-words-form button[type="submit"]');
  await waitFor(async () => (await browser.hookResult('records', { caseId })).some((r) => r.type === 'description'), 'the description record');
  const [record] = (await browser.hookResult('records', { caseId })).filter((r) => r.type === 'description');
  assert.deepEqual(record.data, { language: 'en', text: 'Someone put my face on a nude body and posted it. I never agreed to any of it.', subject: 'Please remove a fake nude of me' });
  assert.equal((await browser.hookResult('verifyCase', { caseId })).ok, true, 'the log with the new record verifies');
  await casePage.close();

  const second = await fill('removal-questions');
  assert.equal(second.state.consent, 'no', 'answered as the person said');
  assert.equal(await checked(second.page, 'input[name="consent"][value="no"]'), true);
  assert.equal(second.state.details, record.data.text, 'the person\'s own description');
  assert.equal(second.state.subject, record.data.subject, 'and their own subject line');
  assert.equal(second.state.email, PROFILE.email);
  assert.equal(await submitted(second.page), '');
  await second.page.close();
});

test('"add another URL": the form shows one field, the case has three; the add button (never a submit) adds the rest', async () => {
  const { page, state } = await fill('add-url');
  assert.deepEqual(state.urls, URLS);
  assert.equal(await page.locator('input[name="urls[]"]').count(), 3, 'exactly as many fields as the case has URLs');
  assert.equal(await submitted(page), '', 'the submit button that says "add" was never pressed');
  await page.close();
});

test('fields asked only of a representative follow the person\'s own situation', async () => {
  const self = await fill('representative');
  for (const selector of ['#their-name', '#relation']) {
    assert.equal(await value(self.page, selector), '', `${selector}: empty for someone reporting for themselves`);
    assert.equal(await outline(self.page, selector), '', `${selector}: not highlighted either`);
  }
  assert.equal(await outline(self.page, '#proof'), '');
  assert.equal(await value(self.page, '#name'), 'Sanne de Vries');
  await self.page.close();

  await browser.hookResult('setProfile', { profile: { ...PROFILE, acting_for: 'represented' } });
  try {
    const other = await fill('representative');
    for (const selector of ['#their-name', '#relation', '#proof']) {
      assert.equal(await outline(other.page, selector), 'dashed', `${selector}: highlighted for someone acting for another`);
    }
    assert.equal(await value(other.page, '#their-name'), '', 'never filled with the person\'s own name');
    await other.page.close();
  } finally {
    await browser.hookResult('setProfile', { profile: PROFILE });
  }
});

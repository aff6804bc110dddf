// Filling only the form the person means, never a honeypot (issue #14), in the browser named by
// TAKEDOWN_BROWSER (chromium or firefox): pages with inline SVG, MathML and custom elements; a removal
// form beside a comment form, a newsletter box, a search box and a login (only the removal form
// changes); traps hidden every way a robot's trap is hidden, or named as one; a div-based form beside
// a div-based login; the form around a right-clicked field; two forms alike, where the fill asks first.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, waitFor } from './harness.mjs';
import { readProfile, serveForms } from '../fixtures/forms/serve.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
const { profile, case: theCase } = readProfile();
const FULL_NAME = `${profile.given_name} ${profile.family_name}`;
let browser;
let forms;
let caseId;

before(async () => {
  forms = await serveForms();
  browser = await launchBrowser(browserName);
  caseId = (await browser.hookResult('newCase', { title: `e2e form scope ${browserName}` })).id;
  await browser.hookResult('setProfile', { profile: { ...profile, full_name: FULL_NAME } });
});

after(async () => {
  await browser?.close();
  await forms?.close();
});

let opened = 0;
async function open(name) {
  const url = `${forms.origin}/scope/${name}.html?open=${++opened}`;
  const page = await browser.openWithContentScript(url);
  return { url, page };
}

// Every field of the page by id: its value, or whether it is ticked.
const fieldsOf = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('input, textarea, select')]
  .filter((el) => el.id).map((el) => [el.id, el.type === 'checkbox' || el.type === 'radio' ? el.checked : el.value])));

function assertUnchanged(before, after, ids, where) {
  for (const id of ids) assert.equal(after[id], before[id], `${where}: #${id} is unchanged`);
}

test('a removal form among a comment form, a newsletter box, a search box and a login: only it changes (with SVG, MathML, custom elements)', async () => {
  const { url, page } = await open('busy-page');
  const before = await fieldsOf(page);
  const result = await browser.hookResult('fillForm', { url, caseId });
  assert.equal(result.error, undefined, 'the fill did not abort');
  const after = await fieldsOf(page);
  assert.equal(after.full_name, FULL_NAME);
  assert.equal(after.email, profile.email);
  assert.ok(theCase.content_urls.includes(after.content_url) || after.content_url === '' || after.content_url.startsWith('http'), 'the URL field');
  assert.ok(after.details.length > 0, 'the description');
  assert.equal(after.good_faith, false, 'the statement stays unticked');
  const removal = new Set(['full_name', 'email', 'content_url', 'details', 'good_faith']);
  assertUnchanged(before, after, Object.keys(before).filter((id) => !removal.has(id)), 'busy page');
  assert.deepEqual(result.form, { label: 'Report content that shows you', kind: 'removal' });
  const panel = await browser.hookResult('panel', { url });
  assert.match(panel.text, /Report content that shows you/, 'the panel names the form');
  assert.equal(forms.submitted().length, 0);
  await page.close();
});

test('honeypots hidden every way, or named as traps, and a field for someone else stay empty', async () => {
  const { url, page } = await open('honeypots');
  const before = await fieldsOf(page);
  const result = await browser.hookResult('fillForm', { url, caseId });
  const after = await fieldsOf(page);
  assert.equal(after.name, FULL_NAME);
  assert.equal(after.email, profile.email);
  const traps = Object.keys(before).filter((id) => id.startsWith('trap_') || id === 'other_person');
  assert.equal(traps.length, 16);
  for (const id of traps) assert.equal(after[id], '', `#${id} stays empty`);
  assert.ok(result.filled >= 2);
  await page.close();
});

test('a div-based report form beside a div-based login: the report is filled, the login is not', async () => {
  const { url, page } = await open('div-form');
  const result = await browser.hookResult('fillForm', { url, caseId });
  const after = await fieldsOf(page);
  assert.equal(after.r_name, FULL_NAME);
  assert.equal(after.r_email, profile.email);
  assert.ok(after.r_text.length > 0);
  assert.equal(after.user, 'old@example.net', 'the login keeps its value');
  assert.equal(after.pass, '');
  assert.equal(result.form?.kind, 'removal');
  await page.close();
});

test('two forms alike: the fill asks first and fills the one the person picks', async () => {
  const { url, page } = await open('two-forms');
  const before = await fieldsOf(page);
  const result = await browser.hookResult('fillForm', { url, caseId });
  assert.equal(result.filled, 0);
  assert.deepEqual(await fieldsOf(page), before, 'nothing changed before the person answered');
  assert.equal(result.questions.length, 1);
  const [question] = result.questions;
  assert.equal(question.kind, 'form_choice');
  assert.deepEqual(question.choices.map((c) => c.text).sort(), ['Report a post', 'Report a profile']);
  const panel = await browser.hookResult('panel', { url });
  assert.match(panel.text, /Which form/);
  // The person's answer, as the panel sends it.
  const tab = await browser.hookResult('tabId', { url });
  const session = await browser.hookResult('sessionGet', { key: `formFill:${tab}` });
  const profileChoice = question.choices.find((c) => c.text === 'Report a profile');
  const answer = await browser.hookResult('routeAsContent', { url, message: { v: 1, id: 'a1', action: 'forms.answer',
    payload: { session: session.id, question: question.id, choice: profileChoice.id } } });
  assert.equal(answer.ok, true, JSON.stringify(answer.error));
  await waitFor(async () => (await fieldsOf(page)).a_email === profile.email, 'the chosen form filled');
  const after = await fieldsOf(page);
  assert.equal(after.a_name, FULL_NAME);
  assertUnchanged(before, after, ['p_name', 'p_email', 'p_url'], 'the other form');
  // The question is answered once only.
  const again = await browser.hookResult('routeAsContent', { url, message: { v: 1, id: 'a2', action: 'forms.answer',
    payload: { session: session.id, question: question.id, choice: profileChoice.id } } });
  assert.equal(again.ok, false);
  await page.close();
});

test('from the menu on a right-clicked field: that field\'s form is filled, without asking', async () => {
  const { url, page } = await open('two-forms');
  const before = await fieldsOf(page);
  await page.click('#p_email', { button: 'right' });
  const result = await browser.hookResult('fillMenuClick', { url });
  assert.equal(result.questions?.length ?? 0, 0);
  const after = await fieldsOf(page);
  assert.equal(after.p_email, profile.email);
  assert.equal(after.p_name, FULL_NAME);
  assertUnchanged(before, after, ['a_name', 'a_email', 'a_url'], 'the other form');
  await page.close();
});

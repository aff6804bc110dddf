// Issue #7: "the whole flow works with the keyboard alone (a test walks it)". In Debian's Chromium,
// with nothing but key presses and typing (no mouse, no element.click(), no focus() on a target):
// the person's details on the options page; a case (the right-click itself cannot be driven: the
// menu handler makes it on site/demo-post.html); from the popup to that case; on the case page an
// answer chosen with the arrow keys, a letter opened, downloaded and closed with Escape (focus back
// on its button), "I sent it" and "They answered: removed", a blurred picture revealed, the check
// run; the help page through its link; and quick exit with Escape. The test only reads
// document.activeElement to know how many times to press Tab; every element that takes focus on the
// way must show it (theme.css draws a :focus-visible outline).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser, serveSite, waitFor } from './harness.mjs';

let browser;
let site;
let postUrl;
let caseId;
let casePage;
const visited = [];   // every element focused on the walk, for the message when focus is lost

before(async () => {
  site = await serveSite();
  browser = await launchBrowser('chromium');
  postUrl = `${site.origin}/demo-post.html`;
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const message = (key, substitutions) => browser.hookResult('message', { key, substitutions });
const records = () => browser.hookResult('records', { caseId });
const lastRecord = async () => (await records()).at(-1);

// What has focus, as the test may know it: enough to choose the next key, and how focus is drawn.
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'), type: el.getAttribute('type'), value: el.value ?? null,
      checked: el.checked ?? null, href: el.getAttribute('href'), text: el.textContent.trim().slice(0, 60), data: { ...el.dataset },
      step: el.closest('#steps > li')?.dataset.kind ?? null, dialog: el.closest('dialog')?.id ?? null, form: el.form?.id ?? null,
      classes: [...el.classList], focusVisible: el.matches(':focus-visible'),
      outline: { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }, boxShadow: style.boxShadow,
    };
  });
}

const describe = (f) => (f ? `${f.tag}${f.id ? `#${f.id}` : ''}${f.name ? `[name=${f.name}]` : ''} "${f.text}"` : 'nothing');

// Focus must be seen: a drawn outline or a box shadow on whatever has it.
function assertVisibleFocus(f) {
  const outlined = f.outline.style !== 'none' && f.outline.width > 0;
  const shadowed = f.boxShadow && f.boxShadow !== 'none';
  assert.ok(outlined || shadowed, `focus is not visible on ${describe(f)}: outline ${f.outline.style} ${f.outline.width}px, box-shadow ${f.boxShadow}`);
}

// Reads the focused element, checks that its focus shows, and keeps it for the record of the walk.
async function current(page) {
  const f = await focused(page);
  if (f) {
    assertVisibleFocus(f);
    visited.push(describe(f));
  }
  return f;
}

// Presses `key` (Tab, or Shift+Tab to go back) until the focused element matches; fails when it never does.
async function tabTo(page, predicate, { key = 'Tab', max = 200, what = 'the wanted control' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await current(page);
    if (f && predicate(f)) return f;
  }
  assert.fail(`${what} is not reachable with ${key} in ${max} presses; focus went through: ${visited.slice(-40).join(' → ')}`);
}

// Presses `key` (an arrow key) until `done(focused)`; for radio groups and closed selects.
async function pressUntil(page, key, done, max = 30) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await current(page);
    if (f && done(f)) return f;
  }
  assert.fail(`${key} never reached what was wanted`);
}

async function renderedBy(page, act) {
  const before = await page.evaluate(() => Number(document.body.dataset.renders ?? 0));
  await act();
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, before);
}

test('options page: the person\'s details typed, chosen and saved with the keyboard', async () => {
  const page = await browser.openExtensionPage('pages/options.html');
  await page.waitForSelector('body[data-ready="true"]');
  await tabTo(page, (f) => f.id === 'given_name', { what: 'the given name' });
  await page.keyboard.type('Jölle');
  await tabTo(page, (f) => f.id === 'family_name');
  await page.keyboard.type('de Vries');
  await tabTo(page, (f) => f.id === 'email');
  await page.keyboard.type('jolle@example.org');
  // A closed <select>: typing the start of a name chooses it, as people do.
  await tabTo(page, (f) => f.id === 'country', { what: 'the country' });
  await page.keyboard.type('Netherlands');
  assert.equal((await current(page)).value, 'NL');
  await tabTo(page, (f) => f.id === 'letter_language', { what: 'the letter language' });
  await pressUntil(page, 'ArrowDown', (f) => f.value === 'en');
  await tabTo(page, (f) => f.form === 'profile' && f.type === 'submit', { what: 'the save button' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('saved').dataset.state === 'ok');
  assert.equal(await page.$eval('#saved', (el) => el.textContent), await message('profileSaved'));
  const { profile } = await page.evaluate(() => globalThis.chrome.storage.local.get('profile'));
  assert.deepEqual(profile, {
    acting_for: 'self', letter_language: 'en', given_name: 'Jölle', family_name: 'de Vries', email: 'jolle@example.org',
    country: 'NL', full_name: 'Jölle de Vries',
  });
  await page.close();
});

test('popup: from the page in view to its case, with Tab and Enter', async () => {
  // The right-click on the post's picture cannot be driven: its handler is called as the menu would.
  const post = await browser.openWithContentScript(postUrl);
  const click = await browser.hookResult('menuClick', { url: postUrl, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
  caseId = click.case;
  assert.equal(click.record.type, 'capture');
  const tab = await browser.hookResult('tabId', { url: postUrl });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('body[data-ready="true"]');
  await tabTo(popup, (f) => f.tag === 'a' && f.href === `case.html?case=${encodeURIComponent(caseId)}`, { what: 'the case in the popup' });
  const [opened] = await Promise.all([browser.context.waitForEvent('page'), popup.keyboard.press('Enter')]);
  casePage = opened;
  await casePage.waitForSelector('body[data-ready="true"]');
  assert.equal(new URL(casePage.url()).searchParams.get('case'), caseId);
  assert.equal(await casePage.$eval('#case-select', (el) => el.value), caseId);
  assert.ok(await casePage.$$eval('#steps > li', (items) => items.length) > 0, 'the plan has steps');
  await popup.close();
  await post.close();
});

test('case page: an answer chosen with the arrow keys and saved; the plan follows', async () => {
  // Into the "sexual" question's group (Tab lands on its checked radio), then arrows to "yes".
  await tabTo(casePage, (f) => f.name === 'sexual', { what: 'the question "sexual"' });
  const yes = await pressUntil(casePage, 'ArrowDown', (f) => f.id === 'answer-sexual-yes');
  assert.equal(yes.checked, true, 'the arrow keys choose in a radio group');
  await tabTo(casePage, (f) => f.name === 'maker');
  await pressUntil(casePage, 'ArrowDown', (f) => f.id === 'answer-maker-known_reachable');
  // Checkboxes: Tab to the one wanted, Space ticks it ("I don't know" unticks itself).
  await tabTo(casePage, (f) => f.id === 'answer-harm-emotional');
  await casePage.keyboard.press('Space');
  // The date question (#13): typed into the date field, then "I don't know" ticked with Space empties it.
  await tabTo(casePage, (f) => f.id === 'answer-act_date', { what: 'the date question' });
  await casePage.keyboard.type('05012024');
  assert.equal(await casePage.inputValue('#answer-act_date'), '2024-05-01');
  assert.equal(await casePage.isChecked('#answer-act_date-unknown'), false, 'a date unticks "I don\'t know"');
  await tabTo(casePage, (f) => f.id === 'answer-act_date-unknown', { max: 10, what: '"I don\'t know" of the date' });
  await casePage.keyboard.press('Space');
  assert.equal(await casePage.inputValue('#answer-act_date'), '');
  await tabTo(casePage, (f) => f.form === 'questions' && f.type === 'submit', { what: 'the save button of the questions' });
  await renderedBy(casePage, () => casePage.keyboard.press('Enter'));
  assert.equal(await casePage.$eval('#status', (el) => el.textContent), await message('answersSaved'));
  const answers = await casePage.evaluate(async (id) => (await (await import('/common/store.js')).get('cases', id)).answers, caseId);
  assert.equal(answers.sexual, 'yes');
  assert.equal(answers.maker, 'known_reachable');
  assert.deepEqual(answers.harm, ['emotional']);
  const kinds = await casePage.$$eval('#steps > li', (items) => items.map((li) => li.dataset.kind));
  assert.ok(kinds.includes('police_report') && kinds.includes('ask_maker_erasure'), kinds.join(' '));
});

let letterStep;
test('case page: a letter opened, copied and downloaded, and closed with Escape back to its button', async () => {
  // Back up to the plan: a request that must be answered within a month (the platform's, else the maker's).
  const kinds = await casePage.$$eval('#steps > li', (items) => items.filter((li) => li.querySelector('button[data-letter]') && li.querySelector('button[data-sent]')).map((li) => li.dataset.kind));
  letterStep = ['ask_platform_removal', 'ask_maker_erasure'].find((kind) => kinds.includes(kind));
  assert.ok(letterStep, `a step with a letter and "I sent it": ${kinds.join(' ')}`);
  // The removal request itself (a platform step may also offer a TAKE IT DOWN notice, which is no DSA notice).
  const opener = await tabTo(casePage, (f) => f.step === letterStep && f.data.letter && f.data.letter !== 'take_it_down_notice',
    { key: 'Shift+Tab', what: `the letter button of ${letterStep}` });
  await casePage.keyboard.press('Enter');
  await casePage.waitForSelector('#letter[open]');
  await waitFor(async () => (await focused(casePage))?.dialog === 'letter', 'focus in the letter dialog');
  await current(casePage);
  assert.ok((await casePage.$eval('#letter-text', (el) => el.textContent)).includes('Jölle de Vries'), 'the letter is signed with the saved name');

  await tabTo(casePage, (f) => f.id === 'letter-copy', { max: 20 });
  await casePage.keyboard.press('Enter');
  await casePage.waitForFunction(() => document.getElementById('letter-status').textContent !== '');
  assert.equal(await casePage.$eval('#letter-status', (el) => el.textContent), await message('letterCopied'));

  await tabTo(casePage, (f) => f.id === 'letter-txt', { max: 20 });
  const [file] = await Promise.all([casePage.waitForEvent('download'), casePage.keyboard.press('Enter')]);
  assert.match(file.suggestedFilename(), new RegExp(`^takedown-${opener.data.letter}-\\d{4}-\\d{2}-\\d{2}\\.txt$`));
  assert.ok(fs.readFileSync(await file.path(), 'utf8').includes('Jölle de Vries'));

  // Tab stays inside the open dialog (modal): no way out to the inert page behind it.
  for (let i = 0; i < 12; i++) {
    await casePage.keyboard.press('Tab');
    const f = await current(casePage);
    if (f) assert.equal(f.dialog, 'letter', `Tab left the open dialog for ${describe(f)}`);
  }
  await casePage.keyboard.press('Escape');
  await casePage.waitForFunction(() => !document.getElementById('letter').open);
  const back = await current(casePage);
  assert.equal(back?.data.letter, opener.data.letter, `focus returns to the button that opened the letter, not ${describe(back)}`);
  assert.equal(back.step, letterStep);
  assert.ok(!casePage.isClosed(), 'Escape in a dialog closes the dialog, not the page');
});

test('case page: "I sent it" filled and confirmed with the keyboard; focus stays on the plan', async () => {
  await tabTo(casePage, (f) => f.step === letterStep && f.data.sent !== undefined, { max: 10, what: '"I sent it"' });
  await casePage.keyboard.press('Enter');
  await casePage.waitForSelector('#sent-dialog[open]');
  assert.equal((await current(casePage))?.dialog, 'sent-dialog', 'focus moves into the dialog');
  const today = await casePage.$eval('#sent-date', (el) => el.value);
  await tabTo(casePage, (f) => f.id === 'sent-channel', { max: 20 });
  await pressUntil(casePage, 'ArrowDown', (f) => f.value === 'web_form');
  await tabTo(casePage, (f) => f.id === 'sent-reference', { max: 5 });
  await casePage.keyboard.type('REF-123');
  if (letterStep === 'ask_platform_removal') {
    // A platform notice may go out under the DSA (#13): the arrow keys choose it, its period can be
    // typed; back to the GDPR with the arrow keys, the period field goes away again.
    await tabTo(casePage, (f) => f.name === 'via', { max: 3, what: 'how the request went out' });
    await pressUntil(casePage, 'ArrowDown', (f) => f.id === 'sent-via-dsa');
    await tabTo(casePage, (f) => f.id === 'sent-days', { max: 3, what: 'the DSA period' });
    await casePage.keyboard.press('Shift+Tab');
    await pressUntil(casePage, 'ArrowUp', (f) => f.id === 'sent-via-gdpr');
    assert.equal(await casePage.isVisible('#sent-days'), false);
  }
  await tabTo(casePage, (f) => f.dialog === 'sent-dialog' && f.type === 'submit', { max: 5 });
  await renderedBy(casePage, () => casePage.keyboard.press('Enter'));
  const record = await lastRecord();
  assert.equal(record.type, 'request_sent');
  assert.equal(record.data.step, letterStep);
  assert.equal(record.data.channel, 'web_form');
  assert.equal(record.data.reference, 'REF-123');
  assert.equal(record.data.sent, today);
  assert.match(record.data.due, /^\d{4}-\d{2}-\d{2}$/, 'a request with a month to answer has its due date');
  assert.equal(await casePage.$eval('#sent-dialog', (d) => d.open), false);
  assert.match(await casePage.$eval('#status', (el) => el.textContent), /^Saved: you sent it to /);
  // The button that opened the dialog is gone (the step now waits): focus goes to the plan, not to the page's start.
  const after = await current(casePage);
  assert.equal(after?.id, 'plan-title', `focus after "I sent it": ${describe(after)}`);
  const kinds = await casePage.$$eval('#steps > li', (items) => items.map((li) => `${li.dataset.kind}:${li.dataset.status}`));
  assert.ok(kinds.includes('wait_for_answer:waiting') && !kinds.some((k) => k.startsWith(`${letterStep}:`)), kinds.join(' '));
});

test('case page: "They answered: removed" chosen and confirmed with the keyboard', async () => {
  const request = await lastRecord();
  // The answer button may be above or below: go round the page with Tab until it has focus.
  await tabTo(casePage, (f) => f.data.answer !== undefined, { what: '"They answered"' });
  await casePage.keyboard.press('Enter');
  await casePage.waitForSelector('#answer-dialog[open]');
  const first = await current(casePage);
  assert.equal(first?.dialog, 'answer-dialog', 'focus moves into the dialog');
  // Through the outcomes with the arrows ("no answer" hides the date), and back to "removed".
  if (first.name !== 'outcome') await tabTo(casePage, (f) => f.name === 'outcome', { max: 10 });
  await pressUntil(casePage, 'ArrowDown', (f) => f.id === 'outcome-none');
  assert.equal(await casePage.$eval('#answer-details', (el) => el.hidden), true);
  const removed = await pressUntil(casePage, 'ArrowDown', (f) => f.id === 'outcome-removed');
  assert.equal(removed.checked, true);
  assert.equal(await casePage.$eval('#answer-details', (el) => el.hidden), false);
  const today = await casePage.$eval('#answer-date', (el) => el.value);
  await tabTo(casePage, (f) => f.dialog === 'answer-dialog' && f.type === 'submit', { max: 20 });
  await renderedBy(casePage, () => casePage.keyboard.press('Enter'));
  const record = await lastRecord();
  assert.equal(record.type, 'answer_received');
  assert.deepEqual(record.data, { from: request.data.to, channel: 'email', outcome: 'removed', answered: today, request_seq: request.seq });
  assert.equal(await casePage.$eval('#progress-list li', (el) => el.dataset.status), 'removed');
  // Its button went with the waiting step: focus is on the plan's heading again, not lost.
  const after = await current(casePage);
  assert.equal(after?.id, 'plan-title', `focus after the answer: ${describe(after)}`);
});

test('case page: a blurred picture revealed with Enter, and the check run with the keyboard', async () => {
  await waitFor(() => casePage.$$eval('#records .thumb img', (imgs) => imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0)), 'the thumbnails');
  const thumb = await tabTo(casePage, (f) => f.classes.includes('thumb'), { what: 'a picture of the evidence' });
  assert.equal(await casePage.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'false');
  assert.match(await casePage.evaluate(() => getComputedStyle(document.activeElement.querySelector('img')).filter), /blur\(/);
  await casePage.keyboard.press('Enter');
  assert.equal(await casePage.evaluate(() => document.activeElement.getAttribute('aria-pressed')), 'true');
  assert.equal(await casePage.evaluate(() => getComputedStyle(document.activeElement.querySelector('img')).filter), 'none');
  assert.equal(thumb.text, await message('evidenceReveal'));
  assert.equal((await current(casePage)).text, await message('evidenceHide'));

  await tabTo(casePage, (f) => f.id === 'verify', { what: 'the check button' });
  await casePage.keyboard.press('Enter');
  await casePage.waitForFunction(() => document.getElementById('status').dataset.state === 'ok');
  const count = (await records()).length;
  assert.equal(await casePage.$eval('#status', (el) => el.textContent), await message('caseVerifyOk', [String(count)]));
});

test('case page: the help link is reachable with the keyboard and opens the help for the person\'s country', async () => {
  await tabTo(casePage, (f) => f.tag === 'a' && f.href === 'help.html', { key: 'Shift+Tab', what: 'the help link' });
  await Promise.all([casePage.waitForURL(/\/pages\/help\.html$/), casePage.keyboard.press('Enter')]);
  await casePage.waitForSelector('body[data-ready="true"]');
  assert.equal(await casePage.$eval('#country', (s) => s.value), 'NL', 'the country saved on the options page');
  assert.deepEqual(await casePage.$$eval('#local > li', (items) => items.map((li) => li.id)), ['help-politie', 'help-helpwanted', 'help-slachtofferhulp', 'help-ap']);
  // Its own controls take the keyboard too: the country chooser, and Tab goes on down to the last link.
  await tabTo(casePage, (f) => f.id === 'country', { what: 'the help page\'s country' });
  await tabTo(casePage, (f) => f.tag === 'a' && f.href === 'https://takeitdown.ncmec.org/', { what: 'the last help link' });
});

test('quick exit: Escape on the case page closes every Takedown page and opens a neutral tab', async () => {
  await casePage.goBack();   // the browser's Back, to the case page
  await casePage.waitForSelector('body[data-ready="true"]');
  assert.match(casePage.url(), /\/pages\/case\.html\?case=/);
  const before = new Set(browser.context.pages());
  const opened = browser.context.waitForEvent('page', (p) => !before.has(p));
  // The page closes while the key is still being delivered; the closing is what counts.
  await Promise.all([casePage.waitForEvent('close'), casePage.keyboard.press('Escape').catch(() => {})]);
  const neutral = await opened;
  await waitFor(async () => !neutral.url().startsWith(browser.extensionOrigin), 'the neutral tab');
  assert.deepEqual(browser.context.pages().filter((p) => p.url().startsWith(browser.extensionOrigin)).map((p) => p.url()), []);
});

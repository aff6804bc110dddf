// The case dashboard end to end in Debian's Chromium (issue #7): a real case (a post on a platform the
// registry knows, its image captured through the menu handler) and the person's details; then the
// page: ?case= preselects; answers are kept and change the plan; a letter is shown and leaves as
// .txt, .eml (RFC 5322/2047, quoted-printable, CRLF) and mailto:; "I sent it" and "they answered"
// become records and move the plan; pictures are blurred until revealed; verify and export work;
// and quick exit (button and Escape) closes every Takedown page and opens a neutral tab.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, test } from 'node:test';
import { launchBrowser, waitFor, SITE_DIR } from './harness.mjs';

let browser;
let caseId;
let otherCase;
let casePage;
const POST = 'https://www.youtube.com/watch?v=takedown-e2e';
const IMAGE = 'https://www.youtube.com/takedown-e2e/photo.svg';
const PROFILE = {
  given_name: 'Jölle', family_name: 'de Vries', full_name: 'Jölle de Vries', email: 'jolle@example.org', country: 'NL',
  street_address: 'Voorbeeldstraat 1', postal_code: '1234 AB', city: 'Utrecht', acting_for: 'self', letter_language: 'en',
};

const records = () => browser.hookResult('records', { caseId });
const lastRecord = async () => (await records()).at(-1);
const stepKinds = () => casePage.$$eval('#steps > li', (items) => items.map((li) => `${li.dataset.kind}:${li.dataset.status}`));
// Waits until the page has drawn the case again after an action.
async function rendered(action) {
  const before = await casePage.$eval('body', (b) => Number(b.dataset.renders ?? 0));
  await action();
  await casePage.waitForFunction((n) => Number(document.body.dataset.renders) > n, before);
}
async function download(selector) {
  const [file] = await Promise.all([casePage.waitForEvent('download'), casePage.click(selector)]);
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(await file.path()) };
}
// Quoted-printable (RFC 2045) back to bytes: soft breaks removed, =XX decoded.
const decodeQP = (text) => Buffer.from(text.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');

before(async () => {
  browser = await launchBrowser('chromium');
  // No network here: the platform's post and image come from the tests' site, under the platform's address.
  const post = fs.readFileSync(`${SITE_DIR}/demo-post.html`, 'utf8').replace('src="photo.svg"', `src="${IMAGE}"`);
  await browser.context.route('https://www.youtube.com/**', (route) => (route.request().url() === IMAGE
    ? route.fulfill({ contentType: 'image/svg+xml', body: fs.readFileSync(`${SITE_DIR}/photo.svg`) })
    : route.fulfill({ contentType: 'text/html; charset=utf-8', body: post })));
  await browser.hookResult('setProfile', { profile: PROFILE });
  caseId = (await browser.hookResult('newCase', { title: 'e2e case page' })).id;
  const page = await browser.openWithContentScript(POST);
  const click = await browser.hookResult('menuClick', { url: POST, info: { mediaType: 'image', srcUrl: IMAGE } });
  assert.equal(click.case, caseId);
  await page.close();
  otherCase = (await browser.hookResult('newCase', { title: 'another case' })).id;   // now the current case
});

after(async () => {
  await browser?.close();
});

test('case.html?case= preselects that case, not the current one', async () => {
  casePage = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await casePage.waitForSelector('body[data-ready="true"]');
  assert.equal(await casePage.$eval('#case-select', (el) => el.value), caseId);
  assert.deepEqual(await casePage.$$eval('#case-select option', (options) => options.map((o) => o.value).sort()), [caseId, otherCase].sort());
  const kinds = await stepKinds();
  assert.equal(kinds[0], 'preserve_evidence:now');
  assert.ok(kinds.includes('ask_platform_removal:now'), kinds.join(' '));
  assert.equal(await casePage.$eval('#steps li[data-kind="ask_platform_removal"] .to', (el) => el.textContent), 'To: YouTube');
  // The platform's removal forms are offered in its step.
  assert.ok(await casePage.$$eval('#steps li[data-kind="ask_platform_removal"] .form-platforms button', (b) => b.length) > 0);
  // Links to help and the options page, and the quick exit documented on the page.
  assert.deepEqual(await casePage.$$eval('header a', (links) => links.map((a) => a.getAttribute('href'))), ['help.html', 'options.html']);
  assert.match(await casePage.$eval('#quick-exit-hint', (el) => el.textContent), /Esc/);
});

test('answers are kept on the case, the plan follows them, and the questions that matter are marked', async () => {
  // Unanswered, "sexual" would change the plan, so it is marked with what the plan assumes.
  assert.equal(await casePage.$eval('#question-sexual', (el) => el.classList.contains('open')), true);
  assert.equal(await casePage.$eval('#question-sexual-hint', (el) => el.hidden), false);
  assert.equal(await casePage.$eval('#open-count', (el) => el.hidden), false);
  assert.ok(!(await stepKinds()).some((k) => k.startsWith('police_report')));
  // Every question can be answered "I don't know"; who is shown starts from the profile (acting for self).
  const fieldsets = await casePage.$$eval('#questions fieldset', (sets) => sets.map((f) => ({
    legend: f.querySelector('legend')?.textContent, unknown: Boolean(f.querySelector('input[value="unknown"], option[value="unknown"]')) })));
  assert.equal(fieldsets.length, 16);
  assert.ok(fieldsets.every((f) => f.legend && f.unknown), JSON.stringify(fieldsets));
  assert.equal(await casePage.isChecked('#answer-depicted-me'), true);
  // With the keyboard: focus a radio of the group and choose with the arrow keys and Space.
  await casePage.focus('#answer-sexual-yes');
  await casePage.keyboard.press('Space');
  await casePage.check('#answer-shared_with-wider_or_public');
  await casePage.check('#answer-maker-known_reachable');
  await casePage.check('#answer-harm-emotional');
  await rendered(() => casePage.click('#questions button[type="submit"]'));
  assert.equal(await casePage.$eval('#status', (el) => el.textContent), 'Your answers are saved. The plan is updated.');
  const kinds = await stepKinds();
  assert.ok(kinds.includes('police_report:now'), kinds.join(' '));
  // The maker's letter is offered (when, in a sexual case, is for tests/e2e/hard-cases.test.mjs).
  assert.ok(kinds.some((k) => k.startsWith('ask_maker_erasure:')), kinds.join(' '));
  assert.equal(await casePage.$eval('#question-sexual', (el) => el.classList.contains('open')), false);
  // Kept: a fresh page shows the same answers.
  await casePage.reload();
  await casePage.waitForSelector('body[data-ready="true"]');
  assert.equal(await casePage.isChecked('#answer-sexual-yes'), true);
  assert.equal(await casePage.isChecked('#answer-harm-emotional'), true);
  assert.equal(await casePage.isChecked('#answer-harm-unknown'), false);
  assert.equal(await casePage.$eval('#answer-residence', (el) => el.value), 'NL');
});

test('the questions of #13: what it is used for, a death, the maker\'s age and the date, each with "I don\'t know"', async () => {
  const choices = (field) => casePage.$$eval(`#question-${field} input`, (inputs) => inputs.map((i) => `${i.type}:${i.value}:${i.checked}`));
  assert.deepEqual(await choices('used_for'), ['extortion', 'fraud', 'threats', 'harassment', 'impersonation', 'unknown']
    .map((v) => `checkbox:${v}:${v === 'unknown'}`), 'unanswered: "I don\'t know"');
  assert.deepEqual(await choices('deceased'), ['radio:yes:false', 'radio:no:false', 'radio:unknown:true']);
  assert.deepEqual(await choices('maker_age'), ['adult', 'under_14', 'age_14_15', 'age_16_17', 'minor', 'unknown'].map((v) => `radio:${v}:${v === 'unknown'}`));
  // Each answer is labelled in words; the list's help is read with the question.
  assert.equal(await casePage.$eval('label[for="answer-used_for-extortion"]', (l) => l.textContent),
    await browser.hookResult('message', { key: 'question_used_for_extortion' }));
  assert.equal(await casePage.$eval('#question-used_for', (f) => f.getAttribute('aria-describedby')?.split(' ').includes('question-used_for-help')), true);
  // A use ticked unticks "I don't know", and "I don't know" unticks the uses.
  await casePage.check('#answer-used_for-extortion');
  await casePage.check('#answer-used_for-fraud');
  assert.equal(await casePage.isChecked('#answer-used_for-unknown'), false);
  await casePage.check('#answer-used_for-unknown');
  assert.deepEqual(await choices('used_for'), ['extortion', 'fraud', 'threats', 'harassment', 'impersonation', 'unknown'].map((v) => `checkbox:${v}:${v === 'unknown'}`));
  // The date: empty with "I don't know" ticked; a date unticks it, ticking it empties the date.
  assert.equal(await casePage.inputValue('#answer-act_date'), '');
  assert.equal(await casePage.isChecked('#answer-act_date-unknown'), true);
  assert.equal(await casePage.$eval('label[for="answer-act_date"]', (l) => l.textContent), await browser.hookResult('message', { key: 'questionDate' }));
  await casePage.fill('#answer-act_date', '2024-05-01');
  assert.equal(await casePage.isChecked('#answer-act_date-unknown'), false);
  await casePage.check('#answer-act_date-unknown');
  assert.equal(await casePage.inputValue('#answer-act_date'), '');
  // What the form reads as answers: the new questions unanswered stay "unknown" (and are not sent to the plan).
  const read = await casePage.evaluate(async () => (await import('./case-questions.js')).readAnswers(document.getElementById('questions')));
  assert.deepEqual([read.used_for, read.deceased, read.maker_age, read.act_date], ['unknown', 'unknown', 'unknown', 'unknown']);
  // Not a child's case: no banner about children's pictures.
  assert.equal(await casePage.$eval('#child-safety', (el) => el.hidden), true);
});

let letter;
test('a step\'s letter: shown in a dialog, downloaded as .txt and .eml, and as a mailto: link', async () => {
  const opener = '#steps li[data-kind="ask_platform_removal"] button[data-letter="platform_removal"]';
  await casePage.click(opener);
  await casePage.waitForSelector('#letter[open]');
  letter = { subject: await casePage.$eval('#letter-subject', (el) => el.textContent), text: await casePage.$eval('#letter-text', (el) => el.textContent) };
  assert.ok(letter.text.includes(POST) && letter.text.includes('Jölle de Vries') && letter.text.includes('jolle@example.org'), letter.text);
  assert.match(letter.subject, /Article 16 DSA/);
  assert.equal(await casePage.$eval('#letter-to', (el) => el.textContent), 'To: YouTube <data-access-requests@google.com>');

  // Copying succeeds (a refused clipboard write would say so in the dialog's status line).
  await casePage.click('#letter-copy');
  await casePage.waitForFunction(() => document.getElementById('letter-status').textContent !== '');
  assert.equal(await casePage.$eval('#letter-status', (el) => el.textContent), 'The letter is copied. Paste it into your e-mail or into the platform’s form.');

  const txt = await download('#letter-txt');
  assert.equal(txt.name, `takedown-platform_removal-${await casePage.evaluate(() => new Date(Date.now() - new Date().getTimezoneOffset() * 60000).toISOString().slice(0, 10))}.txt`);
  assert.equal(txt.bytes.toString('utf8'), `${letter.subject}\r\n\r\n${letter.text.replace(/\n/g, '\r\n')}\r\n`);

  const eml = (await download('#letter-eml')).bytes.toString('latin1');
  assert.ok(/^[\x00-\x7f]*$/.test(eml), 'an .eml is 7-bit: non-ASCII is encoded');
  assert.ok(!/[^\r]\n/.test(eml), 'every line ends in CRLF');
  const head = eml.slice(0, eml.indexOf('\r\n\r\n'));
  const body = eml.slice(head.length + 4);
  const headers = Object.fromEntries(head.replace(/\r\n /g, ' ').split('\r\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]));
  assert.equal(headers['MIME-Version'], '1.0');
  assert.equal(headers['Content-Type'], 'text/plain; charset=UTF-8');
  assert.equal(headers['Content-Transfer-Encoding'], 'quoted-printable');
  assert.equal(headers.To, '"YouTube" <data-access-requests@google.com>');
  // The sender's name is not ASCII: an RFC 2047 encoded-word.
  assert.equal(headers.From, `=?UTF-8?B?${Buffer.from('Jölle de Vries').toString('base64')}?= <jolle@example.org>`);
  assert.equal(headers.Subject, letter.subject);
  assert.ok(body.split('\r\n').every((line) => line.length <= 76), 'quoted-printable lines are at most 76 characters');
  assert.equal(decodeQP(body).replace(/\r\n/g, '\n').trimEnd(), letter.text.trimEnd());

  // A subject that is not ASCII is encoded too, in words of at most 75 characters that split no character.
  const subject = 'Verzoek tot verwijdering – één deepfake van mij, gevonden op het platform, graag snel';
  const encoded = await casePage.evaluate(async (s) => (await import('./case-mail.js')).emlDraft({ subject: s, text: 'x' }), subject);
  const words = /^Subject: (.*?)\r\nDate/s.exec(encoded)[1].split('\r\n ');
  assert.ok(words.length > 1 && words.every((w) => /^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/.test(w) && w.length <= 75), words.join(' | '));
  assert.equal(words.map((w) => Buffer.from(w.slice(10, -2), 'base64').toString('utf8')).join(''), subject);

  const href = await casePage.$eval('#letter-mailto', (a) => a.getAttribute('href'));
  const link = new URL(href);
  assert.equal(link.protocol, 'mailto:');
  assert.equal(link.pathname, 'data-access-requests@google.com');
  assert.equal(link.searchParams.get('subject'), letter.subject);
  if (href.length > 1800) assert.fail('a mailto: link stays short enough for mail programs');
  const tooLong = !(await casePage.$eval('#letter-mailto-note', (el) => el.hidden));
  if (tooLong) assert.equal(link.searchParams.get('body'), null, 'a letter too long for a link is copied instead');
  else assert.equal(link.searchParams.get('body'), letter.text.replace(/\n/g, '\r\n'));
  // Escape closes the dialog (and only the dialog), focus returns to the button that opened it.
  await casePage.focus('#letter-text');
  await casePage.keyboard.press('Escape');
  await casePage.waitForFunction(() => !document.getElementById('letter').open);
  assert.equal(await casePage.evaluate(() => document.activeElement.dataset.letter), 'platform_removal');
  assert.ok(!casePage.isClosed());
});

test('"I sent it" records the request with its role and due date; the step then waits for the answer', async () => {
  await casePage.click('#steps li[data-kind="ask_platform_removal"] button[data-sent]');
  await casePage.waitForSelector('#sent-dialog[open]');
  assert.equal(await casePage.evaluate(() => document.activeElement.closest('dialog')?.id), 'sent-dialog', 'focus moves into the dialog');
  const today = await casePage.$eval('#sent-date', (el) => el.value);
  // A platform notice may go out under the DSA: offered, the GDPR chosen until the person says otherwise;
  // as a DSA notice it asks how long they get, 24 hours here since the content is sexual.
  assert.equal(await casePage.isVisible('#sent-dsa'), true);
  assert.equal(await casePage.isChecked('#sent-via-gdpr'), true);
  assert.equal(await casePage.isVisible('#sent-days'), false);
  await casePage.check('#sent-via-dsa');
  assert.equal(await casePage.isVisible('#sent-days'), true);
  assert.equal(await casePage.inputValue('#sent-days'), '1');
  assert.deepEqual(await casePage.$eval('#sent-days', (el) => [el.min, el.max]), ['1', '60']);
  await casePage.check('#sent-via-gdpr');
  assert.equal(await casePage.isVisible('#sent-days'), false);
  await casePage.selectOption('#sent-channel', 'web_form');
  await casePage.fill('#sent-reference', 'YT-12345');
  await rendered(() => casePage.click('#sent-dialog button[type="submit"]'));
  const { due } = await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: today } });
  const record = await lastRecord();
  assert.equal(record.type, 'request_sent');
  assert.deepEqual(record.data, { to: 'YouTube', channel: 'web_form', role: 'platform', step: 'ask_platform_removal',
    letter: 'platform_removal', sent: today, due, reference: 'YT-12345' });
  const kinds = await stepKinds();
  assert.ok(kinds.includes('wait_for_answer:waiting'), kinds.join(' '));
  assert.ok(!kinds.some((k) => k.startsWith('ask_platform_removal')), kinds.join(' '));
  assert.match(await casePage.$eval('#status', (el) => el.textContent), /^Saved: you sent it to YouTube\. They must answer by /);
  assert.equal(await casePage.$eval('#progress-list li', (el) => el.dataset.status), 'waiting');
  // The timeline shows it, in order, after the capture.
  assert.deepEqual(await casePage.$$eval('#timeline li', (items) => items.map((li) => li.dataset.type)), ['capture', 'request_sent']);
});

test('"they answered: removed" records the answer against the request; the request is done', async () => {
  const request = await lastRecord();
  await casePage.click('#steps li[data-kind="wait_for_answer"] button[data-answer]');
  await casePage.waitForSelector('#answer-dialog[open]');
  await casePage.check('#outcome-removed');
  const today = await casePage.$eval('#answer-date', (el) => el.value);
  await rendered(() => casePage.click('#answer-dialog button[type="submit"]'));
  const record = await lastRecord();
  assert.equal(record.type, 'answer_received');
  assert.deepEqual(record.data, { from: 'YouTube', channel: 'email', outcome: 'removed', answered: today, request_seq: request.seq });
  assert.ok(!(await stepKinds()).some((k) => k.startsWith('wait_for_answer')));
  assert.equal(await casePage.$eval('#progress-list li', (el) => el.dataset.status), 'removed');
});

test('"no answer" to a request sent long ago records that its deadline passed', async () => {
  // Not sexual after all: the maker can be asked at once (in a sexual case that waits for the police).
  await casePage.check('#answer-sexual-no');
  await rendered(() => casePage.click('#questions button[type="submit"]'));
  await casePage.click('#steps li[data-kind="ask_maker_erasure"] button[data-sent]');
  await casePage.waitForSelector('#sent-dialog[open]');
  assert.equal(await casePage.isVisible('#sent-dsa'), false, 'a letter to the maker is no DSA notice');
  await casePage.fill('#sent-date', '2026-01-05');
  await rendered(() => casePage.click('#sent-dialog button[type="submit"]'));
  const request = await lastRecord();
  assert.equal(request.data.role, 'maker');
  assert.equal(request.data.due, (await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: '2026-01-05' } })).due);
  assert.ok((await stepKinds()).includes('wait_for_answer:overdue'));
  await casePage.click('#steps li[data-kind="wait_for_answer"] button[data-answer]');
  await casePage.waitForSelector('#answer-dialog[open]');
  await casePage.check('#outcome-none');
  assert.equal(await casePage.$eval('#answer-details', (el) => el.hidden), true);
  await rendered(() => casePage.click('#answer-dialog button[type="submit"]'));
  const record = await lastRecord();
  assert.equal(record.type, 'deadline_passed');
  assert.deepEqual(record.data, { deadline: request.data.due, what: 'no answer from the maker by the deadline', request_seq: request.seq });
  assert.match(await casePage.$eval('#status', (el) => el.textContent), /did not answer in time/);
});

test('pictures are blurred until revealed (click or keyboard), with their fingerprints', async () => {
  const thumbs = await casePage.$$('#records .thumb');
  assert.ok(thumbs.length >= 2, `${thumbs.length} thumbnails`);
  await waitFor(() => casePage.$$eval('#records .thumb img', (imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0)), 'the thumbnails to load');
  const state = (index) => casePage.$$eval('#records .thumb', (buttons, i) => ({
    pressed: buttons[i].getAttribute('aria-pressed'), filter: getComputedStyle(buttons[i].querySelector('img')).filter }), index);
  for (let i = 0; i < thumbs.length; i++) {
    const blurred = await state(i);
    assert.equal(blurred.pressed, 'false');
    assert.match(blurred.filter, /blur\(/);
  }
  await thumbs[0].click();
  assert.deepEqual(await state(0), { pressed: 'true', filter: 'none' });
  await thumbs[1].focus();
  await casePage.keyboard.press('Enter');
  assert.equal((await state(1)).pressed, 'true');
  await casePage.keyboard.press('Enter');
  assert.match((await state(1)).filter, /blur\(/);
  const capture = (await records()).find((r) => r.type === 'capture');
  const proof = await casePage.$eval(`#records tr[data-seq="${capture.seq}"]`, (row) => row.textContent);
  for (const artifact of capture.artifacts) assert.ok(proof.includes(artifact.sha256), artifact.name);
});

test('verify and export dossier still work from the page', async () => {
  await casePage.click('#verify');
  await casePage.waitForFunction(() => document.getElementById('status').dataset.state === 'ok');
  const count = (await records()).length;
  assert.equal(await casePage.$eval('#status', (el) => el.textContent), `All ${count} records and their files are unchanged.`);
  const [file] = await Promise.all([casePage.waitForEvent('download'), casePage.click('#export')]);
  assert.equal(file.suggestedFilename(), `takedown-${caseId}.zip`);
  assert.equal(fs.readFileSync(await file.path()).subarray(0, 4).toString('latin1'), 'PK\x03\x04');
  await waitFor(async () => (await lastRecord()).type === 'export_made', 'the export record');
  assert.equal((await lastRecord()).data.records, count);
});

async function quickExitWith(act) {
  const other = await browser.openExtensionPage('pages/status.html');
  const page = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await page.waitForSelector('body[data-ready="true"]');
  const before = new Set(browser.context.pages());
  const opened = browser.context.waitForEvent('page', (p) => !before.has(p));
  await Promise.all([page.waitForEvent('close'), other.waitForEvent('close'), act(page)]);
  const neutral = await opened;
  await waitFor(async () => !neutral.url().startsWith(browser.extensionOrigin), 'the new tab');
  assert.ok(!neutral.url().startsWith(browser.extensionOrigin), neutral.url());
  assert.deepEqual(browser.context.pages().filter((p) => p.url().startsWith(browser.extensionOrigin)).map((p) => p.url()), []);
}

test('quick exit: the button closes every Takedown page and opens a neutral tab', async () => {
  await quickExitWith((page) => page.click('#quick-exit'));
});

test('quick exit: the Escape key does the same', async () => {
  // The page closes while the key is still being delivered; the closing is what counts.
  await quickExitWith((page) => page.keyboard.press('Escape').catch(() => {}));
});

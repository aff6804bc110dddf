// The hard cases of issue #13 on the case page, in Debian's Chromium, with the merged core (the new
// situation fields, step kinds and letter kinds of /work/coord/CONTRACT-13.md, docs/protocol.md):
// extortion outside a sexual case brings a police step; the new answers reach the plan as given;
// in a sexual case of an adult the maker's letter waits for the police; a DSA notice keeps the
// period the person gave it and, once overdue, leads to a complaint to the coordinator of their
// country; a DPA complaint goes to the authority of the residence; a child's case shows a calm
// banner (axe-clean), the hotline, no letter to the maker, and letters that mention no pictures.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { launchBrowser, SITE_DIR } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const POST = 'https://www.youtube.com/watch?v=takedown-hard-cases';
const IMAGE = 'https://www.youtube.com/takedown-hard-cases/photo.svg';
const PROFILE = { given_name: 'Noor', family_name: 'Bakker', full_name: 'Noor Bakker', email: 'noor@example.org', country: 'NL',
  acting_for: 'self', letter_language: 'en' };

let browser;
let caseId;
let page;

const message = (key, substitutions) => browser.hookResult('message', { key, substitutions });
const records = (id = caseId) => browser.hookResult('records', { caseId: id });
const stepKinds = () => page.$$eval('#steps > li', (items) => items.map((li) => `${li.dataset.kind}:${li.dataset.status}`));

async function rendered(action) {
  const before = await page.$eval('body', (b) => Number(b.dataset.renders ?? 0));
  await action();
  await page.waitForFunction((n) => Number(document.body.dataset.renders) > n, before);
}

async function open(id) {
  page = await browser.openExtensionPage(`pages/case.html?case=${id}`);
  await page.waitForSelector('body[data-ready="true"]');
}

// The answers chosen on the form, then saved: radios by value, lists by their boxes, the date typed.
async function answer(choices) {
  for (const [field, value] of Object.entries(choices)) {
    if (field === 'act_date') await page.fill('#answer-act_date', value);
    else if (Array.isArray(value)) {
      await page.check(`#answer-${field}-unknown`);
      await page.uncheck(`#answer-${field}-unknown`);
      for (const v of value) await page.check(`#answer-${field}-${v}`);
    } else if (field === 'residence') await page.selectOption('#answer-residence', value);
    else await page.check(`#answer-${field}-${value}`);
  }
  await rendered(() => page.click('#questions button[type="submit"]'));
  assert.equal(await page.$eval('#status', (el) => el.dataset.state), 'ok', await page.$eval('#status', (el) => el.textContent));
}

// The plan as the page computed it (same module, same core).
const planOf = (id) => page.evaluate(async ([caseId, profile]) => {
  const { core } = await import('/common/page-core.js');
  const { planForCase } = await import('/common/case-plan.js');
  const { plan } = await planForCase(core, caseId, { profile });
  return plan;
}, [id, PROFILE]);

async function newCase(title, entryChanges = {}) {
  const id = (await browser.hookResult('newCase', { title })).id;
  if (Object.keys(entryChanges).length) {
    const probe = await browser.openExtensionPage('pages/case.html');
    await probe.evaluate(async ([caseId, changes]) => {
      const { transact, requestResult } = await import('/common/store.js');
      await transact(['cases'], 'readwrite', async (s) => {
        const entry = await requestResult(s.cases.get(caseId));
        await requestResult(s.cases.put({ ...entry, ...changes }));
      });
    }, [id, entryChanges]);
    await probe.close();
  }
  return id;
}

async function showLetter(kind) {
  await page.click(`#steps button[data-letter="${kind}"]`);
  await page.waitForSelector('#letter[open]');
  const shown = { subject: await page.$eval('#letter-subject', (el) => el.textContent), text: await page.$eval('#letter-text', (el) => el.textContent),
    to: await page.$eval('#letter-to', (el) => el.textContent) };
  await page.click('#letter-close');
  return shown;
}

before(async () => {
  browser = await launchBrowser('chromium');
  const post = fs.readFileSync(`${SITE_DIR}/demo-post.html`, 'utf8').replace('src="photo.svg"', `src="${IMAGE}"`);
  await browser.context.route('https://www.youtube.com/**', (route) => (route.request().url() === IMAGE
    ? route.fulfill({ contentType: 'image/svg+xml', body: fs.readFileSync(`${SITE_DIR}/photo.svg`) })
    : route.fulfill({ contentType: 'text/html; charset=utf-8', body: post })));
  await browser.hookResult('setProfile', { profile: PROFILE });
  caseId = await newCase('hard cases');
  const tab = await browser.openWithContentScript(POST);
  await browser.hookResult('menuClick', { url: POST, info: { mediaType: 'image', srcUrl: IMAGE } });
  await tab.close();
  await open(caseId);
});

after(async () => {
  await browser?.close();
});

test('extortion, not sexual: the plan has a police step; the new answers reach the plan as given', async () => {
  assert.ok(!(await stepKinds()).some((k) => k.startsWith('police_report')), 'no police step before the answer');
  await answer({ sexual: 'no', shared_with: 'wider_or_public', used_for: ['extortion'], deceased: 'no', maker_age: 'age_16_17', act_date: '2024-05-01' });
  const kinds = await stepKinds();
  assert.ok(kinds.some((k) => k.startsWith('police_report:')), kinds.join(' '));
  const plan = await planOf(caseId);
  assert.deepEqual([plan.situation.used_for, plan.situation.deceased, plan.situation.maker_age, plan.situation.act_date],
    [['extortion'], 'no', 'age_16_17', '2024-05-01']);
  // Kept on the case: a fresh page shows the same answers.
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.isChecked('#answer-used_for-extortion'), true);
  assert.equal(await page.isChecked('#answer-used_for-unknown'), false);
  assert.equal(await page.isChecked('#answer-maker_age-age_16_17'), true);
  assert.equal(await page.inputValue('#answer-act_date'), '2024-05-01');
  assert.equal(await page.isChecked('#answer-act_date-unknown'), false);
  // "None of these" is an answer too: the plan hears [].
  await answer({ used_for: [] });
  assert.deepEqual((await planOf(caseId)).situation.used_for, []);
});

test('every step kind, addressee and letter of the plan is shown in words, with the authority\'s page and address', async () => {
  await answer({ sexual: 'yes', age_group: 'adult', maker: 'known_reachable', used_for: ['fraud'] });
  const plan = await planOf(caseId);
  const shown = await page.$$eval('#steps > li', (items) => items.map((li) => ({
    name: li.querySelector('.step-name').textContent, kind: li.dataset.kind,
    letters: [...li.querySelectorAll('button[data-letter]')].map((b) => b.textContent),
    link: li.querySelector('.complaint-url a')?.getAttribute('href') ?? null, postal: li.querySelector('.postal')?.textContent ?? null })));
  assert.equal(shown.length, plan.steps.length);
  for (const [i, step] of plan.steps.entries()) {
    assert.notEqual(shown[i].name, step.kind, `step ${step.kind} has a label`);
    for (const text of shown[i].letters) assert.ok(!/[a-z]+_[a-z_]+/.test(text), `letter label "${text}" is words`);
    assert.equal(shown[i].link, /^https:\/\//.test(step.addressee?.complaint_url ?? '') ? step.addressee.complaint_url : null, step.kind);
    assert.equal(Boolean(shown[i].postal?.includes(step.addressee?.postal_address)), Boolean(step.addressee?.postal_address), step.kind);
  }
  // A sexual deepfake of an adult: the maker's letter waits until after the police report.
  const maker = plan.steps.find((s) => s.kind === 'ask_maker_erasure');
  assert.equal(maker.status, 'later');
  assert.ok(maker.preconditions.length > 0);
  assert.equal(await page.$eval('#steps li[data-kind="ask_maker_erasure"] button[data-sent]', () => true).catch(() => false), false);
});

test('a DSA notice keeps the period the person gave it; overdue, it leads to the coordinator (ACM for the Netherlands)', async () => {
  await page.click('#steps li[data-kind="ask_platform_removal"] button[data-sent]');
  await page.waitForSelector('#sent-dialog[open]');
  await page.fill('#sent-date', '2026-01-05');
  await page.check('#sent-via-dsa');
  assert.equal(await page.inputValue('#sent-days'), '1', 'sexual content: 24 hours');
  await page.fill('#sent-days', '3');
  await rendered(() => page.click('#sent-dialog button[type="submit"]'));
  const request = (await records()).at(-1);
  assert.equal(request.data.via, 'dsa');
  assert.equal(request.data.due, '2026-01-08');
  const plan = await planOf(caseId);
  assert.equal(plan.situation.history.at(-1).respond_within_days, 3);
  assert.equal(plan.progress.at(-1).status, 'overdue');
  const dsc = plan.steps.find((s) => s.kind === 'complaint_dsc');
  assert.ok(dsc, plan.steps.map((s) => s.kind).join(' '));
  assert.equal(dsc.status, 'now');
  assert.equal(dsc.addressee.role, 'dsc');
  assert.match(dsc.addressee.name, /ACM|Autoriteit Consument/);
  assert.equal(await page.$eval('#steps li[data-kind="complaint_dsc"] .step-name', (el) => el.textContent), await message('step_complaint_dsc'));
  const letter = await showLetter('dsc_complaint');
  assert.match(letter.text, /ACM|Autoriteit Consument/);
  assert.ok(letter.text.includes(POST), 'the complaint names the reported address');
  // Filed: recorded as a complaint to the coordinator, which awaits no answer period.
  await page.click('#steps li[data-kind="complaint_dsc"] button[data-sent]');
  await page.waitForSelector('#sent-dialog[open]');
  assert.equal(await page.isVisible('#sent-dsa'), false);
  await rendered(() => page.click('#sent-dialog button[type="submit"]'));
  const filed = (await records()).at(-1);
  assert.deepEqual([filed.data.role, filed.data.step, 'due' in filed.data], ['dsc', 'complaint_dsc', false]);
  assert.equal((await planOf(caseId)).progress.at(-1).status, 'filed');
});

test('living outside the Netherlands: the DPA complaint goes to the authority of that country', async () => {
  await answer({ residence: 'DE' });
  const plan = await planOf(caseId);
  const dpa = plan.steps.find((s) => s.kind === 'complaint_dpa');
  assert.ok(dpa, plan.steps.map((s) => s.kind).join(' '));
  assert.ok(dpa.addressee.name && !/Autoriteit Persoonsgegevens/.test(dpa.addressee.name), dpa.addressee.name);
  const letter = await showLetter('dpa_complaint');
  assert.ok(!letter.text.includes('Autoriteit Persoonsgegevens'), 'the Dutch authority is not named');
  assert.ok(letter.text.includes(dpa.addressee.name), `the letter is addressed to ${dpa.addressee.name}`);
  await answer({ residence: 'NL' });
});

test('a child\'s case: a calm banner before the steps, the hotline, no letter to the maker, no pictures in letters', async () => {
  // Started as "Report: it shows my child" (the case entry's `safe`): who is shown is known.
  const child = await newCase('child', { safe: true });
  const tab = await browser.openWithContentScript(POST);
  await browser.hookResult('menuClick', { url: POST, info: { mediaType: 'image', srcUrl: IMAGE } });
  await tab.close();
  await page.close();
  await open(child);
  assert.equal(await page.isChecked('#answer-depicted-my_child'), true);
  assert.equal(await page.isVisible('#child-safety'), true);
  assert.equal(await page.$eval('#child-safety h3', (el) => el.textContent), await message('questionChildSafetyTitle'));
  assert.ok((await page.$eval('#child-safety', (el) => el.textContent)).includes(await message('questionChildSafetyDont')));
  // The banner comes before the steps, and nothing on the page is serious for axe.
  assert.equal(await page.$eval('#child-safety', (el) => Boolean(el.compareDocumentPosition(document.getElementById('steps')) & Node.DOCUMENT_POSITION_FOLLOWING)), true);
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(() => globalThis.axe.run(document.getElementById('plan'), { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } }));
  assert.deepEqual(violations.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), []);

  await answer({ age_group: 'minor', sexual: 'yes', maker: 'known_reachable' });
  const plan = await planOf(child);
  assert.equal(plan.child_case, true);
  const kinds = plan.steps.map((s) => s.kind);
  assert.ok(kinds.includes('report_csam_hotline') && kinds.includes('police_report'), kinds.join(' '));
  assert.ok(!kinds.includes('ask_maker_erasure'), 'no letter to the maker in a child\'s case');
  const hotline = plan.steps.find((s) => s.kind === 'report_csam_hotline');
  assert.equal(hotline.addressee.role, 'hotline');
  assert.equal(await page.$eval('#steps li[data-kind="report_csam_hotline"] .step-name', (el) => el.textContent), await message('step_report_csam_hotline'));
  const letter = await showLetter('police_summary');
  assert.ok(!/screenshot|schermafbeelding/i.test(letter.text), letter.text);
  assert.ok(letter.text.includes(POST), 'the addresses are listed');
});

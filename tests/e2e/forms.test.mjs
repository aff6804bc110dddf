// Removal-form filling end to end in Debian's Chromium (issue #6): a real case (two pages captured
// through the menu handler), the person's details, then every replica in tests/fixtures/forms/ filled
// through the programmatic trigger (the same fill the menu item and the case page start). Checked per
// sidecar field: values land (React and Vue state too), statements stay unticked and are highlighted,
// passwords, captchas and unknown fields stay empty, wizards are filled step by step, nothing is
// submitted, the panel tells what needs the person, and the case log records the fill. Also: undo,
// the "Open the removal form" route, and the menu item without a case.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, requiredEnv, waitFor } from './harness.mjs';
import { listFixtures, readProfile, serveForms } from '../fixtures/forms/serve.mjs';
import { countMatches, dateParts, describe, isDropdown, isToggle, recordClosedShadowRoots, resolveOne } from '../fixtures/forms/inspect.mjs';

const FIXTURES = listFixtures();
const { profile, case: theCase } = readProfile();
const SOURCE_DIR = requiredEnv('TAKEDOWN_SOURCE_DIR');
// What Takedown writes as the description, in the form's language (nl, else en).
const DESCRIPTIONS = Object.fromEntries(['nl', 'en'].map((lang) => [lang,
  JSON.parse(fs.readFileSync(path.join(SOURCE_DIR, 'extension/_locales', lang, 'messages.json'), 'utf8')).formDescription.message]));

let browser;
let forms;
let caseId;

// The reported content, served for https://video.example/ by the browser's request interception
// (there is no network here): a page with its uploader named, as a platform's watch page has.
const VIDEO_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A video</title>
<link rel="author" href="${theCase.reported_account}"></head><body><h1>A video</h1><p>A post.</p></body></html>`;

before(async () => {
  forms = await serveForms();
  browser = await launchBrowser('chromium');
  await browser.context.addInitScript(recordClosedShadowRoots);
  await browser.context.route('https://video.example/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: VIDEO_PAGE }));
  caseId = (await browser.hookResult('newCase', { title: 'e2e forms' })).id;
  for (const url of theCase.content_urls) {
    const page = await browser.openWithContentScript(url);
    const click = await browser.hookResult('menuClick', { url, info: {} });
    assert.equal(click.case, caseId, `the capture of ${url} went into the case`);
    await page.close();
  }
  // As the options page saves it: with the letters' language, which is no form field.
  await browser.hookResult('setProfile', { profile: { ...profile, full_name: `${profile.given_name} ${profile.family_name}`, letter_language: 'nl' } });
});

after(async () => {
  await browser?.close();
  await forms?.close();
});

function today() {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}

// Opens a replica and waits until every frame of it runs the content script.
let opened = 0;
async function openForm(name) {
  const url = `${forms.origin}/${name}.html?open=${++opened}`;   // one tab per address, even when a test failed
  const page = await browser.openWithContentScript(url);
  await page.waitForLoadState('load');
  await waitFor(async () => (await browser.hookResult('fillFrames', { url })) === page.frames().length, `content scripts in every frame of ${name}`);
  return { url, page };
}

async function checkField(page, name, field, lang) {
  const { element } = await resolveOne(page, field.selector);
  const d = await describe(element);
  const where = `${name} ${field.selector} (${field.type}, ${field.expect})`;
  const shown = d.editable ? d.text : d.value;
  switch (field.expect) {
    case 'filled':
      if (field.type === 'description') assert.equal(shown, DESCRIPTIONS[lang === 'nl' ? 'nl' : 'en'], where);
      else if (field.type === 'date') assert.deepEqual(dateParts(shown), today(), where);
      else assert.equal(shown, field.value, where);
      assert.equal(d.outline, 'solid', `${where}: marked as filled`);
      break;
    case 'selected':
      if (isDropdown(d)) assert.ok(d.listboxOptions.some((o) => o.selected && o.value === field.value), `${where}: ${JSON.stringify(d.listboxOptions)}`);
      else if (isToggle(d)) assert.equal(d.checked, true, where);
      else assert.equal(d.value, field.value, where);
      break;
    case 'unticked':
      assert.equal(d.checked, false, where);
      break;
    case 'empty':
      if (isToggle(d)) assert.equal(d.checked, false, where);
      else if (d.type !== 'file') assert.equal(shown, '', where);
      assert.notEqual(d.outline, 'solid', `${where}: not marked as filled`);
      break;
    case 'highlighted':
      assert.equal(d.outline, 'dashed', `${where}: highlighted for the person`);
      if (isToggle(d)) assert.equal(d.checked, false, `${where}: never ticked`);
      else if (d.type !== 'file') assert.equal(shown, '', `${where}: left for the person`);
      break;
    default:
      assert.fail(`${where}: unknown expectation`);
  }
}

// A field the person fills in a wizard step (the replica only goes on when its own rules are met).
async function personDoes(page, action) {
  if (action.fill) await (await resolveOne(page, action.fill)).element.fill(action.value);
  if (action.select) await (await resolveOne(page, action.select)).element.selectOption(action.value);
  if (action.check) await (await resolveOne(page, action.check)).element.check();
  if (action.click) await (await resolveOne(page, action.click)).element.click();
}

const lastRecords = async (n) => (await browser.hookResult('records', { caseId })).slice(-n);

for (const { name, expected } of FIXTURES) {
  test(`${name}: filled from the case (${expected.style.join(', ')})`, async () => {
    const { url, page } = await openForm(name);
    const submittedBefore = forms.submitted().length;
    const result = await browser.hookResult('fillForm', { url, caseId });
    assert.equal(result.case, caseId);
    // A form in a frame of another origin waits for the person's yes in the panel (issue #14).
    if (expected.frame_origin) {
      assert.equal(result.questions.length, 1, `${name}: the panel asks about the frame's origin`);
      await browser.hookResult('panel', { url, answer: expected.frame_origin });
      await waitFor(async () => (await browser.hookResult('panel', { url })).questions.length === 0, `${name}: the answer taken`);
    }
    const steps = expected.advance ?? [];
    const fieldsOf = (step) => expected.fields.filter((f) => (f.step ?? 1) === step);
    // A wizard: the person answers a step and goes on; Takedown fills each new step when it shows.
    for (let i = 0; i < steps.length; i++) {
      for (const f of fieldsOf(i + 1)) await checkField(page, name, f, expected.lang);
      for (const action of steps[i]) await personDoes(page, action);
      const next = fieldsOf(i + 2);
      await waitFor(async () => {
        for (const f of next) await checkField(page, name, f, expected.lang);
        return true;
      }, `${name}: step ${i + 2} filled`, 10_000).catch(async (error) => {
        for (const f of next) await checkField(page, name, f, expected.lang);   // the precise failure
        throw error;
      });
    }
    for (const field of expected.fields) if (!steps.length || field.step === undefined) await checkField(page, name, field, expected.lang);

    if (expected.state) {
      const { element } = await resolveOne(page, expected.state);
      const state = JSON.parse(await element.evaluate((e) => e.textContent));
      for (const field of expected.fields.filter((f) => f.state_key)) {
        const value = state[field.state_key];
        if (field.expect === 'highlighted') assert.equal(Boolean(value), false, `${name}: state.${field.state_key} stays unset`);
        else if (field.type === 'description') assert.equal(value, DESCRIPTIONS[expected.lang === 'nl' ? 'nl' : 'en'], `${name}: state.${field.state_key}`);
        else if (field.expect !== 'empty' && field.expect !== 'unticked') assert.equal(value, field.value, `${name}: state.${field.state_key} follows the fill`);
      }
    }

    assert.equal(forms.submitted().length, submittedBefore, `${name}: nothing was submitted`);
    assert.notEqual(await page.evaluate(() => document.body.dataset.submitted ?? ''), 'yes', `${name}: the form's submit never ran`);
    const panel = await browser.hookResult('panel', { url });
    assert.ok(panel, `${name}: the panel is shown`);
    const filledCount = expected.fields.filter((f) => f.expect === 'filled' || (f.expect === 'selected')).length;
    assert.ok(filledCount > 0);
    const records = await lastRecords(1 + steps.length + (expected.frame_origin ? 1 : 0));
    assert.ok(records.every((r) => r.type === 'form_filled' && r.data.form_url.startsWith(forms.origin)), `${name}: each fill is in the case log`);
    const filledTypes = new Set(records.flatMap((r) => r.data.filled_types));
    for (const f of expected.fields.filter((x) => x.expect === 'filled')) assert.ok(filledTypes.has(f.type), `${name}: the log names ${f.type}`);
    // Which kind of statement the classifier saw is measured by bench/forms-accuracy.mjs; here: the
    // log says that statements were left for the person.
    const STATEMENTS = ['sworn_statement', 'good_faith_statement', 'consent_checkbox'];
    const needs = new Set(records.flatMap((r) => r.data.needs_person));
    if (expected.fields.some((x) => STATEMENTS.includes(x.type))) {
      assert.ok(STATEMENTS.some((t) => needs.has(t)), `${name}: the log says statements were left for the person: ${[...needs]}`);
    }
    await page.close();
  });
}

test('Undo restores every field, records it, and the panel says so', async () => {
  const name = 'google-search-fake-imagery';
  const { url, page } = await openForm(name);
  const result = await browser.hookResult('fillForm', { url, caseId });
  assert.ok(result.filled > 0);
  const panel = await browser.hookResult('panel', { url });
  assert.match(panel.text, new RegExp(`${result.filled}`));
  assert.deepEqual(panel.buttons, ['Undo', 'Close']);
  await browser.hookResult('panel', { url, click: 'undo' });
  await waitFor(async () => (await lastRecords(1))[0].type === 'form_fill_undone', 'the undo record');
  const [undone] = await lastRecords(1);
  assert.equal(undone.data.restored, result.filled);
  for (const selector of ['#full_name', '#contact_email', '#image_urls']) {
    const d = await describe((await resolveOne(page, selector)).element);
    assert.equal(d.value, '', `${selector} is empty again`);
    assert.equal(d.outline, '', `${selector} is no longer marked`);
  }
  assert.equal((await describe((await resolveOne(page, '#relationship_self')).element)).checked, false, 'the radio is unticked again');
  assert.match((await browser.hookResult('panel', { url })).text, /Undone/);
  await page.close();
});

test('"Open the removal form" opens the platform\'s form from the registry and fills it', async () => {
  // There is no network here: the registry's Google Search host is answered by request interception,
  // its form address with the replica and every other path with the replica's files, so the tab ends
  // on the registry's own form host (a redirect elsewhere is not filled: forms-hostile.test.mjs).
  const { platforms } = await browser.hookResult('core', { method: 'platforms.list', params: {} });
  const google = platforms.find((p) => p.id === 'google-search');
  const route = google.routes.find((r) => r.purpose === 'synthetic_media') ?? google.routes[0];
  const formAddress = new URL(route.url);
  const hostPattern = `${formAddress.origin}/**`;
  await browser.context.route(hostPattern, async (r) => {
    const asked = new URL(r.request().url());
    const local = asked.href === formAddress.href ? '/google-search-fake-imagery.html' : `${asked.pathname}${asked.search}`;
    await r.fulfill({ response: await r.fetch({ url: `${forms.origin}${local}` }) });
  });
  try {
    const result = await browser.hookResult('openForm', { caseId, platform: 'google-search', purpose: route.purpose });
    assert.equal(result.platform, 'google-search');
    assert.equal(result.purpose, route.purpose);
    assert.ok(result.filled >= 4, `filled ${result.filled}`);
    const [last] = await lastRecords(1);
    assert.equal(last.type, 'form_filled');
    assert.equal(last.data.form_url, formAddress.href);
    assert.equal(last.data.platform, 'google-search');
  } finally {
    await browser.context.unroute(hostPattern);
  }
});

test('the menu item on a form with no case yet says what to do first', async () => {
  // A fresh browser: no case at all.
  const fresh = await launchBrowser('chromium', { installHost: false });
  try {
    const url = `${forms.origin}/google-search-fake-imagery.html?fresh`;
    await fresh.openWithContentScript(url);
    const outcome = await fresh.hookResult('fillMenuClick', { url });
    assert.equal(outcome.error.code, 'no_case');
    assert.equal(outcome.noticeShown, true);
  } finally {
    await fresh.close();
  }
});

test('a page cannot plan or undo a fill nobody started', async () => {
  const { url, page } = await openForm('google-search-fake-imagery');
  for (const action of ['forms.plan_frame', 'forms.undo', 'forms.step_filled', 'forms.answer']) {
    const answer = await browser.hookResult('routeAsContent', { url, message: { v: 1, id: 'x', action, payload: { session: 'forged', snapshot: { fields: [] }, url, result: {} } } });
    assert.equal(answer.ok, false, action);
    assert.equal(answer.error.code, 'no_fill_session', action);
  }
  assert.equal(await countMatches(page, '#full_name'), 1);
  await page.close();
});

test('a fill the core refuses says so in the panel, instead of "no fields found"', async () => {
  const saved = await browser.worker.evaluate(async () => (await chrome.storage.local.get('profile')).profile);
  await browser.hookResult('setProfile', { profile: { ...saved, email: 'not an address' } });
  try {
    const { url, page } = await openForm('google-search-fake-imagery');
    const outcome = await browser.hookResult('fillForm', { url, caseId });
    assert.equal(outcome.filled, 0);
    assert.match(outcome.error, /profile\.email/);
    const panel = await browser.hookResult('panel', { url });
    assert.match(panel.text, /Takedown could not fill this form: params\.profile\.email/);
    await page.close();
  } finally {
    await browser.hookResult('setProfile', { profile: saved });
  }
});

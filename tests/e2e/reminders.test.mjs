// Reminders in Chromium: a request recorded as sent becomes an alarm for the morning after its due
// date; an overdue one fires at once and shows a notification that, by default, says only that
// something in Takedown needs attention (and the toolbar badge shows "!"), and with detailed
// notifications chosen names who did not answer and the next step; an answer clears the alarm and
// the badge; alarms are there again after the browser restarts.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, sendFromExtensionPage, serveSite, waitFor } from './harness.mjs';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-reminders-'));
let browser;
let site;
let caseId;
let postUrl;
let overdueName;   // the alarm of the request answered late

const localDate = (date = new Date()) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

async function append(type, data) {
  const page = await browser.openExtensionPage('pages/case.html');
  try {
    const answer = await sendFromExtensionPage(page, { v: 1, id: `t-${type}`, action: 'case.append', payload: { case: caseId, type, data } });
    assert.equal(answer.ok, true, JSON.stringify(answer.error));
    return answer.result;
  } finally {
    await page.close();
  }
}

const alarmsOf = async (id) => (await browser.hookResult('alarms')).filter((a) => a.name.split('|')[1] === id);

before(async () => {
  site = await serveSite();
  browser = await launchBrowser('chromium', { root });
  postUrl = `${site.origin}/demo-post.html`;
  await browser.openWithContentScript(postUrl);
  const click = await browser.hookResult('menuClick', { url: postUrl, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
  caseId = click.case;
});

after(async () => {
  await browser?.close();
  await site?.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test('a request sent today becomes an alarm for the morning after its due date', async () => {
  const sent = localDate();
  const due = (await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: sent } })).due;
  const request = await append('request_sent', { to: 'Demo platform', channel: 'web_form', role: 'platform', sent, due });
  assert.equal(request.data.role, 'platform');
  const alarms = await alarmsOf(caseId);
  assert.equal(alarms.length, 1);
  assert.match(alarms[0].name, new RegExp(`\\|${due}$`));
  const [y, m, d] = due.split('-').map(Number);
  assert.equal(alarms[0].scheduledTime, new Date(y, m - 1, d + 1, 9).getTime());
  // Not yet due: firing it early reminds of nothing.
  assert.equal(await browser.hookResult('fireAlarm', { name: alarms[0].name }), null);
});

// The toolbar button's badge and tooltip, as the browser shows them.
async function badge() {
  const page = await browser.openExtensionPage('pages/case.html');
  try {
    return await page.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) }));
  } finally {
    await page.close();
  }
}

test('an overdue request fires at once; by default the notification and the badge name nothing', async () => {
  assert.deepEqual(await badge(), { text: '', title: 'Takedown' }, 'nothing late yet: no badge');
  await append('request_sent', { to: 'Late platform', channel: 'email', role: 'platform', sent: '2026-01-05' });
  const overdue = (await alarmsOf(caseId)).find((a) => a.name.endsWith('|2026-02-05'));
  assert.ok(overdue, 'an alarm for the request of 5 January (due 5 February 2026)');
  overdueName = overdue.name;
  await waitFor(async () => (await browser.hookResult('notifications')).includes(overdue.name), 'the reminder notification', 45_000);
  // Fired again it stays quiet: a reminder is shown once.
  assert.equal(await browser.hookResult('fireAlarm', { name: overdue.name }), null);
  // What it says, through the same code path, once the record of it being shown is gone.
  await browser.hookResult('forgetReminders');
  const shown = await browser.hookResult('fireAlarm', { name: overdue.name });
  assert.deepEqual(shown.steps, ['send a reminder letter (Takedown has it ready)', 'Complain to the data protection authority', 'Complain to the Digital Services Coordinator']);
  assert.deepEqual({ title: shown.title, message: shown.message }, { title: 'Takedown', message: 'Something in Takedown needs your attention.' });
  const caseTitle = (await browser.hookResult('records', { caseId })).find((r) => r.type === 'capture').data.title;
  for (const secret of ['Late platform', 'platform', 'answer', 'February', caseTitle].filter(Boolean)) {
    assert.ok(!`${shown.title} ${shown.message}`.includes(secret), `the notification does not say "${secret}"`);
  }
  assert.deepEqual(await badge(), { text: '!', title: 'Something in Takedown needs your attention.' });
});

test('with detailed notifications chosen, the notification names the party and the next step', async () => {
  await browser.hookResult('setProfile', { profile: { acting_for: 'self', notifications_detailed: true } });
  await browser.hookResult('forgetReminders');
  const shown = await browser.hookResult('fireAlarm', { name: overdueName });   // the alarm itself is gone once fired
  assert.deepEqual(shown.steps, ['send a reminder letter (Takedown has it ready)', 'Complain to the data protection authority', 'Complain to the Digital Services Coordinator']);
  const title = await browser.hookResult('message', { key: 'reminderTitle', substitutions: ['Late platform'] });
  assert.equal(title, 'No answer yet from Late platform');
  assert.equal(shown.title, title);
  assert.match(shown.message, /^The answer was due by .*February.*2026\. Next: send a reminder letter \(Takedown has it ready\); Complain to the data protection authority; Complain to the Digital Services Coordinator\.$/);
  // The badge follows the setting at once: the number of late answers.
  await waitFor(async () => (await badge()).text === '1', 'the badge with the count');
  assert.equal((await badge()).title, 'Takedown: answers late: 1');
  await browser.hookResult('setProfile', { profile: { acting_for: 'self' } });
  await waitFor(async () => (await badge()).text === '!', 'the discreet badge again');
});

test('an answer clears the reminder for that request', async () => {
  const records = await browser.hookResult('records', { caseId });
  const request = records.find((r) => r.type === 'request_sent' && r.data.to === 'Late platform');
  await append('answer_received', { from: 'Late platform', channel: 'email', outcome: 'removed', request_seq: request.seq });
  const names = (await alarmsOf(caseId)).map((a) => a.name);
  assert.equal(names.some((n) => n.endsWith('|2026-02-05')), false);
  assert.equal(names.length, 1, 'the other request still awaits its answer');
  // Nothing is late any more (the other answer is not yet due): the badge is gone.
  assert.deepEqual(await badge(), { text: '', title: 'Takedown' });
});

test('the alarms are back after the browser restarts', async () => {
  const before = (await alarmsOf(caseId)).map((a) => a.name);
  await browser.hookResult('clearAlarms');   // as if the browser had dropped them
  await browser.close();
  browser = await launchBrowser('chromium', { root });
  await waitFor(async () => (await alarmsOf(caseId)).length === before.length, 'the alarms rebuilt on start');
  assert.deepEqual((await alarmsOf(caseId)).map((a) => a.name), before);
});

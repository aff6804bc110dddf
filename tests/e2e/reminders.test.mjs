// Reminders in Chromium: a request recorded as sent becomes an alarm for the morning after its due
// date; an overdue one fires at once and shows a notification naming who did not answer and the
// next step; an answer clears the alarm; alarms are there again after the browser restarts.
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

test('an overdue request fires at once and the notification names the party and the next step', async () => {
  await append('request_sent', { to: 'Late platform', channel: 'email', role: 'platform', sent: '2026-01-05' });
  const overdue = (await alarmsOf(caseId)).find((a) => a.name.endsWith('|2026-02-05'));
  assert.ok(overdue, 'an alarm for the request of 5 January (due 5 February 2026)');
  await waitFor(async () => (await browser.hookResult('notifications')).includes(overdue.name), 'the reminder notification', 45_000);
  // Fired again it stays quiet: a reminder is shown once.
  assert.equal(await browser.hookResult('fireAlarm', { name: overdue.name }), null);
  // What it says, through the same code path, once the record of it being shown is gone.
  await browser.hookResult('forgetReminders');
  const shown = await browser.hookResult('fireAlarm', { name: overdue.name });
  assert.deepEqual(shown.steps, ['send a reminder letter (Takedown has it ready)', 'Complain to the data protection authority']);
  const title = await browser.hookResult('message', { key: 'reminderTitle', substitutions: ['Late platform'] });
  assert.equal(title, 'No answer yet from Late platform');
});

test('an answer clears the reminder for that request', async () => {
  const records = await browser.hookResult('records', { caseId });
  const request = records.find((r) => r.type === 'request_sent' && r.data.to === 'Late platform');
  await append('answer_received', { from: 'Late platform', channel: 'email', outcome: 'removed', request_seq: request.seq });
  const names = (await alarmsOf(caseId)).map((a) => a.name);
  assert.equal(names.some((n) => n.endsWith('|2026-02-05')), false);
  assert.equal(names.length, 1, 'the other request still awaits its answer');
});

test('the alarms are back after the browser restarts', async () => {
  const before = (await alarmsOf(caseId)).map((a) => a.name);
  await browser.hookResult('clearAlarms');   // as if the browser had dropped them
  await browser.close();
  browser = await launchBrowser('chromium', { root });
  await waitFor(async () => (await alarmsOf(caseId)).length === before.length, 'the alarms rebuilt on start');
  assert.deepEqual((await alarmsOf(caseId)).map((a) => a.name), before);
});

// The toolbar popup and "Where to get help" in Chromium: the platform of the current page (a page the
// registry knows, answered for https://www.youtube.com/ by the browser's request interception, and
// the local site it does not know), "Report this page" keeping proof as the context menu does, the
// cases with their next due date (overdue marked), and the helplines for the person's country.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, sendFromExtensionPage, serveSite } from './harness.mjs';

const YOUTUBE = 'https://www.youtube.com/watch?v=takedown-e2e';
const YOUTUBE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A video</title></head>
<body><h1>A video</h1><p>Someone uploaded this.</p></body></html>`;
let browser;
let site;

before(async () => {
  site = await serveSite();
  browser = await launchBrowser('chromium');
  await browser.context.route('https://www.youtube.com/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: YOUTUBE_PAGE }));
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const message = (key, substitutions) => browser.hookResult('message', { key, substitutions });

// The popup as the person sees it for the tab showing `url` (tests name the tab: the popup is a page here).
async function openPopupFor(url) {
  const tab = await browser.hookResult('tabId', { url });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('body[data-ready="true"]');
  return popup;
}

const platformLine = (popup) => popup.$eval('#platform', (el) => ({ state: el.dataset.state, platform: el.dataset.platform ?? null, text: el.textContent }));
const caseItem = (popup, caseId) => popup.$eval(`#case-list li[data-case="${caseId}"]`, (li) => {
  const due = li.querySelector('.due');
  return { href: li.querySelector('a').getAttribute('href'), title: li.querySelector('a').textContent, state: due.dataset.state, due: due.dataset.due ?? null, text: due.textContent };
});

function daysAgo(days) {
  const date = new Date(Date.now() - days * 86_400_000 - new Date().getTimezoneOffset() * 60_000);
  return date.toISOString().slice(0, 10);
}

test('the popup names the platform of a page the registry knows, with its count of removal routes', async () => {
  const page = await browser.openWithContentScript(YOUTUBE);
  const popup = await openPopupFor(YOUTUBE);
  const match = await browser.hookResult('core', { method: 'platforms.match', params: { url: YOUTUBE } });
  assert.equal(match.platform.id, 'youtube');
  assert.ok(match.routes.length > 1, 'the registry has removal routes for YouTube');
  assert.deepEqual(await platformLine(popup), {
    state: 'known', platform: 'youtube', text: await message('popupPlatformRoutes', ['YouTube', String(match.routes.length)]),
  });
  assert.match((await platformLine(popup)).text, /^This page is on YouTube\. Takedown knows \d+ ways to ask for removal\.$/);
  assert.equal(await popup.$eval('#report-page', (b) => b.disabled), false);
  await popup.close();
  await page.close();
});

test('on a page of no known platform the popup says so calmly and still offers to report it', async () => {
  const url = `${site.origin}/plain.html`;
  const page = await browser.openWithContentScript(url);
  const popup = await openPopupFor(url);
  const line = await platformLine(popup);
  assert.equal(line.state, 'unknown');
  assert.equal(line.text, await message('popupPlatformUnknown'));
  assert.match(line.text, /^Not a platform Takedown knows\./);
  assert.equal(await popup.$eval('#report-page', (b) => b.disabled), false);
  await popup.close();
  await page.close();
});

test('the popup for an extension page offers no report and names no platform', async () => {
  const other = await browser.openExtensionPage('pages/help.html');
  const tab = await browser.hookResult('tabId', { url: `${browser.extensionOrigin}pages/help.html` });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('body[data-ready="true"]');
  assert.deepEqual(await platformLine(popup), { state: 'none', platform: null, text: await message('popupNotWebPage') });
  assert.equal(await popup.$eval('#report-page', (b) => b.disabled), true);
  await popup.close();
  await other.close();
});

let reportedCase;

test('"Report this page" keeps proof of the page in a case, as the context menu does, and lists the case', async () => {
  const url = `${site.origin}/capture.html`;
  const page = await browser.openWithContentScript(url);
  const popup = await openPopupFor(url);
  await page.bringToFront();   // as with the real popup, the reported page is the visible one
  await popup.click('#report-page');
  await popup.waitForSelector('#report-result[data-state="ok"], #report-result[data-state="error"]');
  const result = await popup.$eval('#report-result', (el) => ({ state: el.dataset.state, caseId: el.dataset.case, text: el.textContent, link: el.querySelector('a')?.getAttribute('href') }));
  assert.equal(result.state, 'ok', result.text);
  reportedCase = result.caseId;
  assert.equal(result.link, `case.html?case=${encodeURIComponent(reportedCase)}`);
  assert.equal(await popup.$eval('#report-result', (el) => el.getAttribute('role')), 'status');

  const records = await browser.hookResult('records', { caseId: reportedCase });
  const captures = records.filter((r) => r.type === 'capture');
  assert.equal(captures.length, 1);
  assert.equal(captures[0].data.page_url, url);
  assert.equal(captures[0].data.kind, 'page');
  const names = captures[0].artifacts.map((a) => a.name);
  assert.ok(names.includes('page.html'), `the page's HTML is kept (${names})`);
  assert.ok(names.includes('screenshot.png'), `a screenshot is kept (${names})`);
  assert.match(result.text, new RegExp(`^Proof kept: ${captures[0].artifacts.length} files`));
  assert.deepEqual(await browser.hookResult('sessionGet', { key: 'lastCapture' }), { kind: 'page', case: reportedCase, seq: captures[0].seq });

  const item = await caseItem(popup, reportedCase);
  assert.equal(item.href, `case.html?case=${encodeURIComponent(reportedCase)}`);
  assert.equal(item.title, 'Capture test page');
  assert.deepEqual([item.state, item.text], ['none', await message('popupNothingDue')]);
  await popup.close();
  await page.close();
});

test('the cases show their next due date; a passed one is marked overdue and listed first', async () => {
  assert.ok(reportedCase, 'the report test made a case');
  const popup = await browser.openExtensionPage('pages/status.html');
  const sentLongAgo = daysAgo(60);
  const appended = await sendFromExtensionPage(popup, { v: 1, id: 'sent', action: 'case.append', payload: {
    case: reportedCase, type: 'request_sent', data: { to: 'YouTube', channel: 'email', role: 'platform', sent: sentLongAgo } } });
  assert.equal(appended.ok, true, JSON.stringify(appended.error));
  // A second case, whose request went out today: its answer is still to come.
  const waitingCase = (await browser.hookResult('newCase', { title: 'waiting for an answer' })).id;
  const sentToday = daysAgo(0);
  await sendFromExtensionPage(popup, { v: 1, id: 'sent2', action: 'case.append', payload: {
    case: waitingCase, type: 'request_sent', data: { to: 'Example host', channel: 'email', role: 'platform', sent: sentToday } } });

  await popup.reload();
  await popup.waitForSelector('body[data-ready="true"]');
  const overdueDue = (await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: sentLongAgo } })).due;
  const waitingDue = (await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: sentToday } })).due;
  const overdue = await caseItem(popup, reportedCase);
  assert.equal(overdue.state, 'overdue');
  assert.equal(overdue.due, overdueDue);
  assert.match(overdue.text, /^Overdue: the answer was due .+ \(YouTube\)$/);
  const waiting = await caseItem(popup, waitingCase);
  assert.equal(waiting.state, 'waiting');
  assert.equal(waiting.due, waitingDue);
  assert.match(waiting.text, /^Answer due by .+ \(Example host\)$/);
  const order = await popup.$$eval('#case-list li', (items) => items.map((li) => li.dataset.case));
  assert.deepEqual(order.slice(0, 2), [reportedCase, waitingCase]);
  // The overdue mark is not colour alone: it is said in words, and styled apart.
  const [overdueColor, waitingColor] = await popup.$$eval('#case-list .due', (lines) => lines.slice(0, 2).map((l) => getComputedStyle(l).color));
  assert.notEqual(overdueColor, waitingColor);
  await popup.close();
});

test('the popup keeps the component status folded away and links to help and settings', async () => {
  const popup = await browser.openExtensionPage('pages/status.html');
  await popup.waitForSelector('body[data-ready="true"]');
  assert.equal(await popup.$eval('#components', (d) => d.open), false, 'all is well, so the details stay folded');
  assert.equal(await popup.$eval('#core', (el) => el.dataset.state), 'ok');
  assert.equal(await popup.$eval('#help-link', (a) => a.textContent), 'Where to get help');
  const [help] = await Promise.all([browser.context.waitForEvent('page'), popup.click('#help-link')]);
  await help.waitForSelector('body[data-ready="true"]');
  assert.equal(await help.title(), 'Where to get help');
  await help.close();
  await popup.close();
});

async function openHelp() {
  const requests = [];
  const page = await browser.context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${browser.extensionOrigin}pages/help.html`);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, requests };
}

const entries = (page, list) => page.$$eval(`#${list} > li`, (items) => items.map((li) => li.id));

test('the help page lists the Dutch helplines and authorities for a person in the Netherlands, and the services for everywhere', async () => {
  await browser.hookResult('setProfile', { profile: { country: 'NL' } });
  const { page, requests } = await openHelp();
  assert.equal(await page.$eval('#country', (s) => s.value), 'NL');
  assert.equal(await page.$eval('#local-heading', (h) => h.textContent), 'Where you live: Netherlands');
  assert.deepEqual(await entries(page, 'local'), ['help-politie', 'help-helpwanted', 'help-slachtofferhulp', 'help-ap']);
  assert.deepEqual(await entries(page, 'everywhere'), ['help-stopncii', 'help-takeitdown']);
  assert.equal(await page.$eval('#emergency', (p) => p.textContent), 'In danger right now? Call 112.');

  const police = await page.$eval('#help-politie', (li) => ({
    name: li.querySelector('h3').textContent, phones: [...li.querySelectorAll('a[href^="tel:"]')].map((a) => [a.getAttribute('href'), a.textContent]), text: li.textContent,
  }));
  assert.equal(police.name, 'Politie');
  assert.deepEqual(police.phones, [['tel:112', '112'], ['tel:09008844', '0900-8844']]);
  assert.match(police.text, /day and night/);
  assert.match(police.text, /another source/, 'details from a third-party source say so');
  assert.match(await page.$eval('#help-helpwanted', (li) => li.textContent), /020-261 52 75/);
  assert.match(await page.$eval('#help-ap', (li) => li.textContent), /privacy regulator/);
  assert.match(await page.$eval('#help-stopncii', (li) => li.textContent), /For adults \(18 and over\).*never leaves your device/s);
  assert.match(await page.$eval('#help-takeitdown', (li) => li.textContent), /For images taken before you were 18/);
  assert.equal(await page.$eval('#help-takeitdown a[target="_blank"]', (a) => a.href), 'https://takeitdown.ncmec.org/');

  // Every outside link opens apart, tells the site nothing of where it came from, and nothing is
  // fetched from outside the extension unless the person clicks.
  const links = await page.$$eval('a[href^="http"]', (as) => as.map((a) => [a.target, a.rel]));
  assert.ok(links.length >= 6);
  assert.ok(links.every(([target, rel]) => target === '_blank' && rel === 'noreferrer'), JSON.stringify(links));
  assert.deepEqual(requests.filter((url) => !url.startsWith(browser.extensionOrigin)), []);
  // Headings in order: one h1, then h2 sections, each entry an h3.
  const levels = await page.$$eval('h1, h2, h3', (hs) => hs.map((h) => Number(h.tagName[1])));
  assert.equal(levels[0], 1);
  assert.ok(levels.every((level, i) => i === 0 || level - levels[i - 1] <= 1), `heading levels ${levels}`);
  await page.close();
});

test('choosing another country shows its helplines, or says none are known; the services for everywhere stay', async () => {
  const { page } = await openHelp();
  await page.selectOption('#country', 'GB');
  assert.deepEqual(await entries(page, 'local'), ['help-revenge-porn-helpline']);
  assert.match(await page.$eval('#help-revenge-porn-helpline', (li) => li.textContent), /0345 6000 459.*Monday to Friday, 10:00–16:00/s);
  assert.equal(await page.$eval('#announce', (el) => el.textContent), 'Now showing: United Kingdom');
  await page.selectOption('#country', 'FR');
  assert.deepEqual(await entries(page, 'local'), []);
  assert.equal(await page.$eval('#no-local', (p) => p.hidden), false);
  assert.equal(await page.$eval('#emergency', (p) => p.textContent), 'In danger right now? Call your local emergency number.');
  assert.deepEqual(await entries(page, 'everywhere'), ['help-stopncii', 'help-takeitdown']);
  await page.close();
});

test('without a country in the profile the help page follows the browser\'s region', async () => {
  await browser.hookResult('setProfile', { profile: {} });
  const { page } = await openHelp();
  assert.equal(await page.$eval('#country', (s) => s.value), 'US');   // the browser runs in en-US
  assert.equal(await page.$eval('#no-local', (p) => p.hidden), false);
  await page.close();
});

test('the help page has the quick exit: Escape closes Takedown\'s pages at once', async () => {
  const { page } = await openHelp();
  assert.equal(await page.$eval('#quick-exit', (b) => b.textContent), 'Quick exit');
  const closed = page.waitForEvent('close');
  // The page may close on the key's way down, before the key comes up: that is the quick exit working.
  await page.keyboard.press('Escape').catch((error) => {
    if (!page.isClosed()) throw error;
  });
  await closed;
  const open = browser.context.pages().map((p) => p.url());
  assert.deepEqual(open.filter((url) => url.startsWith(browser.extensionOrigin)), []);
});

// The person's pages in each browser (TAKEDOWN_BROWSER: chromium or firefox), so that Firefox ESR
// is held to what the Chromium-only page tests check in depth: with a profile in the Netherlands and
// a case holding a capture of site/demo-post.html, the case page, the options page, the popup and
// the help page each reach their ready state with their main content drawn and no error in the page;
// and a request recorded as sent becomes a reminder alarm (browser.alarms in Firefox).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, sendFromExtensionPage, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
let browser;
let site;
let caseId;
let postUrl;

before(async () => {
  site = await serveSite();
  browser = await launchBrowser(browserName);
  await browser.hookResult('setProfile', { profile: { given_name: 'Jölle', family_name: 'de Vries', full_name: 'Jölle de Vries', email: 'jolle@example.org', country: 'NL', acting_for: 'self' } });
  postUrl = `${site.origin}/demo-post.html`;
  const post = await browser.openWithContentScript(postUrl);
  const click = await browser.hookResult('menuClick', { url: postUrl, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
  assert.equal(click.record.type, 'capture');
  assert.ok(click.record.artifacts.length > 0, 'the capture keeps the picture');
  caseId = click.case;
  await post.close();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

// Opens `pagePath` in a tab and waits for the page to say it is drawn.
async function openReady(pagePath) {
  const page = await browser.openExtensionPage(pagePath);
  await waitFor(() => page.evaluate(() => document.readyState === 'complete' && document.body?.dataset.ready === 'true'), `${pagePath} to be ready`, 30_000);
  return page;
}

// The errors `pagePath` raises while it loads and draws: uncaught exceptions, unhandled rejections and
// console.error. Firefox's BiDi reports no console or error events of extension pages, and runs no
// preload script there, so the page is loaded a second time in a frame of `host` (same origin), whose
// window is kept when the frame's first, empty document is replaced: listeners set on it right away
// are there before the page's own scripts run. Probes of each kind show that the listeners hear.
async function errorsOf(host, pagePath) {
  await host.evaluate((src) => {
    const frame = Object.assign(document.createElement('iframe'), { id: 'errors-probe', src: `/${src}` });
    document.body.append(frame);
    const view = frame.contentWindow;
    const errors = [];
    globalThis.takedownFrameErrors = errors;
    view.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
    view.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${event.reason?.message ?? event.reason}`));
    const original = view.console.error;
    view.console.error = (...args) => {
      errors.push(`console.error: ${args.map(String).join(' ')}`);
      original.apply(view.console, args);
    };
  }, pagePath);
  await waitFor(() => host.evaluate(() => {
    const doc = document.getElementById('errors-probe').contentDocument;
    return doc?.URL !== 'about:blank' && doc?.readyState === 'complete' && doc.body?.dataset.ready === 'true';
  }), `${pagePath} to be ready in a frame`, 30_000);
  await new Promise((resolve) => setTimeout(resolve, 300));   // late promise rejections
  return host.evaluate(() => {
    const view = document.getElementById('errors-probe').contentWindow;
    view.console.error('probe');
    view.dispatchEvent(new view.ErrorEvent('error', { message: 'probe' }));
    view.dispatchEvent(new view.PromiseRejectionEvent('unhandledrejection', { promise: view.Promise.resolve(), reason: 'probe' }));
    const errors = globalThis.takedownFrameErrors;
    document.getElementById('errors-probe').remove();
    return { heard: errors.filter((e) => e.endsWith(': probe')).length, errors: errors.filter((e) => !e.endsWith(': probe')) };
  });
}

async function assertNoErrors(page, pagePath) {
  const { heard, errors } = await errorsOf(page, pagePath);
  assert.equal(heard, 3, 'the error listeners hear each kind of error');
  assert.deepEqual(errors, [], `errors in ${pagePath}`);
}

test(`${browserName}: the case page draws the plan and the evidence of a case with a capture`, async () => {
  const path = `pages/case.html?case=${caseId}`;
  const page = await openReady(path);
  assert.equal(await page.$eval('#case-select', (el) => el.value), caseId);
  const steps = await page.$$eval('#steps > li', (items) => items.map((li) => li.dataset.kind));
  assert.equal(steps[0], 'preserve_evidence', steps.join(' '));
  assert.ok(steps.length >= 3, steps.join(' '));
  assert.equal(await page.$$eval('#questions fieldset', (sets) => sets.length), 16);
  assert.equal(await page.$eval('#answer-residence', (el) => el.value), 'NL');
  assert.deepEqual(await page.$$eval('#timeline li', (items) => items.map((li) => li.dataset.type)), ['capture']);
  // The picture is there (read back from IndexedDB into a blob: URL) and blurred.
  await waitFor(() => page.$$eval('#records .thumb img', (imgs) => imgs.length > 0 && imgs.every((img) => img.complete && img.naturalWidth > 0)), 'the thumbnails');
  assert.match(await page.$eval('#records .thumb img', (img) => getComputedStyle(img).filter), /blur\(/);
  assert.notEqual(await page.$eval('#status', (el) => el.dataset.state ?? ''), 'error');
  await assertNoErrors(page, path);
  await page.close();
});

test(`${browserName}: the options page shows the saved details`, async () => {
  const path = 'pages/options.html';
  const page = await openReady(path);
  assert.ok(await page.$eval('#country', (s) => s.options.length) > 100);
  assert.deepEqual(await page.evaluate(() => ['given_name', 'email', 'country'].map((id) => document.getElementById(id).value)), ['Jölle', 'jolle@example.org', 'NL']);
  assert.equal(await page.$eval('#welcome-title', (h) => h.textContent.length > 0), true);
  await assertNoErrors(page, path);
  await page.close();
});

test(`${browserName}: the popup shows the page's platform state and the case with its link`, async () => {
  const post = await browser.openWithContentScript(postUrl);
  const tab = await browser.hookResult('tabId', { url: postUrl });
  const path = `pages/status.html?tab=${tab}`;
  const page = await openReady(path);
  assert.equal(await page.$eval('#platform', (el) => el.dataset.state), 'unknown', 'the local site is no platform the registry knows');
  assert.equal(await page.$eval('#report-page', (b) => b.disabled), false);
  assert.equal(await page.$eval(`#case-list li[data-case="${caseId}"] a`, (a) => a.getAttribute('href')), `case.html?case=${caseId}`);
  assert.equal(await page.$eval('#no-cases', (el) => el.hidden), true);
  assert.equal(await page.$eval('#core', (el) => el.dataset.state), 'ok');
  await assertNoErrors(page, path);
  await page.close();
  await post.close();
});

test(`${browserName}: the help page lists the Dutch helplines for a profile in the Netherlands`, async () => {
  const path = 'pages/help.html';
  const page = await openReady(path);
  assert.equal(await page.$eval('#country', (s) => s.value), 'NL');
  assert.deepEqual(await page.$$eval('#local > li', (items) => items.map((li) => li.id)), ['help-politie', 'help-helpwanted', 'help-slachtofferhulp', 'help-ap']);
  assert.deepEqual(await page.$$eval('#everywhere > li', (items) => items.map((li) => li.id)), ['help-stopncii', 'help-takeitdown']);
  await assertNoErrors(page, path);
  await page.close();
});

test(`${browserName}: a request recorded as sent becomes a reminder alarm for the morning after its due date`, async () => {
  const localDate = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  const { due } = await browser.hookResult('core', { method: 'deadlines.compute', params: { rule: 'gdpr_one_month', start: localDate } });
  const page = await browser.openExtensionPage('pages/help.html');
  const answer = await sendFromExtensionPage(page, { v: 1, id: 'sent', action: 'case.append',
    payload: { case: caseId, type: 'request_sent', data: { to: 'Chirp', channel: 'web_form', role: 'platform', sent: localDate, due } } });
  await page.close();
  assert.equal(answer.ok, true, JSON.stringify(answer.error));
  let alarms = [];
  await waitFor(async () => {
    alarms = (await browser.hookResult('alarms')).filter((a) => a.name.split('|')[1] === caseId);
    return alarms.length === 1;
  }, 'the reminder alarm');
  assert.match(alarms[0].name, new RegExp(`\\|${due}$`));
  const [y, m, d] = due.split('-').map(Number);
  assert.equal(alarms[0].scheduledTime, new Date(y, m - 1, d + 1, 9).getTime());
});

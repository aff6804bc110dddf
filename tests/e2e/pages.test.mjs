// The person's pages in each browser (TAKEDOWN_BROWSER: chromium or firefox), so that Firefox ESR
// is held to what the Chromium-only page tests check in depth: with a profile in the Netherlands and
// a case holding a capture of site/demo-post.html, the case page, the options page, the popup and
// the help page each reach their ready state with their main content drawn and no error in the page;
// and a request recorded as sent becomes a reminder alarm (browser.alarms in Firefox). Without the
// host, the popup and the options page say how to install it on this system (Linux here; the other
// systems' texts are checked in tests/node/host-install.test.mjs), and the install page shows them all.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, protocol, sendFromExtensionPage, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
const { IDENTITY, RELEASE } = await protocol();
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
  // The host is installed: the vault's part says it is ready and shows no install steps.
  assert.deepEqual(await page.$eval('#vault-host-state', (p) => [p.dataset.state, p.textContent]), ['ok', `Ready (version ${RELEASE})`]);
  assert.equal(await page.$eval('#vault-host-install', (p) => p.hidden), true);
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

// Where the browser of this test finds the host's manifest (tests/e2e/browsers/*.mjs hostInstallArgs):
// Chromium in its profile, Firefox in ~/.mozilla of the test's HOME.
function hostManifestPath() {
  const file = `${IDENTITY.hostName}.json`;
  return browserName === 'firefox'
    ? path.join(path.dirname(browser.profileDir), 'home', '.mozilla', 'native-messaging-hosts', file)
    : path.join(browser.profileDir, 'NativeMessagingHosts', file);
}

const message = (key, substitutions) => browser.hookResult('message', { key, substitutions });

test(`${browserName}: without the host, the popup and the options page name this system's download and link to its steps`, async () => {
  const manifest = hostManifestPath();
  assert.ok(fs.existsSync(manifest), manifest);
  fs.renameSync(manifest, `${manifest}.away`);
  await browser.hookResult('hostClose');
  try {
    const deb = `takedown-host_${RELEASE}_amd64.deb`;
    const summary = await message('hostInstallSummaryLinux', [deb]);
    assert.ok(summary.includes(deb), summary);
    for (const [pagePath, stateId, hintId] of [['pages/status.html', 'host', 'host-install'], ['pages/options.html', 'vault-host-state', 'vault-host-install']]) {
      const page = await openReady(pagePath);
      assert.equal(await page.$eval(`#${stateId}`, (el) => el.dataset.state), 'missing', pagePath);
      const hint = await page.$eval(`#${hintId}`, (p) => {
        const link = p.querySelector('a');
        return { hidden: p.hidden, system: p.dataset.system, text: p.textContent, href: link?.getAttribute('href'), target: link?.target, focusable: link?.tabIndex === 0 };
      });
      assert.deepEqual(hint, {
        hidden: false, system: 'linux', text: `${summary} ${await message('hostInstallLink')}`, href: 'install-host.html#linux', target: '_blank', focusable: true,
      }, pagePath);
      await page.close();
    }
  } finally {
    fs.renameSync(`${manifest}.away`, manifest);
  }
});

test(`${browserName}: the install page shows this system's steps first, then every other system's`, async () => {
  const pagePath = 'pages/install-host.html#linux';
  const page = await openReady(pagePath);
  assert.equal(await page.title(), await message('hostInstallTitle'));
  const sections = await page.$$eval('#systems > section', (all) => all.map((s) => ({
    id: s.id, mine: s.dataset.mine === 'true', heading: document.getElementById(s.getAttribute('aria-labelledby'))?.textContent,
    steps: [...s.querySelectorAll('ol > li')].map((li) => li.dataset.step), code: [...s.querySelectorAll('pre code')].map((c) => c.textContent),
  })));
  assert.deepEqual(sections.map((s) => [s.id, s.mine]), [['linux', true], ['win', false], ['mac', false], ['other', false]]);
  assert.equal(sections[0].heading, `Linux ${await message('hostInstallYours')}`);
  assert.deepEqual(sections.slice(1).map((s) => s.heading), ['Windows', 'Mac (macOS)', 'Other systems, such as a Chromebook']);
  const linux = sections[0];
  assert.equal(linux.steps[0], 'hostInstallLinuxDeb');
  assert.equal(linux.code[0], `sudo apt install ./takedown-host_${RELEASE}_amd64.deb`);
  assert.ok(linux.code.includes('takedown-host install --browser edge\ntakedown-host install --browser brave'), linux.code.join(' | '));
  const zip = `takedown-host-${RELEASE}-windows-x64.zip`;
  assert.equal(await page.$eval('#win li[data-step="hostInstallWinDownload"] p', (p) => p.textContent), await message('hostInstallWinDownload', [zip]));
  assert.match(await page.$eval('#win li[data-step="hostInstallWinRun"] p', (p) => p.textContent), /install\.cmd/);
  assert.ok(sections[2].code.some((block) => block.startsWith('brew install cmake ninja nlohmann-json boost openssl@3 doctest')));
  assert.deepEqual(sections[3].steps, ['hostInstallOtherSystem']);
  assert.deepEqual(await page.$$eval('h1, h2', (hs) => hs.map((h) => h.tagName)), ['H1', 'H2', 'H2', 'H2', 'H2']);
  assert.equal(await page.$eval('#quick-exit', (b) => b.textContent.length > 0), true);
  await assertNoErrors(page, 'pages/install-host.html');
  await page.close();
});

// The extension end to end in a real browser (TAKEDOWN_BROWSER: chromium or firefox): the wasm core
// in the background, content script <-> background <-> wasm on a plain and a strict-CSP page,
// background <-> native host, the router's checks, the popup, and the context menu.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser, protocol, sendFromExtensionPage, serveSite } from './harness.mjs';

const { IDENTITY, PROTOCOL_VERSION, RELEASE } = await protocol();
const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
let browser;
let site;

before(async () => {
  site = await serveSite();
  browser = await launchBrowser(browserName);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the extension loads with its pinned identity and the exact CSP', async () => {
  const { manifest, id, origin } = await browser.hookResult('manifest');
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
  assert.equal(manifest.version, RELEASE);
  assert.equal(origin, browser.extensionOrigin);
  assert.equal(id, browserName === 'firefox' ? IDENTITY.firefoxAddonId : IDENTITY.chromiumExtensionId);
});

test('the wasm core answers in the background', async () => {
  assert.deepEqual(await browser.hookResult('core', { method: 'core.version', params: {} }),
    { name: 'takedown-core', version: RELEASE, protocol: PROTOCOL_VERSION });
  const refused = await browser.hook('core', { method: 'core.echo', params: {} });
  assert.deepEqual(refused.error, { code: 'invalid_params', message: 'params.value is required' });
});

test('a trap in the wasm core is survived: the next call gets a fresh module', async () => {
  assert.deepEqual(await browser.hookResult('coreTrap'), { trap: 'wasm_trap', echoed: { value: 'after the trap' }, fresh: true });
});

for (const pageName of ['plain.html', 'strict-csp.html']) {
  test(`content script <-> background <-> wasm round trip on ${pageName}`, async () => {
    const url = `${site.origin}/${pageName}`;
    const page = await browser.openWithContentScript(url);
    const echo = { 'é': [1, 2.5, null], text: '<b>not markup</b>' };
    const answer = await browser.hookResult('contentPing', { url, echo });
    assert.deepEqual(answer, { id: 'test-ping', ok: true, result: { url, title: await page.title(), echoed: echo } });
    await page.close();
  });
}

test('host access to websites is granted (the person can revoke it; the popup then asks)', async () => {
  assert.equal(await browser.hookResult('permissionsContain', { origins: ['<all_urls>'] }), true);
});

test('the router answers extension pages and refuses malformed or unknown messages', async () => {
  const page = await browser.openExtensionPage('pages/status.html');
  const unknown = await sendFromExtensionPage(page, { v: 1, id: 'u', action: 'no.such.action', payload: {} });
  assert.deepEqual(unknown, { id: 'u', ok: false, error: { code: 'unknown_action', message: 'no action named "no.such.action"' } });
  const malformed = await sendFromExtensionPage(page, { v: 1, action: 'core.call' });
  assert.equal(malformed.error.code, 'bad_message');
  const echoed = await sendFromExtensionPage(page, { v: 1, id: 'e', action: 'core.call', payload: { method: 'core.echo', params: { value: 42 } } });
  assert.deepEqual(echoed, { id: 'e', ok: true, result: { value: 42 } });
  await page.close();
});

test('a content script may use the core but not the native host', async () => {
  const url = `${site.origin}/plain.html`;
  const page = await browser.openWithContentScript(url);
  const asContent = (message) => browser.hookResult('routeAsContent', { url, message });
  const refused = await asContent({ v: 1, id: 'h', action: 'host.call', payload: { method: 'ping' } });
  assert.deepEqual(refused.error, { code: 'forbidden_sender', message: '"host.call" is not available to content' });
  const allowed = await asContent({ v: 1, id: 'c', action: 'core.call', payload: { method: 'core.echo', params: { value: 'ok' } } });
  assert.deepEqual(allowed, { id: 'c', ok: true, result: { value: 'ok' } });
  // Only the core methods content.js needs (issue #14): its form work goes through forms.* actions.
  const plan = await asContent({ v: 1, id: 'p', action: 'core.call', payload: { method: 'forms.plan', params: {} } });
  assert.deepEqual(plan.error, { code: 'forbidden_sender', message: 'a content script may not call the core method "forms.plan"' });
  await page.close();
});

test('background <-> native host round trip', async () => {
  assert.deepEqual(await browser.hookResult('host', { method: 'ping', params: {} }), { pong: true });
  const version = await browser.hookResult('host', { method: 'version', params: {} });
  assert.equal(version.name, 'takedown-host');
  assert.equal(version.version, RELEASE);
  assert.deepEqual(await browser.hookResult('host', { method: 'core.echo', params: { value: 'via host' } }), { value: 'via host' });
  const unknown = await browser.hook('host', { method: 'no.such', params: {} });
  assert.equal(unknown.error.code, 'unknown_method');
});

test('the status popup shows the core, the host and website access as ready', async () => {
  const page = await browser.openExtensionPage('pages/status.html');
  await page.waitForSelector('body[data-ready="true"]');
  const state = (id) => page.$eval(`#${id}`, (el) => [el.dataset.state, el.textContent]);
  assert.deepEqual(await state('core'), ['ok', `Ready (version ${RELEASE})`]);
  assert.deepEqual(await state('host'), ['ok', `Ready (version ${RELEASE})`]);
  assert.equal((await state('sites'))[0], 'ok');
  await page.close();
});

test('the context menu item exists and its handler keeps proof and tells the page', async () => {
  assert.equal(await browser.hookResult('menuExists'), true);
  assert.equal(await browser.hookResult('message', { key: 'menuReport' }), 'Report as a deepfake of me');
  const url = `${site.origin}/plain.html`;
  const page = await browser.openWithContentScript(url);
  const srcUrl = `${site.origin}/photo.svg`;
  const click = await browser.hookResult('menuClick', { url, info: { mediaType: 'image', srcUrl } });
  assert.equal(click.kind, 'image');
  assert.equal(click.record.type, 'capture');
  assert.equal(click.record.data.media_url, srcUrl);
  assert.equal(click.record.data.page_url, url);
  assert.equal(click.noticeShown, true);
  assert.deepEqual(await browser.hookResult('sessionGet', { key: 'lastCapture' }), { kind: 'image', case: click.case, seq: click.record.seq });
  // The notice lives in a closed shadow root: the page sees only an opaque host element.
  assert.equal(await page.evaluate(() => document.getElementById('takedown-notice-host')?.shadowRoot ?? 'closed'), 'closed');
  await page.close();
});

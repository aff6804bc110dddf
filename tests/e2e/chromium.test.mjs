// The extension end to end in Debian's Chromium: wasm in the service worker, content script <->
// background <-> wasm on a plain and a strict-CSP page, background <-> native host, the context menu.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { launchChromium, openWithContentScript, sendFromExtensionPage, serveSite } from './harness.mjs';

const { IDENTITY, PROTOCOL_VERSION, RELEASE } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS));
let browser;
let site;

before(async () => {
  site = await serveSite();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the extension loads with the pinned ID and the exact CSP', async () => {
  assert.equal(browser.extensionId, IDENTITY.chromiumExtensionId);
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
  assert.equal(manifest.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'none'");
  assert.equal(manifest.version, RELEASE);
});

test('the wasm core answers in the service worker', async () => {
  const version = await browser.worker.evaluate(() => globalThis.takedown.core.call('core.version'));
  assert.deepEqual(version, { name: 'takedown-core', version: RELEASE, protocol: PROTOCOL_VERSION });
  const error = await browser.worker.evaluate(() => globalThis.takedown.core.call('core.echo', {}).catch((e) => ({ code: e.code, message: e.message })));
  assert.deepEqual(error, { code: 'invalid_params', message: 'params.value is required' });
});

test('a trap in the wasm core is survived: the next call gets a fresh module', async () => {
  const outcome = await browser.worker.evaluate(async () => {
    const { core } = globalThis.takedown;
    const before = core.generation;
    const trap = await core.trapForTests().then(() => null, (e) => e.code);
    const echoed = await core.call('core.echo', { value: 'after the trap' });
    return { trap, echoed, fresh: core.generation === before + 1 };
  });
  assert.deepEqual(outcome, { trap: 'wasm_trap', echoed: { value: 'after the trap' }, fresh: true });
});

for (const pageName of ['plain.html', 'strict-csp.html']) {
  test(`content script <-> background <-> wasm round trip on ${pageName}`, async () => {
    const url = `${site.origin}/${pageName}`;
    const page = await openWithContentScript(browser, url);
    const answer = await browser.worker.evaluate(async (pageUrl) => {
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      return chrome.tabs.sendMessage(tab.id, { v: 1, id: 'rt-1', action: 'content.ping', payload: { echo: { 'é': [1, 2.5, null] } } });
    }, url);
    assert.deepEqual(answer, { id: 'rt-1', ok: true, result: { url, title: await page.title(), echoed: { 'é': [1, 2.5, null] } } });
    await page.close();
  });
}

test('the router answers extension pages and refuses what a sender may not do', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/pages/status.html`);
  const unknown = await sendFromExtensionPage(page, 'no.such.action');
  assert.equal(unknown.ok, false);
  assert.equal(unknown.error.code, 'unknown_action');
  const malformed = await page.evaluate(() => chrome.runtime.sendMessage({ v: 1, action: 'core.call' }));
  assert.equal(malformed.error.code, 'bad_message');
  const echoed = await sendFromExtensionPage(page, 'core.call', { method: 'core.echo', params: { value: 42 } });
  assert.deepEqual(echoed.result, { value: 42 });
  await page.close();
});

test('a content script may not reach the native host', async () => {
  const url = `${site.origin}/plain.html`;
  const page = await openWithContentScript(browser, url);
  // Content scripts run in an isolated world that Playwright cannot enter; the router's sender check
  // is exercised with the sender a content script produces (a tab, our id, the page's URL).
  const refused = await browser.worker.evaluate(async (pageUrl) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    const sender = { id: chrome.runtime.id, tab, url: pageUrl, frameId: 0 };
    return new Promise((resolve) => globalThis.takedown.onMessage(
      { v: 1, id: 'x', action: 'host.call', payload: { method: 'ping' } }, sender, resolve));
  }, url);
  assert.equal(refused.error.code, 'forbidden_sender');
  await page.close();
});

test('background <-> native host round trip', async () => {
  const answers = await browser.worker.evaluate(async () => {
    const { nativeHost } = globalThis.takedown;
    return { ping: await nativeHost.call('ping'), version: await nativeHost.call('version'), echo: await nativeHost.call('core.echo', { value: 'via host' }) };
  });
  assert.deepEqual(answers.ping, { pong: true });
  assert.equal(answers.version.name, 'takedown-host');
  assert.equal(answers.version.version, RELEASE);
  assert.deepEqual(answers.echo, { value: 'via host' });
  const unknown = await browser.worker.evaluate(() => globalThis.takedown.nativeHost.call('no.such').catch((e) => e.code));
  assert.equal(unknown, 'unknown_method');
});

test('the status popup shows the core and the host as ready', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/pages/status.html`);
  await page.waitForSelector('body[data-ready="true"]');
  assert.equal(await page.getAttribute('#core', 'data-state'), 'ok');
  assert.equal(await page.getAttribute('#host', 'data-state'), 'ok');
  assert.match(await page.textContent('#core'), new RegExp(`^Ready \\(version ${RELEASE.replaceAll('.', '\\.')}\\)$`));
  await page.close();
});

test('the context menu item exists and its handler runs', async () => {
  const title = await browser.worker.evaluate(async () => {
    await chrome.contextMenus.update('takedown-report', {});   // rejects when the item does not exist
    return chrome.i18n.getMessage('menuReport');
  });
  assert.equal(title, 'Report as a deepfake of me');

  const url = `${site.origin}/plain.html`;
  const page = await openWithContentScript(browser, url);
  const click = await browser.worker.evaluate(async ([pageUrl, src]) => {
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    return globalThis.takedown.onMenuClick({ menuItemId: 'takedown-report', mediaType: 'image', srcUrl: src, pageUrl, frameId: 0 }, tab);
  }, [url, `${site.origin}/photo.svg`]);
  assert.equal(click.kind, 'kindImage');
  assert.equal(click.srcUrl, `${site.origin}/photo.svg`);
  assert.equal(click.noticeShown, true);
  const stored = await browser.worker.evaluate(() => chrome.storage.session.get('lastMenuClick'));
  const { noticeShown, ...recorded } = click;
  assert.deepEqual(stored.lastMenuClick, recorded);
  await page.close();
});

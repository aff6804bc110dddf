// The background's guards against a hostile page (issue #14, part 2), on the assembled extension's
// own modules: which core methods a content script may call through the router, which frames a fill
// writes to without asking, where an opened form may be filled, and that a frame gets values only
// for fields a person can see.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const root = path.join(requiredEnv('TAKEDOWN_WASM_DIR'), 'extension', 'chromium', 'background');
const EXTENSION_ID = 'abcdefghijklmnop';
// Just enough of the extension API for the modules to load and the router to classify senders.
globalThis.chrome = {
  runtime: { id: EXTENSION_ID, getURL: (p) => `chrome-extension://${EXTENSION_ID}/${p}` },
};
const load = (file) => import(pathToFileURL(path.join(root, file)).href);
const { createRouter } = await load('router.js');
const { createActions, CONTENT_CORE_METHODS } = await load('actions.js');
const { onFormHost, onlyShownValues, trustedOrigins, urlOrigin } = await load('form-frames.js');

function routerWithCore() {
  const called = [];
  const core = { call: async (method, params) => { called.push(method); return { method, params }; } };
  const onMessage = createRouter({ api: globalThis.chrome, handlers: createActions({ core }) });
  const send = (message, sender) => new Promise((resolve) => onMessage({ v: 1, id: 'm1', ...message }, sender, resolve));
  return { called, send };
}
const fromContent = { id: EXTENSION_ID, tab: { id: 7 }, frameId: 0, url: 'https://hostile.example/page' };
const fromExtension = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/pages/case.html` };

test('a content script may call only the core methods it needs', async () => {
  assert.deepEqual([...CONTENT_CORE_METHODS], ['core.echo'], 'what content.js calls (content.ping)');
  const { called, send } = routerWithCore();
  const echo = await send({ action: 'core.call', payload: { method: 'core.echo', params: { value: 1 } } }, fromContent);
  assert.equal(echo.ok, true);
  for (const method of ['forms.plan', 'letters.render', 'evidence.seal', 'platforms.list', 'guidance.plan', 'no.such']) {
    const answer = await send({ action: 'core.call', payload: { method, params: {} } }, fromContent);
    assert.equal(answer.ok, false, method);
    assert.equal(answer.error.code, 'forbidden_sender', method);
    assert.match(answer.error.message, new RegExp(`may not call the core method "${method.replace('.', '\\.')}"`));
  }
  assert.deepEqual(called, ['core.echo'], 'the core never saw the refused calls');
  // Extension pages keep every method.
  const page = await send({ action: 'core.call', payload: { method: 'letters.render', params: {} } }, fromExtension);
  assert.equal(page.ok, true);
});

test('frames written to without asking: the top page\'s origin and the registry\'s form frames', () => {
  assert.deepEqual([...trustedOrigins('https://help.example', null)], ['https://help.example']);
  assert.deepEqual([...trustedOrigins('https://help.example', { form_frame_origins: ['https://forms.example'] })].sort(),
    ['https://forms.example', 'https://help.example']);
  // An opaque (sandboxed) top document vouches for nothing.
  assert.deepEqual([...trustedOrigins('null', { form_frame_origins: [] })], []);
  assert.equal(urlOrigin('https://a.example:8443/x?y'), 'https://a.example:8443');
  assert.equal(urlOrigin('about:blank'), 'null');
  assert.equal(urlOrigin('not an address'), 'null');
});

test('an opened form is filled only on the registry\'s form host, over https', () => {
  const route = { url: 'https://support.google.com/legal/contact/lr_fake' };
  assert.equal(onFormHost('https://support.google.com/legal/contact/lr_fake?hl=nl', route), true);
  assert.equal(onFormHost('https://support.google.com.evil.example/legal', route), false);
  assert.equal(onFormHost('https://evil.example/support.google.com', route), false);
  assert.equal(onFormHost('http://support.google.com/legal', route), false);
  assert.equal(onFormHost('https://forms.example/embed', { ...route, form_frame_origins: ['https://forms.example'] }), true);
  assert.equal(onFormHost('garbage', route), false);
});

test('a frame gets values only for fields a person can see', () => {
  const snapshot = { fields: [
    { ref: 'f0', visible: true },
    { ref: 'f1', visible: false },
    { ref: 'f2', visible: true, concealed: 'offscreen' },
    { ref: 'f3', visible: false },
  ] };
  const planned = { fields: [
    { ref: 'f0', type: 'email', action: 'fill', value: 'a@example.org', reason: 'r' },
    { ref: 'f1', type: 'content_url', action: 'fill', value: 'https://video.example/2', reason: 'r' },
    { ref: 'f2', type: 'country', action: 'select', option: { value: 'NL', text: 'Nederland' }, reason: 'r' },
    { ref: 'f3', type: 'sworn_statement', action: 'attention', reason: 'r' },
  ], summary: { fill: 3, attention: 1, skip: 0 } };
  const shown = onlyShownValues(planned, snapshot, 'not shown');
  assert.deepEqual(shown.fields[0], planned.fields[0]);
  assert.deepEqual(shown.fields[1], { ref: 'f1', type: 'content_url', action: 'skip', reason: 'not shown' });
  assert.deepEqual(shown.fields[2], { ref: 'f2', type: 'country', action: 'skip', reason: 'not shown' });
  assert.deepEqual(shown.fields[3], planned.fields[3]);
  assert.ok(!JSON.stringify(shown).includes('video.example'), 'no URL travels to the frame for a hidden field');
});

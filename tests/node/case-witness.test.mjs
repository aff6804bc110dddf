// What the case page says about a second-witness result (pages/case-witness.js), in node with the
// real en and nl messages: the same or other bytes, and every failure kind in words, among them the
// refusals of issue #17: address_not_public names the refused host, insecure_url says http had no
// reachable https version. Only an unknown kind falls back to the host's own (English) message.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const source = requiredEnv('TAKEDOWN_SOURCE_DIR');
const { witnessOutcome } = await import(pathToFileURL(path.join(source, 'extension', 'src', 'pages', 'case-witness.js')).href);

// chrome.i18n.getMessage for one locale: named placeholders filled from $1, $2, ...
function messagesOf(lang) {
  const table = JSON.parse(fs.readFileSync(path.join(source, 'extension', '_locales', lang, 'messages.json'), 'utf8'));
  return (key, substitutions = []) => {
    const entry = table[key];
    assert.ok(entry, `${lang} has ${key}`);
    return entry.message.replace(/\$([A-Za-z_]+)\$/g, (_, name) => {
      const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, n) => substitutions[Number(n) - 1] ?? '');
    });
  };
}

const record = { seq: 3, data: { media_url: 'http://192.168.1.1:8080/cam.jpg' },
  artifacts: [{ name: 'page.html', sha256: 'a'.repeat(64) }, { name: 'media.jpg', sha256: 'b'.repeat(64) }] };
const failed = (kind, extra = {}) => ({ ok: false, status: 0, final_url: 'https://192.168.1.1:8080/cam.jpg',
  error: { kind, message: `technical ${kind}` }, ...extra });

for (const lang of ['en', 'nl']) {
  const message = messagesOf(lang);
  const say = (answer, which = record) => witnessOutcome(answer, which, { message, lang });

  test(`${lang}: address_not_public names the refused host and says why in words`, () => {
    const [state, text] = say(failed('address_not_public'));
    assert.equal(state, 'error');
    const why = message('witnessWhyAddressNotPublic', ['192.168.1.1:8080']);
    assert.equal(text, message('vaultWitnessFailed', [why]));
    assert.ok(text.includes('192.168.1.1:8080'));
    assert.ok(!text.includes('technical'), 'not the host\'s English message');
    // After a redirect the refused hop is the final URL, not the captured address.
    const redirected = say(failed('address_not_public', { final_url: 'https://router.example/admin' }))[1];
    assert.ok(redirected.includes('router.example'), redirected);
    assert.ok(!redirected.includes('192.168.1.1'), redirected);
  });

  test(`${lang}: insecure_url and the other kinds are words, an unknown kind the host's message`, () => {
    const words = {
      insecure_url: 'witnessWhyInsecureUrl', timeout: 'vaultWhyTimeout', too_large: 'vaultWhyTooLarge',
      certificate: 'vaultWhyCertificate', tls: 'vaultWhyCertificate', insecure_redirect: 'vaultWhyInsecure',
      redirect_loop: 'vaultWhyRedirects', too_many_redirects: 'vaultWhyRedirects', bad_redirect: 'vaultWhyRedirects',
      dns: 'vaultWhyNetwork', connect: 'vaultWhyNetwork', protocol: 'vaultWhyNetwork',
    };
    for (const [kind, key] of Object.entries(words)) {
      assert.deepEqual(say(failed(kind)), ['error', message('vaultWitnessFailed', [message(key)])], kind);
    }
    assert.deepEqual(say(failed('something_new')), ['error', message('vaultWitnessFailed', ['technical something_new'])]);
    assert.deepEqual(say(failed('http_status', { status: 403 })),
      ['error', message('vaultWitnessFailed', [message('vaultWhyRefused', ['403'])])]);
  });

  test(`${lang}: the same bytes, other bytes, or nothing of ours to compare`, () => {
    const got = (sha256) => ({ ok: true, status: 200, bytes: 1234, sha256 });
    const size = (1234).toLocaleString(lang);
    assert.deepEqual(say(got('b'.repeat(64))), ['ok', message('vaultWitnessSame', ['200', size])]);
    assert.deepEqual(say(got('c'.repeat(64))), ['error', message('vaultWitnessDifferent', ['200', size])]);
    assert.deepEqual(say(got('c'.repeat(64)), { ...record, artifacts: [] }), ['ok', message('vaultWitnessNoCopy', ['200', size])]);
  });
}

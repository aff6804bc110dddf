// The contract is written once (protocol/protocol.json) and documented in docs/protocol.md: every
// name in the one must be in the other, and the extension's strings must exist in both languages.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const root = process.env.TAKEDOWN_SOURCE_DIR;
const protocol = JSON.parse(fs.readFileSync(path.join(root, 'protocol/protocol.json'), 'utf8'));
const docs = fs.readFileSync(path.join(root, 'docs/protocol.md'), 'utf8');

test('docs/protocol.md documents every method, action, error code and limit', () => {
  const names = [
    ...protocol.core_methods.map((m) => m.name),
    ...protocol.host_methods.map((m) => m.name),
    ...protocol.actions.map((a) => a.name),
    ...protocol.errors.map((e) => e.code),
    ...Object.keys(protocol.limits),
  ];
  const missing = names.filter((name) => !docs.includes(`\`${name}\``));
  assert.deepEqual(missing, [], `not in docs/protocol.md: ${missing.join(', ')}`);
});

test('error codes and names are unique (they are append-only, never reused)', () => {
  for (const list of [protocol.errors.map((e) => e.code), protocol.core_methods.map((m) => m.name),
                      protocol.host_methods.map((m) => m.name), protocol.actions.map((a) => a.name)]) {
    assert.equal(new Set(list).size, list.length);
  }
});

test('every locale string the extension uses exists in en and nl, and none is unused', () => {
  const extension = path.join(root, 'extension');
  const locales = Object.fromEntries(['en', 'nl'].map((lang) =>
    [lang, JSON.parse(fs.readFileSync(path.join(extension, '_locales', lang, 'messages.json'), 'utf8'))]));
  const sources = fs.readdirSync(extension, { recursive: true })
    .filter((file) => /\.(js|mjs|html|json)$/.test(file) && !file.startsWith('_locales'))
    .map((file) => fs.readFileSync(path.join(extension, file), 'utf8'))
    .join('\n');
  // Asked for by name: these must exist in every language.
  const requested = new Set([
    ...[...sources.matchAll(/getMessage\(\s*'([A-Za-z0-9_]+)'/g)].map((m) => m[1]),
    ...[...sources.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]),
    ...[...sources.matchAll(/data-i18n="([A-Za-z0-9_]+)"/g)].map((m) => m[1]),
  ]);
  // Keys chosen at run time ('kindImage', a ternary's two keys) appear as string literals.
  const literals = new Set([...sources.matchAll(/'([A-Za-z0-9_]+)'/g)].map((m) => m[1]));
  for (const [lang, messages] of Object.entries(locales)) {
    const missing = [...requested].filter((key) => !messages[key]);
    assert.deepEqual(missing, [], `${lang} lacks ${missing.join(', ')}`);
    const unused = Object.keys(messages).filter((key) => !requested.has(key) && !literals.has(key));
    assert.deepEqual(unused, [], `${lang} has unused ${unused.join(', ')}`);
  }
  assert.deepEqual(Object.keys(locales.nl).sort(), Object.keys(locales.en).sort());
});

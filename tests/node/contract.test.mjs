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

const extension = path.join(root, 'extension');
const locales = Object.fromEntries(['en', 'nl'].map((lang) =>
  [lang, JSON.parse(fs.readFileSync(path.join(extension, '_locales', lang, 'messages.json'), 'utf8'))]));
const sourceFiles = fs.readdirSync(extension, { recursive: true })
  .filter((file) => /\.(js|mjs|html|json)$/.test(file) && !file.startsWith('_locales'))
  .map((file) => fs.readFileSync(path.join(extension, file), 'utf8'));

// The keys one source file asks for by name: getMessage('key'), __MSG_key__, data-i18n="key" (and
// data-i18n-<attribute>="key"), and calls of the file's own wrappers such as
// `const message = (key, substitutions) => api.i18n.getMessage(key, substitutions)`: message('key').
function keysRequestedBy(source) {
  const wrappers = [
    ...source.matchAll(/(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*\(?\s*([A-Za-z_$][\w$]*)[^)=]*\)?\s*=>\s*[\w$.]*getMessage\(\s*\2\b/g),
    ...source.matchAll(/function\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)[^)]*\)\s*\{\s*return\s+[\w$.]*getMessage\(\s*\2\b/g),
  ].map((m) => m[1].replace(/\$/g, '\\$'));
  const callers = ['getMessage', ...wrappers].join('|');
  return [
    ...[...source.matchAll(new RegExp(`(?<![\\w$])(?:${callers})\\(\\s*['"]([A-Za-z0-9_]+)['"]`, 'g'))].map((m) => m[1]),
    ...[...source.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]),
    ...[...source.matchAll(/data-i18n(?:-[a-z-]+)?="([A-Za-z0-9_]+)"/g)].map((m) => m[1]),
  ];
}

test('the key finder sees getMessage, __MSG_, data-i18n and wrapper calls', () => {
  const source = `const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
    function t(name) { return browser.i18n.getMessage(name); }
    message('viaWrapper'); t("viaFunction"); api.i18n.getMessage('direct', ['x']); other('notAKey');
    <p data-i18n="viaAttribute"></p> <input data-i18n-placeholder="viaPlaceholder"> "__MSG_viaManifest__"`;
  assert.deepEqual(keysRequestedBy(source).sort(),
    ['direct', 'viaAttribute', 'viaFunction', 'viaManifest', 'viaPlaceholder', 'viaWrapper']);
});

test('every locale string the extension uses exists in en and nl, and none is unused', () => {
  const sources = sourceFiles.join('\n');
  // Asked for by name: these must exist in every language.
  const requested = new Set(sourceFiles.flatMap(keysRequestedBy));
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

test('every message has a text and a description, and both languages use the same placeholders', () => {
  const placeholdersOf = (entry) => [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
  const problems = [];
  for (const [lang, messages] of Object.entries(locales)) {
    for (const [key, entry] of Object.entries(messages)) {
      if (typeof entry.message !== 'string' || !entry.message.trim()) problems.push(`${lang}.${key}: no message`);
      if (typeof entry.description !== 'string' || !entry.description.trim()) problems.push(`${lang}.${key}: no description`);
      const defined = Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase());
      const undefinedNames = placeholdersOf(entry).filter((name) => !defined.includes(name));
      if (undefinedNames.length) problems.push(`${lang}.${key}: undefined placeholders ${undefinedNames.join(', ')}`);
    }
  }
  for (const [key, entry] of Object.entries(locales.en)) {
    if (locales.nl[key] && placeholdersOf(entry).join() !== placeholdersOf(locales.nl[key]).join()) {
      problems.push(`${key}: en uses ${placeholdersOf(entry).join(', ') || 'none'}, nl ${placeholdersOf(locales.nl[key]).join(', ') || 'none'}`);
    }
  }
  assert.deepEqual(problems, []);
});

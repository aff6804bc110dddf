// The watcher's setting (storage.local.watcher, docs/protocol.md "Watcher") as the background, the
// options page and the case page read it: off by default, a case's own switch wins both ways, an
// excluded site covers its subdomains and nothing else, and what a person types becomes a host.
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.env.TAKEDOWN_SOURCE_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const { caseWatched, siteExcluded, siteOf, watcherRunning, watcherSettings } =
  await import(pathToFileURL(path.join(root, 'extension/src/common/perceptual-index.js')));

test('absent or damaged, the setting is off', () => {
  for (const stored of [undefined, null, 'on', [], { enabled: 'yes', cases: 'all', excluded_sites: 'x' }]) {
    const settings = watcherSettings(stored);
    assert.deepEqual(settings, { enabled: false, cases: {}, excluded_sites: [] });
    assert.equal(watcherRunning(settings), false);
  }
});

test('a case\'s own switch wins over the switch for every case, in both directions', () => {
  const on = watcherSettings({ enabled: true, cases: { a: false } });
  assert.equal(caseWatched(on, 'a'), false);
  assert.equal(caseWatched(on, 'b'), true);
  assert.equal(watcherRunning(on), true);
  const off = watcherSettings({ enabled: false, cases: { a: true, b: false } });
  assert.equal(caseWatched(off, 'a'), true);
  assert.equal(caseWatched(off, 'c'), false);
  assert.equal(watcherRunning(off), true, 'one case switched on runs the watcher');
  assert.equal(watcherRunning(watcherSettings({ enabled: false, cases: { a: false } })), false);
});

test('an excluded site covers its subdomains, not look-alikes', () => {
  const settings = watcherSettings({ excluded_sites: ['bank.example', 'localhost'] });
  assert.equal(siteExcluded(settings, 'https://bank.example/login'), true);
  assert.equal(siteExcluded(settings, 'https://www.bank.example/'), true);
  assert.equal(siteExcluded(settings, 'http://localhost:8080/x'), true);
  assert.equal(siteExcluded(settings, 'https://notbank.example/'), false);
  assert.equal(siteExcluded(settings, 'https://bank.example.evil.test/'), false);
  assert.equal(siteExcluded(settings, 'not a url'), false);
});

test('what a person types becomes the site\'s host', () => {
  assert.equal(siteOf('Example.ORG'), 'example.org');
  assert.equal(siteOf('https://www.example.org/path?q=1'), 'example.org');
  assert.equal(siteOf('  mail.example.net  '), 'mail.example.net');
  assert.equal(siteOf(''), null);
  assert.equal(siteOf('exa mple'), null);
});

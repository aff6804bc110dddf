// "The page's HTML never runs" (docs/evidence.md): the inert rendering (extension/src/common/inert-html.js)
// starts with its policy, keeps no <script>, <link>, event-handler or http-equiv attribute, and shows
// its banner; and the host's vault export (native-host/src/vault/inert_html.cpp) writes the page's
// bytes unchanged as .html.txt and, beside them, the very bytes the extension's inert rendering makes,
// in English and Dutch, with no other .html than the report and the inert renderings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';
import { Session, cli, removeDir, sha256, tempDir, upload } from './vault-support.mjs';

const { inertHtml, isPageHtml } = await import(path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'extension', 'src', 'common', 'inert-html.js'));
const POLICY = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'; form-action \'none\'">';

// A page as a hostile platform might serve it: every way markup can run or fetch something.
const HOSTILE = Buffer.from([
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ünïcode ✓ post</title>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/"><META HTTP-EQUIV = "Set-Cookie" content="a=b">',
  '<link rel="stylesheet" href="https://cdn.example/s.css"><LINK rel=preconnect href=//t.example>',
  '<script>alert(1)</script><SCRIPT src="https://cdn.example/a.js"></SCRIPT ><script/src=x></script>',
  '</head><body onload="go()"><p>Text stays: the word onion, a script tag name in prose, and online=yes.</p>',
  '<img src=x onerror=alert(2)><a href="#"onclick="b()">link</a><svg/onload=alert(3)><div ONMOUSEOVER =\'x()\'>',
  '<scripts>not a script element</scripts><linkage>not a link</linkage></body></html>',
].join('\n'));

function check(inert) {
  const text = Buffer.from(inert).toString('utf8');
  assert.ok(text.startsWith(POLICY), 'the policy comes first');
  const body = text.slice(text.indexOf('</div>\n') + 7);
  assert.doesNotMatch(body, /<script[\s/>]/i);
  assert.doesNotMatch(body, /<link[\s/>]/i);
  assert.doesNotMatch(body, /[\s/"'](on[a-z]+|http-equiv)\s*=/i);
  return { text, body };
}

test('the inert rendering neutralises scripts, links, handlers and http-equiv, and keeps the rest', () => {
  const { text, body } = check(inertHtml(HOSTILE, 'en', 'abc.html.txt'));
  assert.match(text, /^<meta http-equiv="Content-Security-Policy"[^\n]*\n<meta charset="utf-8">\n<div role="note"[^>]*>Inert copy made by Takedown[^<]*<code>abc\.html\.txt<\/code>\.<\/div>\n/);
  assert.ok(body.includes('<template data-takedown-inert="script">alert(1)</template>'));
  assert.ok(body.includes('<template data-takedown-inert="script" src="https://cdn.example/a.js"></template >'));
  assert.ok(body.includes('<takedown-inert-link rel="stylesheet"'));
  assert.ok(body.includes('<body data-takedown-inert-onload="go()">'));
  assert.ok(body.includes('<a href="#"data-takedown-inert-onclick="b()">'));
  assert.ok(body.includes('<svg/data-takedown-inert-onload=alert(3)>'));
  assert.ok(body.includes('<META data-takedown-inert-HTTP-EQUIV = "Set-Cookie"'));
  // Prose is kept; words that look like a handler (on… =) are renamed too, which costs nothing.
  assert.ok(body.includes('Text stays: the word onion, a script tag name in prose, and data-takedown-inert-online=yes.'));
  assert.ok(body.includes('<scripts>not a script element</scripts><linkage>not a link</linkage>'));
  assert.ok(body.includes('<title>Ünïcode ✓ post</title>'), 'non-ASCII bytes pass through unchanged');
  // Only insertions and renames: removing them gives the original back.
  const undone = body.replaceAll('data-takedown-inert-', '').replaceAll('<template data-takedown-inert="script"', '<SCRIPT')
    .replaceAll('</template', '</SCRIPT').replaceAll('<takedown-inert-link', '<LINK');
  assert.equal(undone.toLowerCase(), HOSTILE.toString('utf8').toLowerCase());
  assert.match(Buffer.from(inertHtml(HOSTILE, 'nl', 'abc.html.txt')).toString('utf8'), /<div role="note"[^>]*>Inerte kopie, door Takedown gemaakt/);
});

test('page HTML types', () => {
  for (const mime of ['text/html', 'TEXT/HTML; charset=utf-8', 'application/xhtml+xml']) assert.equal(isPageHtml(mime), true, mime);
  for (const mime of ['text/plain', 'image/svg+xml', 'application/json', '', undefined]) assert.equal(isPageHtml(mime), false, String(mime));
});

test('the vault export keeps the page as .html.txt and writes the same inert rendering as the extension', async () => {
  const vault = tempDir('takedown-inert-vault-');
  const out = tempDir('takedown-inert-export-');
  try {
    const png = Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 5) % 256));
    const session = new Session(vault);
    await upload(session, HOSTILE);
    await upload(session, png);
    await session.call('vault.append', { case: 'case-inert', record: {
      type: 'capture', at: { utc: new Date().toISOString(), tz: 'Europe/Amsterdam', offset_minutes: 60 },
      data: { kind: 'image', page_url: 'https://platform.example/post/1' },
      artifacts: [{ name: 'page.html', sha256: sha256(HOSTILE), size: HOSTILE.length, mime: 'text/html' },
        { name: 'media.png', sha256: sha256(png), size: png.length, mime: 'image/png' }],
    } });
    assert.deepEqual(await session.close(), { code: 0, signal: null });
    const page = sha256(HOSTILE);
    for (const lang of ['en', 'nl']) {
      const bag = path.join(out, lang);
      const exported = cli(['vault', 'export', '--case', 'case-inert', '--out', bag, '--lang', lang, '--vault', vault]);
      assert.equal(exported.code, 0, exported.stderr);
      const artifacts = path.join(bag, 'data', 'artifacts');
      assert.deepEqual(fs.readdirSync(artifacts).sort(), [`${page}.html.txt`, `${page}.inert.html`, `${sha256(png)}.png`].sort());
      assert.deepEqual(fs.readFileSync(path.join(artifacts, `${page}.html.txt`)), HOSTILE, 'the bytes unchanged');
      const inert = fs.readFileSync(path.join(artifacts, `${page}.inert.html`));
      assert.deepEqual(inert, Buffer.from(inertHtml(HOSTILE, lang, `${page}.html.txt`)), `${lang}: the host writes what the extension writes`);
      check(inert);
      const run = spawnSync('sha256sum', ['-c', '--strict', 'manifest-sha256.txt'], { cwd: bag, encoding: 'utf8' });
      assert.equal(run.status, 0, run.stdout);
      assert.match(fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8'), new RegExp(`  data/artifacts/${page}\\.inert\\.html$`, 'm'));
      const html = fs.readdirSync(bag, { recursive: true }).filter((name) => name.endsWith('.html'));
      assert.deepEqual(html.sort(), [path.join('data', 'artifacts', `${page}.inert.html`), path.join('data', 'report.html')]);
    }
  } finally {
    removeDir(vault);
    removeDir(out);
  }
});

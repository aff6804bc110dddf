// Capture on pages built the way platforms build them (issue #15, part 1), in TAKEDOWN_BROWSER:
// a right-click on a transparent layer, a CSS background, <picture>/srcset, a lazy loader's
// data- attribute, a fading carousel, canvases (readable and tainted), media on CDN hosts with and
// without CORS and behind a cookie, a server choosing the format by Accept, a redirect; "Report
// this page" with one main video (the keyboard command) and with two pictures (the chooser). Each
// case keeps the bytes the server served (same SHA-256) or says why not. The page's own claims
// (canonical URL, author link) never replace the address the browser showed.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { SITE_DIR, launchBrowser, sendFromExtensionPage, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
let browser;
let site;   // the platform's pages, on localhost
let cdn;    // its CDN: another origin of the same site (the login cookie reaches it)
let far;    // a CDN on another site, without CORS headers
let feed;
let feedUrl;

// A PNG of `width` x `height` in stripes coloured from `seed`: every generated picture differs.
function png(width, height, seed) {
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const hash = crypto.createHash('sha256').update(seed).digest();
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = (Math.floor(x / 16) + Math.floor(y / 16)) % 8;
      hash.copy(row, 1 + x * 3, band * 3, band * 3 + 3);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

const sha = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const pictures = {};
const picture = (name, width = 280, height = 200) => {
  pictures[name] = png(width, height, name);
  return pictures[name];
};

// A one-second test video (the watch page's player must really play it).
function testVideo() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-video-'));
  const file = path.join(dir, 'watch.webm');
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=s=320x180:r=10', '-t', '1', '-c:v', 'libvpx', '-b:v', '200k', file]);
  const bytes = fs.readFileSync(file);
  fs.rmSync(dir, { recursive: true, force: true });
  return bytes;
}

before(async () => {
  const variants = { modern: picture('negotiated-modern'), plain: picture('negotiated-plain') };
  const served = [];   // the /img/negotiated variants, in request order
  const video = testVideo();
  far = await serveSite({ hostname: '127.0.0.1', files: { '/plain/b.png': picture('nocors'), '/plain/taint.png': picture('taint'), '/media/embed.webm': video } });
  const files = {
    '/img/overlay.png': picture('overlay'), '/img/bg.png': picture('background'), '/img/pic-300.png': picture('pic-300', 300, 214),
    '/img/pic-600.png': picture('pic-600', 600, 428), '/img/pic-fallback.png': picture('pic-fallback'), '/img/lazy.png': picture('lazy'),
    '/img/slide-1.png': picture('slide-1'), '/img/slide-2.png': picture('slide-2'), '/img/slide-3.png': picture('slide-3'),
    '/img/target.png': picture('redirected'), '/img/icon.png': picture('icon', 32, 32),
    '/img/inert.png': picture('inert'), '/img/blurred.png': picture('blurred', 28, 20),
    '/img/gallery-1.png': picture('gallery-1', 400, 300), '/img/gallery-2.png': picture('gallery-2', 400, 300),
    '/img/related-1.png': picture('related-1', 120, 68), '/img/related-2.png': picture('related-2', 120, 68),
    '/media/watch.webm': video,
  };
  const template = (name) => fs.readFileSync(path.join(SITE_DIR, 'platform', name), 'utf8').replaceAll('{{CDN}}', cdn.origin).replaceAll('{{FAR}}', far.origin);
  site = await serveSite({
    hostname: 'localhost',
    files,
    routes: {
      '/platform/feed.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(template('feed.html')),
      '/platform/embed.html': (req, res) => res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(template('embed.html')),
      // Picks the format by Accept, as image CDNs do: the modern variant only for a browser's image request.
      '/img/negotiated': (req, res) => {
        const modern = /image\/(webp|avif)/.test(req.headers.accept ?? '');
        served.push(modern ? 'modern' : 'plain');
        res.writeHead(200, { 'Content-Type': 'image/png', Vary: 'Accept' }).end(modern ? variants.modern : variants.plain);
      },
      '/img/moved': (req, res) => res.writeHead(302, { Location: '/img/target.png' }).end(),
    },
  });
  site.negotiated = { served, variants };
  // CORS for the page's origin, with credentials, under /cors/ only.
  cdn = await serveSite({
    hostname: 'localhost',
    files: { '/cors/a.png': picture('cors'), '/private/c.png': picture('cookie') },
    headers: { '/cors/': { 'Access-Control-Allow-Origin': site.origin, 'Access-Control-Allow-Credentials': 'true' } },
  });
  browser = await launchBrowser(browserName);
  feedUrl = `${site.origin}/platform/feed.html`;
  await browser.hookResult('newCase', { title: 'e2e platform capture' });
  // Logging in sets the session cookie for localhost, which its CDN on another port receives too.
  feed = await browser.openWithContentScript(feedUrl, `${site.origin}/login?next=/platform/feed.html`);
  await feed.evaluate(() => new Promise((resolve) => {
    const check = () => ([...document.images].every((img) => img.complete) ? resolve() : setTimeout(check, 50));
    check();
  }));
  await new Promise((resolve) => setTimeout(resolve, 300));   // the tainted canvas draws once its picture loaded
});

after(async () => {
  await browser?.close();
  for (const server of [site, cdn, far]) await server?.close();
});

const mediaOf = (record) => record.artifacts.find((a) => a.name.startsWith('media'));

// A right-click in the middle of the element `selector` (a real contextmenu event, so the content
// script remembers the point), then Takedown's menu item as the browser would call it.
async function rightClick(page, url, selector, info = {}) {
  const box = await page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  }, selector);
  await page.mouse.click(box.x, box.y, { button: 'right' });
  await page.keyboard.press('Escape').catch(() => {});
  return browser.hookResult('menuClick', { url, info });
}

async function keptFrom(selector, server, servedPath, { fetchedBy = 'page', target = 'image' } = {}) {
  const { record } = await rightClick(feed, feedUrl, selector);
  const media = record.data.media;
  assert.ok(media, JSON.stringify(record.data.not_captured));
  assert.equal(mediaOf(record)?.sha256, server.sha256(servedPath), `${selector}: ${JSON.stringify(media)}`);
  assert.equal(media.capture_method, 'file');
  assert.equal(media.found_by, 'pointer');
  assert.equal(media.target, target);
  assert.equal(media.fetched_by, fetchedBy, JSON.stringify(media.attempts));
  assert.equal(record.data.page_url, feedUrl);
  assert.equal(record.data.kind, 'image');
  return record;
}

test('a picture under a transparent layer is found by the point and kept whole', async () => {
  const record = await keptFrom('#overlay .shield', site, '/img/overlay.png');
  assert.equal(record.data.media.url, `${site.origin}/img/overlay.png`);
  assert.equal(record.data.media_url, `${site.origin}/img/overlay.png`);
  assert.equal(record.data.media.status, 200);
  assert.equal(record.data.media.content_type, 'image/png');
  assert.deepEqual(record.data.not_captured, []);
  assert.ok(record.artifacts.some((a) => a.name === 'element.png'), 'the crop follows the picture found');
});

test('a CSS background under a caption layer and a ::after gradient', async () => {
  const record = await keptFrom('#background .caption', site, '/img/bg.png', { target: 'background' });
  assert.equal(record.data.media.url, `${site.origin}/img/bg.png`);
});

test('<picture>/srcset keeps the candidate the browser showed', async () => {
  const shown = await feed.evaluate(() => document.querySelector('#picture img').currentSrc);
  const record = await keptFrom('#picture .shield', site, new URL(shown).pathname, { target: 'picture' });
  assert.equal(record.data.media.url, shown);
});

test('a lazy loader\'s data- attribute gives the picture when only its placeholder shows', async () => {
  await keptFrom('#lazy img', site, '/img/lazy.png');
});

test('a fading carousel keeps the visible slide, not the hidden ones stacked above it', async () => {
  await keptFrom('#carousel .shield', site, '/img/slide-2.png');
});

test('a picture that ignores the pointer wins over its container\'s placeholder background', async () => {
  await keptFrom('#inert .shield', site, '/img/inert.png');
});

test('a CDN on another origin with CORS: fetched in the page', async () => {
  await keptFrom('#cors .shield', cdn, '/cors/a.png');
});

test('a CDN on another site without CORS: the page\'s fetch fails, the extension\'s works, and both are said', async () => {
  const record = await keptFrom('#nocors .shield', far, '/plain/b.png', { fetchedBy: 'extension' });
  assert.equal(record.data.media.attempts.length, 1);
  assert.equal(record.data.media.attempts[0].by, 'page');
  assert.ok(record.data.media.attempts[0].reason.length > 0);
});

test('a CDN that needs the login cookie and sends no CORS headers', async () => {
  await keptFrom('#cookie .shield', cdn, '/private/c.png', { fetchedBy: 'extension' });
  const asked = cdn.requests.filter((r) => r.path === '/private/c.png');
  assert.ok(asked.length > 0 && asked.every((r) => r.loggedIn), JSON.stringify(asked));
});

test('a server that chooses the format by Accept gets asked as the browser asked', async () => {
  const { served, variants } = site.negotiated;
  assert.equal(served[0], 'modern', 'the browser\'s own request got the modern variant');
  const { record } = await rightClick(feed, feedUrl, '#accept .shield');
  assert.equal(mediaOf(record)?.sha256, sha(variants.modern), JSON.stringify({ served, media: record.data.media }));
  assert.match(record.data.media.headers.vary ?? '', /Accept/i);
});

test('a redirect: the bytes of the final address, and that address recorded', async () => {
  const record = await keptFrom('#redirect .shield', site, '/img/target.png');
  assert.equal(record.data.media.url, `${site.origin}/img/moved`);
  assert.equal(record.data.media.final_url, `${site.origin}/img/target.png`);
});

// The pixels of two PNG data: addresses compared in the page (encoders differ between the page's
// and an extension's toDataURL in Firefox; the pixels do not): how many bytes of RGBA differ.
const pixelDifference = (page, a, b) => page.evaluate(async ([first, second]) => {
  const pixels = async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height).data;
  };
  const [x, y] = [await pixels(first), await pixels(second)];
  if (x.length !== y.length) return -1;
  let differing = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) differing++;
  return differing;
}, [a, b]);

test('a canvas\'s pixels are kept as media-canvas.png', async () => {
  const expected = await feed.evaluate(() => document.getElementById('canvas').toDataURL('image/png'));
  const { record } = await rightClick(feed, feedUrl, '#canvas');
  const kept = record.artifacts.find((a) => a.name === 'media-canvas.png');
  assert.ok(kept, JSON.stringify(record.data.not_captured));
  const bytes = await browser.hookResult('artifactBase64', { sha256: kept.sha256 });
  assert.equal(sha(Buffer.from(bytes, 'base64')), kept.sha256);
  assert.equal(await pixelDifference(feed, expected, `data:image/png;base64,${bytes}`), 0, 'the same pixels as the page drew');
  assert.deepEqual({ ...record.data.media }, { capture_method: 'canvas', target: 'canvas', found_by: 'pointer', content_type: 'image/png', content_length: kept.size, width: 280, height: 200 });
});

// Chromium's content script reads a canvas as the page would: tainted, unreadable. Firefox's
// content script has the extension's host permission and may read it: then the pixels are kept.
test('a tainted canvas: kept where the browser lets the extension read it, else the record says why', async () => {
  const { record } = await rightClick(feed, feedUrl, '#tainted');
  assert.ok(record.artifacts.some((a) => a.name === 'screenshot.png'), 'the screenshot still shows it');
  if (browserName === 'firefox') {
    assert.equal(record.data.media?.capture_method, 'canvas', JSON.stringify(record.data.not_captured));
    assert.ok(record.artifacts.some((a) => a.name === 'media-canvas.png'));
    return;
  }
  assert.equal(record.data.media, undefined);
  const missing = record.data.not_captured.find((m) => m.what === 'media');
  assert.ok(missing, JSON.stringify(record.data.not_captured));
  assert.match(missing.reason, /tainted/);
});

test('the page\'s claims are recorded as claims; forms and letters use the address the browser showed', async () => {
  const records = await browser.hookResult('records', { caseId: (await browser.hookResult('sessionGet', { key: 'lastCapture' })).case });
  const capture = records.find((r) => r.type === 'capture');
  assert.equal(capture.data.page_url, feedUrl);
  assert.equal(capture.data.canonical_url, 'https://claimed.example/p/elsewhere');
  assert.ok(capture.data.author_hints.includes('https://claimed.example/@someone-else'));
  const facts = await browser.hookResult('caseFacts', { caseId: capture.case });
  assert.ok(facts.content_urls.includes(feedUrl), JSON.stringify(facts.content_urls));
  assert.ok(!facts.content_urls.some((u) => u.includes('claimed.example')), JSON.stringify(facts.content_urls));
});

test('the keyboard command on a video page whose player replaces the menu keeps the main video', async () => {
  const url = `${site.origin}/platform/watch.html`;
  const page = await browser.openWithContentScript(url);
  await page.evaluate(() => new Promise((resolve) => {
    const video = document.getElementById('video');
    if (video.readyState >= 1) resolve();
    else video.addEventListener('loadedmetadata', resolve, { once: true });
  }));
  const outcome = await browser.hookResult('reportCommand', { url });
  assert.equal(outcome.needs_choice, undefined, 'one plausible video: nothing to choose');
  const { media } = outcome.record.data;
  assert.equal(media.found_by, 'main_media');
  assert.equal(media.target, 'video');
  assert.equal(mediaOf(outcome.record)?.sha256, site.sha256('/media/watch.webm'));
  assert.equal(outcome.record.data.kind, 'page');
  await page.close();
});

test('"Report this page" finds the video of a player embedded from another site, in its frame', async () => {
  const url = `${site.origin}/platform/embed.html`;
  const page = await browser.openWithContentScript(url);
  await waitFor(async () => (await browser.hookResult('fillFrames', { url })) === 2, 'the player frame\'s content script');
  const outcome = await browser.hookResult('reportCommand', { url });
  assert.equal(outcome.needs_choice, undefined);
  const { media } = outcome.record.data;
  assert.equal(media?.found_by, 'main_media', JSON.stringify(outcome.record.data.not_captured));
  assert.equal(media.target, 'video');
  assert.equal(media.url, `${far.origin}/media/embed.webm`);
  assert.equal(mediaOf(outcome.record)?.sha256, far.sha256('/media/embed.webm'));
  assert.equal(outcome.record.data.page_url, url);
  await page.close();
});

test('"Report this page" with two large pictures lets the person choose by thumbnail', async () => {
  const url = `${site.origin}/platform/gallery.html`;
  const page = await browser.openWithContentScript(url);
  const tab = await browser.hookResult('tabId', { url });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('body[data-ready="true"]');
  await page.bringToFront();
  await popup.click('#report-page');
  await waitFor(async () => (await popup.evaluate(() => location.pathname)).endsWith('/pages/chooser.html'), 'the chooser');
  await popup.waitForSelector('body[data-ready="true"]');
  const offered = await popup.evaluate(() => [...document.querySelectorAll('#candidates button')].map((b) => ({
    index: b.dataset.index, text: b.textContent, thumb: b.querySelector('img')?.src.slice(0, 22) ?? null,
  })));
  assert.equal(offered.length, 2, JSON.stringify(offered));
  for (const o of offered) assert.equal(o.thumb, 'data:image/png;base64,', 'each has a thumbnail from the screenshot');
  assert.equal(await popup.evaluate(() => document.activeElement?.dataset.index), '0', 'the first choice has the focus');
  await page.bringToFront();
  await popup.click('#candidates button[data-index="1"]');
  await popup.waitForSelector('#chooser-result[data-state="ok"], #chooser-result[data-state="error"]');
  const caseId = await popup.$eval('#chooser-result', (el) => el.dataset.case ?? el.textContent);
  const records = await browser.hookResult('records', { caseId });
  // The last capture: its perceptual hashes (issue #16) follow it in the log.
  const record = records.filter((r) => r.type === 'capture').at(-1);
  assert.equal(record.data.media.found_by, 'chosen');
  assert.equal(record.data.media.target, 'background');
  assert.equal(mediaOf(record)?.sha256, site.sha256('/img/gallery-2.png'));

  // The keyboard command asks the same question (its chooser opens in a window of its own); "only
  // the page" keeps the page without either picture.
  const again = await browser.hookResult('reportCommand', { url });
  assert.match(again.needs_choice ?? '', /^c[0-9a-z]+$/);
  const ask = (action, payload) => sendFromExtensionPage(popup, { v: 1, id: action, action, payload });
  const offer = await ask('capture.choices', { choice: again.needs_choice });
  assert.deepEqual(offer.result.candidates.map((c) => c.target).sort(), ['background', 'image']);
  const pageOnly = await ask('capture.choose', { choice: again.needs_choice, index: -1 });
  assert.equal(pageOnly.ok, true, JSON.stringify(pageOnly.error));
  assert.equal(pageOnly.result.record.data.media, undefined);
  assert.ok(!pageOnly.result.record.artifacts.some((a) => a.name.startsWith('media')));
  assert.equal((await ask('capture.choose', { choice: again.needs_choice, index: 0 })).error.code, 'bad_message', 'a choice is used once');
  await popup.close();
  await page.close();
});

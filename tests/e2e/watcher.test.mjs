// The watcher (issue #16 §3), in TAKEDOWN_BROWSER: a picture captured into a case (its
// perceptual_hashes record written by the capture), then a page on another origin showing a
// re-encoded, resized and mirrored copy (served cross-origin, without CORS) among unrelated pictures
// is flagged, the right one only, with a notification whose click captures it into that case with
// data.perceptual_match; the plan then names the new address. A captured video, then a page playing
// a re-encoded copy is flagged. With the watcher off nothing is photographed or hashed and the
// server sees no request beyond the page's own; the popup's "Check this page" still finds the copy.
// All media are generated with ffmpeg (fractals and patterns, nothing depicting a person).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { launchBrowser, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
let browser;
let home;     // where the evidence was first found: 127.0.0.1
let media;    // a host serving the copies to other sites' pages (no CORS headers): 127.0.0.1, another port
let mirror;   // the site the copies turn up on: localhost, another origin
let caseId;
let imageSeq;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-watcher-'));
const run = promisify(execFile);
async function ffmpeg(args, name) {
  const out = path.join(tmp, name);
  await run('ffmpeg', ['-loglevel', 'error', '-y', ...args, out]);
  return fs.readFileSync(out);
}
const still = (source, name) => ffmpeg(['-f', 'lavfi', '-i', source, '-frames:v', '1'], name);

const html = (title, body) => Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<style>body{margin:0;font:16px sans-serif} .grid{display:flex;flex-wrap:wrap;gap:12px;padding:12px} img,video{display:block}</style></head>
<body>${body}</body></html>`);

before(async () => {
  const launching = launchBrowser(browserName);   // while ffmpeg works
  const vp8 = ['-c:v', 'libvpx', '-deadline', 'realtime', '-cpu-used', '8'];
  const [original, video, ...unrelated] = await Promise.all([
    still('mandelbrot=s=480x360:maxiter=400:start_x=-0.743643887037151:start_y=0.131825904205330:start_scale=0.02', 'original.png'),
    // A five-second fractal zoom.
    ffmpeg(['-f', 'lavfi', '-i', 'mandelbrot=s=320x240:r=5:maxiter=300:end_pts=40:start_scale=2', '-t', '5', ...vp8, '-b:v', '400k'], 'original.webm'),
    still('sierpinski=s=360x270:seed=3:type=carpet', 'u1.png'),
    still('sierpinski=s=360x270:seed=9:type=triangle', 'u2.png'),
    still('testsrc2=s=360x270', 'u3.png'),
    still('mandelbrot=s=360x270:maxiter=400:start_x=-1.25:start_y=0.2:start_scale=0.3', 'u4.png'),
    still('cellauto=s=360x270:rule=30:seed=5,format=rgb24', 'u5.png'),
  ]);
  // The copies: the picture mirrored, resized to three quarters and re-encoded as a JPEG; the video
  // smaller and re-encoded at a lower rate.
  const [copy, videoCopy] = await Promise.all([
    ffmpeg(['-i', path.join(tmp, 'original.png'), '-vf', 'hflip,scale=360:270', '-q:v', '6'], 'copy.jpg'),
    ffmpeg(['-i', path.join(tmp, 'original.webm'), '-vf', 'scale=288:216', ...vp8, '-b:v', '150k'], 'copy.webm'),
  ]);

  media = await serveSite({ files: {
    '/m/copy.jpg': copy, '/m/copy.webm': videoCopy,
    '/again.html': html('Again', '<img src="/m/copy.jpg" width="360" height="270" alt="">'),
    ...Object.fromEntries(unrelated.map((bytes, i) => [`/m/u${i + 1}.png`, bytes])),
  } });
  const images = (names) => names.map((n) => `<img src="${media.origin}/m/${n}" width="360" height="270" alt="">`).join('');
  home = await serveSite({ files: {
    '/original.png': original, '/original.webm': video,
    '/post.html': html('The post', '<img id="pic" src="/original.png" width="480" height="360" alt="">'),
    '/clip.html': html('The clip', '<video id="clip" src="/original.webm" muted playsinline width="320" height="240"></video>'),
  } });
  mirror = await serveSite({ hostname: 'localhost', files: {
    '/gallery.html': html('Gallery', `<div class="grid">${images(['u1.png', 'u2.png', 'copy.jpg', 'u3.png', 'u4.png', 'u5.png'])}</div>`),
    // The copy far below the first screen: the popup's check scrolls to it and back.
    '/quiet.html': html('Quiet', `<div class="grid">${images(['u1.png', 'u2.png'])}</div><div style="height:1500px"></div>${images(['copy.jpg'])}`),
    '/watch.html': html('Watch', `<video src="${media.origin}/m/copy.webm" muted autoplay loop playsinline width="288" height="216"></video>`),
  } });
  browser = await launching;
});

after(async () => {
  await browser?.close();
  await Promise.all([home, media, mirror].map((s) => s?.close()));
  fs.rmSync(tmp, { recursive: true, force: true });
});

const records = () => browser.hookResult('records', { caseId });
const hashesAbout = async (seq) => (await records()).find((r) => r.type === 'perceptual_hashes' && r.data.about_seq === seq);

async function setWatcher(on) {
  const page = await browser.openExtensionPage('pages/options.html');
  await page.waitForSelector('body[data-ready="true"]');
  const checked = await page.evaluate(() => document.getElementById('watcher-enabled').checked);
  if (checked !== on) await page.click('#watcher-enabled');
  await page.waitForSelector(`#watcher-state[data-state="${on ? 'on' : 'off'}"]`);
  await page.close();
}

async function openInFront(url) {
  const page = await browser.openWithContentScript(url);
  await page.bringToFront();
  return page;
}

test('a captured picture: a mirrored, resized, re-encoded copy on another site is flagged, the right one only', async () => {
  caseId = (await browser.hookResult('newCase', { title: 'Fractal post' })).id;
  const post = await openInFront(`${home.origin}/post.html`);
  const captured = await browser.hookResult('menuClick', { url: `${home.origin}/post.html`, info: { srcUrl: `${home.origin}/original.png`, mediaType: 'image' } });
  imageSeq = captured.record.seq;
  await waitFor(() => hashesAbout(imageSeq), 'the capture\'s perceptual hashes');
  await post.close();

  await setWatcher(true);
  const before = await browser.hookResult('watcherStats');
  const url = `${mirror.origin}/gallery.html`;
  const gallery = await openInFront(url);
  // Six pictures in view: all hashed (one photo of the tab can serve them all), one sighting.
  await waitFor(async () => (await browser.hookResult('watcherStats')).hashed - before.hashed >= 6, 'the gallery\'s six pictures hashed', 20_000);
  const { found, running } = await browser.hookResult('watcherStatus', { url });
  assert.equal(running, true);
  assert.equal(found.length, 1, JSON.stringify(found));
  const [sighting] = found;
  assert.equal(sighting.url, `${media.origin}/m/copy.jpg`);
  assert.equal(sighting.case, caseId);
  assert.equal(sighting.kind, 'image');
  assert.ok(sighting.distance <= 31, `distance ${sighting.distance}`);
  assert.equal(sighting.perceptual_match.seq, imageSeq);
  // Matched through a mirrored dihedral hash (the reference's names: a left-right mirror is flipy).
  assert.ok(['flipx', 'flipy'].includes(sighting.perceptual_match.transform), sighting.perceptual_match.transform);
  // Headless Firefox closes a notification as soon as it is shown (notifications.getAll is empty).
  if (browserName === 'chromium') assert.ok((await browser.hookResult('notifications')).includes(sighting.id), 'a notification for the sighting');
  // The copies were never requested again: the page's own loads only.
  assert.equal(media.requests.filter((r) => r.path === '/m/copy.jpg').length, 1);

  // One click on the notification: a capture in that case, the match recorded.
  const done = await browser.hookResult('watcherNotificationClick', { id: sighting.id });
  assert.equal(done.case, caseId);
  const record = (await records()).find((r) => r.seq === done.seq);
  assert.equal(record.type, 'capture');
  assert.equal(record.data.page_url, url);
  assert.equal(record.data.media_url, `${media.origin}/m/copy.jpg`);
  assert.deepEqual({ ...record.data.perceptual_match, distance: 0 }, { ...sighting.perceptual_match, distance: 0 });
  assert.equal(record.data.perceptual_match.artifact_sha256, home.sha256('/original.png'));
  assert.ok(record.artifacts.some((a) => a.name === 'screenshot.png'));
  assert.equal((await browser.hookResult('watcherStatus', { url })).found[0].captured.seq, done.seq);
  // The copy is served as application/octet-stream (the test server knows no .jpg): its bytes say
  // it is a picture, so the new capture is fingerprinted too and the watcher finds its later copies.
  await browser.hookResult('hashesSettled');
  const copyHashes = await hashesAbout(done.seq);
  assert.ok(copyHashes, 'the captured copy has a perceptual_hashes record');
  assert.equal(copyHashes.data.source, 'image');
  assert.equal(copyHashes.data.variants[0].name, 'full');

  // The plan now names the new site with its own removal step, and the letters and forms the new
  // address (they take the addresses from the captures).
  const plan = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await plan.waitForSelector('body[data-ready="true"]');
  assert.match(await plan.evaluate(() => document.getElementById('steps').innerText), /localhost/);
  await plan.close();
  assert.ok((await browser.hookResult('caseFacts', { caseId })).content_urls.includes(url));
  await gallery.close();
});

test('a captured video: a page playing a re-encoded copy is flagged', async () => {
  const clip = await openInFront(`${home.origin}/clip.html`);
  const captured = await browser.hookResult('menuClick', { url: `${home.origin}/clip.html`, info: { srcUrl: `${home.origin}/original.webm`, mediaType: 'video' } });
  await waitFor(() => hashesAbout(captured.record.seq), 'the video capture\'s frame hashes', 20_000);
  await clip.close();

  const url = `${mirror.origin}/watch.html`;
  const watch = await openInFront(url);
  await waitFor(async () => (await browser.hookResult('watcherStatus', { url })).found.length > 0, 'the video sighting', 20_000);
  const [sighting] = (await browser.hookResult('watcherStatus', { url })).found;
  assert.equal(sighting.kind, 'video');
  assert.equal(sighting.case, caseId);
  assert.equal(sighting.perceptual_match.seq, captured.record.seq);
  assert.ok(sighting.perceptual_match.candidate_share >= 80 || sighting.perceptual_match.reference_share >= 80, JSON.stringify(sighting));
  await watch.close();
});

test('with the watcher off nothing is hashed and nothing requested; "Check this page" still finds the copy', async () => {
  await setWatcher(false);
  const before = await browser.hookResult('watcherStats');
  const seen = media.requests.length;
  const url = `${mirror.origin}/quiet.html`;
  const page = await openInFront(url);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  assert.deepEqual(await browser.hookResult('watcherStats'), before, 'nothing photographed or hashed');
  // Only the page's own loads (or none, from the cache), each picture at most once.
  const loaded = media.requests.slice(seen).map((r) => r.path);
  assert.ok(loaded.every((p) => ['/m/copy.jpg', '/m/u1.png', '/m/u2.png'].includes(p)), loaded.join());
  assert.equal(new Set(loaded).size, loaded.length, loaded.join());
  const requestsBefore = media.requests.length;
  assert.equal((await browser.hookResult('watcherStatus', { url })).running, false);

  // The popup's check, once: progress, then the sighting with its button; no request added.
  const tab = await browser.hookResult('tabId', { url });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('body[data-watcher-ready="true"]');
  assert.equal(await popup.evaluate(() => document.getElementById('watcher-state').dataset.state), 'off');
  await page.bringToFront();   // as with the real popup, the checked page is the visible one
  await popup.click('#watcher-check');
  await popup.waitForSelector('#watcher-result[data-state="found"]', { timeout: 20_000 });
  const shown = await popup.evaluate(() => ({
    result: document.getElementById('watcher-result').textContent,
    items: [...document.querySelectorAll('#watcher-found li')].map((li) => ({ case: li.dataset.case, text: li.textContent })),
  }));
  assert.equal(shown.items.length, 1, JSON.stringify(shown));
  assert.equal(shown.items[0].case, caseId);
  assert.match(shown.result, /Fractal post/);
  assert.equal(media.requests.length, requestsBefore, 'the check made no request');
  assert.equal(await page.evaluate(() => scrollY), 0, 'the page is back where the person left it');
  assert.equal((await browser.hookResult('watcherStats')).photos > before.photos, true);
  await popup.close();
  await page.close();
});

test('a case\'s own switch runs the watcher for that case alone; an excluded site is left alone', async () => {
  const casePage = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await casePage.waitForSelector('#case-watcher:not([hidden])');
  assert.equal(await casePage.evaluate(() => document.getElementById('case-watcher-on').checked), false, 'off with the watcher off');
  await casePage.click('#case-watcher-on');
  await casePage.close();
  const options = await browser.openExtensionPage('pages/options.html');
  await options.waitForSelector('body[data-ready="true"]');
  assert.equal(await options.evaluate(() => document.getElementById('watcher-enabled').checked), false);
  await options.type('#watcher-site', 'http://localhost/');
  await options.click('#watcher-exclude button');
  await options.waitForSelector('#watcher-sites li[data-site="localhost"]');
  await options.close();

  // The copy on the excluded site: nothing happens.
  const before = await browser.hookResult('watcherStats');
  const excluded = `${mirror.origin}/quiet.html?excluded`;
  const page = await openInFront(excluded);
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const status = await browser.hookResult('watcherStatus', { url: excluded });
  assert.deepEqual([status.running, status.excluded], [true, true]);
  assert.deepEqual(await browser.hookResult('watcherStats'), before, 'nothing photographed or hashed');
  await page.close();

  // The copy on a site not excluded: flagged for the one case switched on.
  const url = `${media.origin}/again.html`;
  const again = await openInFront(url);
  await waitFor(async () => (await browser.hookResult('watcherStatus', { url })).found.length > 0, 'the sighting for the case switched on', 15_000);
  assert.equal((await browser.hookResult('watcherStatus', { url })).found[0].case, caseId);
  await again.close();
});

#!/usr/bin/env node
// The watcher's cost (issue #16 §3): the load time of a page of 40 pictures with the watcher on
// against off, in the same browser, runs alternating (on/off ratio, goal <= 1.10), and the
// background's own time per picture (decoding the tab's photo and cutting the crop; hashing and
// comparing), while the page is scrolled through so that every picture is looked at.
// Usage: TAKEDOWN_BROWSER=chromium|firefox node bench/watcher-load.mjs [--quick] (env as for the
// e2e tests: TAKEDOWN_WASM_DIR, TAKEDOWN_HOST, TAKEDOWN_PROTOCOL_JS). Prints JSON rows.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveSite, waitFor } from '../tests/e2e/harness.mjs';

const PICTURES = 40;

export async function benchWatcherLoad({ browserName = 'chromium', runs = 10 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-watcher-bench-'));
  // 40 different pictures: the frames of a fractal zoom, one a second.
  // A 41st, captured into a case first: the watcher has something to compare with (and finds nothing).
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'mandelbrot=s=400x300:r=1', '-frames:v', String(PICTURES), path.join(dir, 'p%02d.jpg')]);
  execFileSync('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'sierpinski=s=400x300:seed=4', '-frames:v', '1', path.join(dir, `p${PICTURES + 1}.jpg`)]);
  const files = {};
  const name = (i) => `/img/p${String(i).padStart(2, '0')}.jpg`;
  for (let i = 1; i <= PICTURES + 1; i++) files[name(i)] = fs.readFileSync(path.join(dir, name(i).slice(5)));
  fs.rmSync(dir, { recursive: true, force: true });
  files['/case.html'] = Buffer.from(`<!doctype html><title>Case</title><img src="${name(PICTURES + 1)}" width="400" height="300" alt="">`);
  const images = Array.from({ length: PICTURES }, (_, i) => `<img src="${name(i + 1)}" width="300" height="225" alt="">`).join('');
  files['/page.html'] = Buffer.from(`<!doctype html><html><head><meta charset="utf-8"><title>Forty pictures</title>
<style>body{margin:0} main{display:flex;flex-wrap:wrap;gap:8px;padding:8px} img{display:block}</style></head><body><main>${images}</main></body></html>`);
  // Nothing from the cache: every run loads every picture from the server, as a first visit does.
  const site = await serveSite({ files, headers: { '/': { 'Cache-Control': 'no-store' }, '/img/': { 'Content-Type': 'image/jpeg' } } });
  const browser = await launchBrowser(browserName);
  try {
    const setWatcher = async (on) => {
      const options = await browser.openExtensionPage('pages/options.html');
      await options.waitForSelector('body[data-ready="true"]');
      if (await options.evaluate(() => document.getElementById('watcher-enabled').checked) !== on) await options.click('#watcher-enabled');
      await options.waitForSelector(`#watcher-state[data-state="${on ? 'on' : 'off'}"]`);
      await options.close();
    };
    const stats = () => browser.hookResult('watcherStats');
    // Quiet: the watcher has had nothing new to do for a second.
    const settled = async () => {
      let last = JSON.stringify(await stats());
      await waitFor(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1000));
        const now = JSON.stringify(await stats());
        const same = now === last;
        last = now;
        return same;
      }, 'the watcher to settle', 60_000);
    };
    const caseId = (await browser.hookResult('newCase', { title: 'Bench' })).id;
    const casePage = await browser.openWithContentScript(`${site.origin}/case.html`);
    await casePage.bringToFront();
    const seeded = await browser.hookResult('menuClick', { url: `${site.origin}/case.html`, info: { srcUrl: `${site.origin}${name(PICTURES + 1)}`, mediaType: 'image' } });
    await waitFor(async () => (await browser.hookResult('records', { caseId })).some((r) => r.type === 'perceptual_hashes'), `the reference's hashes (${JSON.stringify(seeded.notCaptured)})`);
    await casePage.close();
    const page = await browser.newPage();
    await page.bringToFront();
    const loadMs = async (run) => {
      await page.goto(`${site.origin}/page.html?run=${run}`, { waitUntil: 'load' });
      return page.evaluate(() => {
        const [nav] = performance.getEntriesByType('navigation');
        return nav.loadEventEnd - nav.startTime;
      });
    };
    const times = { on: [], off: [] };
    for (let i = 0; i < runs; i++) {
      for (const on of i % 2 ? [true, false] : [false, true]) {
        await setWatcher(on);
        await page.bringToFront();
        times[on ? 'on' : 'off'].push(await loadMs(`${i}-${on}`));
        await settled();
      }
    }
    // Every picture looked at: scrolled through, a screen at a time.
    await setWatcher(true);
    await page.bringToFront();
    await loadMs('scroll');
    const before = await stats();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await new Promise((resolve) => setTimeout(resolve, 1200));
    }
    await settled();
    const after = await stats();
    const hashed = after.hashed - before.hashed;
    const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
    return {
      browser: browserName, runs, pictures: PICTURES,
      load_ms_off: median(times.off), load_ms_on: median(times.on), load_ratio: median(times.on) / median(times.off),
      pictures_hashed_scrolling: hashed, photos: after.photos - before.photos,
      photo_ms_per_picture: (after.photo_ms - before.photo_ms) / Math.max(1, hashed),
      hash_ms_per_picture: (after.hash_ms - before.hash_ms) / Math.max(1, hashed),
    };
  } finally {
    await browser.close();
    await site.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const result = await benchWatcherLoad({ browserName: process.env.TAKEDOWN_BROWSER ?? 'chromium', runs: values.quick ? 2 : 10 });
  console.log(JSON.stringify(result, null, 2));
}

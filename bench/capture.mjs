// Capture of a large video from the right-click to the stored record, against the plain download of
// the same bytes by the page itself in the same browser (the baseline), plus the browser's peak
// memory growth during the capture relative to the file's size. Used by bench/run.mjs.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { launchBrowser, serveSite } from '../tests/e2e/harness.mjs';

// Resident memory of every process of the browser's tree, in bytes (Linux /proc).
function treeRss(rootPid) {
  const children = new Map();
  for (const pid of fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const ppid = Number(fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch { /* the process ended meanwhile */ }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop();
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch { /* ended */ }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function benchCapture({ megabytes }) {
  const size = megabytes * 1024 * 1024;
  const video = crypto.randomBytes(size);
  const site = await serveSite({ files: { '/media/big.webm': video } });
  const browser = await launchBrowser('chromium');
  try {
    const url = `${site.origin}/capture.html`;
    const page = await browser.openWithContentScript(url);
    const srcUrl = `${site.origin}/media/big.webm`;
    const downloadMs = await page.evaluate(async (src) => {
      const started = performance.now();
      const bytes = await (await fetch(src, { cache: 'no-store' })).arrayBuffer();
      if (bytes.byteLength === 0) throw new Error('empty download');
      return performance.now() - started;
    }, srcUrl);
    const rootPid = findChromiumPid();
    const idle = treeRss(rootPid);
    let peak = idle;
    const sampler = setInterval(() => { peak = Math.max(peak, treeRss(rootPid)); }, 50);
    const started = Date.now();
    const click = await browser.hookResult('menuClick', { url, info: { mediaType: 'video', srcUrl } });
    const captureMs = Date.now() - started;
    clearInterval(sampler);
    const media = click.record.artifacts.find((a) => a.name.startsWith('media'));
    if (media?.sha256 !== site.sha256('/media/big.webm')) throw new Error(`the captured video's hash is wrong: ${JSON.stringify(click.record.data.not_captured)}`);
    return [
      { measure: `capture of a ${megabytes} MB video, right-click to stored record`, value: captureMs, unit: 'ms',
        baseline: 'the page downloading the same bytes (fetch), same browser', baselineValue: downloadMs },
      { measure: `browser memory growth during that capture (peak RSS − idle RSS), MB`, value: (peak - idle) / 2 ** 20, unit: 'MB',
        baseline: 'the video\'s size, MB', baselineValue: size / 2 ** 20 },
    ];
  } finally {
    await browser.close();
    await site.close();
  }
}

// Playwright's persistent context does not expose its process: take the newest chromium this node started.
function findChromiumPid() {
  const mine = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return stat.includes('(chromium)') && Number(stat.split(') ')[1].split(' ')[1]) === process.pid;
    } catch {
      return false;
    }
  });
  if (mine.length === 0) throw new Error('no chromium process found under this node process');
  return Math.max(...mine);
}

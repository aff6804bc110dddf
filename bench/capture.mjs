// Capture of a large video from the right-click to the stored record, against the plain download of
// the same bytes by the page itself in the same browser (the baseline), plus the browser's peak
// memory growth during the capture relative to the file's size, in Chromium and Firefox. Used by
// bench/run.mjs; alone: `node bench/capture.mjs [megabytes] [rounds]` (the env of bench/run).
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

// `browsers`: two or three rows each (Chromium and Firefox take the same path: the content script streams
// Blobs to the background, which hashes and stores them). `rounds`: captures per browser, each after
// its own baseline download; the rows report the median ratio and the largest memory ratio.
export async function benchCapture({ megabytes, browsers = ['chromium', 'firefox'], rounds = 3 }) {
  const size = megabytes * 1024 * 1024;
  const video = crypto.randomBytes(size);
  const site = await serveSite({ files: { '/media/big.webm': video } });
  const rows = [];
  try {
    for (const name of browsers) rows.push(...(await benchOne(name, { site, megabytes, size, rounds })));
  } finally {
    await site.close();
  }
  return rows;
}

async function benchOne(name, { site, megabytes, size, rounds }) {
  const browser = await launchBrowser(name);
  try {
    const url = `${site.origin}/capture.html`;
    const page = await browser.openWithContentScript(url);
    const srcUrl = `${site.origin}/media/big.webm`;
    const runs = [];
    const rootPid = findBrowserPid(name);
    // Peak resident memory of the browser's processes above what it was when `work` started.
    const growthDuring = async (work) => {
      const idle = treeRss(rootPid);
      let peak = idle;
      const sampler = setInterval(() => { peak = Math.max(peak, treeRss(rootPid)); }, 50);
      try {
        const result = await work();
        peak = Math.max(peak, treeRss(rootPid));   // a short download may end between two samples
        return { result, growth: peak - idle };
      } finally {
        clearInterval(sampler);
      }
    };
    for (let round = 0; round < rounds; round++) {
      const download = await growthDuring(() => page.evaluate(async (src) => {
        const started = performance.now();
        const bytes = await (await fetch(src, { cache: 'no-store' })).arrayBuffer();
        if (bytes.byteLength === 0) throw new Error('empty download');
        return performance.now() - started;
      }, srcUrl));
      const started = Date.now();
      const { result: click, growth } = await growthDuring(() => browser.hookResult('menuClick', { url, info: { mediaType: 'video', srcUrl } }));
      const captureMs = Date.now() - started;
      const media = click.record.artifacts.find((a) => a.name.startsWith('media'));
      if (media?.sha256 !== site.sha256('/media/big.webm')) throw new Error(`the captured video's hash is wrong: ${JSON.stringify(click.record.data.not_captured)}`);
      runs.push({ captureMs, downloadMs: download.result, growth, downloadGrowth: download.growth });
    }
    // The median round by capture/download ratio; memory: the largest growth of any round.
    const median = [...runs].sort((x, y) => x.captureMs / x.downloadMs - y.captureMs / y.downloadMs)[Math.floor(runs.length / 2)];
    const growth = Math.max(...runs.map((r) => r.growth));
    const downloadGrowth = Math.max(...runs.map((r) => r.downloadGrowth));
    const label = name === 'chromium' ? 'Chromium' : 'Firefox';
    const rows = [
      { measure: `${label}: capture of a ${megabytes} MB video, right-click to stored record (median of ${rounds})`, value: median.captureMs, unit: 'ms',
        baseline: 'the page downloading the same bytes (fetch), same browser, just before', baselineValue: median.downloadMs },
      { measure: `${label}: browser memory growth during those captures (largest peak RSS − idle RSS), MB`, value: growth / 2 ** 20, unit: 'MB',
        baseline: 'the video\'s size, MB', baselineValue: size / 2 ** 20 },
    ];
    // For scale: fetching the file at all grows the browser (a small file's download may show no growth).
    if (downloadGrowth > 0) {
      rows.push({ measure: `${label}: the same memory growth (largest of ${rounds}), MB`, value: growth / 2 ** 20, unit: 'MB',
        baseline: 'the growth while the page downloads the same file (largest of the same rounds)', baselineValue: downloadGrowth / 2 ** 20 });
    }
    return rows;
  } finally {
    await browser.close();
  }
}

// Neither driver exposes the browser's process: take the newest one of that browser this node started.
function findBrowserPid(name) {
  const command = name === 'chromium' ? /^\d+ \(chromium\)/ : /^\d+ \(firefox(-esr)?\)/;
  const mine = fs.readdirSync('/proc').filter((entry) => /^\d+$/.test(entry)).map(Number).filter((pid) => {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      return command.test(stat) && Number(stat.split(') ')[1].split(' ')[1]) === process.pid;
    } catch {
      return false;
    }
  });
  if (mine.length === 0) throw new Error(`no ${name} process found under this node process`);
  return Math.max(...mine);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchCapture({ megabytes: Number(process.argv[2] ?? 100), rounds: Number(process.argv[3] ?? 3) });
  for (const r of rows) console.log(`${r.measure}: ${r.value.toFixed(0)} ${r.unit} / ${r.baselineValue.toFixed(0)} ${r.unit} = ${(r.value / r.baselineValue).toFixed(2)}x`);
}

// Issue #15 part 3 in Debian's Chromium: a capture saved with the case page's "Web archive (WACZ)"
// button opens in ReplayWeb.page (npm replaywebpage, served here on loopback with byte ranges) and
// shows the captured page, its text, its image at natural size and its video, with the platform's
// addresses unreachable (everything comes out of the WACZ). With the host and a local TSA the
// archive's datapackage.json is timestamped (openssl ts -verify accepts the token); when the TSA is
// gone the archive is still made and says it is unstamped. The dossier keeps the page's bytes as
// .html.txt (byte for byte) with an inert rendering beside it; a child's case gets no web archive.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, requiredEnv, waitFor } from './harness.mjs';

const PLATFORM = 'https://platform.example';
const POST = `${PLATFORM}/post/wacz-1`;
const IMAGE = `${PLATFORM}/media/pic.png`;
const VIDEO = `${PLATFORM}/media/clip.webm`;
const TEXT = 'WACZ-REPLAY-TEXT-42';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-wacz-'));
const rwpDir = path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'node_modules', 'replaywebpage');
const { inertHtml } = await import(path.join(requiredEnv('TAKEDOWN_SOURCE_DIR'), 'extension', 'src', 'common', 'inert-html.js'));

let browser;
let tsa;
let server;
let caseId;
let casePage;
const archives = new Map();   // /archive/<name> -> bytes, served by the replay server
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: work, encoding: 'utf8', ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

// The local RFC 3161 TSA of host.proofs (tests/support/tsa_server.cpp) with a CA made here.
async function startTsa() {
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  run('openssl', ['req', '-x509', ...ec, '-days', '2', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Takedown WACZ TSA CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  fs.writeFileSync(path.join(work, 'tsa.ext'), 'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\nbasicConstraints=CA:FALSE\n');
  run('openssl', ['req', ...ec, '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=tsa']);
  run('openssl', ['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-out', 'tsa.pem', '-extfile', 'tsa.ext']);
  tsa = spawn(requiredEnv('TAKEDOWN_TEST_TSA'), ['--cert', path.join(work, 'tsa.pem'), '--key', path.join(work, 'tsa.key'), '--policy', '1.3.6.1.4.1.4146.1.99']);
  const port = await new Promise((resolve, reject) => {
    tsa.stdout.once('data', (chunk) => resolve(Number(chunk.toString().trim())));
    tsa.once('exit', (code) => reject(new Error(`the test TSA exited with ${code}`)));
  });
  return { TAKEDOWN_TSA_URL: `http://127.0.0.1:${port}/tsr`, TAKEDOWN_TSA_CA: path.join(work, 'ca.pem') };
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.wacz': 'application/wacz' };

// ReplayWeb.page's files under /rwp/ and the archives under /archive/: byte ranges (a suffix range
// longer than the file is clamped), Content-Length always, OPTIONS answered (Range is not a
// CORS-safelisted header).
function startReplayServer() {
  server = http.createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Headers': 'Range' });
      response.end();
      return;
    }
    let body = null;
    if (url.pathname.startsWith('/archive/')) body = archives.get(url.pathname) ?? null;
    else if (url.pathname.startsWith('/rwp/')) {
      const rel = url.pathname.slice('/rwp/'.length) || 'index.html';
      const file = path.join(rwpDir, rel);
      if (file.startsWith(rwpDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) body = fs.readFileSync(file);
    }
    if (!body) {
      response.writeHead(404, { 'Content-Length': '0' });
      response.end();
      return;
    }
    const headers = { 'Content-Type': TYPES[path.extname(url.pathname)] ?? 'application/octet-stream', 'Accept-Ranges': 'bytes',
      'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'Content-Range, Content-Length' };
    const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? '');
    let status = 200;
    let part = body;
    if (range && (range[1] || range[2])) {
      let start = range[1] ? Number(range[1]) : Math.max(0, body.length - Number(range[2]));
      let end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
      if (start > end) start = end;
      part = body.subarray(start, end + 1);
      status = 206;
      headers['Content-Range'] = `bytes ${start}-${end}/${body.length}`;
    }
    headers['Content-Length'] = String(part.length);
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : part);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function unzip(zip) {
  const dir = fs.mkdtempSync(path.join(work, 'unzipped-'));
  const file = path.join(dir, 'in.zip');
  fs.writeFileSync(file, zip);
  run('unzip', ['-q', file, '-d', path.join(dir, 'out')]);
  return path.join(dir, 'out');
}

async function clickWacz(seq) {
  const button = `tr[data-seq="${seq}"] button.wacz-export`;
  await casePage.waitForSelector(button);
  const [file] = await Promise.all([casePage.waitForEvent('download'), casePage.click(button)]);
  const bytes = fs.readFileSync(await file.path());
  await casePage.waitForFunction(() => document.getElementById('status').dataset.state === 'ok');
  return { name: file.suggestedFilename(), bytes, status: await casePage.$eval('#status', (el) => el.textContent) };
}

// Opens the archive in ReplayWeb.page's full app and answers the frame that replays `url`.
async function replay(name, url, at) {
  const ts = at.replace(/\D/g, '').slice(0, 14);
  const page = await browser.context.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/rwp/index.html?source=${encodeURIComponent(`/archive/${name}`)}#view=replay&url=${encodeURIComponent(url)}&ts=${ts}`);
  let frame = null;
  await waitFor(async () => {
    frame = page.frames().find((f) => f.url().includes(`mp_/${url}`));
    return frame && (await frame.evaluate((text) => document.body?.innerText.includes(text), TEXT));
  }, `ReplayWeb.page replaying ${url}`, 30_000);
  return { page, frame };
}

before(async () => {
  run('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=s=120x80', '-frames:v', '1', 'pic.png']);
  run('ffmpeg', ['-loglevel', 'error', '-f', 'lavfi', '-i', 'testsrc=s=160x120:r=10', '-t', '1', '-c:v', 'libvpx', '-b:v', '200k', 'clip.webm']);
  const post = `<!DOCTYPE html><html><head><title>A post for the archive</title></head><body><h1>Post</h1><p>${TEXT}</p>`
    + `<img id="pic" src="${IMAGE}" alt="pattern"><video id="clip" src="${VIDEO}" muted></video>`
    // The capture keeps the DOM, so the mark of this script's one run in the page is in the HTML kept.
    + '<script>document.body.dataset.runs = String(Number(document.body.dataset.runs ?? 0) + 1);</script></body></html>';
  fs.writeFileSync(path.join(work, 'post.html'), post);
  const env = process.env.TAKEDOWN_TEST_TSA ? await startTsa() : {};
  browser = await launchBrowser('chromium', { env });
  await browser.context.route(`${PLATFORM}/**`, (route) => {
    const url = route.request().url();
    if (url === IMAGE) return route.fulfill({ contentType: 'image/png', headers: { ETag: '"pic-1"' }, body: fs.readFileSync(path.join(work, 'pic.png')) });
    if (url === VIDEO) return route.fulfill({ contentType: 'video/webm', body: fs.readFileSync(path.join(work, 'clip.webm')) });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: post });
  });
  caseId = (await browser.hookResult('newCase', { title: 'e2e web archive' })).id;
  const page = await browser.openWithContentScript(POST);
  await browser.hookResult('menuClick', { url: POST, info: { mediaType: 'image', srcUrl: IMAGE } });
  await browser.hookResult('menuClick', { url: POST, info: { mediaType: 'video', srcUrl: VIDEO } });
  await page.close();
  // From here on the platform is gone: whatever replays comes out of the archive.
  await browser.context.unroute(`${PLATFORM}/**`);
  await browser.context.route(`${PLATFORM}/**`, (route) => route.abort());
  await startReplayServer();
  casePage = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await casePage.waitForSelector('body[data-ready="true"]');
});

after(async () => {
  await browser?.close();
  tsa?.kill();
  server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

test('the image capture\'s WACZ replays in ReplayWeb.page: text, image at natural size; timestamped by the host', async () => {
  const [image] = (await browser.hookResult('records', { caseId })).filter((r) => r.type === 'capture');
  assert.ok(image.artifacts.some((a) => a.name === 'page.html') && image.artifacts.some((a) => a.name === 'media.png'));
  const wacz = await clickWacz(image.seq);
  assert.equal(wacz.name, `takedown-${caseId}-${image.seq}.wacz`);
  const dir = unzip(wacz.bytes);
  const datapackage = fs.readFileSync(path.join(dir, 'datapackage.json'));
  const digest = JSON.parse(fs.readFileSync(path.join(dir, 'datapackage-digest.json'), 'utf8'));
  assert.equal(digest.hash, `sha256:${sha256(datapackage)}`);
  for (const resource of JSON.parse(datapackage).resources) assert.equal(resource.hash, `sha256:${sha256(fs.readFileSync(path.join(dir, resource.path)))}`);
  // The log keeps the export: format wacz, the file's name, datapackage.json's hash.
  const made = (await browser.hookResult('records', { caseId })).at(-1);
  assert.equal(made.type, 'export_made');
  assert.deepEqual(made.data, { format: 'wacz', records: image.seq + 1, file_name: wacz.name, datapackage_sha256: sha256(datapackage) });
  if (tsa) {
    assert.equal(digest.timestamp.format, 'rfc3161');
    assert.equal(digest.timestamp.imprint, `sha256:${sha256(datapackage)}`);
    run('openssl', ['ts', '-verify', '-data', path.join(dir, 'datapackage.json'), '-in', path.join(dir, 'datapackage.json.tsr'), '-CAfile', path.join(work, 'ca.pem')]);
    assert.match(wacz.status, /with a trusted timestamp: 127\.0\.0\.1:\d+ signed/);
  }

  archives.set(`/archive/${wacz.name}`, wacz.bytes);
  const { page, frame } = await replay(wacz.name, POST, image.at.utc);
  assert.equal(await frame.title(), 'A post for the archive');
  await frame.waitForFunction(() => document.getElementById('pic')?.complete && document.getElementById('pic').naturalWidth > 0, null, { timeout: 15_000 });
  assert.deepEqual(await frame.$eval('#pic', (img) => [img.naturalWidth, img.naturalHeight]), [120, 80]);
  await page.close();
});

test('the video capture\'s WACZ replays its video; without a TSA it is made anyway and says it is unstamped', async () => {
  tsa?.kill();   // the timestamp service goes away: the archive must not depend on it
  tsa = null;
  const video = (await browser.hookResult('records', { caseId })).filter((r) => r.type === 'capture')[1];
  assert.ok(video.artifacts.some((a) => a.name === 'media.webm'), video.artifacts.map((a) => a.name).join());
  const wacz = await clickWacz(video.seq);
  assert.match(wacz.status, /without a trusted timestamp: .* The archive says that it is unstamped\./);
  const dir = unzip(wacz.bytes);
  assert.equal(fs.existsSync(path.join(dir, 'datapackage.json.tsr')), false);
  assert.equal(JSON.parse(fs.readFileSync(path.join(dir, 'datapackage-digest.json'), 'utf8')).timestamp.format, 'none');

  archives.set(`/archive/${wacz.name}`, wacz.bytes);
  const { page, frame } = await replay(wacz.name, POST, video.at.utc);
  await frame.waitForFunction(() => document.getElementById('clip')?.readyState >= 1, null, { timeout: 15_000 });
  assert.deepEqual(await frame.$eval('#clip', (v) => [v.videoWidth, v.videoHeight, v.duration > 0.5]), [160, 120, true]);
  await page.close();
});

test('the dossier keeps the page\'s bytes as .html.txt and an inert rendering, never a page that runs', async () => {
  const { base64 } = await browser.hookResult('exportDossier', { caseId, lang: 'en' });
  const dir = path.join(unzip(Buffer.from(base64, 'base64')), caseId);
  const records = await browser.hookResult('records', { caseId });
  const pages = records.flatMap((r) => r.artifacts ?? []).filter((a) => a.mime === 'text/html');
  assert.ok(pages.length >= 1);
  const listed = fs.readdirSync(path.join(dir, 'data', 'artifacts'));
  for (const artifact of pages) {
    const kept = path.join(dir, 'data', 'artifacts', `${artifact.sha256}.html.txt`);
    const original = Buffer.from(await browser.hookResult('artifactText', { sha256: artifact.sha256 }), 'utf8');
    assert.deepEqual(fs.readFileSync(kept), original, 'the .txt is the artifact, byte for byte');
    assert.equal(sha256(fs.readFileSync(kept)), artifact.sha256);
    const inert = fs.readFileSync(path.join(dir, 'data', 'artifacts', `${artifact.sha256}.inert.html`));
    assert.deepEqual(inert, Buffer.from(inertHtml(original, 'en', `${artifact.sha256}.html.txt`)));
    assert.match(fs.readFileSync(path.join(dir, 'manifest-sha256.txt'), 'utf8'), new RegExp(`^${sha256(inert)}  data/artifacts/${artifact.sha256}\\.inert\\.html$`, 'm'));
  }
  // No other .html than the report and the inert renderings, and each of those starts with its policy.
  for (const name of listed.filter((n) => n.endsWith('.html'))) {
    assert.match(name, /\.inert\.html$/);
    assert.match(fs.readFileSync(path.join(dir, 'data', 'artifacts', name), 'utf8'), /^<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  }
  // Opened, the inert rendering runs no script and loads nothing; its banner says what it is.
  const view = await browser.context.newPage();
  const asked = [];
  const blocked = [];
  view.on('request', (request) => asked.push(request.url()));
  view.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText}`));
  const inertFile = path.join(dir, 'data', 'artifacts', `${pages[0].sha256}.inert.html`);
  await view.goto(`file://${inertFile}`);
  assert.equal(await view.evaluate(() => document.body.dataset.runs), '1', 'the script ran in the page, never in the inert copy');
  assert.match(await view.evaluate(() => document.querySelector('[role="note"]').textContent), /^Inert copy made by Takedown/);
  assert.ok(await view.evaluate((text) => document.body.innerText.includes(text), TEXT));
  // Chromium reports what the policy stopped as a request that failed with "csp": none left the browser.
  const outside = asked.filter((url) => !url.startsWith('file://'));
  assert.ok(outside.includes(IMAGE), 'the image was asked for and stopped');
  assert.deepEqual(blocked.filter((line) => !line.startsWith('file://')), outside.map((url) => `${url} csp`));
  await view.close();
});

test('a child\'s case gets no web archive: the button says why and nothing is exported', async () => {
  await browser.context.unroute(`${PLATFORM}/**`);
  await browser.context.route(`${PLATFORM}/**`, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<p>${TEXT}</p>` }));
  const page = await browser.openWithContentScript(`${PLATFORM}/child`);
  const { record } = await browser.hookResult('childMenuClick', { url: `${PLATFORM}/child`, info: {} });
  await page.close();
  assert.equal(record.data.safe, true);
  const before = (await browser.hookResult('records', { caseId: record.case })).length;
  await casePage.goto(casePage.url().replace(/case=[^&]+/, `case=${record.case}`));
  await casePage.waitForSelector('body[data-ready="true"]');
  await casePage.click(`tr[data-seq="${record.seq}"] button.wacz-export`);
  await casePage.waitForFunction(() => document.getElementById('status').dataset.state === 'error');
  const shown = await casePage.$eval('#status', (el) => el.textContent);
  assert.equal(shown, await browser.hookResult('message', { key: 'waczSafeRefused' }));
  assert.equal((await browser.hookResult('records', { caseId: record.case })).length, before, 'no export_made');
});

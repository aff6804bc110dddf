// Safe capture and redaction end to end (issue #13; TAKEDOWN_BROWSER: chromium or firefox).
// "Report: it shows my child" on an image and on a video keeps the page's facts as text and the
// media's SHA-256, and stores no artifact that is an image or video, no screenshot, no thumbnail and
// no page HTML (the page holds an inline data: image); the case becomes a safe child's case and a
// later capture from the normal item is safe too; the popup's button does the same. After a normal
// capture, a child's sexual case offers "Remove the pictures, keep the proof" on the case page: after
// the confirm dialog the pictures are gone from IndexedDB and from the vault, a redaction record
// names them, and the case verifies with the redaction named, in the browser and in the vault. No
// exported dossier holds an image.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, requiredEnv, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
const CLIP_SIZE = 2 * 1024 * 1024 + 777;
let browser;
let site;
let url;
let safeCase;

function seededBytes(seed, size) {
  const out = Buffer.alloc(size);
  let state = crypto.createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += state.length) {
    state.copy(out, offset);
    state = crypto.createHash('sha256').update(state).digest();
  }
  return out;
}

// What a picture is, for these checks: images, video, and HTML (which can carry inline images).
const isPicture = (artifact) => /^(image|video)\//.test(artifact.mime) || /html/.test(artifact.mime);
// An inline image's bytes: a data: address with its payload (a record may name the type only: "data:image/png;base64,…").
const INLINE_IMAGE = /data:image\/[a-z0-9.+-]+;base64,[A-Za-z0-9+/]/i;

before(async () => {
  site = await serveSite({ files: { '/media/clip.webm': seededBytes('takedown child clip', CLIP_SIZE) } });
  browser = await launchBrowser(browserName);
  url = `${site.origin}/safe.html`;
  await browser.openWithContentScript(url);
});

after(async () => {
  await browser?.close();
  await site?.close();
});

const childClick = (info) => browser.hookResult('childMenuClick', { url, info });
const normalClick = (info) => browser.hookResult('menuClick', { url, info });

async function assertNoPictureStored(sha256s) {
  const stored = await browser.hookResult('allArtifacts');
  for (const sha256 of sha256s) assert.ok(!stored.some((a) => a.sha256 === sha256), `the bytes ${sha256} are not stored`);
  return stored;
}

// Unzips an exported dossier and checks it holds no picture of any kind.
async function exportHasNoImage(caseId) {
  const { name, base64 } = await browser.hookResult('exportDossier', { caseId, lang: 'en' });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-safe-dossier-'));
  fs.writeFileSync(path.join(work, name), Buffer.from(base64, 'base64'));
  execFileSync(process.env.CMAKE_COMMAND ?? 'cmake', ['-E', 'tar', 'xf', name], { cwd: work });
  const files = fs.readdirSync(path.join(work, caseId), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? e.path, e.name));
  for (const file of files) {
    if (!file.endsWith(path.join('data', 'report.html'))) assert.doesNotMatch(path.basename(file), /\.(png|jpe?g|gif|webp|svg|webm|mp4|html?)$/i);
    const bytes = fs.readFileSync(file);
    assert.doesNotMatch(bytes.toString('latin1'), INLINE_IMAGE, `${file} holds an inline image`);
    assert.ok(!bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), `${file} is a PNG`);
  }
  const report = fs.readFileSync(path.join(work, caseId, 'data', 'report.html'), 'utf8');
  assert.ok(!/<img/i.test(report), 'the report shows no image');
  const sums = spawnSync('sha256sum', ['--strict', '-c', 'manifest-sha256.txt'], { cwd: path.join(work, caseId), encoding: 'utf8' });
  assert.equal(sums.status, 0, sums.stdout + sums.stderr);
  fs.rmSync(work, { recursive: true, force: true });
  return report;
}

test('the context menu has the child item beside the report item', async () => {
  assert.equal(await browser.hookResult('menuExists', { id: 'takedown-report-child' }), true);
  assert.equal(await browser.hookResult('menuExists', { id: 'takedown-report' }), true);
});

test('a safe capture of an image keeps the page as text and the image\'s hash, and no picture', async () => {
  safeCase = (await browser.hookResult('newCase', { title: 'my child' })).id;
  const click = await childClick({ mediaType: 'image', srcUrl: `${site.origin}/photo.svg` });
  const { record } = click;
  assert.equal(click.case, safeCase);
  assert.equal(record.data.safe, true);
  assert.equal(record.data.media_sha256, site.sha256('/photo.svg'));
  assert.equal(record.data.media_size, fs.statSync(path.join(path.dirname(new URL(import.meta.url).pathname), 'site', 'photo.svg')).size);
  assert.equal(record.data.media_mime, 'image/svg+xml');
  assert.deepEqual(record.artifacts.map((a) => [a.name, a.mime]), [['page.json', 'application/json']]);
  assert.ok(record.data.not_captured.some((m) => m.what === 'pictures'), 'the record says why no picture was kept');
  assert.equal(record.data.meta['og:image'], 'data:image/png;base64,…', 'a data: image in the page\'s metadata is named by its type only');
  const page = JSON.parse(await browser.hookResult('artifactText', { sha256: record.artifacts[0].sha256 }));
  assert.equal(page.url, url);
  assert.equal(page.title, 'A post about a pupil');
  assert.match(page.text, /Visible words under the picture/);
  assert.doesNotMatch(JSON.stringify(page), INLINE_IMAGE, 'page.json holds no inline image');
  assert.ok(!JSON.stringify(record).includes('iVBORw0KGgo'), 'the record holds no image bytes');
  await assertNoPictureStored([site.sha256('/photo.svg')]);
  const entry = await browser.hookResult('caseEntry', { caseId: safeCase });
  assert.equal(entry.safe, true);
  assert.equal(entry.answers.depicted, 'my_child');
  assert.equal(click.noticeShown, true);
});

test('a safe capture of a video hashes the whole stream and stores none of it', async () => {
  const clip = `${site.origin}/media/clip.webm`;
  const { record } = await childClick({ mediaType: 'video', srcUrl: clip });
  assert.equal(record.data.media_sha256, site.sha256('/media/clip.webm'));
  assert.equal(record.data.media_size, CLIP_SIZE);
  assert.equal(record.data.media_mime, 'video/webm');
  assert.ok(record.artifacts.every((a) => !isPicture(a)), JSON.stringify(record.artifacts));
  const stored = await assertNoPictureStored([site.sha256('/media/clip.webm')]);
  assert.ok(!stored.some((a) => a.size === CLIP_SIZE));
});

test('an inline data: image is hashed, and only its type is named', async () => {
  const inline = await browser.hookResult('records', { caseId: safeCase });
  const dataUrl = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
  const { record } = await childClick({ mediaType: 'image', srcUrl: dataUrl });
  assert.equal(record.seq, inline.length);
  assert.equal(record.data.media_url, 'data:image/png;base64,…');
  assert.equal(record.data.media_sha256, crypto.createHash('sha256').update(Buffer.from(dataUrl.split(',')[1], 'base64')).digest('hex'));
  assert.ok(!JSON.stringify(record).includes('iVBORw0KGgo'));
});

test('every later capture into a safe case is safe, also from the normal menu item', async () => {
  const { record } = await normalClick({ mediaType: 'image', srcUrl: `${site.origin}/photo.svg` });
  assert.equal(record.data.safe, true);
  assert.ok(record.artifacts.every((a) => !isPicture(a)), JSON.stringify(record.artifacts));
  assert.ok(!record.artifacts.some((a) => /screenshot|element|page\.html/.test(a.name)));
  const page = await normalClick({});
  assert.equal(page.record.data.safe, true);
  assert.ok(page.record.artifacts.every((a) => !isPicture(a)));
});

test('the popup\'s "Report: it shows my child" makes a safe capture', async () => {
  const tab = await browser.hookResult('tabId', { url });
  const popup = await browser.openExtensionPage(`pages/status.html?tab=${tab}`);
  await popup.waitForSelector('#report-child:not([disabled])');
  const before = (await browser.hookResult('records', { caseId: safeCase })).length;
  await popup.click('#report-child');
  await popup.waitForSelector('#report-result[data-state="ok"]');
  assert.equal(await popup.$eval('#report-result', (el) => el.dataset.case), safeCase);
  const records = await browser.hookResult('records', { caseId: safeCase });
  assert.equal(records.length, before + 1);
  assert.equal(records.at(-1).data.safe, true);
  assert.ok(records.at(-1).artifacts.every((a) => !isPicture(a)));
  await popup.close();
});

test('the safe case verifies, and its dossier holds no image', async () => {
  const result = await browser.hookResult('verifyCase', { caseId: safeCase });
  assert.equal(result.ok, true, JSON.stringify(result.first_problem));
  const records = await browser.hookResult('records', { caseId: safeCase });
  assert.ok(records.flatMap((r) => r.artifacts).every((a) => !isPicture(a)));
  const report = await exportHasNoImage(safeCase);
  assert.ok(report.includes(site.sha256('/media/clip.webm')), 'the report names the video by its hash');
});

let redactCase;
let pictures;
test('"Remove the pictures, keep the proof": the confirm dialog, then no picture in the browser', async () => {
  redactCase = (await browser.hookResult('newCase', { title: 'turned out to be my child' })).id;
  await normalClick({ mediaType: 'image', srcUrl: `${site.origin}/photo.svg` });
  await normalClick({ mediaType: 'video', srcUrl: `${site.origin}/media/clip.webm` });
  const captured = await browser.hookResult('records', { caseId: redactCase });
  pictures = captured.flatMap((r) => r.artifacts.filter(isPicture).map((a) => ({ seq: r.seq, name: a.name, sha256: a.sha256 })));
  assert.ok(pictures.some((p) => p.sha256 === site.sha256('/media/clip.webm')) && pictures.some((p) => p.name === 'screenshot.png'));
  // The vault got the pictures with the captures.
  await waitFor(() => Promise.resolve(pictures.every((p) => fs.existsSync(blobPath(p.sha256)))), 'the pictures in the vault');

  const before = await browser.openExtensionPage(`pages/case.html?case=${redactCase}`);
  await before.waitForSelector('body[data-ready="true"]');
  assert.equal(await before.$eval('#redact-offer', (el) => el.hidden), true, 'not offered before the answers say it is a child');
  await before.close();   // a new page, not a reload: Firefox's BiDi does not navigate extension pages
  await browser.hookResult('setAnswers', { caseId: redactCase, answers: { depicted: 'my_child', sexual: 'yes' } });
  const page = await browser.openExtensionPage(`pages/case.html?case=${redactCase}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#redact-offer:not([hidden])');
  assert.ok(await page.$eval('#records', (el) => el.querySelectorAll('img').length) > 0, 'thumbnails before');

  // Keyboard: the button opens the modal dialog; Escape closes it and nothing happens.
  await page.focus('#redact-open');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#redact-dialog[open]');
  assert.match(await page.$eval('#redact-count', (el) => el.textContent), new RegExp(`^${pictures.length} `));
  await page.keyboard.press('Escape');
  await waitFor(async () => !(await page.$eval('#redact-dialog', (el) => el.open)), 'the dialog to close');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'redact-open', 'focus returns to the button');
  assert.equal((await browser.hookResult('records', { caseId: redactCase })).length, captured.length, 'cancel changes nothing');

  await page.click('#redact-open');
  await page.waitForSelector('#redact-dialog[open]');
  await page.click('#redact-form button[type="submit"]');
  await page.waitForSelector('#status[data-state="ok"]', { timeout: 60_000 });
  assert.equal(await page.$eval('#redact-offer', (el) => el.hidden), true);
  assert.equal(await page.$eval('#records', (el) => el.querySelectorAll('img').length), 0, 'no thumbnail after');
  assert.ok(await page.$eval('#records', (el) => el.querySelectorAll('.redacted').length) >= pictures.length);

  const records = await browser.hookResult('records', { caseId: redactCase });
  const redaction = records.at(-1);
  assert.equal(redaction.type, 'redaction');
  assert.equal(redaction.data.reason, 'child_sexual_image');
  assert.deepEqual(redaction.data.artifacts, pictures);
  await assertNoPictureStored(pictures.map((p) => p.sha256));
  assert.equal((await browser.hookResult('caseEntry', { caseId: redactCase })).safe, true);

  const expected = await browser.hookResult('message', { key: 'redactVerifyOk', substitutions: [String(records.length), String(pictures.length)] });
  await page.click('#verify');
  await waitFor(async () => (await page.$eval('#status', (el) => el.textContent)) === expected, `the check to say "${expected}"`);
  await page.close();
});

test('the redacted case verifies with the redaction named, and a missing file nobody redacted still fails', async () => {
  const result = await browser.hookResult('verifyCase', { caseId: redactCase });
  assert.equal(result.ok, true, JSON.stringify(result.first_problem));
  assert.equal(result.artifacts_redacted, pictures.length);
  const records = await browser.hookResult('records', { caseId: redactCase });
  assert.deepEqual(result.redacted.map(({ seq, name, sha256 }) => ({ seq, name, sha256 })), pictures);
  assert.ok(result.redacted.every((r) => r.by_seq === records.at(-1).seq && r.reason === 'child_sexual_image'));
  // The same log with the redaction record left out: the chain is intact up to there, the files are not.
  const withoutRedaction = spawnSync(requiredEnv('TAKEDOWN_HOST'), ['call', 'evidence.verify'],
    { input: JSON.stringify({ records: records.slice(0, -1), artifacts: {} }), encoding: 'utf8' });
  const answer = JSON.parse(withoutRedaction.stdout).result;
  assert.equal(answer.ok, false);
  assert.equal(answer.first_problem.kind, 'artifact_missing');
  const report = await exportHasNoImage(redactCase);
  assert.ok(report.includes('removed by record'), 'the report says which files were removed');
});

const blobPath = (sha256) => path.join(browser.vaultDir, 'blobs', 'sha256', sha256.slice(0, 2), sha256);

test('the vault deleted the pictures too and its verify names the redaction', async () => {
  await waitFor(() => Promise.resolve(pictures.every((p) => !fs.existsSync(blobPath(p.sha256)))), 'the pictures gone from the vault');
  const host = requiredEnv('TAKEDOWN_HOST');
  const verified = spawnSync(host, ['vault', 'verify', '--case', redactCase, '--vault', browser.vaultDir, '--json'], { encoding: 'utf8' });
  assert.equal(verified.status, 0, verified.stdout + verified.stderr);
  const report = JSON.parse(verified.stdout);
  assert.equal(report.ok, true);
  assert.equal(report.cases[0].artifacts_redacted, pictures.length);
  assert.deepEqual(report.cases[0].redacted.map((r) => r.sha256).sort(), pictures.map((p) => p.sha256).sort());
  const text = spawnSync(host, ['vault', 'verify', '--case', redactCase, '--vault', browser.vaultDir], { encoding: 'utf8' });
  assert.equal(text.status, 0);
  assert.match(text.stdout, /^redacted\t.*screenshot\.png.*child_sexual_image$/m);
  // The safe case never sent a picture to the vault.
  const safeRecords = await browser.hookResult('records', { caseId: safeCase });
  for (const artifact of safeRecords.flatMap((r) => r.artifacts)) assert.ok(!isPicture(artifact));
});

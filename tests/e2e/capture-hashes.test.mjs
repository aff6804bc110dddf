// Every capture is hashed (issue #16, part 2; TAKEDOWN_BROWSER: chromium or firefox). Captured
// pictures get a perceptual_hashes record whose PDQ hash equals the core's hash of the same pixels
// decoded outside the browser (ffmpeg), with alpha composited on white and EXIF orientation applied
// as displayed; a captured video gets one frame hash per second, each close to the hash of ffmpeg's
// frame at that time, a dark frame kept with its low quality, and a WebM without a length in its
// header (as recorders write it) is sampled over its whole length; a safe capture gets hashes and
// stores no pixel; the dossier's hashes.csv has one row per picture and per frame, and the exported
// log verifies with the host. All media are generated
// here (ffmpeg test patterns and shapes drawn in code): nothing depicts a person.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { launchBrowser, requiredEnv, serveSite } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-hashes-'));
const ffmpeg = (args) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { cwd: work, maxBuffer: 64 << 20 });
const sha = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

let browser;
let site;
let pageUrl;
let caseId;
let safeCase;
const media = {};     // name -> {path, bytes, rgb: {data, width, height}} (rgb: the pixels as a browser should decode them)
const recorded = {};  // name -> the perceptual_hashes record of its capture

// A PNG of RGBA pixels (colour type 6), drawn by `pixel(x, y)` -> [r, g, b, a].
function rgbaPng(width, height, pixel) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 4);
    for (let x = 0; x < width; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

// Stripes, checks and a ring cut out of the picture: fully transparent there (binary alpha, so
// "composited on white" has one exact answer: white).
function shapes(x, y) {
  const hole = Math.hypot(x - 120, y - 110) < 60 && Math.hypot(x - 120, y - 110) > 25;
  const band = y < 18;
  const r = (x * 5 + y * 2) % 256;
  const g = ((x >> 4) + (y >> 4)) % 2 ? 230 : 30;
  const b = (x * y) % 251;
  return hole || band ? [r, g, b, 0] : [r, g, b, 255];
}

// ffmpeg's decode of `file` as RGB bytes (after `filters`).
function rgbOf(file, width, height, filters = null, at = null) {
  const data = ffmpeg([...(at === null ? [] : ['-ss', String(at)]), '-i', file, ...(filters ? ['-vf', filters] : []),
    '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']);
  assert.equal(data.length, width * height * 3, `${file}: ${width}x${height} RGB`);
  return { data, width, height };
}

// An EXIF block saying "rotate 90° clockwise to display" (Orientation 6), put right after SOI.
function withOrientation6(jpeg) {
  const tiff = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00, 0x01, 0x00,
    0x12, 0x01, 0x03, 0x00, 0x01, 0x00, 0x00, 0x00, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.alloc(4);
  app1.writeUInt16BE(0xffe1, 0);
  app1.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), app1, body, jpeg.subarray(2)]);
}

const pdq = async ({ data, width, height }) => browser.hookResult('pdqHash', { base64: Buffer.from(data).toString('base64'), width, height, channels: 3 });
const distance = (a, b) => {
  let bits = 0;
  for (let i = 0; i < 64; i += 8) {
    let x = parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16);
    for (; x; x &= x - 1) bits += 1;
  }
  return bits;
};

before(async () => {
  // The pictures: an opaque test pattern (PNG), shapes with transparent holes (PNG), a JPEG whose
  // EXIF says it is shown turned, and another pattern for the safe capture.
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=400x300', '-frames:v', '1', 'pattern.png']);
  media.pattern = { bytes: fs.readFileSync(path.join(work, 'pattern.png')), rgb: rgbOf('pattern.png', 400, 300) };
  const holes = rgbaPng(320, 240, shapes);
  const white = Buffer.alloc(320 * 240 * 3);
  for (let y = 0; y < 240; y++) for (let x = 0; x < 320; x++) {
    const [r, g, b, a] = shapes(x, y);
    white.set(a ? [r, g, b] : [255, 255, 255], (y * 320 + x) * 3);
  }
  media.holes = { bytes: holes, rgb: { data: white, width: 320, height: 240 } };
  ffmpeg(['-f', 'lavfi', '-i', 'mandelbrot=s=400x300', '-frames:v', '1', '-pix_fmt', 'yuvj444p', '-q:v', '2', 'upright.jpg']);
  media.turned = { bytes: withOrientation6(fs.readFileSync(path.join(work, 'upright.jpg'))), rgb: rgbOf('upright.jpg', 300, 400, 'transpose=1') };
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=360x240', '-vf', 'hflip,drawbox=x=40:y=30:w=120:h=90:color=orange:t=fill', '-frames:v', '1', 'safe.png']);
  media.safe = { bytes: fs.readFileSync(path.join(work, 'safe.png')), rgb: rgbOf('safe.png', 360, 240) };
  // The video: half a second of black (a frame with no detail), then a moving test pattern; 3.5 s.
  ffmpeg(['-f', 'lavfi', '-i', 'color=c=black:s=320x240:r=10:d=0.5', '-f', 'lavfi', '-i', 'testsrc=s=320x240:r=10:d=3',
    '-filter_complex', '[0:v][1:v]concat=n=2:v=1:a=0', '-c:v', 'libvpx', '-b:v', '400k', 'clip.webm']);
  media.clip = { bytes: fs.readFileSync(path.join(work, 'clip.webm')) };
  // A WebM with no length and no index in its header, as a browser's MediaRecorder writes it.
  ffmpeg(['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=10:d=3', '-c:v', 'libvpx', '-b:v', '300k', '-live', '1', '-f', 'webm', 'live.webm']);
  media.live = { bytes: fs.readFileSync(path.join(work, 'live.webm')) };

  const files = {
    '/hashes.html': Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Generated media</title></head><body>
      <img id="pattern" src="/media/pattern.png" alt="pattern"><img id="holes" src="/media/holes.png" alt="holes">
      <img id="turned" src="/media/turned.jpg" alt="turned"><video id="clip" src="/media/clip.webm" muted></video></body></html>`),
    '/media/pattern.png': media.pattern.bytes, '/media/holes.png': media.holes.bytes,
    '/media/turned.jpg': media.turned.bytes, '/media/safe.png': media.safe.bytes, '/media/clip.webm': media.clip.bytes,
    '/media/live.webm': media.live.bytes,
  };
  site = await serveSite({ files, headers: { '/media/turned.jpg': { 'Content-Type': 'image/jpeg' } } });
  browser = await launchBrowser(browserName);
  pageUrl = `${site.origin}/hashes.html`;
  await browser.openWithContentScript(pageUrl);
  caseId = (await browser.hookResult('newCase', { title: 'hashes' })).id;
});

after(async () => {
  await browser?.close();
  await site?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const records = (id = caseId) => browser.hookResult('records', { caseId: id });

// Captures `name` with the given menu item and answers the capture and the hashes recorded about it.
async function captureOf(name, { mediaType = 'image', hook = 'menuClick' } = {}) {
  const file = { clip: 'clip.webm', live: 'live.webm', turned: 'turned.jpg' }[name] ?? `${name}.png`;
  const { record } = await browser.hookResult(hook, { url: pageUrl, info: { mediaType, srcUrl: `${site.origin}/media/${file}` } });
  await browser.hookResult('hashesSettled');
  const about = (await records(record.case)).filter((r) => r.type === 'perceptual_hashes' && r.data.about_seq === record.seq);
  return { record, about };
}

async function assertPictureHashes(name) {
  const { record, about } = await captureOf(name);
  assert.equal(about.length, 1, `one perceptual_hashes record about the ${name} capture`);
  const [hashes] = about;
  const kept = record.artifacts.find((a) => /^media\./.test(a.name));
  assert.equal(kept.sha256, sha(media[name].bytes));
  assert.equal(hashes.data.artifact_sha256, kept.sha256);
  assert.deepEqual([hashes.data.source, hashes.data.algorithm, hashes.data.width, hashes.data.height, hashes.artifacts],
    ['image', 'pdq', media[name].rgb.width, media[name].rgb.height, []]);
  const full = hashes.data.variants.find((v) => v.name === 'full');
  assert.ok(full, JSON.stringify(hashes.data.variants.map((v) => v.name)));
  assert.equal(full.dihedral.length, 8);
  assert.equal(full.dihedral[0], full.hash);
  recorded[name] = hashes;
  return { full, expected: await pdq(media[name].rgb), hashes };
}

test('a captured picture gets the PDQ hash of its decoded pixels, with its 8 dihedral hashes', async () => {
  const { full, expected, hashes } = await assertPictureHashes('pattern');
  assert.equal(full.hash, expected.hash, 'the same hash as the core gives for ffmpeg\'s decode of the PNG');
  assert.equal(full.quality, expected.quality);
  assert.ok(full.quality >= 50, `a test pattern has detail (quality ${full.quality})`);
  assert.deepEqual(full.dihedral, expected.dihedral);
  // The log reads capture, then its hashes: a picture's hashes are waited for.
  const log = await records();
  assert.equal(log.at(-1).seq, hashes.seq);
  assert.equal(log.at(-2).type, 'capture');
  // A mirrored copy is far from the hash and near one of the dihedral hashes.
  const mirrored = await pdq(rgbOf('pattern.png', 400, 300, 'hflip'));
  assert.ok(distance(mirrored.hash, full.hash) > 31, 'plain PDQ does not see the mirror');
  // PDQ's filters are not exactly symmetric: a mirror is near a dihedral hash, not equal (pdq.md: 12-32).
  const nearest = Math.min(...full.dihedral.map((h) => distance(mirrored.hash, h)));
  assert.ok(nearest <= 31, `a dihedral hash does (distance ${nearest})`);
});

test('transparency is composited on white before hashing', async () => {
  const { full, expected } = await assertPictureHashes('holes');
  assert.equal(full.hash, expected.hash);
  assert.equal(full.quality, expected.quality);
});

test('EXIF orientation is applied as the picture is displayed', async () => {
  const { full, expected } = await assertPictureHashes('turned');
  // The browser's and ffmpeg's JPEG decoders may round differently: close, not equal.
  assert.ok(distance(full.hash, expected.hash) <= 12, `upright as displayed (distance ${distance(full.hash, expected.hash)})`);
  const sideways = await pdq(rgbOf('upright.jpg', 400, 300));
  assert.ok(distance(full.hash, sideways.hash) > 31, 'not the stored, sideways pixels');
});

test('a captured video gets one frame hash per second, each close to ffmpeg\'s frame', async () => {
  const { record, about } = await captureOf('clip', { mediaType: 'video' });
  assert.equal(about.length, 1, JSON.stringify(record.data.not_captured));
  const [hashes] = about;
  const kept = record.artifacts.find((a) => /^media/.test(a.name));
  assert.equal(kept.sha256, sha(media.clip.bytes));
  assert.deepEqual([hashes.data.source, hashes.data.artifact_sha256, hashes.data.width, hashes.data.height],
    ['video', kept.sha256, 320, 240]);
  assert.ok(Math.abs(hashes.data.duration_ms - 3500) <= 100, `duration ${hashes.data.duration_ms}`);
  assert.deepEqual(hashes.data.frames.map((f) => f.timestamp), [0, 1000, 2000, 3000]);
  const [black, ...moving] = hashes.data.frames;
  assert.ok(black.quality < 50, `the black frame is kept, marked by its quality (${black.quality})`);
  for (const frame of moving) {
    assert.ok(frame.quality >= 50, `frame at ${frame.timestamp} ms: quality ${frame.quality}`);
    const theirs = await pdq(rgbOf('clip.webm', 320, 240, null, frame.timestamp / 1000));
    assert.ok(distance(frame.hash, theirs.hash) <= 31, `frame at ${frame.timestamp} ms matches ffmpeg's (distance ${distance(frame.hash, theirs.hash)})`);
  }
  assert.ok(distance(moving[0].hash, recorded.pattern.data.variants.find((v) => v.name === 'full').hash) > 31, 'unlike the captured picture');
  recorded.clip = hashes;
});

test('a video whose header gives no length (a recording) is sampled over its whole length', async () => {
  const { about } = await captureOf('live', { mediaType: 'video' });
  assert.equal(about.length, 1);
  assert.ok(Math.abs(about[0].data.duration_ms - 3000) <= 100, `duration ${about[0].data.duration_ms}`);
  assert.deepEqual(about[0].data.frames.map((f) => f.timestamp), [0, 1000, 2000]);
  assert.ok(about[0].data.frames.every((f) => f.quality >= 50), JSON.stringify(about[0].data.frames));
  recorded.live = about[0];
});

test('a safe capture records the hashes and stores no pixel', async () => {
  safeCase = (await browser.hookResult('newCase', { title: 'my child' })).id;
  const storedBefore = new Set((await browser.hookResult('allArtifacts')).map((a) => a.sha256));
  const picture = await captureOf('safe', { hook: 'childMenuClick' });
  const video = await captureOf('clip', { hook: 'childMenuClick', mediaType: 'video' });
  assert.equal(picture.record.case, safeCase);
  assert.equal(picture.record.data.media_sha256, sha(media.safe.bytes));
  assert.equal(picture.about.length, 1);
  const full = picture.about[0].data.variants.find((v) => v.name === 'full');
  assert.equal(picture.about[0].data.artifact_sha256, sha(media.safe.bytes));
  assert.equal(full.hash, (await pdq(media.safe.rgb)).hash);
  assert.equal(video.about.length, 1);
  assert.equal(video.about[0].data.artifact_sha256, sha(media.clip.bytes));
  assert.deepEqual(video.about[0].data.frames.map((f) => [f.timestamp, f.hash]), recorded.clip.data.frames.map((f) => [f.timestamp, f.hash]));
  const added = (await browser.hookResult('allArtifacts')).filter((a) => !storedBefore.has(a.sha256));
  assert.ok(added.every((a) => a.mime === 'application/json'), `only page text was stored: ${JSON.stringify(added)}`);
  assert.ok(!added.some((a) => a.sha256 === sha(media.safe.bytes)));
  for (const id of [caseId, safeCase]) {
    const verified = await browser.hookResult('verifyCase', { caseId: id });
    assert.equal(verified.ok, true, JSON.stringify(verified.first_problem));
  }
});

// Unzips a case's dossier and answers its hashes.csv lines and file names.
async function dossierOf(id) {
  const { name, base64 } = await browser.hookResult('exportDossier', { caseId: id, lang: 'en' });
  const dir = fs.mkdtempSync(path.join(work, 'dossier-'));
  fs.writeFileSync(path.join(dir, name), Buffer.from(base64, 'base64'));
  execFileSync(process.env.CMAKE_COMMAND ?? 'cmake', ['-E', 'tar', 'xf', name], { cwd: dir });
  const bag = path.join(dir, id);
  const csv = fs.readFileSync(path.join(bag, 'data', 'hashes.csv'), 'utf8');
  const manifest = fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8');
  const files = fs.readdirSync(bag, { recursive: true });
  const log = fs.readFileSync(path.join(bag, 'data', 'log.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  return { csv, manifest, files, log, report: fs.readFileSync(path.join(bag, 'data', 'report.html'), 'utf8') };
}

test('the dossier holds hashes.csv: one row per picture and per video frame', async () => {
  const { csv, manifest, report, log } = await dossierOf(caseId);
  assert.ok(csv.endsWith('\r\n'));
  const lines = csv.split('\r\n').slice(0, -1);
  assert.equal(lines[0], 'hash,quality,artifact_sha256,frame_ms');
  const row = (hash, quality, artifact, frameMs) => `${hash},${quality},${artifact},${frameMs ?? ''}`;
  const pictures = ['pattern', 'holes', 'turned'].map((name) => {
    const full = recorded[name].data.variants.find((v) => v.name === 'full');
    return row(full.hash, full.quality, sha(media[name].bytes), null);
  });
  const frames = ['clip', 'live'].flatMap((name) => recorded[name].data.frames.map((f) => row(f.hash, f.quality, sha(media[name].bytes), f.timestamp)));
  assert.deepEqual(lines.slice(1), [...pictures, ...frames]);
  assert.match(manifest, / {2}data\/hashes\.csv$/m);
  assert.match(report, /Fingerprint of the picture/);
  // The exported log, hashes included, verifies outside the browser with the host's core.
  const run = spawnSync(requiredEnv('TAKEDOWN_HOST'), ['call', 'evidence.verify'], { input: JSON.stringify({ records: log }), encoding: 'utf8' });
  const verified = JSON.parse(run.stdout);
  assert.equal(verified.result?.ok, true, run.stdout);
  assert.ok(log.filter((r) => r.type === 'perceptual_hashes').length >= 5);

  // A child's case: the hashes, and no picture at all.
  const safe = await dossierOf(safeCase);
  const safeLines = safe.csv.split('\r\n').slice(1, -1);
  assert.equal(safeLines.length, 1 + recorded.clip.data.frames.length);
  assert.ok(safeLines[0].startsWith(`${(await pdq(media.safe.rgb)).hash},`));
  assert.ok(!safe.files.some((f) => /\.(png|jpe?g|webm)$/i.test(f)), safe.files.join(' '));
});

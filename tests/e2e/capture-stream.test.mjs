// Streamed video and audio (issue #15 part 2; TAKEDOWN_BROWSER: chromium or firefox), on a page that
// plays the way platforms do: a Media Source player fed DASH segments made with ffmpeg at test time
// (video only; separate video and audio SourceBuffers; audio only), an <audio> file, and a video
// from another origin that sends no CORS headers. The kept streams equal the served segments byte
// for byte; a recording has the right type and length; the cross-origin video keeps frames and says why.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, serveSite, waitFor } from './harness.mjs';

const browserName = process.env.TAKEDOWN_BROWSER ?? 'chromium';
let browser;
let site;
let other;   // another origin, without CORS headers
let work;
let caseId;
const served = {};   // path -> bytes

const ffmpeg = (args, cwd) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { cwd });
const VIDEO = ['-f', 'lavfi', '-i', 'testsrc2=s=320x240:r=25'];
const VP9 = ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k', '-g', '50', '-keyint_min', '50'];
const DASH = ['-f', 'dash', '-dash_segment_type', 'webm', '-seg_duration', '2', '-use_template', '1', '-use_timeline', '0'];

// ffmpeg's DASH output in `dir`, served under `/gen/<dir>/`: the manifest's codecs and file names.
function dash(dir, args) {
  const out = path.join(work, dir);
  fs.mkdirSync(out);
  ffmpeg([...args, 'manifest.mpd'], out);
  for (const name of fs.readdirSync(out)) served[`/gen/${dir}/${name}`] = fs.readFileSync(path.join(out, name));
  return fs.readFileSync(path.join(out, 'manifest.mpd'), 'utf8');
}
const urls = (dir, names) => names.map((name) => `/gen/${dir}/${name}`);
const concat = (paths) => Buffer.concat(paths.map((p) => served[p]));
const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const json = (value) => Buffer.from(JSON.stringify(value));

const streams = {};
before(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-stream-'));
  dash('v', [...VIDEO, '-t', '6', ...VP9, '-an', ...DASH, '-init_seg_name', 'init.webm', '-media_seg_name', 'seg-$Number$.webm']);
  dash('av', [...VIDEO, '-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '6', '-map', '0:v', '-map', '1:a', ...VP9,
    '-c:a', 'libopus', '-b:a', '48k', ...DASH, '-adaptation_sets', 'id=0,streams=v id=1,streams=a',
    '-init_seg_name', 'init-$RepresentationID$.webm', '-media_seg_name', 'chunk-$RepresentationID$-$Number%05d$.webm']);
  dash('a', ['-f', 'lavfi', '-i', 'sine=frequency=330', '-t', '6', '-c:a', 'libopus', '-b:a', '48k', ...DASH,
    '-init_seg_name', 'init.webm', '-media_seg_name', 'voice-$Number$.webm']);
  ffmpeg([...VIDEO, '-t', '6', ...VP9, '-an', path.join(work, 'clip.webm')]);
  ffmpeg(['-f', 'lavfi', '-i', 'sine=frequency=550', '-t', '8', '-c:a', 'libopus', '-b:a', '48k', path.join(work, 'tone.webm')]);
  served['/gen/tone.webm'] = fs.readFileSync(path.join(work, 'tone.webm'));
  const numbered = (dir, prefix) => Object.keys(served).filter((p) => p.startsWith(`/gen/${dir}/${prefix}`)).sort();
  streams.v = urls('v', ['init.webm']).concat(numbered('v', 'seg-'));
  streams.av = [urls('av', ['init-0.webm']).concat(numbered('av', 'chunk-0-')), urls('av', ['init-1.webm']).concat(numbered('av', 'chunk-1-'))];
  streams.a = urls('a', ['init.webm']).concat(numbered('a', 'voice-'));

  // The same stream again, but its last segment is gone once the player has it (no-store, then 410),
  // as with a signed address that expired.
  streams.gap = streams.v.map((p) => p.replace('/gen/v/', '/gen/gap/'));
  for (const [i, p] of streams.gap.entries()) served[p] = served[streams.v[i]];
  const gone = streams.gap.at(-1);
  let asked = 0;
  const routes = {
    [gone]: (req, res) => {
      if ((asked += 1) > 1) res.writeHead(410, { 'Content-Type': 'text/plain' }).end('expired');
      else res.writeHead(200, { 'Content-Type': 'video/webm', 'Cache-Control': 'no-store' }).end(served[gone]);
    },
  };

  other = await serveSite({ files: { '/clip.webm': fs.readFileSync(path.join(work, 'clip.webm')) } });
  site = await serveSite({
    routes,
    files: {
      ...served,
      '/gen/v.json': json({ element: 'video', buffers: [{ mime: 'video/webm; codecs="vp09.00.20.08"', urls: streams.v }] }),
      '/gen/av.json': json({ element: 'video', buffers: [
        { mime: 'video/webm; codecs="vp09.00.20.08"', urls: streams.av[0] }, { mime: 'audio/webm; codecs="opus"', urls: streams.av[1] }] }),
      '/gen/gap.json': json({ element: 'video', buffers: [{ mime: 'video/webm; codecs="vp09.00.20.08"', urls: streams.gap }] }),
      '/gen/a.json': json({ element: 'audio', buffers: [{ mime: 'audio/webm; codecs="opus"', urls: streams.a }] }),
      '/gen/tone.json': json({ element: 'audio', src: '/gen/tone.webm' }),
      '/gen/foreign.json': json({ element: 'video', src: `${other.origin}/clip.webm` }),
    },
  });
  browser = await launchBrowser(browserName);
  caseId = (await browser.hookResult('newCase', { title: 'e2e streamed media' })).id;
});

after(async () => {
  await browser?.close();
  await site?.close();
  await other?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

// Opens the player with `config` and waits until it plays; answers the page, its address and the
// element's address (a blob: for a Media Source).
async function play(config) {
  const url = `${site.origin}/stream.html?config=/gen/${config}.json`;
  const page = await browser.openWithContentScript(url);
  await page.click('h1');
  await waitFor(() => page.evaluate(() => (document.querySelector('video, audio')?.currentTime ?? 0) > 0.3), `${config} playing`);
  const src = await page.evaluate(() => document.querySelector('video, audio').currentSrc);
  return { page, url, src };
}

const artifact = (record, name) => record.artifacts.find((a) => a.name === name);
const bytesOf = async (entry) => Buffer.from(await browser.hookResult('artifactBase64', { sha256: entry.sha256 }), 'base64');

// How long a recording plays, by decoding it whole (Chromium's WebM header has no duration).
function decodedMs(bytes) {
  const file = path.join(work, `decoded-${crypto.randomUUID()}.webm`);
  fs.writeFileSync(file, bytes);
  const run = spawnSync('ffmpeg', ['-hide_banner', '-i', file, '-f', 'null', '-'], { encoding: 'utf8' });
  const times = [...run.stderr.matchAll(/time=(\d+):(\d+):(\d+\.\d+)/g)];
  assert.ok(times.length, run.stderr);
  const [, h, m, s] = times.at(-1);
  return Math.round(((Number(h) * 60 + Number(m)) * 60 + Number(s)) * 1000);
}

// Each stream's segments in fetch order: where each one sits in the artifact, init first.
function assertSegments(media, name, paths) {
  const listed = media.segments.filter((s) => s.artifact === name);
  assert.deepEqual(listed.map((s) => new URL(s.url).pathname), paths);
  let offset = 0;
  for (const [i, segment] of listed.entries()) {
    assert.equal(segment.offset, offset);
    assert.equal(segment.size, served[paths[i]].length);
    assert.equal(segment.init ?? false, i === 0);
    offset += segment.size;
  }
}

test('a Media Source video: the segments the player fetched, init first, byte for byte', async () => {
  const { page, url, src } = await play('v');
  assert.match(src, /^blob:/);
  const { record, media, notCaptured } = await browser.hookResult('streamCapture', { url, target: { target: 'video', url: src } });
  assert.deepEqual(notCaptured, []);
  assert.equal(media.capture_method, 'segments');
  assert.equal(media.url, src);
  const kept = artifact(record, 'media-stream-1.webm');
  assert.equal(kept.sha256, sha256(concat(streams.v)));
  assert.equal(kept.mime, 'video/webm');
  assertSegments(media, 'media-stream-1.webm', streams.v);
  assert.deepEqual(record.data.media, media, 'the record keeps data.media as captured');
  await page.close();
});

test('separate video and audio SourceBuffers become two streams', async () => {
  const { page, url, src } = await play('av');
  const { record, media, notCaptured } = await browser.hookResult('streamCapture', { url, target: { target: 'video', url: src } });
  assert.deepEqual(notCaptured, []);
  assert.equal(media.capture_method, 'segments');
  const [video, audio] = [artifact(record, 'media-stream-1.webm'), artifact(record, 'media-stream-2.webm')];
  assert.equal(video.sha256, sha256(concat(streams.av[0])));
  assert.equal(video.mime, 'video/webm');
  assert.equal(audio.sha256, sha256(concat(streams.av[1])));
  assert.equal(audio.mime, 'audio/webm');
  assertSegments(media, 'media-stream-1.webm', streams.av[0]);
  assertSegments(media, 'media-stream-2.webm', streams.av[1]);
  await page.close();
});

test('a segment that can no longer be fetched: the rest is kept, the gap said, and what plays recorded', async () => {
  const { page, url, src } = await play('gap');
  const { record, media, notCaptured } = await browser.hookResult('streamCapture', {
    url, target: { target: 'video', url: src }, limits: { recordMaxMs: 500 } });
  const gap = notCaptured.find((n) => n.what === 'media_segments');
  assert.ok(gap, JSON.stringify(notCaptured));
  assert.match(gap.reason, new RegExp(`${streams.gap.at(-1)} can no longer be fetched \\(the site answered 410\\)`));
  assert.equal(media.capture_method, 'recording');
  assert.equal(media.stopped_by, 'limit');
  const kept = streams.gap.slice(0, -1);
  assert.equal(artifact(record, 'media-stream-1.webm').sha256, sha256(concat(kept)));
  assertSegments(media, 'media-stream-1.webm', kept);
  assert.ok(artifact(record, 'media-recording.webm'));
  await page.close();
});

test('audio only (a voice) through Media Source: its segments', async () => {
  const { page, url, src } = await play('a');
  const { record, media, notCaptured } = await browser.hookResult('streamCapture', { url, target: { target: 'audio', url: src } });
  assert.deepEqual(notCaptured, []);
  assert.equal(media.capture_method, 'segments');
  assert.equal(media.target, 'audio');
  const kept = artifact(record, 'media-stream-1.webm');
  assert.equal(kept.sha256, sha256(concat(streams.a)));
  assert.equal(kept.mime, 'audio/webm');
  await page.close();
});

test('a recording of what plays stops at its limit, with its type, codec, length and time range', async () => {
  const { page, url, src } = await play('v');
  const { record, media } = await browser.hookResult('streamCapture', {
    url, target: { target: 'video', url: src }, prefer: 'recording', limits: { recordMaxMs: 1500 } });
  assert.equal(media.capture_method, 'recording');
  assert.equal(media.stopped_by, 'limit');
  assert.match(media.codec, /vp[89]/);
  // A recording cut at 1.5 s holds at most that much of what played (the first frames may take a moment).
  assert.ok(media.duration_ms > 750 && media.duration_ms <= 1600, `duration ${media.duration_ms}`);
  assert.equal(media.width, 320);
  if (media.time_range) assert.ok(media.time_range.end_ms > media.time_range.start_ms, JSON.stringify(media.time_range));
  const kept = artifact(record, 'media-recording.webm');
  assert.equal(kept.mime, 'video/webm');
  const played = decodedMs(await bytesOf(kept));
  assert.ok(Math.abs(played - media.duration_ms) < 250, `the file plays ${played} ms, the record says ${media.duration_ms}`);
  await page.close();
});

test('the person stops a recording of an <audio> with the in-page Stop button', async () => {
  const { page, url, src } = await play('tone');
  const capturing = browser.hookResult('streamCapture', {
    url, target: { target: 'audio', url: src }, prefer: 'recording', limits: { recordMaxMs: 30_000 } });
  let panel = null;
  await waitFor(async () => {
    panel = await browser.hookResult('streamPressStop', { url });
    return panel !== null;
  }, 'the recording panel');
  assert.equal(panel.text, 'Takedown is recording this sound as evidence while it plays.');
  assert.equal(panel.button, 'Stop recording');
  assert.match(panel.time, /recorded, at most 0:30$/);
  const { record, media } = await capturing;
  assert.equal(media.capture_method, 'recording');
  assert.equal(media.stopped_by, 'person');
  assert.equal(media.target, 'audio');
  assert.equal(media.width, undefined);
  const kept = record.artifacts.find((a) => a.name.startsWith('media-recording.'));
  assert.match(kept.mime, /^audio\/(webm|ogg)$/);
  const played = decodedMs(await bytesOf(kept));
  assert.ok(Math.abs(played - media.duration_ms) < 250, `the file plays ${played} ms, the record says ${media.duration_ms}`);
  assert.equal(await page.evaluate(() => document.getElementById('takedown-stream-host')), null, 'the panel is gone');
  await page.close();
});

test('a video from another origin without CORS cannot be recorded: the reason, and frames instead', async () => {
  const { page, url, src } = await play('foreign');
  assert.equal(src, `${other.origin}/clip.webm`);
  const { record, media, notCaptured } = await browser.hookResult('streamCapture', {
    url, target: { target: 'video', url: src }, limits: { frames: 3 } });
  assert.equal(media.capture_method, 'frames', JSON.stringify(notCaptured));
  const why = notCaptured.find((n) => n.what === 'media_recording');
  assert.match(why.reason, /SecurityError/);
  assert.match(why.reason, /another site that does not allow reading it/);
  assert.equal(media.frames, 3);
  const frames = record.artifacts.filter((a) => /^frame-\d{3}\.png$/.test(a.name)).map((a) => a.name);
  assert.deepEqual(frames, ['frame-001.png', 'frame-002.png', 'frame-003.png']);
  const first = await bytesOf(artifact(record, 'frame-001.png'));
  assert.equal(first.readUInt32BE(16), 320, 'the frame is the element, not the whole tab');
  assert.ok(artifact(record, 'screenshot.png'));
  await page.close();
});

test('the records seal into one chain that verifies', async () => {
  const records = await browser.hookResult('records', { caseId });
  assert.equal(records.length, 7);
  const result = await browser.hookResult('verifyCase', { caseId });
  assert.equal(result.ok, true, JSON.stringify(result.first_problem));
});

// content/media-bytes.js (issue #15 part 2) on media that ffmpeg makes at test time: WebM and
// fragmented MP4 DASH segments, MPEG-TS, ADTS audio, a progressive MP4, and things that are not
// media. Segments are recognised by their bytes, streams of sound told from video, and start times
// read from Cluster Timecodes and tfdt boxes.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { after, before, test } from 'node:test';

const root = process.env.TAKEDOWN_SOURCE_DIR;
const context = { URL };
context.globalThis = context;
vm.runInNewContext(fs.readFileSync(path.join(root, 'extension/src/content/media-bytes.js'), 'utf8'), context);
const bytes = context.takedownMediaBytes;

let work;
const ffmpeg = (args, cwd = work) => execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args], { cwd });
const read = (dir, name) => new Uint8Array(fs.readFileSync(path.join(work, dir, name)));
const head = (dir, name) => read(dir, name).subarray(0, 4096);
const DASH = ['-f', 'dash', '-seg_duration', '2', '-use_template', '1', '-use_timeline', '0'];
const VIDEO = ['-f', 'lavfi', '-i', 'testsrc2=s=160x120:r=25', '-t', '6', '-g', '50', '-keyint_min', '50'];
const SOUND = ['-f', 'lavfi', '-i', 'sine=frequency=440', '-t', '6'];

function dash(dir, args) {
  fs.mkdirSync(path.join(work, dir));
  ffmpeg([...args, ...DASH, 'manifest.mpd'], path.join(work, dir));
}

before(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-media-bytes-'));
  dash('webm', [...VIDEO, '-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-dash_segment_type', 'webm',
    '-init_seg_name', 'init.webm', '-media_seg_name', 'seg-$Number$.webm']);
  dash('opus', [...SOUND, '-c:a', 'libopus', '-dash_segment_type', 'webm', '-init_seg_name', 'init.webm', '-media_seg_name', 'seg-$Number$.webm']);
  dash('mp4', [...VIDEO, '-c:v', 'mpeg4', '-init_seg_name', 'init.mp4', '-media_seg_name', 'seg-$Number$.m4s']);
  dash('aac', [...SOUND, '-c:a', 'aac', '-init_seg_name', 'init.mp4', '-media_seg_name', 'seg-$Number$.m4s']);
  fs.mkdirSync(path.join(work, 'files'));
  ffmpeg([...VIDEO, '-c:v', 'mpeg2video', '-f', 'mpegts', 'files/clip.ts']);
  ffmpeg([...SOUND, '-c:a', 'aac', '-f', 'adts', 'files/voice.aac']);
  ffmpeg([...VIDEO, '-c:v', 'mpeg4', 'files/clip.mp4']);
});

after(() => fs.rmSync(work, { recursive: true, force: true }));

test('init and media segments are told apart by their bytes, in WebM and in fragmented MP4', () => {
  for (const [dir, init, media, container] of [['webm', 'init.webm', 'seg-1.webm', 'webm'], ['opus', 'init.webm', 'seg-2.webm', 'webm'],
    ['mp4', 'init.mp4', 'seg-1.m4s', 'mp4'], ['aac', 'init.mp4', 'seg-3.m4s', 'mp4']]) {
    assert.deepEqual({ ...bytes.kind(head(dir, init)) }, { container, role: 'init' }, `${dir}/${init}`);
    assert.deepEqual({ ...bytes.kind(head(dir, media)) }, { container, role: 'media' }, `${dir}/${media}`);
  }
});

test('self-contained media: MPEG-TS and ADTS segments, a progressive MP4 file', () => {
  assert.deepEqual({ ...bytes.kind(head('files', 'clip.ts')) }, { container: 'ts', role: 'media' });
  assert.deepEqual({ ...bytes.kind(head('files', 'voice.aac')) }, { container: 'aac', role: 'media' });
  assert.deepEqual({ ...bytes.kind(head('files', 'clip.mp4')) }, { container: 'mp4', role: 'whole' });
});

test('what is not media is nothing', () => {
  for (const text of ['{"segments": [1, 2, 3]}', '<!doctype html><title>x</title>', '#EXTM3U\n#EXT-X-VERSION:3\n', '']) {
    assert.equal(bytes.kind(new TextEncoder().encode(text)), null, text);
  }
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  assert.equal(bytes.kind(png), null);
});

test('sound only is recognised from the init segment, whatever the server calls it', () => {
  assert.equal(bytes.audioOnly(read('opus', 'init.webm'), 'video/webm'), true);
  assert.equal(bytes.audioOnly(read('aac', 'init.mp4'), 'application/octet-stream'), true);
  assert.equal(bytes.audioOnly(read('webm', 'init.webm'), 'audio/webm'), false);
  assert.equal(bytes.audioOnly(read('mp4', 'init.mp4'), ''), false);
  assert.equal(bytes.audioOnly(null, 'audio/mpeg'), true);
});

test('segment start times come from Cluster Timecodes and tfdt, and add up to what the stream holds', () => {
  for (const [dir, init, ext] of [['webm', 'init.webm', 'webm'], ['mp4', 'init.mp4', 'm4s']]) {
    const container = ext === 'webm' ? 'webm' : 'mp4';
    const starts = [1, 2, 3].map((n) => bytes.startMs(head(dir, `seg-${n}.${ext}`), container, read(dir, init)));
    assert.deepEqual(starts.map(Math.round), [0, 2000, 4000], dir);
    assert.equal(bytes.coveredMs(starts), 6000);
  }
  assert.equal(bytes.coveredMs([0, null, 4000]), null);
});

test('the addresses of one stream differ only in their counter', () => {
  const family = (url) => bytes.familyOf(url);
  assert.equal(family('https://cdn.example/v/720p/seg-12.m4s'), family('https://cdn.example/v/720p/seg-13.m4s'));
  assert.notEqual(family('https://cdn.example/v/720p/seg-12.m4s'), family('https://cdn.example/v/480p/seg-12.m4s'));
  assert.notEqual(family('https://cdn.example/a/chunk-stream0-00001.m4s'), family('https://cdn.example/a/chunk-stream1-00001.m4s'));
  assert.equal(family('https://cdn.example/play?id=abc&range=0-1000'), family('https://cdn.example/play?id=abc&range=1001-2000'));
  assert.equal(bytes.counterOf('https://cdn.example/v/720p/seg-0042.m4s?sig=9'), 42);
  // The host's numbers are no words of the stream: init-0 belongs to chunk-0-#, not to init-1.
  const words = [...bytes.tokens('http://127.0.0.1:8080/av/init-0.webm')];
  assert.deepEqual(words, ['av', 'init', '0', 'webm']);
});

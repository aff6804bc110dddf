// The WACZ writer (extension/src/common/wacz.js, as assembled with its vendored warcio and client-zip):
// the zip's files, stored; datapackage.json's hash and size of every file and datapackage-digest.json's
// hash of it; the WARC records read back with warcio's parser (page and media responses with their
// headers, a redirect, requests, resources at their URNs, the record itself); the CDXJ sorted, every
// line locating its record in the WARC; pages.jsonl; a segmented stream split back into one response
// per segment address; safe captures refused; the timestamp's token stored or its absence said.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import path from 'node:path';
import zlib from 'node:zlib';
import { test } from 'node:test';
import { WARCParser } from 'warcio';
import { requiredEnv } from '../e2e/harness.mjs';

const root = path.join(requiredEnv('TAKEDOWN_WASM_DIR'), 'extension', 'chromium');
const { buildWacz, planRecords, WaczError } = await import(path.join(root, 'common', 'wacz.js'));

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');
const bytes = (text) => Buffer.from(text, 'utf8');
const pattern = (length, seed) => Buffer.from(Array.from({ length }, (_, i) => (i * seed + 11) % 256));
const AT = '2026-11-28T10:15:30.123Z';

function artifact(name, data, mime) {
  return { name, sha256: sha256(data), size: data.length, mime };
}

function captureRecord({ data, files }) {
  return {
    case: 'case-wacz-1', seq: 4, type: 'capture', prev: 'b'.repeat(64), hash: 'c'.repeat(64),
    at: { utc: AT, tz: 'Europe/Amsterdam', offset_minutes: 60 },
    data: { kind: 'image', ...data }, artifacts: Object.entries(files).map(([name, [body, mime]]) => artifact(name, body, mime)),
  };
}

async function build(record, files, options = {}) {
  const artifactBlob = async (a) => (files[a.name] ? new Blob([files[a.name][0]]) : null);
  const result = await buildWacz({ record, artifactBlob, software: 'Takedown test', now: new Date('2026-11-29T08:00:00Z'), ...options });
  return { ...result, zip: unzip(Buffer.from(await result.blob.arrayBuffer())) };
}

// A zip's entries from its central directory: {name, method, data}; every local header checked.
function unzip(zip) {
  let end = zip.length - 22;
  while (end >= 0 && zip.readUInt32LE(end) !== 0x06054b50) end--;
  assert.ok(end >= 0, 'the zip has an end record');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const offset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    assert.equal(zip.readUInt32LE(offset), 0x04034b50, `${name}: local header`);
    const start = offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28);
    entries.set(name, { name, method, data: zip.subarray(start, start + size) });
    at += 46 + nameLength + extra + comment;
  }
  return entries;
}

// Every WARC record: {type, url, headers (WARC), status, httpHeaders, payload}.
async function readWarc(gz) {
  const parser = new WARCParser((async function* one() { yield new Uint8Array(gz); })());
  const out = [];
  for await (const record of parser) {
    const payload = Buffer.from(await record.readFully(true));
    out.push({
      type: record.warcType, url: record.warcTargetURI, warc: record.warcHeaders.headers, payload,
      status: record.httpHeaders?.statusCode ?? null, http: record.httpHeaders?.headers ?? null,
    });
  }
  return out;
}

const PAGE = bytes('<!DOCTYPE html><html><head><title>A post</title></head><body><p>WACZ-TEXT-42</p><img src="https://cdn.example/a.png"></body></html>');
const PNG = pattern(3000, 7);
const SHOT = pattern(5000, 13);
const CROP = pattern(1200, 17);

test('an image capture: files, hashes, records, CDXJ and pages', async () => {
  const files = { 'page.html': [PAGE, 'text/html'], 'media.png': [PNG, 'image/png'], 'screenshot.png': [SHOT, 'image/png'], 'element.png': [CROP, 'image/png'] };
  const record = captureRecord({ files, data: {
    page_url: 'https://platform.example/post/1', media_url: 'https://platform.example/img/1', title: 'A post',
    media: { capture_method: 'file', target: 'image', url: 'https://platform.example/img/1', final_url: 'https://cdn.example/a.png',
      status: 200, headers: { 'content-type': 'image/png', etag: '"v1"', 'content-encoding': 'gzip', 'cache-control': 'max-age=60' } },
  } });
  const wacz = await build(record, files);
  assert.equal(wacz.name, 'takedown-case-wacz-1-4.wacz');
  assert.deepEqual([...wacz.zip.keys()], ['archive/data.warc.gz', 'indexes/index.cdxj', 'pages/pages.jsonl', 'datapackage.json', 'datapackage-digest.json']);
  for (const entry of wacz.zip.values()) assert.equal(entry.method, 0, `${entry.name} is stored, not compressed`);

  const datapackage = JSON.parse(wacz.zip.get('datapackage.json').data.toString('utf8'));
  assert.equal(datapackage.profile, 'data-package');
  assert.equal(datapackage.wacz_version, '1.1.1');
  assert.equal(datapackage.software, 'Takedown test');
  assert.equal(datapackage.mainPageUrl, 'https://platform.example/post/1');
  assert.equal(datapackage.mainPageDate, AT);
  assert.equal(datapackage.created, '2026-11-29T08:00:00.000Z');
  assert.deepEqual(datapackage.resources.map((r) => r.path), ['archive/data.warc.gz', 'indexes/index.cdxj', 'pages/pages.jsonl']);
  for (const resource of datapackage.resources) {
    const data = wacz.zip.get(resource.path).data;
    assert.equal(resource.hash, `sha256:${sha256(data)}`, resource.path);
    assert.equal(resource.bytes, data.length, resource.path);
    assert.equal(resource.name, path.basename(resource.path));
  }
  const digest = JSON.parse(wacz.zip.get('datapackage-digest.json').data.toString('utf8'));
  assert.equal(digest.path, 'datapackage.json');
  assert.equal(digest.hash, `sha256:${sha256(wacz.zip.get('datapackage.json').data)}`);
  assert.equal(wacz.datapackageSha256, sha256(wacz.zip.get('datapackage.json').data));
  assert.deepEqual(digest.timestamp, { format: 'none', reason: 'not_asked' });

  const warc = await readWarc(wacz.zip.get('archive/data.warc.gz').data);
  assert.deepEqual(warc.map((r) => `${r.type} ${r.url ?? ''}`), [
    'warcinfo ',
    'response https://platform.example/post/1', 'request https://platform.example/post/1',
    'response https://platform.example/img/1', 'request https://platform.example/img/1',
    'response https://cdn.example/a.png', 'request https://cdn.example/a.png',
    'resource urn:takedown:artifact:case-wacz-1/4/screenshot.png',
    'resource urn:takedown:artifact:case-wacz-1/4/element.png',
    'resource urn:takedown:record:case-wacz-1/4',
  ]);
  const [info, page, pageRequest, redirect, , media, mediaRequest, shot, crop, self] = warc;
  assert.match(info.payload.toString('utf8'), /^software: Takedown test\r?$/m);
  assert.equal(info.warc.get('WARC-Filename'), 'data.warc.gz');
  assert.equal(info.warc.get('WARC-Type'), 'warcinfo');
  // The page's bytes exactly, served as UTF-8 HTML at the address the browser showed.
  assert.deepEqual(page.payload, PAGE);
  assert.equal(page.status, 200);
  assert.equal(page.http.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(page.warc.get('WARC-Date'), AT);
  assert.equal(page.warc.get('WARC-Payload-Digest'), `sha256:${sha256(PAGE)}`);
  assert.equal(pageRequest.warc.get('WARC-Concurrent-To'), page.warc.get('WARC-Record-ID'));
  assert.match(pageRequest.payload.toString('utf8'), /^$/);
  // The address the page used redirects to where the bytes came from.
  assert.equal(redirect.status, 302);
  assert.equal(redirect.http.get('location'), 'https://cdn.example/a.png');
  assert.deepEqual(media.payload, PNG);
  assert.equal(media.warc.get('WARC-Payload-Digest'), `sha256:${record.artifacts[1].sha256}`);
  assert.equal(media.http.get('etag'), '"v1"');
  assert.equal(media.http.get('cache-control'), 'max-age=60');
  assert.equal(media.http.get('content-type'), 'image/png');
  assert.equal(media.http.get('content-length'), String(PNG.length));
  assert.equal(media.http.get('content-encoding'), null, 'the bytes kept are decoded: no content-encoding');
  assert.equal(mediaRequest.warc.get('WARC-Concurrent-To'), media.warc.get('WARC-Record-ID'));
  assert.deepEqual(shot.payload, SHOT);
  assert.equal(shot.warc.get('Content-Type'), 'image/png');
  assert.equal(shot.warc.get('WARC-Takedown-Artifact'), 'screenshot.png');
  assert.deepEqual(crop.payload, CROP);
  assert.deepEqual(JSON.parse(self.payload.toString('utf8')), record);

  // CDXJ: sorted; one line per response or resource (requests and warcinfo are not indexed); each
  // line's offset and length cut exactly its gzip member out of the WARC.
  const gz = wacz.zip.get('archive/data.warc.gz').data;
  const lines = wacz.zip.get('indexes/index.cdxj').data.toString('utf8').trimEnd().split('\n');
  assert.deepEqual(lines, [...lines].sort());
  assert.equal(lines.length, 6);   // page, redirect, media; screenshot, crop, record
  for (const line of lines) {
    const [, surt, ts, json] = line.match(/^(\S+) (\d{14}) (\{.*\})$/);
    const entry = JSON.parse(json);
    assert.equal(ts, '20261128101530');
    assert.equal(entry.filename, 'data.warc.gz');
    const member = zlib.gunzipSync(gz.subarray(Number(entry.offset), Number(entry.offset) + Number(entry.length))).toString('latin1');
    assert.match(member, new RegExp(`^WARC-Target-URI: ${entry.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\r$`, 'm'));
    if (entry.url.startsWith('https://cdn.example/')) {
      assert.equal(surt, 'example,cdn)/a.png');
      assert.equal(entry.status, '200');
      assert.equal(entry.mime, 'image/png');
      assert.equal(entry.digest, sha256(PNG));
    }
  }

  const pages = wacz.zip.get('pages/pages.jsonl').data.toString('utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(pages[0], { format: 'json-pages-1.0', id: 'pages', title: 'All Pages' });
  assert.deepEqual(pages.slice(1), [{ id: 'case-wacz-1-4', url: 'https://platform.example/post/1', ts: AT, title: 'A post' }]);
});

test('a segmented stream is split back into one response per segment address', async () => {
  const init = pattern(364, 3);
  const segs = [pattern(8000, 5), pattern(9000, 9), pattern(7000, 23)];
  const stream = Buffer.concat([init, ...segs]);
  const files = { 'page.html': [PAGE, 'text/html'], 'media-stream-1.webm': [stream, 'video/webm'], 'screenshot.png': [SHOT, 'image/png'] };
  let offset = 0;
  const segments = [init, ...segs].map((part, i) => {
    const segment = { artifact: 'media-stream-1.webm', url: `https://video.example/v/${i === 0 ? 'init' : `seg-${i}`}.webm`, offset, size: part.length, sha256: sha256(part), ...(i === 0 ? { init: true } : {}) };
    offset += part.length;
    return segment;
  });
  const record = captureRecord({ files, data: { kind: 'video', page_url: 'https://platform.example/watch/1', media_url: 'blob:https://platform.example/1',
    media: { capture_method: 'segments', target: 'video', url: 'blob:https://platform.example/1', segments } } });
  const wacz = await build(record, files);
  const warc = await readWarc(wacz.zip.get('archive/data.warc.gz').data);
  const responses = warc.filter((r) => r.type === 'response' && r.url.startsWith('https://video.example/'));
  assert.deepEqual(responses.map((r) => r.url), segments.map((s) => s.url));
  responses.forEach((response, i) => {
    assert.deepEqual(response.payload, [init, ...segs][i], `${response.url}: the exact bytes of that segment`);
    assert.equal(response.warc.get('WARC-Payload-Digest'), `sha256:${segments[i].sha256}`);
    assert.equal(response.warc.get('WARC-Takedown-Offset'), String(segments[i].offset));
    assert.equal(response.http.get('content-type'), 'video/webm');
  });
  assert.deepEqual(Buffer.concat(responses.map((r) => r.payload)), stream, 'the responses rebuild the stream artifact');
  // Fully covered by addressed segments, so the stream is not stored a second time.
  assert.ok(!warc.some((r) => r.url?.endsWith('/media-stream-1.webm')));
  assert.equal(warc.filter((r) => r.type === 'request' && r.url.startsWith('https://video.example/')).length, 4);

  // A segment without a web address: the addressed ones are still responses, the stream is kept whole.
  const partial = structuredClone(record);
  partial.data.media.segments[2].url = 'blob:https://platform.example/x';
  const plan = planRecords(partial);
  assert.deepEqual(plan.filter((p) => p.artifact?.name === 'media-stream-1.webm').map((p) => `${p.kind} ${p.url}`), [
    'response https://video.example/v/init.webm', 'response https://video.example/v/seg-1.webm', 'response https://video.example/v/seg-3.webm',
    'resource urn:takedown:artifact:case-wacz-1/4/media-stream-1.webm',
  ]);
});

test('recordings, canvas pixels, frames and a blob: media are resources at their URNs; a redacted file is left out', async () => {
  const files = {
    'media-recording.webm': [pattern(4000, 31), 'video/webm'], 'media-canvas.png': [pattern(900, 37), 'image/png'],
    'frame-001.png': [pattern(700, 41), 'image/png'], 'frame-002.png': [pattern(710, 43), 'image/png'], 'media.mp4': [pattern(600, 47), 'video/mp4'],
  };
  const record = captureRecord({ files, data: { kind: 'video', page_url: 'file:///home/x.html', media_url: 'blob:https://platform.example/2',
    media: { capture_method: 'recording', url: 'blob:https://platform.example/2', codec: 'vp9', duration_ms: 3000 } } });
  record.artifacts.push(artifact('screenshot.png', SHOT, 'image/png'));   // its bytes are gone (artifactBlob answers null)
  const wacz = await build(record, files);
  const warc = await readWarc(wacz.zip.get('archive/data.warc.gz').data);
  assert.deepEqual(warc.filter((r) => r.type !== 'warcinfo').map((r) => `${r.type} ${r.url}`), [
    ...Object.keys(files).map((name) => `resource urn:takedown:artifact:case-wacz-1/4/${name}`),
    'resource urn:takedown:record:case-wacz-1/4',
  ]);
  for (const [name, [body, mime]] of Object.entries(files)) {
    const found = warc.find((r) => r.url === `urn:takedown:artifact:case-wacz-1/4/${name}`);
    assert.deepEqual(found.payload, body);
    assert.equal(found.warc.get('Content-Type'), mime);
  }
  // No web address at all: no page to list.
  assert.equal(wacz.zip.get('pages/pages.jsonl').data.toString('utf8').trimEnd().split('\n').length, 1);
  assert.equal(JSON.parse(wacz.zip.get('datapackage.json').data.toString('utf8')).mainPageUrl, undefined);
});

test('an older capture (media_url and media_fetch, no data.media) keeps its media response', async () => {
  const files = { 'media.png': [PNG, 'image/png'] };
  const record = captureRecord({ files, data: { page_url: 'https://platform.example/p', media_url: 'https://platform.example/i.png',
    media_fetch: { status: 203, final_url: 'https://platform.example/i.png', content_type: 'image/png; x=1' } } });
  const warc = await readWarc((await build(record, files)).zip.get('archive/data.warc.gz').data);
  const media = warc.find((r) => r.type === 'response');
  assert.equal(media.url, 'https://platform.example/i.png');
  assert.equal(media.status, 203);
  assert.equal(media.http.get('content-type'), 'image/png; x=1');
  assert.deepEqual(media.payload, PNG);
});

test('a safe capture, or any capture of a safe case, is refused: it keeps no pictures', async () => {
  const files = { 'page.json': [bytes('{"url":"https://x.example/"}'), 'application/json'] };
  const safe = captureRecord({ files, data: { page_url: 'https://x.example/', safe: true, media_sha256: 'd'.repeat(64) } });
  await assert.rejects(build(safe, files), (error) => error instanceof WaczError && error.code === 'safe_capture');
  const plain = captureRecord({ files, data: { page_url: 'https://x.example/' } });
  await assert.rejects(build(plain, files, { safeCase: true }), (error) => error.code === 'safe_capture');
  await assert.rejects(build({ ...plain, type: 'note' }, files), (error) => error.code === 'not_a_capture');
});

test('the timestamp: the token for datapackage.json\'s hash is stored; a failure is said in the digest file', async () => {
  const files = { 'page.html': [PAGE, 'text/html'] };
  const record = captureRecord({ files, data: { page_url: 'https://platform.example/post/2' } });
  const token = pattern(1500, 53);
  let asked = null;
  const stamped = await build(record, files, { stamp: async (hash) => { asked = hash; return { tsr: token, gen_time: '2026-11-29T08:00:01Z', tsa: 'http://tsa.example/', serial: '0a' }; } });
  assert.equal(asked, sha256(stamped.zip.get('datapackage.json').data));
  assert.deepEqual(stamped.zip.get('datapackage.json.tsr').data, token);
  const digest = JSON.parse(stamped.zip.get('datapackage-digest.json').data.toString('utf8'));
  assert.deepEqual(digest.timestamp, { format: 'rfc3161', imprint: `sha256:${asked}`, token: 'datapackage.json.tsr',
    gen_time: '2026-11-29T08:00:01Z', tsa: 'http://tsa.example/', serial: '0a' });
  // The token is not listed in datapackage.json: it is made from it.
  assert.ok(!JSON.parse(stamped.zip.get('datapackage.json').data).resources.some((r) => r.path.endsWith('.tsr')));

  const failing = await build(record, files, { stamp: async () => { throw Object.assign(new Error('no host'), { code: 'host_unavailable' }); } });
  assert.equal(failing.zip.has('datapackage.json.tsr'), false);
  assert.deepEqual(JSON.parse(failing.zip.get('datapackage-digest.json').data).timestamp, { format: 'none', reason: 'host_unavailable' });
});

// One capture as a WACZ 1.1.1 web archive (docs/evidence.md "Web archive (WACZ)"), the format that
// ReplayWeb.page, ArchiveWeb.page and many archives read: WARC/1.1 records (warcio, vendored at
// assemble time) in archive/data.warc.gz, their CDXJ index made by warcio from the bytes written,
// pages/pages.jsonl, datapackage.json (every file's SHA-256 and size) and datapackage-digest.json,
// zipped uncompressed (client-zip). Pure: the caller passes the record and a way to read each
// artifact's bytes, so the same code runs in an extension page and in node's tests.
import { CDXIndexer, WARCRecord, WARCSerializer } from '../vendor/warcio.js';
import { makeZip } from '../vendor/client-zip.js';

export const WACZ_VERSION = '1.1.1';
export const WARC_NAME = 'data.warc.gz';
// Where a file of the capture has no address of its own (a screenshot, a recording, a blob: video).
export const artifactUrn = (record, name) => `urn:takedown:artifact:${record.case}/${record.seq}/${name}`;
export const recordUrn = (record) => `urn:takedown:record:${record.case}/${record.seq}`;

export class WaczError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const encoder = new TextEncoder();
const REASONS = { 200: 'OK', 201: 'Created', 203: 'Non-Authoritative Information', 204: 'No Content', 206: 'Partial Content',
  301: 'Moved Permanently', 302: 'Found', 303: 'See Other', 307: 'Temporary Redirect', 308: 'Permanent Redirect',
  304: 'Not Modified', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 410: 'Gone' };
// Headers that describe the transfer, not the bytes kept: the bytes were decoded and are whole.
const TRANSFER_HEADERS = new Set(['content-encoding', 'transfer-encoding', 'content-length', 'connection', 'keep-alive', 'trailer', 'upgrade']);
const SINGLE_MEDIA = /^media(\.[A-Za-z0-9]+)?$/;
const STREAM = /^media-stream-\d+(\.[A-Za-z0-9]+)?$/;

const webUrl = (url) => (typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null);
const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
const defaultHash = async (blob) => hex(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()));

async function* chunksOf(blob) {
  const reader = blob.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield value;
  }
}

function statusLine(status) {
  const code = Number.isInteger(status) && status >= 100 && status <= 999 ? status : 200;
  return `HTTP/1.1 ${code} ${REASONS[code] ?? ''}`.trimEnd();
}

function responseHeaders(known, contentType, size, status) {
  const headers = {};
  for (const [name, value] of Object.entries(known ?? {})) {
    const lower = name.toLowerCase();
    if (TRANSFER_HEADERS.has(lower) || lower === 'content-type') continue;
    if (lower === 'content-range' && status !== 206) continue;
    headers[name] = String(value);
  }
  headers['Content-Type'] = contentType;
  headers['Content-Length'] = String(size);
  return headers;
}

// The request as far as it is known: the method, the address and its host (the browser's other
// request headers are not recorded).
function requestFor(url, date, concurrentTo) {
  const parsed = new URL(url);
  return WARCRecord.create({
    url, date, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET ${parsed.pathname}${parsed.search} HTTP/1.1`,
    httpHeaders: { Host: parsed.host }, warcHeaders: { 'WARC-Concurrent-To': concurrentTo },
  }, (async function* nothing() {})());
}

// The WARC records of one capture, in order, as serialisable warcio records. A plan first, so a
// test (and the docs) can see which bytes went where.
export function planRecords(record) {
  const data = record.data ?? {};
  const media = data.media ?? {};
  const artifacts = record.artifacts ?? [];
  const plan = [];
  const pageArtifact = artifacts.find((a) => a.name === 'page.html');
  // The HTML is the DOM of the frame the capture ran in, serialised by the browser.
  const htmlUrl = webUrl(data.frame_url) ?? webUrl(data.page_url);
  for (const artifact of artifacts) {
    if (artifact === pageArtifact && htmlUrl) {
      plan.push({ kind: 'response', artifact, url: htmlUrl, status: 200, contentType: 'text/html; charset=utf-8', page: true });
      continue;
    }
    if (SINGLE_MEDIA.test(artifact.name)) {
      const requested = webUrl(media.url) ?? webUrl(data.media_url);
      const final = webUrl(media.final_url) ?? webUrl(data.media_fetch?.final_url) ?? requested;
      if (final) {
        if (requested && requested !== final) plan.push({ kind: 'redirect', url: requested, location: final });
        const headers = media.headers ?? {};
        const named = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1];
        plan.push({ kind: 'response', artifact, url: final, status: media.status ?? data.media_fetch?.status ?? 200, headers,
          contentType: named ?? media.content_type ?? data.media_fetch?.content_type ?? artifact.mime });
        continue;
      }
    }
    if (STREAM.test(artifact.name)) {
      const segments = (media.segments ?? []).filter((s) => s.artifact === artifact.name)
        .filter((s) => Number.isInteger(s.offset) && Number.isInteger(s.size) && s.offset >= 0 && s.size >= 0 && s.offset + s.size <= artifact.size);
      let covered = 0;
      for (const segment of segments) {
        if (!webUrl(segment.url)) continue;
        plan.push({ kind: 'response', artifact, url: segment.url, status: 200, contentType: artifact.mime, slice: segment });
        if (segment.offset === covered) covered += segment.size;
      }
      // Segments with addresses that rebuild the whole stream replace it; otherwise it is kept whole too.
      if (covered === artifact.size && covered > 0) continue;
    }
    plan.push({ kind: 'resource', artifact, url: artifactUrn(record, artifact.name), contentType: artifact.mime });
  }
  return plan;
}

async function warcRecordsFor(record, plan, artifactBlob, software) {
  const date = record.at.utc;
  const out = [];
  out.push(await WARCRecord.createWARCInfo({ filename: WARC_NAME, warcVersion: 'WARC/1.1' }, {
    software, format: 'WARC File Format 1.1', isPartOf: record.case,
    description: `Takedown capture ${record.seq} of case ${record.case}; record hash ${record.hash}`,
  }));
  for (const item of plan) {
    if (item.kind === 'redirect') {
      const response = await WARCRecord.create({ url: item.url, date, type: 'response', warcVersion: 'WARC/1.1', statusline: statusLine(302),
        httpHeaders: { Location: item.location, 'Content-Length': '0' } }, (async function* nothing() {})());
      out.push(response, await requestFor(item.url, date, response.warcHeaders.headers.get('WARC-Record-ID')));
      continue;
    }
    const whole = await artifactBlob(item.artifact);
    if (!whole) continue;   // redacted or missing: nothing to archive
    const blob = item.slice ? whole.slice(item.slice.offset, item.slice.offset + item.slice.size) : whole;
    const warcHeaders = { 'WARC-Takedown-Artifact': item.artifact.name };
    if (item.slice) warcHeaders['WARC-Takedown-Offset'] = String(item.slice.offset);
    if (item.page) warcHeaders['WARC-Takedown-Source'] = 'dom-serialisation';
    if (item.kind === 'resource') {
      warcHeaders['Content-Type'] = item.contentType;
      out.push(await WARCRecord.create({ url: item.url, date, type: 'resource', warcVersion: 'WARC/1.1', warcHeaders }, chunksOf(blob)));
      continue;
    }
    const response = await WARCRecord.create({
      url: item.url, date, type: 'response', warcVersion: 'WARC/1.1', statusline: statusLine(item.status), warcHeaders,
      httpHeaders: responseHeaders(item.headers, item.contentType, blob.size, item.status),
    }, chunksOf(blob));
    out.push(response, await requestFor(item.url, date, response.warcHeaders.headers.get('WARC-Record-ID')));
  }
  // The capture's record itself: its hash chains it into the case log.
  out.push(await WARCRecord.create({ url: recordUrn(record), date, type: 'resource', warcVersion: 'WARC/1.1',
    warcHeaders: { 'Content-Type': 'application/json' } }, (async function* one() { yield encoder.encode(JSON.stringify(record)); })()));
  return out;
}

async function cdxjOf(parts) {
  const indexer = new CDXIndexer({ format: 'cdxj' });
  const reader = (async function* all() { for (const part of parts) yield part; })();
  const lines = [];
  for await (const entry of indexer.iterIndex([{ reader, filename: WARC_NAME }])) lines.push(indexer.serializeCDXJ(entry));
  return lines.sort().join('');
}

function refuse(record, safeCase) {
  if (record?.type !== 'capture') throw new WaczError('not_a_capture', 'only a capture can be exported as a web archive');
  if (record.data?.safe || safeCase) {
    throw new WaczError('safe_capture', 'a safe capture (a child\'s case) keeps no pictures, so it has no web archive');
  }
}

// Resolves to { blob, name, datapackage, datapackageSha256, digest, timestamp, files }.
// artifactBlob(artifact) → Blob, or null when its bytes are gone (redacted). stamp(sha256 hex) →
// {tsr: Uint8Array, gen_time, tsa, serial}, or throws (its `code` is kept as the reason); null: no stamp.
export async function buildWacz({ record, artifactBlob, software, now = new Date(), stamp = null, safeCase = false, hashBlob = defaultHash }) {
  refuse(record, safeCase);
  const plan = planRecords(record);
  const parts = [];
  for (const warc of await warcRecordsFor(record, plan, artifactBlob, software)) parts.push(await WARCSerializer.serialize(warc, { gzip: true }));
  const warc = new Blob(parts);
  const cdxj = new Blob([encoder.encode(await cdxjOf(parts))]);

  const page = plan.find((p) => p.kind === 'response' && p.page) ?? plan.find((p) => p.kind === 'response');
  const pageLines = [{ format: 'json-pages-1.0', id: 'pages', title: 'All Pages' }];
  if (page) pageLines.push({ id: `${record.case}-${record.seq}`, url: page.url, ts: record.at.utc, title: record.data?.title || page.url });
  const pages = new Blob([encoder.encode(pageLines.map((line) => JSON.stringify(line)).join('\n') + '\n')]);

  const files = [['archive/data.warc.gz', warc], ['indexes/index.cdxj', cdxj], ['pages/pages.jsonl', pages]];
  const resources = [];
  for (const [path, blob] of files) resources.push({ name: path.split('/').pop(), path, hash: `sha256:${await hashBlob(blob)}`, bytes: blob.size });
  const title = record.data?.title || record.data?.page_url || `${record.case}/${record.seq}`;
  const datapackage = {
    profile: 'data-package', wacz_version: WACZ_VERSION, title,
    description: `Capture ${record.seq} of case ${record.case}, made by Takedown; record hash ${record.hash}`,
    created: now.toISOString(), modified: now.toISOString(), software, resources,
    ...(page ? { mainPageUrl: page.url, mainPageDate: record.at.utc } : {}),
  };
  const datapackageBytes = encoder.encode(JSON.stringify(datapackage, null, 2));
  const datapackageSha256 = await hashBlob(new Blob([datapackageBytes]));

  // The TSA signs the SHA-256 of datapackage.json, the hash datapackage-digest.json states.
  let timestamp;
  const extra = [];
  if (!stamp) {
    timestamp = { format: 'none', reason: 'not_asked' };
  } else {
    try {
      const token = await stamp(datapackageSha256);
      extra.push(['datapackage.json.tsr', new Blob([token.tsr])]);
      timestamp = { format: 'rfc3161', imprint: `sha256:${datapackageSha256}`, token: 'datapackage.json.tsr',
        gen_time: token.gen_time, tsa: token.tsa, serial: token.serial };
    } catch (error) {
      timestamp = { format: 'none', reason: typeof error?.code === 'string' ? error.code : 'failed' };
    }
  }
  const digest = { path: 'datapackage.json', hash: `sha256:${datapackageSha256}`, timestamp };
  const entries = [...files, ['datapackage.json', new Blob([datapackageBytes])],
    ['datapackage-digest.json', new Blob([encoder.encode(JSON.stringify(digest, null, 2))])], ...extra];
  const blob = await new Response(makeZip(entries.map(([name, input]) => ({ name, input, lastModified: now })))).blob();
  return {
    blob: new Blob([blob], { type: 'application/wacz' }), name: `takedown-${record.case}-${record.seq}.wacz`,
    datapackage, datapackageSha256, digest, timestamp, files: entries.map(([name]) => name),
  };
}

// Regenerates the committed seed corpus in fuzz/corpus/<target>/ (deterministic; run it after the
// protocol or the golden requests change, then review the diff):
//   TAKEDOWN_HOST=build/release/native-host/takedown-host node fuzz/make-corpus.mjs
// framing seeds: one control byte (see framing_fuzz.cpp) + a byte stream of frames.
// dispatch seeds: one request body each: host methods, golden core requests (tests/golden/core-requests.json)
// and the vault methods, including hostile ids.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const host = process.env.TAKEDOWN_HOST;
if (!host) throw new Error('set TAKEDOWN_HOST to a built takedown-host (it seals the vault.mirror seed)');

const header = (n) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };  // x86-64/arm64: little-endian
const frame = (body) => Buffer.concat([header(Buffer.byteLength(body)), Buffer.from(body)]);
const control = (byte, ...parts) => Buffer.concat([Buffer.from([byte]), ...parts]);

const ping = '{"id":1,"method":"ping"}';
const framing = {
  'ping-whole-reads': control(0x00, frame(ping)),
  'ping-one-byte-reads': control(0x01, frame(ping)),
  'four-frames-three-byte-reads': control(0x03, frame('{}'), frame(ping), frame(''), frame('[1,2,3]')),
  'empty-frame': control(0x00, frame('')),
  'truncated-header': control(0x00, Buffer.from([0x18, 0x00])),
  'truncated-body': control(0x02, header(100), Buffer.from('{"id":1,"me')),
  'above-tiny-cap': control(0x80, header(65), Buffer.alloc(65, 0x61)),
  'at-tiny-cap': control(0x85, header(64), Buffer.alloc(64, 0x7b)),
  'length-all-ones': control(0x00, Buffer.from([0xff, 0xff, 0xff, 0xff]), Buffer.from('{}')),
  'length-cap-plus-one': control(0x00, header(64 * 1024 * 1024 + 1), Buffer.from('{}')),
  'invalid-utf8-body': control(0x07, frame(Buffer.from([0x7b, 0xff, 0xfe, 0xc3, 0x7d]).toString('latin1'))),
  'upload-chunk-then-garbage': control(0x0f, frame('{"id":"u","method":"vault.upload_chunk","params":{"sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","offset":0,"data":"YWJj"}}'), Buffer.from([0x01, 0x02])),
};

const request = (id, method, params) => JSON.stringify(params === undefined ? { id, method } : { id, method, params });
// A golden request as a dispatch body: its params text spliced in raw, so invalid params stay invalid.
const golden = JSON.parse(readFileSync(join(here, '../tests/golden/core-requests.json'), 'utf8')).requests;
const fromGolden = (index) => `{"id":${index},"method":${JSON.stringify(golden[index].method)},"params":${golden[index].params}}`;
const pick = (method, note) => golden.findIndex((r) => r.method === method && (note === undefined || r.note === note));

const caseId = 'case-20261128-1a2b3c4d';
const record = { case: caseId, seq: 0, type: 'note', at: { utc: '2026-11-28T10:15:30.123Z', tz: 'Europe/Amsterdam', offset_minutes: 60 },
                 data: { text: 'seed' }, artifacts: [] };
const sealed = JSON.parse(execFileSync(host, ['call', 'evidence.seal'], { input: JSON.stringify({ record, prev: null }) })).result;
const abc = createHash('sha256').update('abc').digest('hex');

const dispatch = {
  'ping': ping,
  'version': request('v', 'version', {}),
  'golden-echo-unicode': fromGolden(4),
  'golden-echo-duplicate-key': fromGolden(8),
  'golden-seal-capture': fromGolden(pick('evidence.seal')),
  'golden-verify-chain': fromGolden(pick('evidence.verify')),
  'golden-letter-markup': fromGolden(41),
  'golden-platforms-userinfo': fromGolden(77),
  'golden-deadline-dst': fromGolden(48),
  'golden-params-unclosed': fromGolden(12),
  'vault-info-list': request(2, 'vault.list', {}),
  'vault-append': request(3, 'vault.append', { case: 'c1', record: { type: record.type, at: record.at, data: record.data, artifacts: [] } }),
  'vault-mirror-sealed': request(4, 'vault.mirror', { case: caseId, records: [sealed] }),
  'vault-head-traversal': request(5, 'vault.head', { case: '../../etc' }),
  'vault-upload-begin': request(6, 'vault.upload_begin', { sha256: abc, size: 3 }),
  'vault-upload-chunk': request(7, 'vault.upload_chunk', { sha256: abc, offset: 0, data: 'YWJj' }),
  'vault-upload-commit': request(8, 'vault.upload_commit', { sha256: abc }),
  'vault-verify': request(9, 'vault.verify', { case: caseId }),
  'vault-timestamp': request(10, 'vault.timestamp', { case: caseId }),
  'vault-erase': request(11, 'vault.erase', { confirm: 'erase everything' }),
  'id-too-long': request('x'.repeat(65), 'ping'),
  'params-not-object': '{"id":1,"method":"ping","params":[]}',
  'unknown-field': '{"id":1,"method":"ping","extra":true}',
  'deep-nesting': `{"id":1,"method":"core.echo","params":{"value":${'['.repeat(70)}${']'.repeat(70)}}}`,
};

for (const [target, seeds] of Object.entries({ framing, dispatch })) {
  const dir = join(here, 'corpus', target);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, bytes] of Object.entries(seeds)) writeFileSync(join(dir, name), bytes);
  console.log(`${dir}: ${Object.keys(seeds).length} seeds`);
}

// PDQ in the wasm core (core.pdqHash, core.pdqFingerprint) against the reference: every
// hasher-input buffer, the dihedral bases and the full-resolution decodes bit for bit, the same
// as the native build; the transformed copies that must match do, the crops that must not do not;
// bad input refused with a clear CoreError.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CoreError } from '../../wasm/core-client.js';
import { decode, decodeTo, hamming, parseNetpbm, readCsv, vectorsDir } from './pdq-support.mjs';
import { wasmClient } from './wasm-core.mjs';

const core = await wasmClient();
const VECTORS = vectorsDir();
const vectors = readCsv(path.join(VECTORS, 'vectors.csv'));
const input = (file) => parseNetpbm(fs.readFileSync(path.join(VECTORS, file)));

test('every hasher-input buffer gives the reference hash and quality', async () => {
  for (const v of vectors) {
    const got = await core.pdqHash(input(v.hasher_input));
    assert.equal(got.hash, v.pdq_hash, v.file);
    assert.equal(got.quality, Number(v.quality), v.file);
    assert.equal(got.dihedral[0], got.hash);
  }
});

test('the dihedral bases give all 8 reference dihedral hashes', async () => {
  const names = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'];
  const rows = readCsv(path.join(VECTORS, 'dihedral.csv'));
  for (const file of new Set(rows.map((r) => r.file))) {
    const got = await core.pdqHash(input(vectors.find((v) => v.file === file).hasher_input));
    for (const r of rows.filter((x) => x.file === file)) assert.equal(got.dihedral[names.indexOf(r.xform)], r.pdq_hash, `${file} ${r.xform}`);
  }
});

test('full-resolution decodes give fullres_hash_no_512_resize, as RGB and as RGBA', async () => {
  for (const v of vectors) {
    const image = decode(path.join(VECTORS, 'images', v.file));
    const got = await core.pdqHash(image);
    assert.equal(got.hash, v.fullres_hash_no_512_resize, v.file);
    assert.equal(got.quality, Number(v.fullres_quality), v.file);
    if (image.channels === 3) {
      const rgba = new Uint8Array(image.width * image.height * 4);
      for (let i = 0, j = 0; i < image.data.length; i += 3, j += 4) rgba.set([image.data[i], image.data[i + 1], image.data[i + 2], 17], j);
      assert.equal((await core.pdqHash({ data: rgba, width: image.width, height: image.height })).hash, got.hash, `${v.file} RGBA`);
    }
  }
});

test('wasm and native give the same hashes, dihedral hashes and variants', { skip: !process.env.TAKEDOWN_HOST && 'no native host' }, async () => {
  const files = vectors.map((v) => path.join(VECTORS, v.hasher_input));
  for (const role of ['reference', 'candidate']) {
    const run = spawnSync(process.env.TAKEDOWN_HOST, ['pdq', '--dihedral', '--variants', role, ...files], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const native = run.stdout.trim().split('\n').map((l) => l.split(','));
    const wasm = [];
    for (const file of files) {
      const fp = await core.pdqFingerprint(parseNetpbm(fs.readFileSync(file)), { role });
      for (const v of fp.variants) wasm.push([v.hash, String(v.quality), file, v.name, ...v.dihedral.slice(1)]);
    }
    assert.deepEqual(wasm, native, role);
  }
});

test('transformed copies: the native hashes bit for bit; resized, re-encoded, grey, brighter, mirrored and turned copies match, crops do not', { skip: !process.env.TAKEDOWN_HOST && 'no native host' }, async () => {
  const transforms = readCsv(path.join(VECTORS, 'transforms.csv'));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-pdq-wasm-'));
  try {
    const bases = [...new Set(transforms.map((t) => t.base))];
    const pnm = new Map([...transforms.map((t) => t.file), ...bases.map((b) => path.join('images', b))]
      .map((file) => [file, decodeTo(path.join(VECTORS, file), path.join(work, `${path.basename(file)}.pnm`))]));
    const run = spawnSync(process.env.TAKEDOWN_HOST, ['pdq', '--dihedral', ...pnm.values()], { encoding: 'utf8', maxBuffer: 16 << 20 });
    assert.equal(run.status, 0, run.stderr);
    const native = run.stdout.trim().split('\n').map((line) => line.split(','));
    const got = new Map();
    for (const [file, pnmFile] of pnm) {
      const h = await core.pdqHash(parseNetpbm(fs.readFileSync(pnmFile)));
      const [hash, quality, , ...dihedral] = native.find((row) => row[2] === pnmFile);
      assert.deepEqual([h.hash, String(h.quality), ...h.dihedral.slice(1)], [hash, quality, ...dihedral], file);
      got.set(file, h);
    }
    const closest = (t) => Math.min(...got.get(path.join('images', t.base)).dihedral.map((d) => hamming(got.get(t.file).hash, d)));
    const size = (wxh) => wxh.split('x').map(Number).reduce((a, b) => a * b);
    const mustMatch = ['brighter-15pct', 'grayscale', 'jpeg-q30', 'jpeg-q75', 'mirror-flop', 'resize-25pct', 'resize-50pct',
                       'rotate-90cw', 'social-1080w-q85'];
    let matched = 0;
    for (const t of transforms) {
      // As in pdq-host.test.mjs: upscales and the reference's own two misses are not required to match.
      const upscaled = size(t.size_wxh) > size(vectors.find((v) => v.file === t.base).size_wxh);
      if (mustMatch.includes(t.transform) && t.match_at_31 === 'yes' && !upscaled) {
        assert.ok(closest(t) <= 31, `${t.file}: ${closest(t)}`);
        matched += 1;
      }
      if (t.transform.startsWith('crop-center')) assert.ok(closest(t) > 31, `${t.file}: ${closest(t)}`);
    }
    assert.equal(matched, 23);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('pdqFingerprint: full first (the pdqHash result), names from the documented set', async () => {
  const image = input(vectors[0].hasher_input);
  const plain = await core.pdqHash(image);
  const reference = await core.pdqFingerprint(image);
  assert.deepEqual(reference.variants[0], { name: 'full', ...plain });
  assert.equal(reference.width, image.width);
  for (const v of reference.variants) assert.match(v.name, /^(full|trimmed|uncaptioned|crop_(96|92|88))$/);
  assert.ok(reference.variants.some((v) => v.name === 'crop_92'));
  const candidate = await core.pdqFingerprint(image, { role: 'candidate' });
  assert.ok(candidate.variants.every((v) => !v.name.startsWith('crop_')));
});

test('bad input is refused with clear errors', async () => {
  const bad = async (call, pattern) => {
    await assert.rejects(call, (error) => error instanceof CoreError && error.code === 'invalid_params' && pattern.test(error.message));
  };
  const data = new Uint8Array(10 * 10 * 4);
  await bad(core.pdqHash({ data, width: 10, height: 9 }), /width x height x channels bytes \(10 x 9 x 4\), not 400/);
  await bad(core.pdqHash({ data, width: 10, height: 20, channels: 2 }), /channels 1, 3 or 4, not 2/);
  await bad(core.pdqHash({ data: 'pixels', width: 2, height: 2 }), /image.data as bytes/);
  await bad(core.pdqHash(null), /image.data as bytes/);
  await bad(core.pdqHash({ data, width: -10, height: -10 }), /width x height/);
  await bad(core.pdqHash({ data, width: 2.5, height: 40 }), /width x height/);
  await bad(core.pdqFingerprint({ data, width: 10, height: 10 }, { role: 'suspect' }), /role must be reference or candidate/);
  await bad(core.pdqFingerprint({ data, width: 10, height: 11 }), /pdqFingerprint needs width x height/);
  // Tiny images are not an error: zeros with quality 0, as the reference.
  const tiny = await core.pdqHash({ data: new Uint8Array(4 * 4 * 4), width: 4, height: 4 });
  assert.equal(tiny.quality, 0);
  assert.equal(tiny.hash, '0'.repeat(64));
  // The client still works after the refusals.
  assert.equal((await core.pdqHash(input(vectors[0].hasher_input))).hash, vectors[0].pdq_hash);
});

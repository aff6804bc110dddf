// `takedown-host pdq` (issue #16) against the reference PDQ: every hasher-input buffer bit for bit,
// the full-resolution hashes of libjpeg-turbo/libpng decodes bit for bit, the transforms that
// must match (through the dihedral hashes) and unrelated images that must not; bad files reported
// one by one while the others are still hashed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { decode, decodeTo, hamming, netpbmBytes, readCsv, vectorsDir, withBorder } from './pdq-support.mjs';

const HOST = process.env.TAKEDOWN_HOST;
const VECTORS = vectorsDir();
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-pdq-host-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

function pdq(args) {
  const run = spawnSync(HOST, ['pdq', ...args], { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 });
  assert.equal(run.error, undefined);
  return { code: run.status, lines: run.stdout.split('\n').filter(Boolean), stderr: run.stderr };
}

// FILE -> {hash, quality, dihedral: [8]} for files hashed in one run.
function hashes(files) {
  const run = pdq(['--dihedral', ...files]);
  assert.equal(run.code, 0, run.stderr);
  return new Map(run.lines.map((line) => {
    const [hash, quality, file, ...rest] = line.split(',');
    return [file, { hash, quality: Number(quality), dihedral: [hash, ...rest] }];
  }));
}

const vectors = readCsv(path.join(VECTORS, 'vectors.csv'));

test('every hasher-input buffer prints the reference hash and quality, in its format', () => {
  const files = vectors.map((v) => path.join(VECTORS, v.hasher_input));
  const run = pdq(files);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(run.lines, vectors.map((v, i) => `${v.pdq_hash},${v.quality},${files[i]}`));
});

test('the dihedral bases print all 8 reference dihedral hashes', () => {
  const rows = readCsv(path.join(VECTORS, 'dihedral.csv'));
  const names = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'];
  const bases = [...new Set(rows.map((r) => r.file))];
  const files = bases.map((b) => path.join(VECTORS, vectors.find((v) => v.file === b).hasher_input));
  const got = hashes(files);
  for (const r of rows) {
    const file = files[bases.indexOf(r.file)];
    assert.equal(got.get(file).dihedral[names.indexOf(r.xform)], r.pdq_hash, `${r.file} ${r.xform}`);
  }
});

// Full-resolution decodes of the originals (libjpeg-turbo, libpng): the ecosystem's hash.
const full = new Map(vectors.map((v) => [v.file, decodeTo(path.join(VECTORS, 'images', v.file), path.join(work, `${v.file}.pnm`))]));

test('full-resolution decodes give fullres_hash_no_512_resize and its quality bit for bit', () => {
  const got = hashes([...full.values()]);
  for (const v of vectors) {
    const h = got.get(full.get(v.file));
    assert.equal(h.hash, v.fullres_hash_no_512_resize, v.file);
    assert.equal(h.quality, Number(v.fullres_quality), v.file);
  }
});

test('transforms that must match do, through the dihedral hashes; 80% and 90% crops and other pictures do not', () => {
  const transforms = readCsv(path.join(VECTORS, 'transforms.csv'));
  const files = transforms.map((t) => decodeTo(path.join(VECTORS, t.file), path.join(work, `${path.basename(t.file)}.pnm`)));
  const got = hashes([...files, ...full.values()]);
  const mustMatch = ['brighter-15pct', 'grayscale', 'jpeg-q30', 'jpeg-q75', 'mirror-flop', 'resize-25pct', 'resize-50pct',
                     'rotate-90cw', 'social-1080w-q85'];
  const mustNot = ['crop-center-80pct', 'crop-center-90pct'];
  let checked = 0;
  transforms.forEach((t, i) => {
    const h = got.get(files[i]);
    const original = got.get(full.get(t.base));
    const closest = Math.min(...original.dihedral.map((d) => hamming(h.hash, d)));
    // Up to 512 px the reference hashes the decode as it is: the same hash bit for bit. Larger, it
    // squeezes the picture to 512x512 first, and our full-resolution hash stays near its hash.
    const [w, hh] = t.size_wxh.split('x').map(Number);
    if (w <= 512 && hh <= 512) assert.equal(h.hash, t.pdq_hash, t.file);
    else assert.ok(hamming(h.hash, t.pdq_hash) <= 16, `${t.file}: ${hamming(h.hash, t.pdq_hash)} from the reference`);
    // The reference itself misses two of these on the small 256x256 base (mirror 32, rotate 34: the
    // dihedral hashes are not exact): those must stay as close as the reference says, not closer than 31.
    // An upscale of a small picture (256 px to 1080) is hashed at its new size, with wider box
    // filters than the original got: near (34 for labelme) but not always within 31. docs/pdq.md, Limits.
    const upscaled = w * hh > Number(vectors.find((v) => v.file === t.base).size_wxh.split('x').reduce((a, b) => a * b));
    if (upscaled) {
      assert.ok(closest <= 40, `${t.file} (an upscale): ${closest}`);
    } else if (mustMatch.includes(t.transform) && t.match_at_31 === 'yes') {
      assert.ok(closest <= 31, `${t.file} should match its original (closest dihedral ${closest})`);
      checked += 1;
    } else if (mustMatch.includes(t.transform)) {
      assert.ok(closest <= Number(t.min_dist_to_original_dihedral) + 4, `${t.file}: ${closest}`);
    }
    if (mustNot.includes(t.transform)) assert.ok(closest > 31, `${t.file} plain PDQ should not match (${closest})`);
    // Unrelated: never within 31 of another base's dihedral hashes.
    for (const other of new Set(transforms.map((x) => x.base))) {
      if (other === t.base) continue;
      const d = Math.min(...got.get(full.get(other)).dihedral.map((x) => hamming(h.hash, x)));
      assert.ok(d > 31, `${t.file} vs ${other}: ${d}`);
    }
  });
  assert.equal(checked, 23);   // 27 minus the reference's own two misses and the two upscales
  // The usable originals are pairwise unrelated.
  const usable = vectors.filter((v) => Number(v.fullres_quality) >= 50);
  for (const a of usable) {
    for (const b of usable) {
      if (a.file >= b.file || a.file.startsWith('bridge') && b.file.startsWith('bridge')) continue;
      const d = Math.min(...got.get(full.get(b.file)).dihedral.map((x) => hamming(got.get(full.get(a.file)).hash, x)));
      assert.ok(d > 31, `${a.file} vs ${b.file}: ${d}`);
    }
  }
});

test('bad files are reported one by one, the others still hashed, exit 1', () => {
  const text = path.join(work, 'notes.txt');
  fs.writeFileSync(text, 'hello');
  const truncated = path.join(work, 'truncated.ppm');
  fs.writeFileSync(truncated, 'P6\n10 10\n255\nabc');
  const good = path.join(VECTORS, vectors[0].hasher_input);
  const missing = path.join(work, 'missing.ppm');
  const run = pdq([text, good, truncated, missing]);
  assert.equal(run.code, 1);
  assert.deepEqual(run.lines, [`${vectors[0].pdq_hash},${vectors[0].quality},${good}`]);
  const errors = run.stderr.trim().split('\n');
  assert.deepEqual(errors, [
    `takedown-host: pdq: ${text}: not a binary PPM (P6) or PGM (P5) file`,
    `takedown-host: pdq: ${truncated}: the file ends before its last pixel`,
    `takedown-host: pdq: ${missing}: cannot read it: No such file or directory`,
  ]);
  assert.equal(pdq(['--dihedral']).code, 2);
  assert.equal(pdq([]).code, 2);
  assert.equal(pdq(['--variants', 'sideways', good]).code, 2);
  assert.match(pdq(['--help']).lines.join('\n'), /hash,quality,FILE/);
});

test('--variants prints the full variant first, equal to the plain hash', () => {
  const framed = path.join(work, 'framed.pnm');
  fs.writeFileSync(framed, netpbmBytes(withBorder(decode(path.join(VECTORS, 'images/pen-and-coaster.png')), 90, [255, 0, 255])));
  const run = pdq(['--variants', 'candidate', framed]);
  assert.equal(run.code, 0, run.stderr);
  const names = run.lines.map((l) => l.split(',')[3]);
  assert.deepEqual(names, ['full', 'trimmed']);
  assert.equal(run.lines[0].split(',')[0], pdq([framed]).lines[0].split(',')[0]);
  // The picture's own plain edge is trimmed too: the bordered copy's trimmed variant is the
  // unbordered file's trimmed variant exactly.
  const alone = pdq(['--variants', 'candidate', full.get('pen-and-coaster.png')]).lines.map((l) => l.split(','));
  const aloneTrimmed = (alone.find((l) => l[3] === 'trimmed') ?? alone[0])[0];
  assert.equal(run.lines[1].split(',')[0], aloneTrimmed, 'the trimmed variant is the picture again');
});

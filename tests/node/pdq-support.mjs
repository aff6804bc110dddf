// What the PDQ node tests and benches share: the reference vectors (read from
// ../shared/corpora/pdq-vectors or TAKEDOWN_PDQ_VECTORS; missing vectors fail, never skip), a
// binary PPM/PGM reader and writer, and decodes by tests/support/image_to_pnm.cpp (libjpeg-turbo
// and libpng with default settings, alpha dropped: what the reference's ImageMagick loader gives).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function vectorsDir() {
  const dir = process.env.TAKEDOWN_PDQ_VECTORS ||
    path.join(process.env.TAKEDOWN_SOURCE_DIR ?? path.join(import.meta.dirname ?? '.', '../..'), '../shared/corpora/pdq-vectors');
  assert.ok(fs.existsSync(path.join(dir, 'vectors.csv')),
    `the PDQ vectors are missing: no vectors.csv in ${dir} (set TAKEDOWN_PDQ_VECTORS to the pdq-vectors folder)`);
  return dir;
}

export function readCsv(file) {
  const [header, ...lines] = fs.readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [names[i], cell])));
}

// {width, height, channels, data} of a binary P6/P5 file's bytes.
export function parseNetpbm(bytes) {
  const text = bytes.subarray(0, 256).toString('latin1');
  const m = /^(P[56])(?:\s|#[^\n]*\n)+(\d+)(?:\s|#[^\n]*\n)+(\d+)(?:\s|#[^\n]*\n)+(\d+)\s/.exec(text);
  assert.ok(m, 'a binary PPM or PGM header');
  assert.equal(m[4], '255');
  const channels = m[1] === 'P6' ? 3 : 1;
  const width = Number(m[2]);
  const height = Number(m[3]);
  const start = m[0].length;
  return { width, height, channels, data: new Uint8Array(bytes.buffer, bytes.byteOffset + start, width * height * channels) };
}

function decoder() {
  const tool = process.env.TAKEDOWN_TEST_IMAGE_TO_PNM;
  assert.ok(tool && fs.existsSync(tool), 'TAKEDOWN_TEST_IMAGE_TO_PNM must name the built takedown_test_image_to_pnm');
  return tool;
}

// Writes the decode of a JPEG or PNG `file` to `out` (a .pnm file takedown-host pdq reads).
export function decodeTo(file, out) {
  execFileSync(decoder(), [file, out]);
  return out;
}

// The decode of a JPEG or PNG file as {width, height, channels, data}.
export function decode(file) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-pdq-decode-'));
  try {
    return parseNetpbm(fs.readFileSync(decodeTo(file, path.join(dir, 'out.pnm'))));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The bytes of a binary PPM/PGM file holding `image`.
export function netpbmBytes({ width, height, channels, data }) {
  return Buffer.concat([Buffer.from(`P${channels === 1 ? 5 : 6}\n${width} ${height}\n255\n`, 'latin1'), Buffer.from(data.buffer, data.byteOffset, data.byteLength)]);
}

// `image` (RGB) on a plain canvas `border` pixels wider on every side.
export function withBorder(image, border, colour = [255, 255, 255]) {
  const width = image.width + 2 * border;
  const height = image.height + 2 * border;
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i += 1) data.set(colour, 3 * i);
  for (let y = 0; y < image.height; y += 1) {
    data.set(image.data.subarray(y * image.width * 3, (y + 1) * image.width * 3), ((y + border) * width + border) * 3);
  }
  return { width, height, channels: 3, data };
}

export function hamming(a, b) {
  let d = 0;
  for (let i = 0; i < a.length; i += 1) {
    let x = parseInt(a[i], 16) ^ parseInt(b[i], 16);
    while (x) { d += x & 1; x >>= 1; }
  }
  return d;
}

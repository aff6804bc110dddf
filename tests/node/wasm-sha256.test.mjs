// The CoreClient's raw-byte hashing over the real wasm build: SHA-256 against node's crypto over
// random buffers fed in odd chunk sizes, CRC-32 against known values, trap recovery; and the
// core's RFC 8785 numbers against JavaScript's own Number.prototype.toString.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { test } from 'node:test';
import { CoreError, HASH_CHUNK_BYTES } from '../../wasm/core-client.js';
import { wasmClient } from './wasm-core.mjs';

const core = await wasmClient();
const nodeSha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

// Feeds `bytes` to `sink` in pieces whose sizes cycle through `sizes`.
function feedInPieces(bytes, sizes, sink) {
  for (let offset = 0, i = 0; offset < bytes.length; i += 1) {
    const size = Math.min(sizes[i % sizes.length], bytes.length - offset);
    sink(bytes.subarray(offset, offset + size));
    offset += size;
  }
}

test('SHA-256 of random buffers in odd chunk sizes equals node crypto', async () => {
  const lengths = [0, 1, 55, 56, 63, 64, 65, 1000, 65537, HASH_CHUNK_BYTES - 1, HASH_CHUNK_BYTES, HASH_CHUNK_BYTES + 1, 3 * HASH_CHUNK_BYTES + 7];
  const plans = [[1, 7, 13], [63], [64], [65], [4093], [65537, 3], [HASH_CHUNK_BYTES + 3], [3 * HASH_CHUNK_BYTES + 11]];
  for (const length of lengths) {
    const bytes = crypto.randomBytes(length);
    const expected = nodeSha256(bytes);
    assert.equal((await core.createSha256()).update(bytes).digestHex(), expected, `${length} bytes whole`);
    for (const plan of plans) {
      if (plan[0] === 1 && length > 70000) continue;   // byte-sized pieces of megabytes only cost time
      const hasher = await core.createSha256();
      feedInPieces(bytes, plan, (piece) => hasher.update(piece));
      assert.equal(hasher.digestHex(), expected, `${length} bytes in pieces of ${plan.join(', ')}`);
    }
  }
});

test('SHA-256 of 64 MiB of random bytes in random piece sizes, and the empty message', async () => {
  const bytes = crypto.randomBytes(64 << 20);
  const sizes = Array.from({ length: 97 }, () => 1 + crypto.randomInt(3 * HASH_CHUNK_BYTES));
  const hasher = await core.createSha256();
  feedInPieces(bytes, sizes, (piece) => hasher.update(piece));
  assert.equal(hasher.digestHex(), nodeSha256(bytes));
  assert.equal(await core.sha256Hex(new Uint8Array(0)), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
});

test('update takes any ArrayBuffer view or an ArrayBuffer, and only those', async () => {
  const bytes = crypto.randomBytes(1001);
  const expected = nodeSha256(bytes);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
  assert.equal(await core.sha256Hex(copy), expected);
  assert.equal(await core.sha256Hex(new DataView(copy)), expected);
  assert.equal(await core.sha256Hex(new Uint8Array(copy, 1, 1000)), nodeSha256(bytes.subarray(1)));
  const odd = new Uint8Array(1000).fill(7);
  assert.equal(await core.sha256Hex(new Uint16Array(odd.buffer)), nodeSha256(odd));
  const hasher = await core.createSha256();
  assert.throws(() => hasher.update('text'), TypeError);
  assert.throws(() => hasher.update([1, 2, 3]), TypeError);
  hasher.dispose();
});

test('a finished or disposed hasher refuses more bytes; hashing does not leak module memory', async () => {
  const hasher = await core.createSha256();
  hasher.update(new Uint8Array([1, 2, 3]));
  assert.equal(hasher.digest().length, 32);
  assert.throws(() => hasher.update(new Uint8Array(1)), /finished/);
  assert.throws(() => hasher.digestHex(), /finished/);
  const abandoned = await core.createSha256();
  abandoned.dispose();
  abandoned.dispose();
  assert.throws(() => abandoned.update(new Uint8Array(1)), /finished/);

  const module = await core.load();
  await core.sha256Hex(new Uint8Array(10));
  const before = module.HEAPU8.length;
  for (let i = 0; i < 20_000; i += 1) {
    const h = await core.createSha256();
    h.update(new Uint8Array(100));
    if (i % 2) h.digest(); else h.dispose();
  }
  assert.equal(module.HEAPU8.length, before, 'the module memory did not grow');
});

test('CRC-32 (zip) of known values, streamed and continued', async () => {
  const text = (s) => new TextEncoder().encode(s);
  assert.equal(await core.crc32(text('123456789')), 0xcbf43926);
  assert.equal(await core.crc32(text('The quick brown fox jumps over the lazy dog')), 0x414fa339);
  assert.equal(await core.crc32(new Uint8Array(1_000_000).fill(0x61)), 0xdc25bfbc);
  assert.equal(await core.crc32(new Uint8Array(0)), 0);
  assert.equal(await core.crc32(text('6789'), await core.crc32(text('12345'))), 0xcbf43926);
  const bytes = crypto.randomBytes(5 * HASH_CHUNK_BYTES + 3);
  const whole = await core.crc32(bytes);
  const stream = await core.createCrc32();
  feedInPieces(bytes, [1, 4095, HASH_CHUNK_BYTES + 5, 77], (piece) => stream.update(piece));
  assert.equal(stream.value(), whole);
  assert.ok(whole >= 0 && whole <= 0xffffffff);
});

test('after a trap, a hasher made before it is dead and new hashers work on the new module', async () => {
  const client = await wasmClient();
  const before = await client.createSha256();
  before.update(new Uint8Array([1]));
  await assert.rejects(client.trapForTests(), (e) => e instanceof CoreError && e.code === 'wasm_trap');
  assert.throws(() => before.update(new Uint8Array([2])), (e) => e instanceof CoreError && e.code === 'wasm_trap');
  assert.throws(() => before.digestHex(), /finished/);
  const bytes = crypto.randomBytes(2 * HASH_CHUNK_BYTES + 1);
  assert.equal(await client.sha256Hex(bytes), nodeSha256(bytes));
  assert.equal(client.generation, 2);
  assert.equal((await client.call('evidence.sha256_hex', { text: 'abc' })).sha256,
    'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('evidence.canonicalize prints numbers exactly as JavaScript does', async () => {
  const view = new DataView(new ArrayBuffer(8));
  const numbers = [0, -0, 1, -1, 0.1, 1e21, 1e-7, 1e-6, 123e-20, 5e-324, -5e-324, 1.7976931348623157e308, 2 ** 53, 2 ** 53 + 2,
    9.999999999999997e22, 1e23, 333333333.3333333, 4.35, 0.000001, 1e20, 1.5e300];
  for (let i = 0; i < 20_000; i += 1) {
    crypto.randomFillSync(new Uint8Array(view.buffer));
    const value = view.getFloat64(0);
    if (Number.isFinite(value)) numbers.push(value);
  }
  for (let i = 0; i < 2000; i += 1) numbers.push(crypto.randomInt(2 ** 48 - 1) / 10 ** crypto.randomInt(12));
  const { text } = await core.call('evidence.canonicalize', { value: numbers });
  const ours = text.slice(1, -1).split(',');
  const theirs = numbers.map((n) => JSON.stringify(n));
  for (let i = 0; i < numbers.length; i += 1) assert.equal(ours[i], theirs[i], `the double with bits of ${numbers[i]}`);
  assert.equal(text, JSON.stringify(numbers));
});

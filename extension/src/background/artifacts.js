// Stores an artifact's bytes as they arrive: hashed on the way in (SHA-256 in the wasm core) and
// written to IndexedDB in chunks of CHUNK_BYTES, so a large video never sits in memory whole. The
// parts that arrive (Blobs, or bytes copied into Blobs) are gathered into one chunk by reference,
// without copying, and each full chunk is one transaction. Writes are pipelined: a chunk's
// transaction runs while the next parts are hashed and gathered, and a write waits only while
// WRITES_IN_FLIGHT chunks are still being written (that bounds the memory). The same bytes stored
// twice are kept once: the second upload is dropped and its record points at the first.
import { CHUNK_BYTES, transact, requestResult, StoreError } from '../common/store.js';

const WRITES_IN_FLIGHT = 2;
let uploads = 0;

export class ArtifactWriter {
  constructor(core) {
    this.core = core;
    this.upload = `u-${Date.now().toString(36)}-${(uploads += 1)}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
    this.hasher = null;
    this.index = 0;
    this.size = 0;
    this.parts = [];      // Blobs of the chunk being gathered
    this.gathered = 0;    // their bytes
    this.writes = [];     // chunk transactions not yet awaited, oldest first
    this.failure = null;  // the first write that failed: every later call rejects with it
  }

  // The bytes are copied (into a Blob) before write() resolves: the caller may reuse its buffer.
  async write(bytes) {
    if (this.failure) throw this.failure;
    await this.hash(bytes);
    await this.gather(new Blob([bytes]));
  }

  // Stores a Blob as it is (no copy through this context), read once, in slices of at most
  // CHUNK_BYTES, to be hashed: what is hashed is exactly what is stored. `reading`: this very
  // blob's arrayBuffer() already started by the caller (read ahead while earlier parts are hashed).
  async writeBlob(blob, reading = null) {
    if (this.failure) throw this.failure;
    for (let offset = 0; offset < blob.size; offset += CHUNK_BYTES) {
      const whole = blob.size <= CHUNK_BYTES;
      const part = whole ? blob : blob.slice(offset, offset + CHUNK_BYTES);
      await this.hash(new Uint8Array(await ((whole && reading) || part.arrayBuffer())));
      await this.gather(part);
    }
  }

  async hash(bytes) {
    this.hasher ??= await this.core.createSha256();
    this.hasher.update(bytes);
    this.size += bytes.length;
  }

  // Adds a part to the chunk being gathered; each full chunk goes to IndexedDB.
  async gather(part) {
    this.parts.push(part);
    this.gathered += part.size;
    while (this.gathered >= CHUNK_BYTES) {
      const all = new Blob(this.parts);
      this.parts = all.size > CHUNK_BYTES ? [all.slice(CHUNK_BYTES)] : [];
      this.gathered = all.size - CHUNK_BYTES;
      await this.store(all.size > CHUNK_BYTES ? all.slice(0, CHUNK_BYTES) : all);
    }
  }

  async flush() {
    if (this.gathered === 0) return;
    const chunk = new Blob(this.parts);
    this.parts = [];
    this.gathered = 0;
    await this.store(chunk);
  }

  // Adds `blob` as the next chunk; waits only while WRITES_IN_FLIGHT chunks are being written.
  async store(blob) {
    const index = this.index++;
    const writing = transact(['chunks'], 'readwrite', (s) => requestResult(s.chunks.add({ upload: this.upload, index, blob })));
    writing.catch((error) => { this.failure ??= error; });
    this.writes.push(writing);
    if (this.writes.length >= WRITES_IN_FLIGHT) await this.writes.shift().catch(() => {});
    if (this.failure) throw this.failure;
  }

  // Resolves to {sha256, size, mime, duplicate} once every chunk is written.
  async finish(mime) {
    await this.flush();
    await Promise.allSettled(this.writes);
    this.writes = [];
    if (this.failure) throw this.failure;
    this.hasher ??= await this.core.createSha256();
    const sha256 = this.hasher.digestHex();
    const artifact = { sha256, size: this.size, mime: mime || 'application/octet-stream', upload: this.upload, chunks: this.index };
    const duplicate = await transact(['artifacts', 'chunks'], 'readwrite', async (s) => {
      const existing = await requestResult(s.artifacts.get(sha256));
      if (existing) {
        s.chunks.delete(IDBKeyRange.bound([this.upload, 0], [this.upload, Number.MAX_SAFE_INTEGER]));
        return true;
      }
      s.artifacts.add(artifact);
      return false;
    });
    return { sha256, size: this.size, mime: artifact.mime, duplicate };
  }

  // Drops every chunk written so far (after the writes still running have ended).
  async abort() {
    this.failure ??= new StoreError('storage_failed', 'the upload was aborted');
    this.parts = [];
    this.hasher?.dispose();
    await Promise.allSettled(this.writes);
    this.writes = [];
    await transact(['chunks'], 'readwrite', (s) =>
      requestResult(s.chunks.delete(IDBKeyRange.bound([this.upload, 0], [this.upload, Number.MAX_SAFE_INTEGER]))));
  }
}

// Stores bytes that are already in memory (a screenshot, the page's HTML).
export async function storeBytes(core, bytes, mime) {
  const writer = new ArtifactWriter(core);
  try {
    let offset = 0;
    do {
      await writer.write(bytes.subarray(offset, offset + CHUNK_BYTES));
      offset += CHUNK_BYTES;
    } while (offset < bytes.length);
    return await writer.finish(mime);
  } catch (error) {
    await writer.abort().catch(() => {});
    throw error instanceof StoreError ? error : new StoreError('storage_failed', error.message);
  }
}

// Hashes bytes as they arrive and keeps none of them: the media of a safe capture (a child's case),
// whose SHA-256 is evidence while the bytes must not be stored. Same interface as ArtifactWriter.
// `holdBytes`: bytes up to this size are also held in memory, never in storage, and handed to the
// caller (`held`, a Blob) for its perceptual hashes; a larger file is held not at all.
export class HashOnlyWriter {
  constructor(core, { holdBytes = 0 } = {}) {
    this.core = core;
    this.hasher = null;
    this.size = 0;
    this.holdBytes = holdBytes;
    this.held = holdBytes > 0 ? [] : null;
  }

  async write(bytes) {
    this.hasher ??= await this.core.createSha256();
    this.hasher.update(bytes);
    this.size += bytes.length;
    this.hold(() => new Blob([bytes]));
  }

  hold(part) {
    if (!this.held) return;
    if (this.size > this.holdBytes) this.held = null; else this.held.push(part());
  }

  async writeBlob(blob, reading = null) {
    for (let offset = 0; offset < blob.size; offset += CHUNK_BYTES) {
      const whole = blob.size <= CHUNK_BYTES;
      const part = whole ? blob : blob.slice(offset, offset + CHUNK_BYTES);
      const bytes = new Uint8Array(await ((whole && reading) || part.arrayBuffer()));
      this.hasher ??= await this.core.createSha256();
      this.hasher.update(bytes);
      this.size += bytes.length;
      this.hold(() => part);
    }
  }

  // Resolves to {sha256, size, mime, stored: false, held?}.
  async finish(mime) {
    this.hasher ??= await this.core.createSha256();
    const type = mime || 'application/octet-stream';
    const held = this.held ? { held: new Blob(this.held, { type }) } : {};
    this.held = null;
    return { sha256: this.hasher.digestHex(), size: this.size, mime: type, stored: false, ...held };
  }

  async abort() {
    this.held = null;
  }
}

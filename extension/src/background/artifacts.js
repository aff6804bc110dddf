// Stores an artifact's bytes as they arrive: hashed on the way in (SHA-256 in the wasm core) and
// written to IndexedDB chunk by chunk, so a large video never sits in memory whole. The same bytes
// stored twice are kept once: the second upload is dropped and its record points at the first.
import { CHUNK_BYTES, transact, requestResult, StoreError } from '../common/store.js';

let uploads = 0;

export class ArtifactWriter {
  constructor(core) {
    this.core = core;
    this.upload = `u-${Date.now().toString(36)}-${(uploads += 1)}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
    this.hasher = null;
    this.index = 0;
    this.size = 0;
  }

  async write(bytes) {
    this.hasher ??= await this.core.createSha256();
    this.hasher.update(bytes);
    const index = this.index++;
    this.size += bytes.length;
    const blob = new Blob([bytes]);
    await transact(['chunks'], 'readwrite', (s) => requestResult(s.chunks.add({ upload: this.upload, index, blob })));
  }

  // Resolves to {sha256, size, mime, duplicate}.
  async finish(mime) {
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

  async abort() {
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
export class HashOnlyWriter {
  constructor(core) {
    this.core = core;
    this.hasher = null;
    this.size = 0;
  }

  async write(bytes) {
    this.hasher ??= await this.core.createSha256();
    this.hasher.update(bytes);
    this.size += bytes.length;
  }

  // Resolves to {sha256, size, mime, stored: false}.
  async finish(mime) {
    this.hasher ??= await this.core.createSha256();
    return { sha256: this.hasher.digestHex(), size: this.size, mime: mime || 'application/octet-stream', stored: false };
  }

  async abort() {}
}

// Owns the wasm core for one JS context (service worker, event page, extension page, node test):
// loading with a time limit, JSON in and out, error codes mapped to CoreError, and a fresh module
// after a trap, because a trapped module's memory can no longer be trusted.

export class CoreError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'CoreError';
    this.code = code;
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

// Bytes to hash are copied into the module through one reusable buffer of this size per module:
// a 500 MB video costs 500 copies of 1 MiB, never one copy of 500 MB.
export const HASH_CHUNK_BYTES = 1 << 20;

export class CoreClient {
  // createModule: the Emscripten factory (createTakedownCore); moduleOptions: passed to it (node
  // tests give wasmBinary); limits: the generated LIMITS; timeoutMs bounds loading plus waiting.
  constructor({ createModule, moduleOptions = {}, limits, timeoutMs = 10_000 }) {
    this.createModule = createModule;
    this.moduleOptions = moduleOptions;
    this.limits = limits;
    this.timeoutMs = timeoutMs;
    this.modulePromise = null;
    this.generation = 0;   // how many modules were created; a trap makes the next call create one more
    this.traps = 0;        // how many modules were discarded; a hasher made before a trap is dead after it
    this.staging = null;   // {module, ptr}: the HASH_CHUNK_BYTES buffer that hashed bytes pass through
  }

  // Starts loading now; callers keep the promise (service workers may not await at top level).
  load() {
    if (!this.modulePromise) {
      this.generation += 1;
      const loading = Promise.resolve().then(() => this.createModule({ ...this.moduleOptions }));
      this.modulePromise = withTimeout(loading, this.timeoutMs, 'loading the wasm core').catch((error) => {
        this.modulePromise = null;   // the next call tries again
        throw error instanceof CoreError ? error : new CoreError('wasm_unavailable', `wasm core failed to load: ${error?.message ?? error}`);
      });
    }
    return this.modulePromise;
  }

  // Returns the core's answer envelope as text, exactly as the C ABI produced it.
  async callRaw(method, paramsJson) {
    const params = encoder.encode(paramsJson);
    if (params.length > this.limits.core_params_max_bytes) {
      return JSON.stringify({ ok: false, error: { code: 'too_large', message: `params is ${params.length} bytes; the limit is ${this.limits.core_params_max_bytes}` } });
    }
    const module = await this.load();
    return this.invoke(module, encoder.encode(method), params);
  }

  // Returns the result, or throws CoreError with the core's code.
  async call(method, params = {}) {
    const envelope = JSON.parse(await this.callRaw(method, JSON.stringify(params)));
    if (envelope.ok) return envelope.result;
    throw new CoreError(envelope.error.code, envelope.error.message);
  }

  invoke(module, methodBytes, paramsBytes) {
    let methodPtr = 0;
    let paramsPtr = 0;
    let answerPtr = 0;
    let trapped = false;
    try {
      methodPtr = copyIn(module, methodBytes);
      paramsPtr = copyIn(module, paramsBytes);
      answerPtr = module._takedown_call(methodPtr, methodBytes.length, paramsPtr, paramsBytes.length);
      if (answerPtr === 0) throw new CoreError('internal', 'the wasm core ran out of memory');
      return readCString(module, answerPtr);
    } catch (error) {
      if (error instanceof CoreError) throw error;
      trapped = true;
      throw this.discardAfterTrap(error);
    } finally {
      if (!trapped) {
        for (const ptr of [methodPtr, paramsPtr]) if (ptr) module._free(ptr);
        if (answerPtr) module._takedown_free(answerPtr);
      }
    }
  }

  // Test hook: makes the current module trap, as a bug in the core would.
  async trapForTests() {
    const module = await this.load();
    try {
      module._takedown_trap_for_tests();
    } catch (error) {
      throw this.discardAfterTrap(error);
    }
  }

  // A RuntimeError (unreachable, out of bounds, stack overflow) leaves the module unusable.
  discardAfterTrap(error) {
    this.modulePromise = null;
    this.traps += 1;
    this.staging = null;
    return new CoreError('wasm_trap', `the wasm core trapped (${error?.message ?? error}); it is re-created for the next call`);
  }

  // Streaming SHA-256 in the wasm core: `const h = await core.createSha256(); h.update(chunk)...;
  // h.digestHex()`. update() and digest() are synchronous; chunks of any size are fed through the
  // module's staging buffer in HASH_CHUNK_BYTES pieces.
  async createSha256() {
    const module = await this.load();
    const handle = this.guard(() => module._takedown_sha256_new());
    if (handle === 0) throw new CoreError('internal', 'the wasm core ran out of memory for a SHA-256');
    return new Sha256Stream(this, module, handle);
  }

  // SHA-256 of bytes already in memory, as lowercase hex.
  async sha256Hex(bytes) {
    const view = asBytes(bytes);
    return (await this.createSha256()).update(view).digestHex();
  }

  // Streaming CRC-32 (zip's): `const c = await core.createCrc32(); c.update(chunk)...; c.value()`.
  async createCrc32() {
    const module = await this.load();
    return new Crc32Stream(this, module);
  }

  // CRC-32 of `bytes`, continuing `crc` (0 for new data): crc32(b, await crc32(a)) === crc32(a + b).
  async crc32(bytes, crc = 0) {
    const view = asBytes(bytes);
    return (await this.createCrc32()).continueFrom(crc).update(view).value();
  }

  // PDQ of decoded pixels: `image` is {data, width, height, channels = 4} (ImageData fits; RGBA's
  // alpha is ignored, so composite first). Returns {hash, quality, dihedral: [8 hex hashes]} with
  // dihedral[0] === hash, in PDQ_DIHEDRAL order. Synchronous inside; one copy of the pixels.
  async pdqHash(image) {
    const [status, out] = await this.pdqCall('pdqHash', image, PDQ_OUT_BYTES, (module, pixels, pixelsPtr, outPtr, countPtr, { width, height, channels }) =>
      module._takedown_pdq_hash(pixelsPtr, pixels.length, width, height, channels, outPtr), 0);
    pdqStatus('pdqHash', status, image);
    return pdqResult(out);
  }

  // The hashes kept for one picture: variants of the image (docs/pdq.md, "Variants"), each
  // {name, hash, quality, dihedral}; the first is always 'full' (the same as pdqHash). `role`:
  // 'reference' (a captured picture: also centre crops) or 'candidate' (a picture on a page,
  // compared with references by the core's pdq.match).
  async pdqFingerprint(image, { role = 'reference' } = {}) {
    if (role !== 'reference' && role !== 'candidate') throw new CoreError('invalid_params', `pdqFingerprint role must be reference or candidate, not ${role}`);
    const roleCode = role === 'reference' ? 0 : 1;
    const [status, out, count] = await this.pdqCall('pdqFingerprint', image, PDQ_MAX_VARIANTS * PDQ_VARIANT_BYTES,
      (module, pixels, pixelsPtr, outPtr, countPtr, { width, height, channels }) =>
        module._takedown_pdq_fingerprint(pixelsPtr, pixels.length, width, height, channels, roleCode, outPtr, countPtr), 4);
    pdqStatus('pdqFingerprint', status, image);
    const variants = [];
    for (let i = 0; i < count; i++) {
      const record = out.subarray(i * PDQ_VARIANT_BYTES, (i + 1) * PDQ_VARIANT_BYTES);
      const nameBytes = record.subarray(0, 16);
      const name = String.fromCharCode(...nameBytes.subarray(0, nameBytes.indexOf(0) < 0 ? 16 : nameBytes.indexOf(0)));
      variants.push({ name, ...pdqResult(record.subarray(16)) });
    }
    return { width: image.width, height: image.height, variants };
  }

  // Checks `image`, copies its pixels into wasm memory and runs `work` there; returns [status, the
  // out bytes, the uint32 count when countBytes is 4].
  async pdqCall(what, image, outBytes, work, countBytes) {
    const { data, width, height, channels = 4 } = image ?? {};
    let pixels;
    try {
      pixels = asBytes(data);
    } catch (error) {
      throw new CoreError('invalid_params', `${what} needs image.data as bytes: ${error.message}`);
    }
    if (![1, 3, 4].includes(channels)) throw new CoreError('invalid_params', `${what} needs channels 1, 3 or 4, not ${channels}`);
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 0 || height < 0 || pixels.length !== width * height * channels) {
      throw new CoreError('invalid_params', `${what} needs width x height x channels bytes (${width} x ${height} x ${channels}), not ${pixels.length}`);
    }
    const module = await this.load();
    return this.guard(() => {
      const pixelsPtr = module._malloc(Math.max(pixels.length, 1));
      const outPtr = module._malloc(outBytes + countBytes);
      try {
        if (pixelsPtr === 0 || outPtr === 0) throw new CoreError('too_large', 'the wasm core cannot allocate memory for these pixels');
        module.HEAPU8.set(pixels, pixelsPtr);
        const status = work(module, pixels, pixelsPtr, outPtr, outPtr + outBytes, { width, height, channels });
        const out = module.HEAPU8.slice(outPtr, outPtr + outBytes + countBytes);
        const count = countBytes ? new DataView(out.buffer).getUint32(outBytes, true) : 0;
        return [status, out, count];
      } finally {
        if (pixelsPtr) module._free(pixelsPtr);
        if (outPtr) module._free(outPtr);
      }
    });
  }

  // Runs wasm work; a trap discards the module, as in invoke().
  guard(work) {
    try {
      return work();
    } catch (error) {
      if (error instanceof CoreError) throw error;
      throw this.discardAfterTrap(error);
    }
  }

  stagingBuffer(module) {
    if (this.staging?.module !== module) {
      const ptr = module._malloc(HASH_CHUNK_BYTES);
      if (ptr === 0) throw new CoreError('internal', 'the wasm core cannot allocate its staging buffer for hashing');
      this.staging = { module, ptr };
    }
    return this.staging.ptr;
  }

  // Copies `bytes` into the staging buffer piece by piece and hands each piece to `consume(ptr, length)`.
  feed(module, bytes, consume) {
    this.guard(() => {
      const ptr = this.stagingBuffer(module);
      for (let offset = 0; offset < bytes.length; offset += HASH_CHUNK_BYTES) {
        const piece = bytes.subarray(offset, offset + HASH_CHUNK_BYTES);
        module.HEAPU8.set(piece, ptr);   // HEAPU8 read each time: the memory may have grown
        consume(ptr, piece.length);
      }
    });
  }
}

class Sha256Stream {
  constructor(client, module, handle) {
    this.client = client;
    this.module = module;
    this.handle = handle;
    this.traps = client.traps;
  }

  // Throws unless the hasher can still be used: not finished, and its module has not trapped.
  check() {
    if (this.handle === 0) throw new Error('this SHA-256 is finished; create a new one');
    if (this.client.traps !== this.traps) {
      this.handle = 0;
      throw new CoreError('wasm_trap', 'the wasm core was re-created after a trap, and this SHA-256 with it: hash the bytes again');
    }
  }

  update(bytes) {
    const view = asBytes(bytes);
    this.check();
    this.client.feed(this.module, view, (ptr, length) => this.module._takedown_sha256_update(this.handle, ptr, length));
    return this;
  }

  // The 32-byte digest; the hasher is released and cannot be used again.
  digest() {
    this.check();
    const handle = this.handle;
    this.handle = 0;
    return this.client.guard(() => {
      const ptr = this.client.stagingBuffer(this.module);
      this.module._takedown_sha256_final(handle, ptr);
      return this.module.HEAPU8.slice(ptr, ptr + 32);
    });
  }

  digestHex() {
    return hexOf(this.digest());
  }

  // Releases a hasher whose digest is not wanted (an aborted upload).
  dispose() {
    if (this.handle !== 0 && this.client.traps === this.traps) {
      const handle = this.handle;
      this.client.guard(() => this.module._takedown_sha256_free(handle));
    }
    this.handle = 0;
  }
}

class Crc32Stream {
  constructor(client, module) {
    this.client = client;
    this.module = module;
    this.crc = 0;
    this.traps = client.traps;
  }

  continueFrom(crc) {
    this.crc = crc >>> 0;
    return this;
  }

  update(bytes) {
    const view = asBytes(bytes);
    if (this.client.traps !== this.traps) {
      throw new CoreError('wasm_trap', 'the wasm core was re-created after a trap: compute the CRC-32 again');
    }
    this.client.feed(this.module, view, (ptr, length) => {
      this.crc = this.module._takedown_crc32_update(this.crc, ptr, length) >>> 0;
    });
    return this;
  }

  // The CRC-32 so far, as an unsigned 32-bit number.
  value() {
    return this.crc;
  }
}

// The dihedral transforms in the order of takedown_pdq_hash's output (the reference's order).
export const PDQ_DIHEDRAL = ['orig', 'rot90', 'rot180', 'rot270', 'flipx', 'flipy', 'flipplus1', 'flipminus1'];
const PDQ_OUT_BYTES = 4 + 32 * PDQ_DIHEDRAL.length;
// takedown_pdq_fingerprint's records: a 16-byte name, then a takedown_pdq_hash output.
const PDQ_MAX_VARIANTS = 8;
const PDQ_VARIANT_BYTES = 16 + PDQ_OUT_BYTES;

// {hash, quality, dihedral} from takedown_pdq_hash's 260 bytes.
function pdqResult(out) {
  const quality = new DataView(out.buffer, out.byteOffset, 4).getInt32(0, true);
  const dihedral = PDQ_DIHEDRAL.map((_, x) => hexOf(out.subarray(4 + 32 * x, 36 + 32 * x)));
  return { hash: dihedral[0], quality, dihedral };
}

function pdqStatus(what, status, { width, height, channels = 4 }) {
  if (status === 1) throw new CoreError('invalid_params', `${what} cannot hash ${width} x ${height} x ${channels} pixels (channels 1, 3 or 4; at most 64 Mi pixels)`);
  if (status !== 0) throw new CoreError('too_large', `the wasm core ran out of memory for ${what}`);
}

const HEX_OF_BYTE = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hexOf(bytes) {
  let hex = '';
  for (const byte of bytes) hex += HEX_OF_BYTE[byte];
  return hex;
}

// A Uint8Array over the bytes of a Uint8Array, another ArrayBuffer view or an ArrayBuffer.
function asBytes(input) {
  if (input instanceof Uint8Array) return input;
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]') return new Uint8Array(input);
  throw new TypeError(`expected bytes (a Uint8Array, another ArrayBuffer view or an ArrayBuffer), not ${tag}`);
}

function copyIn(module, bytes) {
  const ptr = module._malloc(bytes.length + 1);
  if (ptr === 0) throw new CoreError('too_large', 'the wasm core cannot allocate memory for this input');
  module.HEAPU8.set(bytes, ptr);
  module.HEAPU8[ptr + bytes.length] = 0;
  return ptr;
}

function readCString(module, ptr) {
  const heap = module.HEAPU8;
  const end = heap.indexOf(0, ptr);
  return decoder.decode(heap.subarray(ptr, end));
}

function withTimeout(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new CoreError('timeout', `${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

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
    return new CoreError('wasm_trap', `the wasm core trapped (${error?.message ?? error}); it is re-created for the next call`);
  }
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

// Loads the wasm build under node the way the node tests need it: the web/worker glue with the
// .wasm bytes handed in (the glue would otherwise try to fetch a file path).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CoreClient } from '../../wasm/core-client.js';

export const { LIMITS } = await import(pathToFileURL(process.env.TAKEDOWN_PROTOCOL_JS));

export async function wasmFactory() {
  const dir = path.join(process.env.TAKEDOWN_WASM_DIR, 'wasm');
  const { default: createTakedownCore } = await import(pathToFileURL(path.join(dir, 'takedown-core.mjs')));
  const wasmBinary = fs.readFileSync(path.join(dir, 'takedown-core.wasm'));
  return { createModule: createTakedownCore, moduleOptions: { wasmBinary } };
}

export async function wasmClient(options = {}) {
  return new CoreClient({ ...(await wasmFactory()), limits: LIMITS, ...options });
}

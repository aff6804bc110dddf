// The wasm core for an extension page (verify and export run where the bytes are read).
import createTakedownCore from '../wasm/takedown-core.mjs';
import { CoreClient } from '../wasm/core-client.js';
import { LIMITS } from './protocol.js';

export const core = new CoreClient({ createModule: createTakedownCore, limits: LIMITS });

// The background's wasm core, loaded eagerly when the background starts.
import createTakedownCore from '../wasm/takedown-core.mjs';
import { CoreClient } from '../wasm/core-client.js';
import { LIMITS } from '../common/protocol.js';

export const core = new CoreClient({ createModule: createTakedownCore, limits: LIMITS });

// The background's actions, one handler each; protocol.json declares who may send them.
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';

export function createActions({ core, nativeHost }) {
  return {
    'core.call': ({ method, params = {} }) => {
      if (typeof method !== 'string') throw new MessageError(ErrorCode.bad_message, 'payload.method must be a string');
      return core.call(method, params);
    },
    'host.call': ({ method, params = {} }) => {
      if (typeof method !== 'string') throw new MessageError(ErrorCode.bad_message, 'payload.method must be a string');
      return nativeHost.call(method, params);
    },
    'status.get': async () => ({
      core: await outcome(core.call('core.version')),
      host: await outcome(nativeHost.call('version')),
    }),
  };
}

// A part's state for a status display: its result, or its error code and message.
async function outcome(promise) {
  try {
    return { ok: true, result: await promise };
  } catch (error) {
    return { ok: false, error: { code: error.code ?? ErrorCode.internal, message: error.message } };
  }
}

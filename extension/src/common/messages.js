// The runtime-message envelope shared by the background, extension pages and (mirrored in its own
// classic script) the content script: {v, id, action, payload} -> {id, ok, result | error}.
import { ErrorCode } from './protocol.js';

export const MESSAGE_VERSION = 1;

export function request(action, payload = {}) {
  return { v: MESSAGE_VERSION, id: crypto.randomUUID(), action, payload };
}

export function success(id, result) {
  return { id, ok: true, result };
}

export function failure(id, code, message) {
  return { id, ok: false, error: { code, message } };
}

export class MessageError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'MessageError';
    this.code = code;
  }
}

// Sends an action to the background and returns its result or throws MessageError.
export async function send(api, action, payload) {
  const answer = await api.runtime.sendMessage(request(action, payload));
  if (!answer) throw new MessageError(ErrorCode.internal, `no answer to ${action}`);
  if (answer.ok) return answer.result;
  throw new MessageError(answer.error.code, answer.error.message);
}

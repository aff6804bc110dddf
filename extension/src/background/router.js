// The one message router of the background: named actions, request ids, the sender classified
// once, every failure a coded error. Handlers are async functions (payload, context) -> result.
import { ACTIONS, ErrorCode, LIMITS } from '../common/protocol.js';
import { MESSAGE_VERSION, failure, success } from '../common/messages.js';

export function createRouter({ api, handlers }) {
  for (const action of Object.keys(handlers)) {
    if (!ACTIONS[action]) throw new Error(`handler for "${action}", which protocol.json does not declare`);
  }
  const ownOrigin = api.runtime.getURL('');

  // Who sent it: an extension page, a content script, or someone we do not answer.
  function senderKind(sender) {
    if (sender.id !== api.runtime.id) return null;
    if (sender.url?.startsWith(ownOrigin)) return 'extension';
    if (sender.tab) return 'content';
    return null;
  }

  async function route(message, sender) {
    const id = typeof message?.id === 'string' && message.id.length <= 64 ? message.id : null;
    const problem = checkEnvelope(message);
    if (problem) return failure(id, ErrorCode.bad_message, problem);
    const from = senderKind(sender);
    const declared = ACTIONS[message.action];
    const handler = handlers[message.action];
    if (!declared || !handler) return failure(id, ErrorCode.unknown_action, `no action named "${message.action}"`);
    if (!from || !declared.from.includes(from)) {
      return failure(id, ErrorCode.forbidden_sender, `"${message.action}" is not available to ${from ?? 'this sender'}`);
    }
    try {
      return success(id, await handler(message.payload, { from, sender }));
    } catch (error) {
      return failure(id, error.code ?? ErrorCode.internal, error.message ?? String(error));
    }
  }

  // runtime.onMessage listener: answers asynchronously through sendResponse in both browsers.
  return function onMessage(message, sender, sendResponse) {
    route(message, sender).then(sendResponse);
    return true;
  };
}

function checkEnvelope(message) {
  if (message === null || typeof message !== 'object') return 'a message must be an object';
  if (message.v !== MESSAGE_VERSION) return `message version must be ${MESSAGE_VERSION}`;
  if (typeof message.id !== 'string' || message.id.length === 0 || message.id.length > 64) return 'id must be a string of 1 to 64 characters';
  if (typeof message.action !== 'string' || message.action.length > 64) return 'action must be a string of at most 64 characters';
  if (message.payload === null || typeof message.payload !== 'object' || Array.isArray(message.payload)) return 'payload must be an object';
  const size = JSON.stringify(message.payload).length;
  if (size > LIMITS.message_max_bytes) return `payload is ${size} characters; the limit is ${LIMITS.message_max_bytes}`;
  return null;
}

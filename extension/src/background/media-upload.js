// Receives media that a content script streams over a 'takedown-media' port (see
// content/media-transport.js for the wire format) and writes it through an ArtifactWriter,
// acknowledging each chunk once it is hashed and queued for storage, so the sender never runs ahead
// by more than its window. For a safe capture the bytes are only hashed, chunk by chunk, and never
// stored (HashOnlyWriter). The size limit is enforced here, whatever the content script claims or
// does: a page's process is not trusted to stop itself.
import { ArtifactWriter, HashOnlyWriter } from './artifacts.js';
import { base64ToBytes } from '../common/encoding.js';
import { CHUNK_BYTES } from '../common/store.js';

// One media file; larger ones are stopped and recorded as not captured (capture.js LIMITS).
export const MEDIA_MAX_BYTES = 1024 * 1024 * 1024;

// Blob chunks read ahead of the one being hashed, at most (the sender's window is 4; a page that
// floods the port with Blobs gets no more than this read into memory at once).
const READ_AHEAD = 6;

const waiting = new Map();   // channel -> { resolve, reject, tabId, store, maxBytes, touch }
let channels = 0;

// A chunk as the content script sent it: a Blob (structured-clone messaging) or base64 text.
function chunkOf(data) {
  if (data instanceof Blob) return data;
  if (typeof data === 'string') return base64ToBytes(data);
  throw new Error('a media chunk arrived in an unknown form');
}

const tooLarge = (size, maxBytes) => new Error(`the media is larger than the ${maxBytes}-byte limit for one capture (${size} bytes or more); it was stopped and nothing of it is kept`);

// Registered at top level by main.js.
export function onMediaPort(core) {
  return (port) => {
    if (port.name !== 'takedown-media' || !port.sender?.tab) return;
    let writer = null;
    let meta = null;
    let expected = null;
    let received = 0;
    let readingAhead = 0;
    let settled = false;
    let queue = Promise.resolve();
    const finish = (settle) => {
      settled = true;
      waiting.delete(expected?.channel);
      settle();
    };
    const tell = (answer) => {
      try {
        port.postMessage(answer);
      } catch { /* the content script is gone */ }
    };
    const stop = async (error) => {
      tell({ stop: true, reason: error.message });
      await writer.abort().catch(() => {});
      finish(() => expected.reject(error));
    };
    port.onMessage.addListener((message) => {
      // A Blob chunk is read at once, while the chunks before it are still being hashed.
      const ahead = message?.data instanceof Blob && message.data.size <= CHUNK_BYTES && readingAhead < READ_AHEAD;
      const reading = ahead ? message.data.arrayBuffer() : null;
      reading?.catch(() => {});
      if (ahead) readingAhead += 1;
      queue = queue.then(async () => {
        if (ahead) readingAhead -= 1;
        if (!expected) {
          expected = waiting.get(message?.channel);
          if (!expected || expected.tabId !== port.sender.tab.id || message.kind !== 'start') {
            expected = null;
            port.disconnect();
            return;
          }
          expected.channel = message.channel;
          writer = expected.store ? new ArtifactWriter(core) : new HashOnlyWriter(core, { holdBytes: expected.hold });
        }
        if (settled) return;   // later messages change nothing
        if (!waiting.has(expected.channel)) {   // given up (nothing arrived for too long): keep nothing
          settled = true;
          tell({ stop: true, reason: 'the extension gave up waiting' });
          await writer.abort().catch(() => {});
          return;
        }
        try {
          if (message.kind === 'start') {
            meta = message;
            if (!message.ok) finish(() => expected.reject(new Error(`the site answered ${message.status} for the media`)));
            else if (message.length > expected.maxBytes) await stop(tooLarge(message.length, expected.maxBytes));
            else tell({ ready: true, blob: message.probe instanceof Blob });
          } else if (message.kind === 'chunk') {
            expected.touch();
            const chunk = chunkOf(message.data);
            received += chunk instanceof Blob ? chunk.size : chunk.length;
            if (received > expected.maxBytes) {
              await stop(tooLarge(received, expected.maxBytes));
              return;
            }
            await (chunk instanceof Blob ? writer.writeBlob(chunk, reading) : writer.write(chunk));
            tell({ chunks: 1 });
          } else if (message.kind === 'end') {
            const stored = await writer.finish(meta?.mime?.split(';')[0]);
            finish(() => expected.resolve({ ...stored, status: meta?.status, final_url: meta?.final_url, headers: meta?.headers ?? {} }));
          } else if (message.kind === 'error') {
            await writer.abort();
            finish(() => expected.reject(new Error(message.reason)));
          }
        } catch (error) {
          await stop(error);
        }
      });
    });
    port.onDisconnect.addListener(() => {
      queue.then(async () => {
        if (!expected || settled) return;
        // Unfinished (or given up for silence): nothing of it stays stored.
        const given = !waiting.has(expected.channel);
        settled = true;
        await writer?.abort().catch(() => {});
        if (!given) finish(() => expected.reject(new Error('the page closed before the media arrived')));
      });
    });
  };
}

// A channel for one media upload from `tabId`; `done` settles when the upload is stored or fails,
// or when nothing arrived for `idleMs` (a large file may take long, a stalled one may not).
// `store: false` keeps only the hash, size and type (a safe capture). `maxBytes`: the upload is
// stopped, and `done` rejects saying so, as soon as more arrive (or the site announces more).
// `hold` (with `store: false`): bytes up to this size are also held in memory (HashOnlyWriter).
export function expectMedia(tabId, idleMs, { store = true, maxBytes = MEDIA_MAX_BYTES, hold = 0 } = {}) {
  const channel = `m-${Date.now().toString(36)}-${(channels += 1)}`;
  const done = new Promise((resolve, reject) => {
    let timer;
    const touch = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        waiting.delete(channel);
        reject(new Error(`no media arrived for ${idleMs / 1000} s`));
      }, idleMs);
    };
    touch();
    waiting.set(channel, {
      tabId,
      store,
      maxBytes,
      hold,
      touch,
      resolve: (value) => { clearTimeout(timer); resolve(value); },
      reject: (error) => { clearTimeout(timer); reject(error); },
    });
  });
  return { channel, done };
}

// Receives media that a content script streams over a 'takedown-media' port (see
// content.fetch_media) and writes it through an ArtifactWriter, acknowledging chunks as they are
// stored so the sender never runs ahead by more than its window. For a safe capture the bytes are
// only hashed, chunk by chunk, and never stored (HashOnlyWriter).
import { ArtifactWriter, HashOnlyWriter } from './artifacts.js';
import { base64ToBytes } from '../common/encoding.js';

const waiting = new Map();   // channel -> { resolve, reject, tabId }
let channels = 0;

// Registered at top level by main.js.
export function onMediaPort(core) {
  return (port) => {
    if (port.name !== 'takedown-media' || !port.sender?.tab) return;
    let writer = null;
    let meta = null;
    let expected = null;
    let queue = Promise.resolve();
    const finish = (settle) => {
      waiting.delete(expected?.channel);
      settle();
    };
    port.onMessage.addListener((message) => {
      queue = queue.then(async () => {
        if (!expected) {
          expected = waiting.get(message?.channel);
          if (!expected || expected.tabId !== port.sender.tab.id) {
            port.disconnect();
            return;
          }
          expected.channel = message.channel;
          writer = expected.store ? new ArtifactWriter(core) : new HashOnlyWriter(core);
        }
        try {
          if (message.kind === 'start') {
            meta = message;
            if (!message.ok) finish(() => expected.reject(new Error(`the site answered ${message.status} for the media`)));
          } else if (message.kind === 'chunk') {
            expected.touch();
            await writer.write(base64ToBytes(message.data));
            port.postMessage({ chunks: 1 });
          } else if (message.kind === 'end') {
            const stored = await writer.finish(meta?.mime?.split(';')[0]);
            finish(() => expected.resolve({ ...stored, status: meta?.status, final_url: meta?.final_url, headers: meta?.headers ?? {} }));
          } else if (message.kind === 'error') {
            await writer.abort();
            finish(() => expected.reject(new Error(message.reason)));
          }
        } catch (error) {
          port.postMessage({ chunks: 1, stop: true });
          await writer.abort().catch(() => {});
          finish(() => expected.reject(error));
        }
      });
    });
    port.onDisconnect.addListener(() => {
      queue.then(() => {
        if (expected && waiting.has(expected.channel)) {
          writer?.abort().catch(() => {});
          finish(() => expected.reject(new Error('the page closed before the media arrived')));
        }
      });
    });
  };
}

// A channel for one media upload from `tabId`; `done` settles when the upload is stored or fails,
// or when nothing arrived for `idleMs` (a large file may take long, a stalled one may not).
// `store: false` keeps only the hash, size and type (a safe capture).
export function expectMedia(tabId, idleMs, { store = true } = {}) {
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
      touch,
      resolve: (value) => { clearTimeout(timer); resolve(value); },
      reject: (error) => { clearTimeout(timer); reject(error); },
    });
  });
  return { channel, done };
}

// Chromium's video frame decoder. A service worker has no <video>, so the frames are decoded and
// hashed in an offscreen document (offscreen-video.html, with its own wasm core), which answers
// over a port; the video travels to it as a Blob (runtime messages are structured clones) and only
// hashes come back. The document is closed once it has had nothing to do for a while. Firefox has
// a same-named file that decodes in the event page.
import { api } from './browser-api.js';

const DOCUMENT = 'platform/offscreen-video.html';
const PORT_NAME = 'takedown-video-frames';
const START_MS = 10_000;   // the document connects within this
const QUIET_MS = 60_000;   // a job that reports no frame for this long has failed
const IDLE_MS = 30_000;    // the document is closed after this long without a job

let port = null;
let connected = [];        // resolvers waiting for the document's port
let opening = null;
let nextId = 1;
let idleTimer = null;
const jobs = new Map();    // id -> {resolve, reject, touch}

// The document's port (main.js registers this for runtime.onConnect at top level): it connects once it runs.
export function onVideoFramesPort(candidate) {
  if (candidate.name !== PORT_NAME || candidate.sender?.url !== api.runtime.getURL(DOCUMENT)) return;
  port = candidate;
  candidate.onMessage.addListener(({ id, progress, result, error }) => {
    const job = jobs.get(id);
    if (!job) return;
    if (progress) return job.touch();
    jobs.delete(id);
    if (error) job.reject(new Error(error)); else job.resolve(result);
  });
  candidate.onDisconnect.addListener(() => {
    if (port === candidate) port = null;
    for (const job of jobs.values()) job.reject(new Error('the video decoder closed'));
  });
  for (const resolve of connected) resolve(candidate);
  connected = [];
}

async function decoder() {
  if (port) return port;
  opening ??= (async () => {
    // A document left by an earlier service worker lost its port with it: start afresh.
    const existing = await api.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] });
    if (existing.length) await api.offscreen.closeDocument();
    const ready = new Promise((resolve, reject) => {
      connected.push(resolve);
      setTimeout(() => reject(new Error('the video decoder did not start')), START_MS);
    });
    await api.offscreen.createDocument({
      url: DOCUMENT, reasons: ['BLOBS'], justification: 'Decodes the frames of a captured video to fingerprint them (PDQ), on this computer.',
    });
    return ready;
  })().finally(() => { opening = null; });
  return opening;
}

function closeWhenIdle() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (jobs.size === 0 && port) api.offscreen.closeDocument().catch(() => {});
  }, IDLE_MS);
}

// Resolves to {frames, duration_ms, width, height} (common/video-frames.js). `core` is unused:
// the document has its own.
export async function decodeVideoFrameHashes(core, blob, { everyMs, maxFrames } = {}) {
  clearTimeout(idleTimer);
  const target = await decoder();
  const id = nextId++;
  try {
    return await new Promise((resolve, reject) => {
      let timer;
      const touch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          jobs.delete(id);
          reject(new Error(`the video decoder showed no frame for ${QUIET_MS / 1000} s`));
        }, QUIET_MS);
      };
      jobs.set(id, {
        touch,
        resolve: (value) => { clearTimeout(timer); resolve(value); },
        reject: (error) => { clearTimeout(timer); jobs.delete(id); reject(error); },
      });
      touch();
      target.postMessage({ id, blob, everyMs, maxFrames });
    });
  } finally {
    closeWhenIdle();
  }
}

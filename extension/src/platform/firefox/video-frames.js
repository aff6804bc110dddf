// Firefox's video frame decoder: the event page is a document, so the frames are decoded and
// hashed right here, with the background's own core (Chromium has a same-named file that uses an
// offscreen document).
import { sampleVideoFrames } from '../common/video-frames.js';

// Resolves to {frames, duration_ms, width, height} (common/video-frames.js).
export function decodeVideoFrameHashes(core, blob, { everyMs, maxFrames } = {}) {
  return sampleVideoFrames(blob, { everyMs, maxFrames, hash: (pixels) => core.pdqHash(pixels) });
}

// Chromium's offscreen document connects over a port; Firefox has none to accept.
export function onVideoFramesPort() {}

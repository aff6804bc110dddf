// Chromium's offscreen document for video frames (video-frames.js opens it): decodes each video
// it is sent with a <video>, hashes the sampled frames with its own wasm core and answers with the
// hashes only. One video at a time; each frame reported, so the background knows it is alive.
import { core } from '../background/core.js';
import { sampleVideoFrames } from '../common/video-frames.js';

const port = globalThis.chrome.runtime.connect({ name: 'takedown-video-frames' });
let queue = Promise.resolve();

port.onMessage.addListener(({ id, blob, everyMs, maxFrames }) => {
  queue = queue.then(async () => {
    try {
      const hash = async (pixels) => {
        const hashed = await core.pdqHash(pixels);
        port.postMessage({ id, progress: true });
        return hashed;
      };
      port.postMessage({ id, result: await sampleVideoFrames(blob, { everyMs, maxFrames, hash }) });
    } catch (error) {
      port.postMessage({ id, error: String(error?.message ?? error) });
    }
  });
});

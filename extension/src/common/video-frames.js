// A video's frames, sampled vPDQ style (one every second) and decoded by the browser's own video
// decoder in a document: Chromium's offscreen document, Firefox's event page (a service worker has
// no <video>). A <video> is seeked to each time and its frame drawn on a white canvas (a frame with
// alpha is composited on white, as pictures are), at most FRAME_LIMITS.maxSide pixels on its longer
// side: PDQ reduces every frame to 64x64 anyway, and a 4K frame would cost 30 times more to hash.
// `hash(pixels)` gets each frame's RGBA pixels and resolves to {hash, quality}.
export const FRAME_LIMITS = Object.freeze({
  everyMs: 1000,     // one frame per second
  maxFrames: 3600,   // an hour; a longer video is sampled more sparsely, evenly over its length
  maxSide: 512,
  loadMs: 30_000,    // the file must show its first frame within this
  seekMs: 15_000,    // and each sampled frame within this
  redraws: 20,       // a frame that draws as one colour, or as the frame sampled before it, is drawn
  redrawMs: 25,      // again up to this many times, this far apart (a frame that really is one colour
                     // or unchanged costs half a second)
});

const HAVE_CURRENT_DATA = 2;   // HTMLMediaElement.readyState: the current frame is there

const waitFor = (video, event, ms, what) => new Promise((resolve, reject) => {
  const timer = setTimeout(() => done(reject, new Error(`the browser did not ${what} within ${ms / 1000} s`)), ms);
  const onEvent = () => done(resolve);
  const onError = () => done(reject, new Error(`the browser cannot decode the video (${video.error?.message || `media error ${video.error?.code ?? 'unknown'}`})`));
  function done(settle, value) {
    clearTimeout(timer);
    video.removeEventListener(event, onEvent);
    video.removeEventListener('error', onError);
    settle(value);
  }
  video.addEventListener(event, onEvent);
  video.addEventListener('error', onError);
});

// Seeks and waits until the frame at that time can be drawn (a seek's end does not always mean
// its frame is decoded yet).
async function seek(video, seconds) {
  const seeked = waitFor(video, 'seeked', FRAME_LIMITS.seekMs, `show the frame at ${seconds} s`);
  video.currentTime = seconds;
  await seeked;
  // No event says "the current frame arrived" once the first has: look every 20 ms.
  for (const until = Date.now() + FRAME_LIMITS.seekMs; video.readyState < HAVE_CURRENT_DATA;) {
    if (Date.now() > until) throw new Error(`the browser did not decode the frame at ${seconds} s within ${FRAME_LIMITS.seekMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

// The length in ms. A recording made by Chromium's MediaRecorder has no duration in its header
// (Infinity) until it has been read to its end: seeking far past the end makes the browser find it
// (the first sampled frame seeks back to the start).
async function durationOf(video) {
  if (!Number.isFinite(video.duration)) {
    // Both awaited: a seek still running would end after the next one began and be taken for it.
    const known = waitFor(video, 'durationchange', FRAME_LIMITS.seekMs, 'find how long the video is');
    const ended = waitFor(video, 'seeked', FRAME_LIMITS.seekMs, 'reach the end of the video');
    video.currentTime = 1e9;
    await Promise.all([known, ended]);
  }
  if (!Number.isFinite(video.duration)) throw new Error('the browser cannot tell how long the video is');
  return Math.round(video.duration * 1000);
}

// Draws the current frame on white and returns its RGBA pixels. Under load Chromium can report a
// seek's frame as there before a hidden document can draw it: the canvas then stays one colour, or
// still shows the frame sampled before (`previous`). Such a picture is drawn again for a moment, and
// kept as it is if the video really shows one colour or has not changed.
async function drawFrame(video, canvas, context, previous) {
  for (let attempt = 0; ; attempt++) {
    context.fillStyle = '#fff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const suspect = isOneColour(data) || (previous !== null && samePixels(data, previous));
    if (!suspect || attempt >= FRAME_LIMITS.redraws) return data;
    await new Promise((resolve) => setTimeout(resolve, FRAME_LIMITS.redrawMs));
  }
}

function samePixels(a, b) {
  if (a.length !== b.length) return false;
  const x = new Uint32Array(a.buffer, a.byteOffset, a.length >> 2);
  const y = new Uint32Array(b.buffer, b.byteOffset, b.length >> 2);
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function isOneColour(data) {
  const first = new Uint32Array(data.buffer, data.byteOffset, data.length >> 2);
  for (let i = 1; i < first.length; i++) if (first[i] !== first[0]) return false;
  return true;
}

// Resolves to {frames: [{timestamp (ms), hash, quality}], duration_ms, width, height} (the video's
// own size); rejects with the reason when the browser cannot decode the file.
export async function sampleVideoFrames(blob, { hash, everyMs = FRAME_LIMITS.everyMs, maxFrames = FRAME_LIMITS.maxFrames } = {}) {
  const url = URL.createObjectURL(blob);
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  try {
    const loaded = waitFor(video, 'loadeddata', FRAME_LIMITS.loadMs, 'load the video');
    video.src = url;
    await loaded;
    const { videoWidth: width, videoHeight: height } = video;
    if (!width || !height) throw new Error('the file shows no picture (sound only)');
    const durationMs = await durationOf(video);
    // Every `step` ms, evenly: one a second, or sparser so that at most maxFrames are taken.
    const step = Math.max(everyMs, Math.ceil(durationMs / maxFrames / everyMs) * everyMs);
    const scale = Math.min(1, FRAME_LIMITS.maxSide / Math.max(width, height));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale)));
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.imageSmoothingQuality = 'high';
    const frames = [];
    let previous = null;
    for (let timestamp = 0; (timestamp < durationMs || timestamp === 0) && frames.length < maxFrames; timestamp += step) {
      await seek(video, timestamp / 1000);
      const data = await drawFrame(video, canvas, context, previous);
      previous = data;
      const hashed = await hash({ data, width: canvas.width, height: canvas.height, channels: 4 });
      frames.push({ timestamp, hash: hashed.hash, quality: hashed.quality });
    }
    return { frames, duration_ms: durationMs, width, height };
  } finally {
    video.removeAttribute('src');
    video.load();
    URL.revokeObjectURL(url);
  }
}

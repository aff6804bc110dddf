// Streamed video and audio (issue #15 part 2): keeps what plays, in order of preference
//   1. segments: the bytes the platform served to its Media Source player, fetched again by the
//      content script (media-stream.js) and kept per stream, init segment first (media-stream-<n>);
//   2. recording: captureStream + MediaRecorder while it plays, with progress and Stop in the page
//      (media-recording.webm);
//   3. frames: when recording is impossible (DRM, a cross-origin video without CORS, a page or browser
//      that refuses), up to 8 frames, drawn from the element or cropped from screenshots of the tab.
// Whatever is not kept is said with `miss(what, reason)`; the result is the record's `data.media`.
import { storeBytes } from './artifacts.js';
import { expectMedia } from './media-upload.js';
import { captureVisible, cropAround } from './screenshot.js';
import { askContent } from './tabs.js';
import { base64ToBytes } from '../common/encoding.js';

export const STREAM_LIMITS = Object.freeze({
  maxBytes: 1024 * 1024 * 1024,   // one stream or recording, as for a media file
  idleMs: 60_000,                 // a segment upload that stalls this long is given up
  recordMaxMs: 10 * 60 * 1000,    // a recording stops by itself after this long
  frames: 8,                      // frames kept when nothing can be recorded
  frameIntervalMs: 600,           // between frames (Chromium allows two screenshots a second)
});

const EXTENSIONS = { 'video/webm': '.webm', 'audio/webm': '.webm', 'video/mp4': '.mp4', 'audio/mp4': '.m4a',
  'video/mp2t': '.ts', 'audio/aac': '.aac', 'audio/ogg': '.ogg', 'video/ogg': '.ogv' };
// A reason fits a record's not_captured entry (at most 2 KiB of UTF-8).
function clip(text, maxBytes = 2000) {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length <= maxBytes) return text;
  return `${new TextDecoder().decode(bytes.subarray(0, maxBytes - 8)).replace(/\uFFFD$/, '')} …`;
}

const extensionOf = (mime) => EXTENSIONS[String(mime ?? '').split(';')[0].trim().toLowerCase()] ?? '.bin';

// `target`: {ref, target: 'video'|'audio', url} (helper A's descriptor); `prefer`: 'segments' or
// 'recording'; `limits` (optional) overrides STREAM_LIMITS (tests use short ones).
// Resolves to {media}: the data.media object, or null when nothing of the media could be kept.
export async function captureStreamed({ api, core, tabId, frameId = 0, target, keep, miss: record, prefer = 'segments', limits = {} }) {
  const limit = { ...STREAM_LIMITS, ...limits };
  const miss = (what, reason) => record(what, clip(String(reason?.message ?? reason)));
  const ask = (action, payload) => askContent(api, tabId, action, payload, frameId);
  const about = { ref: target?.ref ?? null, url: target?.url ?? null, target: target?.target === 'audio' ? 'audio' : 'video' };
  const base = { target: about.target, ...(about.url ? { url: about.url } : {}) };

  let kept = null;
  if (prefer !== 'recording') {
    kept = await keepSegments({ ask, tabId, about, keep, miss, limit }).catch((error) => {
      miss('media_segments', error);
      return null;
    });
    if (kept?.complete) return { media: { ...base, capture_method: 'segments', segments: kept.segments, ...kept.dimensions } };
  }

  const recording = await keepRecording({ ask, tabId, about, keep, limit }).catch((error) => ({ error }));
  if (!recording.error) {
    return { media: { ...base, capture_method: 'recording', ...recording, ...(kept?.segments.length ? { segments: kept.segments } : {}) } };
  }
  miss('media_recording', recording.error);
  if (kept?.segments.length) return { media: { ...base, capture_method: 'segments', segments: kept.segments, ...kept.dimensions } };

  const frames = await keepFrames({ api, ask, tabId, frameId, about, keep, core, miss, limit }).catch((error) => {
    miss('media_frames', error);
    return null;
  });
  return { media: frames?.frames ? { ...base, capture_method: 'frames', ...frames } : null };
}

// The player's segments, one artifact per stream. `complete` only when every stream was kept whole.
async function keepSegments({ ask, tabId, about, keep, miss, limit }) {
  const plan = await ask('content.stream_segments', { ...about });
  if (!plan.streams.length) throw new Error('the page lists no media segments fetched by a player (it may play a file, or a stream whose requests are gone)');
  const segments = [];
  const problems = [...plan.incomplete];
  for (const stream of plan.streams) {
    const name = `media-stream-${stream.n}${extensionOf(stream.mime)}`;
    const { channel, done } = expectMedia(tabId, limit.idleMs);
    const sending = ask('content.stream_send', { token: plan.token, n: stream.n, channel, maxBytes: limit.maxBytes });
    done.catch(() => {});
    try {
      await keep(name, Promise.race([done, sending.then(() => done)]));
    } catch (error) {
      problems.push(`stream ${stream.n} (${stream.mime}): ${error.message}`);
      continue;
    }
    const sent = await sending;
    for (const failure of sent.failed) problems.push(`stream ${stream.n}: ${failure.url} could not be fetched again (${failure.reason})`);
    segments.push(...sent.segments.map((segment) => ({ artifact: name, ...segment })));
  }
  // One entry for all of them: a record holds at most 32 not_captured entries.
  if (problems.length) miss('media_segments', problems.length > 3 ? `${problems.slice(0, 3).join('; ')}; and ${problems.length - 3} more` : problems.join('; '));
  return { segments, complete: !problems.length && segments.length > 0, dimensions: plan.width ? { width: plan.width, height: plan.height } : {} };
}

// A recording of what plays; the content script shows progress and Stop and answers when it ends.
async function keepRecording({ ask, tabId, about, keep, limit }) {
  const { channel, done } = expectMedia(tabId, limit.recordMaxMs + limit.idleMs);
  done.catch(() => {});
  const result = await ask('content.stream_record', { ...about, channel, maxBytes: limit.maxBytes, maxMs: limit.recordMaxMs });
  const stored = await done;
  await keep(`media-recording${extensionOf(stored.mime)}`, Promise.resolve(stored));
  const media = { codec: result.codec ?? result.mime, duration_ms: result.duration_ms, stopped_by: result.stopped_by ?? 'error' };
  if (result.time_range) media.time_range = result.time_range;
  if (result.width) Object.assign(media, { width: result.width, height: result.height });
  return media;
}

// Up to limit.frames frames while the media plays (one when it is paused): drawn from the element
// when the page lets its pixels be read, else the tab's screenshot cropped to the element.
async function keepFrames({ api, ask, tabId, frameId, about, keep, core, miss, limit }) {
  let count = 0;
  let size = {};
  let shotNoted = false;
  for (let i = 0; i < limit.frames; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, limit.frameIntervalMs));
    const shot = await ask('content.stream_frame', about);
    if (!shot.picture) throw new Error('sound has no pictures to keep');
    let png = shot.png ? base64ToBytes(shot.png) : null;
    if (!png) {
      if (!shotNoted) {
        miss('media_frames', `the frames are cropped from screenshots of the tab, since the page does not let its pixels be read (${shot.unreadable ?? 'not yet shown'})${shot.unreadable === 'drm' ? '; a protected video may show black in a screenshot' : ''}`);
        shotNoted = true;
      }
      const tab = await api.tabs.get(tabId);
      const screenshot = await captureVisible(api, tab.windowId);
      const crop = shot.box && shot.top && frameId === 0 ? await cropAround(screenshot, shot.box, shot.viewport, 0) : null;
      png = crop?.png ?? screenshot;
    }
    count += 1;
    await keep(`frame-${String(count).padStart(3, '0')}.png`, storeBytes(core, png, 'image/png'));
    if (shot.width) size = { width: shot.width, height: shot.height };
    if (shot.paused || shot.ended) break;   // a still picture needs one frame
  }
  return { frames: count, ...size };
}

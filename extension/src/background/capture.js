// One right-click becomes one capture record: the page's facts, a screenshot and a crop around the
// clicked element, the page's HTML, and the media the person pointed at (found by
// content/media-find.js, through overlays, backgrounds, srcsets, lazy loaders and carousels), with
// how it was found and fetched in `data.media`. What could not be kept is recorded with the reason,
// never silently dropped.
// A safe capture (a child's case, issue #13) keeps no picture at all: the page's facts as text
// (page.json) and the media's SHA-256, size and type, hashed as it streams in and never stored.
// Every capture's picture or video then gets its perceptual hashes (perceptual-hashes.js), a safe
// capture's too, from bytes held in memory only while they are hashed.
import { appendRecord, createCase, getCase, markCaseSafe, recordTime } from './case-log.js';
import { storeBytes } from './artifacts.js';
import { captureVisible, cropAround } from './screenshot.js';
import { expectMedia, MEDIA_MAX_BYTES } from './media-upload.js';
import { fetchInExtension } from './media-fetch.js';
import { captureStreamed } from './stream-capture.js';
import { askContent } from './tabs.js';
import { hashCapture, HASH_LIMITS } from './perceptual-hashes.js';
import { getAll } from '../common/store.js';
import { extensionFor } from '../common/encoding.js';

export const LIMITS = Object.freeze({
  htmlMaxChars: 5_000_000,            // the serialized DOM kept per capture
  mediaMaxBytes: MEDIA_MAX_BYTES,     // one media file (1 GiB); larger ones are stopped by the background and recorded as not captured
  mediaIdleMs: 60_000,                // a media stream that stalls this long is given up
  textMaxChars: 200_000,              // the visible text a safe capture keeps
});

const encoder = new TextEncoder();
// Said in every safe capture's record, so that nobody later wonders where the screenshot went.
const SAFE_REASON = 'safe capture (a child\'s case): no screenshot, crop, page HTML or media file is kept; the media\'s SHA-256 is recorded instead';

// The case a capture goes to: the current one, or a new one named after the page.
async function currentCase(api, title, now) {
  const { currentCase: id } = await api.storage.local.get('currentCase');
  const existing = id ? await getCase(id) : null;
  if (existing) return existing;
  const created = await createCase(title, now);
  await api.storage.local.set({ currentCase: created.id });
  return created;
}

// A data: address is the picture itself: a record names only its type (the bytes are an artifact,
// or, in a safe capture, only hashed).
const shownAddress = (url) => (/^\s*data:/i.test(url ?? '') ? `${url.trim().split(',')[0]},…` : url ?? null);

// `safe`: the capture keeps no picture; the case becomes (and stays) a safe case. A capture into a
// case that is already safe is safe whatever asked for it. `caseId` and `perceptualMatch`: the
// watcher's one-click capture (background/watcher.js) goes into the case whose picture it matched,
// with the match recorded as data.perceptual_match.
export async function capture({ api, core, info, tab, kind, safe: asked = false, now = new Date(), caseId = null, perceptualMatch = null }) {
  const notCaptured = [];
  const artifacts = [];
  const miss = (what, error) => notCaptured.push({ what, reason: String(error?.message ?? error) });
  const keep = async (name, promise) => {
    const stored = await promise;
    artifacts.push({ name, sha256: stored.sha256, size: stored.size, mime: stored.mime });
    return stored;
  };
  const frameId = info.frameId ?? 0;

  // The case first: whether it is safe decides what may be asked of the page at all.
  let caseEntry = caseId ? await getCase(caseId) : await currentCase(api, tab.title ?? info.pageUrl, now);
  if (!caseEntry) throw new Error(`no case "${caseId}"`);
  const matched = perceptualMatch ? { perceptual_match: perceptualMatch } : {};
  const safe = asked || caseEntry.safe === true;
  if (safe && !caseEntry.safe) caseEntry = await markCaseSafe(caseEntry.id);

  let facts = null;
  try {
    facts = await askContent(api, tab.id, 'content.describe', {
      srcUrl: info.srcUrl ?? null, linkUrl: info.linkUrl ?? null, htmlMaxChars: LIMITS.htmlMaxChars, safe, textMaxChars: LIMITS.textMaxChars,
    }, frameId);
  } catch (error) {
    miss('page_facts', error);
  }
  const found = await findTarget(api, tab.id, frameId, info, miss);
  // A right-click on an overlay is a right-click on the picture beneath it.
  const shownKind = kind === 'page' && found?.found_by === 'pointer' ? KIND_OF_TARGET[found.target] ?? kind : kind;
  if (safe) return safeCapture({ api, core, info, tab, kind: shownKind, now, caseEntry, facts, frameId, found, notCaptured, keep, artifacts, matched });

  // The crop follows the media found (none when its box is unknown: a frame of another origin).
  const box = found ? found.box : facts?.box;
  try {
    const png = await captureVisible(api, tab.windowId);
    await keep('screenshot.png', storeBytes(core, png, 'image/png'));
    if (box && facts?.viewport && frameId === 0) {
      const crop = await cropAround(png, box, facts.viewport);
      if (crop) await keep('element.png', storeBytes(core, crop.png, 'image/png'));
      else notCaptured.push({ what: 'element_crop', reason: 'the clicked element was outside the visible part of the page' });
    }
  } catch (error) {
    miss('screenshot', error);
  }

  if (facts) {
    await keep('page.html', storeBytes(core, encoder.encode(facts.html), 'text/html'));
    if (facts.html_truncated) {
      notCaptured.push({ what: 'page_html_rest', reason: `the page's HTML is ${facts.html_chars} characters; the first ${LIMITS.htmlMaxChars} were kept` });
    }
  }

  let earlier = [];
  let media = null;
  if (found) {
    // Media found in another frame (an embedded player) are fetched by that frame's content script.
    const kept = await keepMedia({ api, core, tabId: tab.id, frameId: found.frameId ?? frameId, found, keep, miss });
    media = kept.media;
    if (kept.stored?.duplicate) earlier = await recordsWith(kept.stored.sha256);
  }

  const record = await appendRecord(core, caseEntry.id, {
    type: 'capture',
    at: recordTime(now),
    data: {
      kind: shownKind,
      ...pageFacts({ info, tab, facts, mediaUrl: found?.url ?? info.srcUrl ?? null }),
      ...(media ? { media } : {}),
      ...matched,
      earlier_captures: earlier,
      not_captured: notCaptured,
    },
    artifacts,
  });
  await hashesFollow(hashCapture({ core, caseId: caseEntry.id, record }));
  return { case: caseEntry.id, record, notCaptured, kind: shownKind };
}

// The capture's perceptual hashes (perceptual-hashes.js) follow its record. A picture's take a
// moment and are waited for, so the log reads capture, hashes; a video's take longer and follow
// while the capture has already answered.
async function hashesFollow({ done, quick }) {
  if (!quick) return;
  let timer;
  await Promise.race([done, new Promise((resolve) => { timer = setTimeout(resolve, HASH_LIMITS.quickWaitMs); })]);
  clearTimeout(timer);
}

const KIND_OF_TARGET = { image: 'image', picture: 'image', background: 'image', canvas: 'image', video: 'video', audio: 'audio' };

// What the person pointed at: a descriptor {ref, target, url, candidates, stream, found_by, box}
// (content/media-find.js), or null when the target shows no media. `info.media`: already found
// (the page's main media, or the one the person chose). The menu's srcUrl stands on its own when
// the page no longer shows it.
async function findTarget(api, tabId, frameId, info, miss) {
  if (info.media) return info.media;
  let found = null;
  try {
    found = (await askContent(api, tabId, 'content.find_media', { srcUrl: info.srcUrl ?? null, mode: 'point' }, frameId)).media;
  } catch (error) {
    if (!info.srcUrl) miss('media_search', error);
  }
  if (found || !info.srcUrl) return found;
  const target = ['video', 'audio'].includes(info.mediaType) ? info.mediaType : 'image';
  return { ref: null, target, url: info.srcUrl, candidates: [info.srcUrl], stream: /^blob:/i.test(info.srcUrl) ? 'blob' : null, found_by: 'menu', box: null };
}

// The Accept header of the browser's own request for this kind of media: servers that choose the
// format by it then send what the page showed (and the browser's cache holds that answer).
const FIREFOX = /Firefox\//.test(globalThis.navigator?.userAgent ?? '');
const ACCEPT = FIREFOX ? {
  image: 'image/avif,image/webp,image/png,image/svg+xml,image/*;q=0.8,*/*;q=0.5',
  video: 'video/webm,video/ogg,video/*;q=0.9,application/ogg;q=0.7,audio/*;q=0.6,*/*;q=0.5',
  audio: 'audio/webm,audio/ogg,audio/wav,audio/*;q=0.9,application/ogg;q=0.7,video/*;q=0.6,*/*;q=0.5',
} : {
  image: 'image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8',
  video: '*/*',
  audio: '*/*',
};
const acceptFor = (target) => (target === 'video' || target === 'audio' ? ACCEPT[target] : ACCEPT.image);
const MAX_ATTEMPTS = 8;
const BLOB_REASON = 'a blob: address exists only inside the page (a Media Source stream, or an object the page made and may have released)';
const short = (text) => String(text).slice(0, 500);

// Keeps the media a descriptor names; resolves to {media (data.media or null), stored}. Every way
// that fails is an attempt; when none works, a not_captured entry says why.
// `store: false` (a safe capture) keeps no bytes: only their hash, and the bytes held in memory
// (`stored.held`, up to HASH_LIMITS.safeHoldBytes) for the perceptual hashes.
async function keepMedia({ api, core, tabId, frameId, found, keep, miss, store = true }) {
  const hold = store ? 0 : HASH_LIMITS.safeHoldBytes;
  const base = { target: found.target, found_by: found.found_by ?? 'menu', ...(found.url ? { url: shownAddress(found.url) } : {}) };
  if (found.target === 'canvas') return keepCanvas({ api, core, tabId, frameId, found, keep, miss, base, store, hold });
  const moving = found.target === 'video' || found.target === 'audio';
  if (moving && found.stream === 'srcObject') return streamed({ api, core, tabId, frameId, found, keep, miss, store });
  const attempts = [];
  const candidates = found.candidates?.length ? found.candidates : [found.url];
  for (const url of candidates) {
    if (attempts.length >= MAX_ATTEMPTS) break;
    const ways = [['page', () => fetchMedia(api, tabId, frameId, url, { store, accept: acceptFor(found.target), hold })]];
    // A blob: or data: address means something only inside the page.
    if (/^https?:/i.test(url)) ways.push(['extension', () => fetchInExtension(core, url, { accept: acceptFor(found.target), maxBytes: LIMITS.mediaMaxBytes, idleMs: LIMITS.mediaIdleMs, store, hold })]);
    for (const [by, fetchIt] of ways) {
      if (attempts.length >= MAX_ATTEMPTS) break;
      try {
        const stored = await fetchIt();
        if (store) await keep(`media${extensionFor(stored.mime)}`, Promise.resolve(stored));
        const media = {
          capture_method: 'file', ...base, url: shownAddress(url), fetched_by: by, attempts,
          ...(Number.isInteger(stored.status) ? { status: stored.status } : {}),
          ...(stored.final_url ? { final_url: shownAddress(stored.final_url) } : {}),
          content_type: stored.mime, content_length: stored.size, headers: stored.headers ?? {},
        };
        return { media, stored };
      } catch (error) {
        const message = /^blob:/i.test(url) ? `${BLOB_REASON} (${error?.message ?? error})` : error?.message ?? error;
        // With several addresses to try, each reason names its own.
        attempts.push({ by, reason: short(candidates.length > 1 ? `${shownAddress(url)}: ${message}` : message) });
      }
    }
  }
  const why = attempts.map((a) => `${a.by}: ${a.reason}`).join('; ');
  if (moving) return streamed({ api, core, tabId, frameId, found, keep, miss, store, why, attempts });
  miss(store ? 'media' : 'media_hash', attempts.length ? `the ${found.target} could not be fetched (${why})` : `the ${found.target} has no address to fetch`);
  return { media: null, stored: null };
}

// A stream (MediaSource, srcObject) or a video/audio file no fetch could get:
// stream-capture.js keeps the player's segments or a recording, or says why not.
async function streamed({ api, core, tabId, frameId, found, keep, miss, store, why = null, attempts = [] }) {
  if (!store) {
    miss('media_hash', `the ${found.target} is a stream inside the page${why ? ` (${why})` : ''}; a safe capture keeps no recording`);
    return { media: null, stored: null };
  }
  try {
    const { media } = await captureStreamed({ api, core, tabId, frameId, target: { ...found, fetch_failed: why }, keep, miss });
    // The fetches that failed first stay on record, beside what the stream capture kept or said.
    if (!media && why) miss('media', `the ${found.target} could not be fetched (${why})`);
    return { media: media ? { found_by: found.found_by, ...media, ...(attempts.length ? { attempts } : {}) } : null, stored: null };
  } catch (error) {
    miss('media', `${found.stream ? 'the stream' : 'the file'} could not be kept${why ? ` (${why})` : ''}: ${error.message}`);
    return { media: null, stored: null };
  }
}

// A canvas's pixels, as the page drew them, read in the page and kept as media-canvas.png.
async function keepCanvas({ api, core, tabId, frameId, found, keep, miss, base, store, hold }) {
  const { channel, done } = expectMedia(tabId, LIMITS.mediaIdleMs, { store, hold });
  try {
    const sending = askContent(api, tabId, 'content.send_canvas', { ref: found.ref, channel, maxBytes: LIMITS.mediaMaxBytes }, frameId);
    sending.catch(() => {});
    const stored = await Promise.race([done, sending.then(() => done)]);
    const { width, height } = await sending;
    if (store) await keep('media-canvas.png', Promise.resolve(stored));
    return { media: { capture_method: 'canvas', ...base, content_type: 'image/png', content_length: stored.size, width, height }, stored };
  } catch (error) {
    done.catch(() => {});
    miss(store ? 'media' : 'media_hash', `the canvas's pixels could not be read: ${error.message}`);
    return { media: null, stored: null };
  }
}

// What the browser and the page say about the capture, the same for a normal and a safe capture.
function pageFacts({ info, tab, facts, mediaUrl }) {
  return {
    page_url: info.pageUrl ?? tab.url ?? null,
    frame_url: info.frameUrl ?? facts?.url ?? null,
    media_url: shownAddress(mediaUrl),
    link_url: shownAddress(info.linkUrl),
    canonical_url: facts?.canonical_url ?? null,
    title: facts?.title ?? tab.title ?? null,
    selection: facts?.selection ?? info.selectionText ?? null,
    meta: facts?.meta ?? {},
    author_hints: facts?.author_hints ?? [],
  };
}

// The safe capture's record: page.json (text only), the media's hash, and what was left out on
// purpose, said once so that nobody later wonders where the screenshot went.
async function safeCapture({ api, core, info, tab, kind, now, caseEntry, facts, frameId, found, notCaptured, keep, artifacts, matched }) {
  if (facts) {
    const page = {
      url: facts.url, canonical_url: facts.canonical_url, title: facts.title, selection: facts.selection,
      meta: facts.meta, author_hints: facts.author_hints, text: facts.text, text_truncated: facts.text_truncated,
    };
    await keep('page.json', storeBytes(core, encoder.encode(JSON.stringify(page, null, 2)), 'application/json'));
  }
  const mediaUrl = found?.url ?? info.srcUrl ?? null;
  const miss = (what, reason) => notCaptured.push({ what, reason: String(reason) });
  const media = found ? (await keepMedia({ api, core, tabId: tab.id, frameId: found.frameId ?? frameId, found, keep, miss, store: false })).stored : null;
  // Held in memory only to be hashed (perceptual hashes), then dropped with `media`.
  const held = media?.held ?? null;
  if (media) delete media.held;
  const earlier = media ? await recordsWith(media.sha256) : [];
  const record = await appendRecord(core, caseEntry.id, {
    type: 'capture',
    at: recordTime(now),
    data: {
      kind,
      safe: true,
      ...pageFacts({ info, tab, facts, mediaUrl }),
      media_sha256: media?.sha256 ?? null,
      media_size: media?.size ?? null,
      media_mime: media?.mime ?? null,
      ...matched,
      earlier_captures: earlier,
      not_captured: [...notCaptured, { what: 'pictures', reason: SAFE_REASON }],
    },
    artifacts,
  });
  await hashesFollow(hashCapture({ core, caseId: caseEntry.id, record, held }));
  return { case: caseEntry.id, record, notCaptured, safe: true, kind };
}

// Media are fetched first by the content script, in the page's context with its cookies and the
// browser's cache (the bytes the page showed), and streamed here.
async function fetchMedia(api, tabId, frameId, url, { store = true, accept = null, hold = 0 } = {}) {
  const { channel, done } = expectMedia(tabId, LIMITS.mediaIdleMs, { store, maxBytes: LIMITS.mediaMaxBytes, hold });
  const sending = askContent(api, tabId, 'content.fetch_media', { url, channel, maxBytes: LIMITS.mediaMaxBytes, accept }, frameId);
  sending.catch(() => done.catch(() => {}));
  // The content script answers once it has sent everything (or failed to ask for it at all).
  return Promise.race([done, sending.then(() => done)]);
}

// Earlier records, in any case, that hold the same bytes (or, for a safe capture, their hash): the
// same media captured twice is linked.
async function recordsWith(sha256) {
  const records = await getAll('records');
  return records.filter((r) => r.artifacts?.some((a) => a.sha256 === sha256) || r.data?.media_sha256 === sha256)
    .map((r) => ({ case: r.case, seq: r.seq }));
}

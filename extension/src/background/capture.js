// One right-click becomes one capture record: the page's facts, a screenshot and a crop around the
// clicked element, the page's HTML, and the media bytes fetched in the page's own context. What
// could not be kept is recorded with the reason, never silently dropped.
// A safe capture (a child's case, issue #13) keeps no picture at all: the page's facts as text
// (page.json) and the media's SHA-256, size and type, hashed as it streams in and never stored.
import { appendRecord, createCase, getCase, markCaseSafe, recordTime } from './case-log.js';
import { storeBytes } from './artifacts.js';
import { captureVisible, cropAround } from './screenshot.js';
import { expectMedia, MEDIA_MAX_BYTES } from './media-upload.js';
import { askContent } from './tabs.js';
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
// case that is already safe is safe whatever asked for it.
export async function capture({ api, core, info, tab, kind, safe: asked = false, now = new Date() }) {
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
  let caseEntry = await currentCase(api, tab.title ?? info.pageUrl, now);
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
  if (safe) return safeCapture({ api, core, info, tab, kind, now, caseEntry, facts, frameId, notCaptured, keep, artifacts });

  try {
    const png = await captureVisible(api, tab.windowId);
    await keep('screenshot.png', storeBytes(core, png, 'image/png'));
    if (facts?.box && frameId === 0) {
      const crop = await cropAround(png, facts.box, facts.viewport);
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
  const mediaUrl = info.srcUrl ?? null;
  if (mediaUrl) {
    try {
      const media = await fetchMedia(api, tab.id, frameId, mediaUrl);
      await keep(`media${extensionFor(media.mime)}`, Promise.resolve(media));
      if (media.duplicate) earlier = await recordsWith(media.sha256);
    } catch (error) {
      miss('media', mediaUrl.startsWith('blob:')
        ? `a blob: address exists only inside the page (a media stream or an object the page released); its bytes could not be read (${error.message})`
        : error);
    }
  }

  const record = await appendRecord(core, caseEntry.id, {
    type: 'capture',
    at: recordTime(now),
    data: {
      kind,
      ...pageFacts({ info, tab, facts, mediaUrl }),
      earlier_captures: earlier,
      not_captured: notCaptured,
    },
    artifacts,
  });
  return { case: caseEntry.id, record, notCaptured };
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
async function safeCapture({ api, core, info, tab, kind, now, caseEntry, facts, frameId, notCaptured, keep, artifacts }) {
  if (facts) {
    const page = {
      url: facts.url, canonical_url: facts.canonical_url, title: facts.title, selection: facts.selection,
      meta: facts.meta, author_hints: facts.author_hints, text: facts.text, text_truncated: facts.text_truncated,
    };
    await keep('page.json', storeBytes(core, encoder.encode(JSON.stringify(page, null, 2)), 'application/json'));
  }
  const mediaUrl = info.srcUrl ?? null;
  let media = null;
  if (mediaUrl) {
    try {
      media = await fetchMedia(api, tab.id, frameId, mediaUrl, { store: false });
    } catch (error) {
      notCaptured.push({ what: 'media_hash', reason: String(error?.message ?? error) });
    }
  }
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
      earlier_captures: earlier,
      not_captured: [...notCaptured, { what: 'pictures', reason: SAFE_REASON }],
    },
    artifacts,
  });
  return { case: caseEntry.id, record, notCaptured, safe: true };
}

// Media are fetched by the content script, in the page's context with its cookies, and streamed here.
async function fetchMedia(api, tabId, frameId, url, { store = true } = {}) {
  const { channel, done } = expectMedia(tabId, LIMITS.mediaIdleMs, { store, maxBytes: LIMITS.mediaMaxBytes });
  const sending = askContent(api, tabId, 'content.fetch_media', { url, channel, maxBytes: LIMITS.mediaMaxBytes }, frameId);
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

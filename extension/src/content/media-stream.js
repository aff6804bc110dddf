// Streamed video and audio (issue #15 part 2), in the page's context: the segments a Media Source
// player fetched (found in the page's resource timeline, fetched again from the browser's cache with
// the page's cookies, recognised by content/media-bytes.js), a recording of what plays
// (content/media-record.js), single frames; and the content actions for all three. Bytes travel
// through takedownMediaTransport.
globalThis.takedownMediaStream = (() => {
  const { kind: mediaKind, audioOnly, startMs, coveredMs, familyOf, counterOf, tokens } = globalThis.takedownMediaBytes;
  const SNIFF_BYTES = 4096;
  const MAX_SEEN = 4096;

  // Fetches a page script made (a player's segment requests), remembered from the start so that a
  // full resource timing buffer (250 entries by default) loses none. Only addresses are kept.
  const seen = new Map();   // url -> {url, start}
  let dropped = 0;
  const remember = (entry) => {
    if (!['fetch', 'xmlhttprequest'].includes(entry.initiatorType) || seen.has(entry.name)) return;
    seen.set(entry.name, { url: entry.name, start: entry.startTime, type: entry.contentType ?? '' });
    if (seen.size > MAX_SEEN) {
      seen.delete(seen.keys().next().value);
      dropped += 1;
    }
  };
  try {
    new PerformanceObserver((list) => list.getEntries().forEach(remember)).observe({ type: 'resource', buffered: true });
  } catch {
    // No observer: the timeline is read when asked.
  }

  // A failure whose reason goes into the record as it is; `code` tells the background what to try next.
  const refused = (code, message) => Object.assign(new Error(message), { code });

  // The element meant: the finder's (helper A's content script) when it knows the ref, else the one
  // showing `url`, else the largest playing video (or audio) of the page.
  function element({ ref = null, url = null, target = 'video' } = {}) {
    const found = ref ? globalThis.takedownMediaFind?.element?.(ref) : null;
    if (found) return found;
    const all = [...document.querySelectorAll('video, audio')];
    const shown = url && all.find((el) => el.currentSrc === url || el.src === url);
    if (shown) return shown;
    const size = (el) => el.getBoundingClientRect().width * el.getBoundingClientRect().height;
    const kind = all.filter((el) => el.localName === target);
    return (kind.length ? kind : all).sort((a, b) => (b.paused ? 0 : 1) - (a.paused ? 0 : 1) || size(b) - size(a))[0] ?? null;
  }

  async function sniff(url) {
    try {
      const response = await fetch(url, { credentials: 'include', cache: 'force-cache' });
      if (!response.ok || !response.body) return { failure: `the site answered ${response.status}` };
      const reader = response.body.getReader();
      const parts = [];
      let length = 0;
      while (length < SNIFF_BYTES) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        length += value.length;
      }
      reader.cancel().catch(() => {});
      const head = new Uint8Array(length);
      parts.reduce((at, part) => (head.set(part, at), at + part.length), 0);
      const kind = mediaKind(head);
      return kind && { ...kind, head, type: response.headers.get('content-type') ?? '' };
    } catch (error) {
      return { failure: `${error.name}: ${error.message}` };
    }
  }

  // The plans kept between content.stream_segments and content.stream_send.
  const plans = new Map();
  let planCount = 0;

  const MIMES = { webm: 'webm', mp4: 'mp4', ts: 'mp2t', aac: 'aac' };

  // The first segments of a stream that its share of the record can list: at most `count`, and
  // addresses of at most `bytes` together (a record holds 1024 segments and 512 KiB in all).
  function fit(urls, count, bytes) {
    let used = 0;
    const kept = urls.slice(0, count).findIndex((u) => (used += u.url.length + 64) > bytes);
    return kept < 0 ? urls.slice(0, count) : urls.slice(0, kept);
  }

  async function planSegments({ ref = null, url = null, target = 'video', maxSegments = 1024, maxListBytes = 256 * 1024 } = {}) {
    const el = element({ ref, url, target });
    if (!el) throw refused('no_media', 'no video or audio element was found in the page');
    for (const entry of performance.getEntriesByType('resource')) remember(entry);
    const candidates = [...seen.values()]
      .filter((entry) => !/^(text|image|font)\/|json|javascript|xml|css/i.test(entry.type) && !entry.url.startsWith('data:'))
      .sort((a, b) => a.start - b.start);
    const sniffed = [];
    const failures = [];
    for (let i = 0; i < candidates.length; i += 6) {
      const batch = candidates.slice(i, i + 6);
      const kinds = await Promise.all(batch.map((entry) => sniff(entry.url)));
      batch.forEach((entry, j) => {
        if (kinds[j]?.failure) failures.push({ url: entry.url, reason: kinds[j].failure });
        else if (kinds[j]) sniffed.push({ ...entry, ...kinds[j] });
      });
    }
    const inits = sniffed.filter((s) => s.role === 'init');
    const families = new Map();
    for (const s of sniffed.filter((x) => x.role !== 'init')) {
      const key = s.role === 'whole' ? s.url : familyOf(s.url);
      if (!families.has(key)) families.set(key, []);
      families.get(key).push(s);
    }
    const streams = [];
    for (const [key, segments] of families) {
      // The init segment of a family: the same container, sharing most words of the address, and
      // fetched before the family's first segment (the latest such, when a player switched quality).
      const words = tokens(key);
      const score = (init) => [...tokens(init.url)].filter((word) => words.has(word)).length;
      const init = segments[0].role === 'whole' ? null : inits
        .filter((i) => i.container === segments[0].container && i.start <= segments[0].start)
        .sort((a, b) => score(b) - score(a) || b.start - a.start)[0] ?? null;
      const audio = audioOnly(init?.head ?? (segments[0].role === 'whole' ? segments[0].head : null), init?.type || segments[0].type);
      if (target === 'audio' && !audio) continue;
      const counters = segments.map((s) => counterOf(s.url)).filter((n) => n !== null);
      const missing = [];
      for (let n = Math.min(...counters) + 1; counters.length > 1 && n < Math.max(...counters); n++) if (!counters.includes(n)) missing.push(n);
      streams.push({
        key,
        covered: coveredMs(segments.map((segment) => startMs(segment.head, segment.container, init?.head))),
        audio,
        container: segments[0].container,
        mime: `${audio ? 'audio' : 'video'}/${MIMES[segments[0].container]}`,
        missing,
        needsInit: segments[0].role === 'media' && ['webm', 'mp4'].includes(segments[0].container),
        urls: [...(init ? [{ url: init.url, init: true }] : []), ...segments.map((s) => ({ url: s.url }))],
      });
    }
    const incomplete = [];
    const buffered = bufferedMs(el);
    for (const [i, stream] of streams.entries()) {
      for (const failure of failures.filter((f) => familyOf(f.url) === stream.key)) {
        incomplete.push(`stream ${i + 1}: segment ${failure.url} can no longer be fetched (${failure.reason})`);
      }
      if (stream.covered !== null && buffered > stream.covered + 2000) {
        incomplete.push(`stream ${i + 1}: the player holds ${Math.round(buffered / 1000)} s of media, the segments found cover about ${Math.round(stream.covered / 1000)} s`);
      }
      if (stream.missing.length) incomplete.push(`stream ${i + 1}: the player did not fetch (or the page no longer lists) segment numbers ${stream.missing.slice(0, 10).join(', ')}`);
      if (stream.needsInit && !stream.urls[0]?.init) incomplete.push(`stream ${i + 1}: its initialisation segment was not found, so it cannot be played on its own`);
    }
    for (const [i, stream] of streams.entries()) {
      const listed = fit(stream.urls, Math.floor(maxSegments / streams.length), Math.floor(maxListBytes / streams.length));
      if (listed.length < stream.urls.length) incomplete.push(`stream ${i + 1}: ${stream.urls.length} segments are more than one record can list; the first ${listed.length} were kept`);
      stream.urls = listed;
    }
    if (dropped) incomplete.push(`the page made more than ${MAX_SEEN} requests; the earliest ${dropped} are no longer known`);
    const token = `p${++planCount}`;
    plans.set(token, streams);
    return {
      token,
      streams: streams.map((s, i) => ({ n: i + 1, mime: s.mime, audio: s.audio, segments: s.urls.length })),
      incomplete,
      buffered_ms: buffered,
      width: el.videoWidth || null,
      height: el.videoHeight || null,
    };
  }

  function bufferedMs(el) {
    let total = 0;
    for (let i = 0; i < el.buffered.length; i++) total += el.buffered.end(i) - el.buffered.start(i);
    return Math.round(total * 1000);
  }

  // Sends stream n of a plan: its segments fetched again in order (the browser's cache first, the
  // page's cookies) and concatenated; a segment that can no longer be fetched is left out and named.
  async function sendStream({ token, n, channel, maxBytes }) {
    const stream = plans.get(token)?.[n - 1];
    if (!stream) throw refused('bad_message', `no stream ${n} in plan ${token}`);
    const segments = [];
    const failed = [];
    let offset = 0;
    async function* chunks() {
      for (const { url, init } of stream.urls) {
        let response;
        try {
          response = await fetch(url, { credentials: 'include', cache: 'force-cache' });
        } catch (error) {
          failed.push({ url, reason: `${error.name}: ${error.message}` });
          continue;
        }
        if (!response.ok || !response.body) {
          failed.push({ url, reason: `the site answered ${response.status}` });
          continue;
        }
        const segment = { url, offset, size: 0, ...(init ? { init: true } : {}) };
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          segment.size += value.length;
          offset += value.length;
          yield value;
        }
        segments.push(segment);
      }
    }
    const start = { ok: true, status: 200, final_url: stream.urls[0]?.url ?? null, mime: stream.mime, length: null, headers: {} };
    const { sent } = await globalThis.takedownMediaTransport.send({ channel, maxBytes, start, chunks: chunks() });
    return { sent, segments, failed };
  }

  // One frame of the element as a PNG (base64) when its pixels may be read; otherwise where it is, so
  // that the background can crop a screenshot of the tab to it.
  function frame({ ref = null, url = null, target = 'video' } = {}) {
    const el = element({ ref, url, target });
    if (!el) throw refused('no_media', 'no video or audio element was found in the page');
    const rect = el.getBoundingClientRect();
    const facts = {
      picture: el.localName === 'video',
      box: rect.width > 0 && rect.height > 0 ? { x: rect.x, y: rect.y, width: rect.width, height: rect.height } : null,
      viewport: { width: innerWidth, height: innerHeight, device_pixel_ratio: devicePixelRatio },
      top: window === window.top,
      paused: el.paused,
      ended: el.ended,
      current_ms: Math.round(el.currentTime * 1000),
      width: el.videoWidth || null,
      height: el.videoHeight || null,
      png: null,
      unreadable: null,
    };
    if (!facts.picture || !el.videoWidth) return facts;
    if (el.mediaKeys) return { ...facts, unreadable: 'drm' };
    try {
      const canvas = document.createElement('canvas');
      canvas.width = el.videoWidth;
      canvas.height = el.videoHeight;
      canvas.getContext('2d').drawImage(el, 0, 0);
      facts.png = canvas.toDataURL('image/png').split(',')[1];
    } catch (error) {
      facts.unreadable = `${error.name}: ${error.message}`;
    }
    return facts;
  }

  const actions = {
    'content.stream_segments': (payload) => planSegments(payload),
    'content.stream_send': (payload) => sendStream(payload),
    'content.stream_record': async (payload) => {
      const el = element(payload);
      if (!el) throw refused('no_media', 'no video or audio element was found in the page');
      return globalThis.takedownMediaRecord.record(el, payload);
    },
    'content.stream_stop': async () => ({ stopped: globalThis.takedownMediaRecord.stop() }),
    'content.stream_frame': async (payload) => frame(payload),
  };

  return { actions, element };
})();

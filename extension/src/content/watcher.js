// The watcher's eyes in the page (docs/watcher.md): which pictures and playing videos the person
// sees, and where. It reads no pixels and makes no request: the background photographs the tab
// (tabs.captureVisibleTab), cuts each element's box out of that picture and hashes it. Off (the
// default), on a site the person excluded, and in frames, it does nothing at all beyond reading its
// setting. Classic script; content.js merges `actions`.
globalThis.takedownWatcher = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const MIN_SIDE = 128;          // CSS pixels: smaller pictures are icons and thumbnails
  const MAX_ITEMS = 60;          // per page
  const FRAME_EVERY_MS = 2000;   // a playing video's frames
  const SETTLE_MS = 400;         // scrolling has stopped this long before a photo is asked for
  const LOAD_WAIT_MS = 10_000;   // the page's load event is waited for at most this long
  const top = window === window.top;
  const page = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

  const ids = new WeakMap();     // element -> id
  const byId = new Map();        // id -> element
  let nextId = 0;
  const idOf = (el) => {
    if (!ids.has(el)) {
      const id = `w${(nextId += 1)}`;
      ids.set(el, id);
      byId.set(id, el);
    }
    return ids.get(el);
  };

  const sentUrls = new Set();    // each picture once per page, by address
  let sentCount = 0;
  let active = false;
  let observer = null;
  let mutations = null;
  let settleTimer = null;
  const pending = new Set();     // elements in view, waiting for the scrolling to stop
  const playing = new Map();     // video -> interval
  const stopped = new WeakSet(); // videos the background has seen enough of
  const retries = new WeakMap(); // element -> photos that did not count because it moved
  const MAX_RETRIES = 3;

  // The element's content box in viewport CSS pixels, or, for a picture drawn smaller than its box
  // (object-fit: contain, and every video by default), the part the picture covers.
  function contentBox(el) {
    const rect = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const px = (name) => parseFloat(style[name]) || 0;
    const box = {
      x: rect.x + px('borderLeftWidth') + px('paddingLeft'),
      y: rect.y + px('borderTopWidth') + px('paddingTop'),
      width: rect.width - px('borderLeftWidth') - px('paddingLeft') - px('borderRightWidth') - px('paddingRight'),
      height: rect.height - px('borderTopWidth') - px('paddingTop') - px('borderBottomWidth') - px('paddingBottom'),
    };
    const natural = el.tagName === 'VIDEO' ? [el.videoWidth, el.videoHeight] : [el.naturalWidth, el.naturalHeight];
    const fit = style.objectFit || (el.tagName === 'VIDEO' ? 'contain' : 'fill');
    if (!(natural[0] > 0 && natural[1] > 0) || !['contain', 'scale-down'].includes(fit)) return box;
    let scale = Math.min(box.width / natural[0], box.height / natural[1]);
    if (fit === 'scale-down') scale = Math.min(scale, 1);
    const width = natural[0] * scale;
    const height = natural[1] * scale;
    return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
  }

  const address = (el) => el.currentSrc || el.src || '';
  const ready = (el) => (el.tagName === 'IMG' ? el.complete && el.naturalWidth > 0 : el.readyState >= 2 && el.videoWidth > 0);
  const bigEnough = (box) => box.width >= MIN_SIDE && box.height >= MIN_SIDE;
  const inView = (box) => box.x >= -1 && box.y >= -1 && box.x + box.width <= innerWidth + 1 && box.y + box.height <= innerHeight + 1;
  const viewport = () => ({ width: innerWidth, height: innerHeight, scroll_x: scrollX, scroll_y: scrollY });
  const round = (box) => ({ x: Math.round(box.x * 100) / 100, y: Math.round(box.y * 100) / 100, width: Math.round(box.width * 100) / 100, height: Math.round(box.height * 100) / 100 });

  function describe(el) {
    const box = contentBox(el);
    return { id: idOf(el), kind: el.tagName === 'VIDEO' ? 'video' : 'image', url: address(el), box: round(box) };
  }

  // ---- following the page while the watcher is on ----

  async function ask(action, payload) {
    const answer = await api.runtime.sendMessage({ v: 1, id: `cw-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`, action, payload });
    if (answer?.ok) return answer.result;
    throw new Error(answer?.error?.message ?? `no answer to ${action}`);
  }

  // A picture still loading is looked at once it has loaded (if it is in view then).
  const onLoaded = (el) => {
    if (el.tagName === 'IMG' && !el.complete) el.addEventListener('load', () => consider(el), { once: true, passive: true });
  };

  function watchElement(el) {
    if (!observer || ids.has(el) && sentUrls.has(address(el))) return;
    observer.observe(el);
    onLoaded(el);
  }

  function consider(el) {
    if (!active || sentCount >= MAX_ITEMS) return;
    pending.add(el);
    clearTimeout(settleTimer);
    settleTimer = setTimeout(flush, SETTLE_MS);
  }

  // Nothing is photographed or hashed before the page has loaded: the page loads as fast as without
  // the watcher (bench/watcher-load.mjs).
  const loaded = new Promise((resolve) => {
    if (document.readyState === 'complete') resolve();
    window.addEventListener('load', () => resolve(), { once: true, passive: true });
    setTimeout(resolve, LOAD_WAIT_MS);
  });

  // The pictures fully in view now, not sent before, go to the background in one message: one
  // photo of the tab serves them all.
  async function flush() {
    await loaded;
    if (!active || document.visibilityState !== 'visible') return;
    const items = [];
    for (const el of pending) {
      if (!el.isConnected) { pending.delete(el); continue; }
      if (el.tagName !== 'IMG' || !ready(el)) continue;
      const url = address(el);
      if (sentUrls.has(url)) { pending.delete(el); continue; }
      const item = describe(el);
      if (!bigEnough(item.box)) { pending.delete(el); continue; }
      if (!inView(item.box) || sentCount + items.length >= MAX_ITEMS) continue;
      items.push(item);
    }
    if (!items.length) return;
    for (const item of items) sentUrls.add(item.url);
    sentCount += items.length;
    for (const item of items) pending.delete(byId.get(item.id));
    const scrolledFrom = `${scrollX},${scrollY}`;
    let again = [];
    try {
      // retry: moved while the tab was photographed, asked again once they are still.
      ({ retry: again = [] } = await ask('watcher.seen', { page, page_url: location.href, items, viewport: viewport() }));
    } catch {
      // The background was busy or restarting: these pictures wait for the next time they show.
      again = items.map((item) => item.id);
    }
    for (const id of again) {
      const el = byId.get(id);
      if (!el) continue;
      sentUrls.delete(address(el));
      sentCount -= 1;
      // A picture that never holds still (an animation) is given up after a few tries; the person
      // scrolling meanwhile counts for less (a page that scrolls itself forever still ends).
      const tries = (retries.get(el) ?? 0) + (`${scrollX},${scrollY}` === scrolledFrom ? 1 : 0.25);
      retries.set(el, tries);
      if (tries <= MAX_RETRIES) consider(el);
    }
  }

  function onIntersection(entries) {
    for (const entry of entries) {
      if (entry.isIntersecting) consider(entry.target);
      else pending.delete(entry.target);
    }
  }

  // A playing video: a frame every two seconds while it plays in view, until the background has
  // decided (a match, or enough frames).
  function onPlaying(event) {
    const video = event.target;
    if (!active || video.tagName !== 'VIDEO' || playing.has(video) || stopped.has(video)) return;
    playing.set(video, setInterval(() => videoFrame(video), FRAME_EVERY_MS));
    videoFrame(video);
  }

  function stopVideo(video) {
    clearInterval(playing.get(video));
    playing.delete(video);
  }

  async function videoFrame(video) {
    await loaded;
    if (!active || video.paused || video.ended || !video.isConnected) { stopVideo(video); return; }
    if (document.visibilityState !== 'visible' || !ready(video)) return;
    const item = describe(video);
    if (!bigEnough(item.box) || !inView(item.box)) return;
    if (!sentUrls.has(`video:${item.url}`)) {
      if (sentCount >= MAX_ITEMS) { stopVideo(video); return; }
      sentUrls.add(`video:${item.url}`);
      sentCount += 1;
    }
    item.time_ms = Math.round(video.currentTime * 1000);
    try {
      const { done = [] } = await ask('watcher.seen', { page, page_url: location.href, items: [item], viewport: viewport() });
      if (done.includes(item.id)) {
        stopped.add(video);
        stopVideo(video);
      }
    } catch { /* the next frame */ }
  }

  function scanNew(root) {
    for (const el of root.querySelectorAll?.('img, video') ?? []) watchElement(el);
    if (root.tagName === 'IMG' || root.tagName === 'VIDEO') watchElement(root);
  }

  function start() {
    if (active) return;
    active = true;
    observer = new IntersectionObserver(onIntersection, { threshold: [0, 0.5, 1] });
    mutations = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1) scanNew(node);
        // A carousel or lazy loader changing a picture's address: the new picture is a new one.
        if (record.type === 'attributes' && record.target.tagName === 'IMG') {
          onLoaded(record.target);
          consider(record.target);
        }
      }
    });
    mutations.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src', 'srcset'] });
    document.addEventListener('playing', onPlaying, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisible, { passive: true });
    scanNew(document);
    for (const video of document.querySelectorAll('video')) if (!video.paused) onPlaying({ target: video });
    // The toolbar's sign, after the page has loaded like everything else.
    loaded.then(() => (active ? ask('watcher.page', { page, page_url: location.href }) : null)).catch(() => {});
  }

  function stop() {
    if (!active) return;
    active = false;
    observer?.disconnect();
    mutations?.disconnect();
    observer = mutations = null;
    clearTimeout(settleTimer);
    pending.clear();
    for (const video of [...playing.keys()]) stopVideo(video);
    document.removeEventListener('playing', onPlaying, { capture: true });
    document.removeEventListener('visibilitychange', onVisible);
  }

  function onVisible() {
    if (document.visibilityState !== 'visible' || !observer) return;
    // Pictures that came into view while the tab was hidden are looked at again.
    observer.disconnect();
    for (const el of document.querySelectorAll('img, video')) observer.observe(el);
  }

  // ---- the setting (storage.local.watcher) ----

  const siteExcluded = (excluded) => {
    const host = location.hostname.toLowerCase();
    return (excluded ?? []).some((site) => host === site || host.endsWith(`.${site}`));
  };
  const watching = (settings) => {
    if (!settings || siteExcluded(settings.excluded_sites)) return false;
    const cases = Object.values(settings.cases ?? {});
    return settings.enabled === true || cases.includes(true);
  };

  async function follow() {
    const { watcher: settings = null } = await api.storage.local.get('watcher');
    if (watching(settings)) start();
    else stop();
  }

  if (top && /^https?:$/.test(location.protocol)) {
    follow().catch(() => {});
    api.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && changes.watcher) follow().catch(() => {});
    });
  }

  // ---- the background's questions: "Check this page", and where elements are now ----

  function candidates() {
    const out = [];
    for (const el of document.querySelectorAll('img, video')) {
      if (!ready(el)) continue;
      const item = describe(el);
      if (!bigEnough(item.box)) continue;
      item.box.y += scrollY;   // document coordinates: the check scrolls to each
      item.box.x += scrollX;
      if (item.kind === 'video') item.time_ms = Math.round(el.currentTime * 1000);
      out.push(item);
      if (out.length >= MAX_ITEMS) break;
    }
    return out;
  }

  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  const actions = {
    // Every picture and video of the page big enough to check, in document coordinates.
    'content.watcher_candidates': async () => ({ page, items: candidates(), viewport: viewport() }),
    // Scrolls to (x, y) (instantly; the person's own position comes back at the end of the check) and
    // answers which of `ids` are now wholly in view, where.
    'content.watcher_view': async ({ x = null, y = null, ids: wanted = [] }) => {
      if (x !== null || y !== null) {
        window.scrollTo({ left: x ?? scrollX, top: y ?? scrollY, behavior: 'instant' });
        await nextFrame();
      }
      return actions['content.watcher_boxes']({ ids: wanted });
    },
    // Where the elements `ids` are now (viewport CSS pixels), so that a photo taken in between can be
    // trusted only when nothing moved.
    'content.watcher_boxes': async ({ ids: wanted = [] }) => {
      const items = [];
      for (const id of wanted) {
        const el = byId.get(id);
        if (!el?.isConnected) continue;
        const item = describe(el);
        if (item.kind === 'video') item.time_ms = Math.round(el.currentTime * 1000);
        if (inView(item.box)) items.push(item);
      }
      return { items, viewport: viewport() };
    },
    // Before a one-click capture: the matched picture scrolled into view, so the screenshot shows it.
    'content.watcher_reveal': async ({ url }) => {
      const el = [...document.querySelectorAll('img, video')].find((e) => address(e) === url);
      if (!el) return { shown: false };
      if (!inView(contentBox(el))) {
        el.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
        await nextFrame();
      }
      return { shown: true };
    },
  };

  return { actions: top ? actions : {} };
})();

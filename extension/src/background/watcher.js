// The watcher (issue #16, docs/watcher.md): on the pages the person visits, while they allowed it,
// each picture (at least 128x128 on screen) and each playing video (a frame every 2 seconds) is
// photographed from the tab, hashed here with the wasm core (PDQ), off the page's own thread, and
// compared with the hashes of the evidence in the cases being watched. A sighting becomes a
// notification and a badge; one click captures it into that case through the normal capture path,
// with the match recorded. "Check this page" in the popup does the same once, with the watcher off.
// Nothing is sent anywhere.
import { capture } from './capture.js';
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';
import { askContent } from './tabs.js';
import { onAppended } from './case-log.js';
import { photograph } from './watcher-shots.js';
import { createWatcherAlerts, NOTIFICATION_PREFIX } from './watcher-alerts.js';
import { buildReferences, caseWatched, siteExcluded, watcherRunning, watcherSettings } from '../common/perceptual-index.js';

export const WATCHER_LIMITS = Object.freeze({
  itemsPerPage: 60,        // pictures and videos hashed per page
  videoFramesToDecide: 3,  // a playing video is compared once it has this many frames…
  videoFramesMax: 30,      // …and followed for at most this many (a minute)
  referencesPerMatch: 4096, // what one pdq.match call takes
});

export function createWatcher({ api, core }) {
  const alerts = createWatcherAlerts({ api });
  const pages = new Map();        // tab id -> what was seen on its current page
  const checks = new Map();       // tab id -> {done, total} of a running "Check this page"
  // For tests and bench/watcher-load.mjs: photos taken, pictures and frames hashed, sightings, and
  // the background's own time on photos (decoding, crops) and on hashing and comparing.
  const stats = { photos: 0, hashed: 0, matched: 0, photo_ms: 0, hash_ms: 0 };
  let references = { live: null, all: null };
  let sightings = 0;

  onAppended((caseId, sealed) => {
    if (sealed?.type === 'perceptual_hashes') references = { live: null, all: null };
  });

  async function settings() {
    return watcherSettings((await api.storage.local.get('watcher')).watcher);
  }

  function referencesFor(which, current) {
    references[which] ??= buildReferences(which === 'all' ? () => true : (caseId) => caseWatched(current, caseId))
      .catch((error) => {
        references[which] = null;
        throw error;
      });
    return references[which];
  }

  function pageState(tabId, page, pageUrl) {
    let state = pages.get(tabId);
    if (!state || state.page !== page) {
      state = { page, pageUrl, count: 0, urls: new Set(), hashes: new Set(), videos: new Map(), reported: new Set() };
      pages.set(tabId, state);
    }
    return state;
  }

  // ---- comparing ----

  const popcount = (n) => { let c = 0; for (let v = n; v; v &= v - 1) c += 1; return c; };
  function hamming(a, b) {
    let d = 0;
    for (let i = 0; i < 64; i += 8) d += popcount(parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16));
    return d;
  }

  // pdq.match over every reference, in batches of the most it takes at once; best first.
  async function matchAll(candidate, references) {
    const matches = [];
    for (let i = 0; i < references.length; i += WATCHER_LIMITS.referencesPerMatch) {
      const batch = references.slice(i, i + WATCHER_LIMITS.referencesPerMatch);
      matches.push(...(await core.call('pdq.match', { candidate, references: batch })).matches);
    }
    return matches.sort((a, b) => a.distance - b.distance);
  }

  async function matchPicture(refs, fingerprint) {
    if (!refs.images.length) return [];
    const matches = await matchAll({ variants: fingerprint.variants }, refs.images);
    return matches.map((m) => {
      const variant = fingerprint.variants.find((v) => v.name === m.candidate_variant) ?? fingerprint.variants[0];
      return {
        id: m.id, distance: m.distance,
        record: { hash: variant.hash, reference_variant: m.reference_variant, candidate_variant: m.candidate_variant, ...(m.transform ? { transform: m.transform } : {}) },
      };
    });
  }

  async function matchVideo(refs, frames) {
    if (!refs.videos.length) return [];
    const matches = await matchAll({ frames }, refs.videos);
    return matches.map((m) => {
      // The frame that came closest stands for the video in the record.
      const reference = refs.videos.find((r) => r.id === m.id);
      let best = { distance: 257, hash: frames[0].hash };
      for (const frame of frames) {
        for (const other of reference.frames) {
          const distance = hamming(frame.hash, other.hash);
          if (distance < best.distance) best = { distance, hash: frame.hash };
        }
      }
      return {
        id: m.id, distance: m.distance,
        record: { hash: best.hash, reference_variant: 'frames', candidate_share: m.candidate_share, reference_share: m.reference_share },
      };
    });
  }

  // One sighting per case and file on a page; the best match of each case is the one reported.
  async function report(tabId, state, refs, item, matches) {
    const seenCases = new Set();
    for (const m of matches) {
      const about = refs.about.get(m.id);
      if (!about || seenCases.has(about.case)) continue;
      seenCases.add(about.case);
      const key = `${about.case}|${item.url}`;
      if (state.reported.has(key)) continue;
      state.reported.add(key);
      stats.matched += 1;
      sightings += 1;
      const found = {
        id: `${NOTIFICATION_PREFIX}${tabId}-${Date.now().toString(36)}-${sightings}`,
        kind: item.kind, url: item.url, page_url: state.pageUrl, case: about.case, title: about.title, distance: m.distance,
        perceptual_match: { case: about.case, seq: about.seq, artifact_sha256: about.artifact_sha256, distance: m.distance, ...m.record },
      };
      await alerts.reported(tabId, state.page, state.pageUrl, found);
    }
  }

  // The photographed pixels of one element: hashed, compared, reported. Answers whether the element
  // needs no more looks (a picture at once; a video once it matched or has had enough frames).
  async function examine(tabId, state, refs, { item, pixels }) {
    if (item.kind === 'video') {
      const video = state.videos.get(item.url) ?? { frames: [], done: false };
      state.videos.set(item.url, video);
      if (video.done) return true;
      const { hash, quality } = await core.pdqHash(pixels);
      stats.hashed += 1;
      const timestamp = Math.max(0, Math.round(item.time_ms ?? 0));
      if (!video.frames.some((f) => f.timestamp === timestamp)) video.frames.push({ timestamp, hash, quality });
      const enough = video.frames.length >= WATCHER_LIMITS.videoFramesToDecide || item.once;
      const matches = enough ? await matchVideo(refs, video.frames) : [];
      if (matches.length) await report(tabId, state, refs, item, matches);
      video.done = matches.length > 0 || video.frames.length >= WATCHER_LIMITS.videoFramesMax;
      return video.done;
    }
    const fingerprint = await core.pdqFingerprint(pixels, { role: 'candidate' });
    stats.hashed += 1;
    // The same picture under another address is compared once.
    const content = fingerprint.variants[0]?.hash;
    if (!content || state.hashes.has(content)) return true;
    state.hashes.add(content);
    const matches = await matchPicture(refs, fingerprint);
    if (matches.length) await report(tabId, state, refs, item, matches);
    return true;
  }

  // Photographs `items` (viewport boxes, just read) and examines each that held still. `once`: the
  // popup's check, which counts every case and one frame of a video.
  async function look(tabId, state, refs, items, { once = false } = {}) {
    const fresh = items.filter((item) => {
      if (item.kind === 'video') {
        if (state.videos.get(item.url)?.done) return false;
        if (!state.videos.has(item.url) && state.count >= WATCHER_LIMITS.itemsPerPage) return false;
        return true;
      }
      return !state.urls.has(item.url) && state.count < WATCHER_LIMITS.itemsPerPage;
    });
    const done = items.filter((item) => !fresh.includes(item)).map((item) => item.id);
    if (!fresh.length) return { moved: [], done };
    const { shots, moved, work_ms: workMs } = await photograph(api, tabId, fresh);
    stats.photos += 1;
    stats.photo_ms += workMs;
    for (const shot of shots) {
      const { item } = shot;
      if (item.kind === 'video' ? !state.videos.has(item.url) : !state.urls.has(item.url)) state.count += 1;
      if (item.kind !== 'video') state.urls.add(item.url);
      const started = performance.now();
      const finished = await examine(tabId, state, refs, { item: { ...item, once }, pixels: shot.pixels });
      stats.hash_ms += performance.now() - started;
      if (finished) done.push(item.id);
    }
    return { moved, done };
  }

  // ---- the content script's messages (watcher on) ----

  async function allowedHere(sender) {
    const current = await settings();
    const url = sender.tab?.url ?? '';
    return watcherRunning(current) && !siteExcluded(current, url) && /^https?:/.test(url) && sender.frameId === 0 ? current : null;
  }

  async function onPage({ page, page_url: pageUrl }, { sender }) {
    if (!(await allowedHere(sender))) return { watching: false };
    pageState(sender.tab.id, String(page), sender.tab.url ?? String(pageUrl));
    await alerts.watching(sender.tab.id, sender.tab.url, String(page));
    return { watching: true };
  }

  async function onSeen({ page, items }, { sender }) {
    const current = await allowedHere(sender);
    const list = Array.isArray(items) ? items.filter(validItem).slice(0, WATCHER_LIMITS.itemsPerPage) : [];
    if (!current) return { retry: [], done: list.map((item) => item.id) };
    const tabId = sender.tab.id;
    const state = pageState(tabId, String(page), sender.tab.url);
    const refs = await referencesFor('live', current);
    // No fingerprints in the watched cases yet (nothing captured): nothing to compare with, so no
    // photo and no hashing either.
    if (!refs.size) return { retry: [], done: list.map((item) => item.id) };
    const { moved, done } = await look(tabId, state, refs, list);
    return { retry: moved, done };
  }

  // ---- "Check this page" (the popup), whether or not the watcher is on ----

  async function checkPage(tabId) {
    if (checks.has(tabId)) throw new Error('this page is being checked already');
    const progress = { done: 0, total: 0 };
    checks.set(tabId, progress);
    try {
      const tab = await api.tabs.get(tabId);
      if (!/^https?:/.test(tab.url ?? '')) throw new Error('only web pages can be checked');
      const listed = await askContent(api, tabId, 'content.watcher_candidates', {}, 0);
      const state = pageState(tabId, listed.page, tab.url);
      const refs = await referencesFor('all');
      const left = new Map(listed.items.filter(validItem).map((item) => [item.id, item]));
      progress.total = left.size;
      // No case has a fingerprint yet: nothing on the page can look like one.
      if (!refs.size) return { checked: progress.total, found: [] };
      const start = listed.viewport;
      let at = start;
      try {
        while (left.size) {
          const first = [...left.values()].sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)[0];
          const shown = await askContent(api, tabId, 'content.watcher_view', {
            ...scrollFor(first.box, at), ids: [...left.keys()],
          }, 0);
          at = shown.viewport;
          let inView = shown.items.filter((item) => left.has(item.id));
          // Larger than the window, or placed where no scrolling shows it whole: not checkable.
          if (!inView.some((item) => item.id === first.id)) {
            left.delete(first.id);
            progress.done += 1;
            continue;
          }
          inView = inView.map((item) => ({ ...item, url: left.get(item.id).url }));
          const { moved } = await look(tabId, state, refs, inView, { once: true });
          for (const item of inView) {
            if (moved.includes(item.id) && (left.get(item.id).tries = (left.get(item.id).tries ?? 0) + 1) < 3) continue;
            left.delete(item.id);
            progress.done += 1;
          }
        }
      } finally {
        await askContent(api, tabId, 'content.watcher_view', { x: start.scroll_x, y: start.scroll_y, ids: [] }, 0).catch(() => {});
      }
      const entry = await alerts.foundIn(tabId);
      return { checked: progress.total, found: entry?.page === listed.page ? entry.found : [] };
    } finally {
      checks.delete(tabId);
    }
  }

  // Where to scroll so that `box` (document pixels) shows whole, from the viewport `at`: nowhere
  // when it already does; else with the box a quarter down the window (clear of a sticky header,
  // with room below for the next pictures).
  function scrollFor(box, at) {
    const fits = (start, size, from, length) => start >= from && start + size <= from + length;
    if (fits(box.x, box.width, at.scroll_x, at.width) && fits(box.y, box.height, at.scroll_y, at.height)) return {};
    const x = fits(box.x, box.width, at.scroll_x, at.width) ? at.scroll_x : Math.max(0, box.x - 8);
    const y = Math.max(0, box.y - Math.max(8, Math.min(at.height / 4, (at.height - box.height) / 2)));
    return { x, y };
  }

  async function status(tabId) {
    const current = await settings();
    const tab = await api.tabs.get(tabId).catch(() => null);
    const entry = await alerts.foundIn(tabId);
    const state = pages.get(tabId);
    return {
      running: watcherRunning(current),
      excluded: tab ? siteExcluded(current, tab.url ?? '') : false,
      checking: checks.get(tabId) ?? null,
      found: entry && (!state || entry.page === state.page) ? entry.found : [],
    };
  }

  // ---- one click: the sighting captured into its case ----

  async function captureSighting(id) {
    const hit = await alerts.sighting(String(id));
    if (!hit) throw new Error('this sighting is no longer known (the page was left or the browser restarted)');
    const { tabId, found } = hit;
    if (found.captured) return { ...found.captured, already: true };
    const tab = await api.tabs.get(tabId).catch(() => null);
    if (!tab || tab.url !== found.page_url) throw new Error('the page with this sighting is no longer open in its tab');
    await askContent(api, tabId, 'content.watcher_reveal', { url: found.url }, 0).catch(() => null);
    const outcome = await capture({
      api, core, tab, kind: found.kind, caseId: found.case, perceptualMatch: found.perceptual_match,
      info: { pageUrl: found.page_url, srcUrl: found.url, frameId: 0, mediaType: found.kind },
    });
    const captured = { case: outcome.case, seq: outcome.record.seq, not_captured: outcome.notCaptured.length };
    await alerts.markCaptured(found.id, captured);
    await api.notifications.clear(found.id).catch(() => {});
    const text = api.i18n.getMessage(outcome.notCaptured.length ? 'noticeCapturedPartly' : 'noticeCaptured', [String(outcome.record.artifacts.length)]);
    await askContent(api, tabId, 'content.notice', { text }, 0).catch(() => {});
    return captured;
  }

  // A click on a sighting's notification (or its button) captures it; other notifications are the
  // reminders'.
  async function notificationClicked(id) {
    if (!String(id).startsWith(NOTIFICATION_PREFIX)) return null;
    return captureSighting(String(id));
  }
  const fromNotification = (id) => {
    notificationClicked(id).catch((error) => console.error('Takedown: the sighting was not captured', error));
  };

  // ---- the browser's events ----

  function onTabUpdated(tabId, change) {
    if (!change.url) return;
    pages.delete(tabId);
    alerts.clear(tabId).catch(() => {});
  }

  function onTabRemoved(tabId) {
    pages.delete(tabId);
    alerts.clear(tabId).catch(() => {});
  }

  // Switched off (or a site excluded): the signs on the tabs go; references follow the new choice.
  async function onSettingsChanged(changes) {
    if (!changes.watcher) return;
    references = { live: null, all: references.all };
    const current = await settings();
    for (const tabId of [...pages.keys()]) {
      const tab = await api.tabs.get(tabId).catch(() => null);
      if (!tab || !watcherRunning(current) || siteExcluded(current, tab.url ?? '')) {
        pages.delete(tabId);
        await alerts.clear(tabId);
      }
    }
  }

  return {
    stats,
    handlers: {
      'watcher.page': onPage,
      'watcher.seen': onSeen,
      'watcher.check_page': ({ tab }) => {
        if (!Number.isInteger(tab)) throw new MessageError(ErrorCode.bad_message, 'payload.tab must be an integer');
        return checkPage(tab);
      },
      'watcher.status': ({ tab }) => {
        if (!Number.isInteger(tab)) throw new MessageError(ErrorCode.bad_message, 'payload.tab must be an integer');
        return status(tab);
      },
      'watcher.capture': ({ id }) => {
        if (typeof id !== 'string') throw new MessageError(ErrorCode.bad_message, 'payload.id must be a string');
        return captureSighting(id);
      },
    },
    notificationClicked,
    onNotificationClicked: fromNotification,
    onNotificationButtonClicked: (id) => fromNotification(id),
    onTabUpdated,
    onTabRemoved,
    onSettingsChanged: (changes) => onSettingsChanged(changes).catch((error) => console.error('Takedown: the watcher did not follow its setting', error)),
  };
}

const finite = (n) => typeof n === 'number' && Number.isFinite(n);
function validItem(item) {
  return item && typeof item.id === 'string' && item.id.length <= 32 && ['image', 'video'].includes(item.kind)
    && typeof item.url === 'string' && item.url.length > 0 && item.url.length <= 8192
    && item.box && ['x', 'y', 'width', 'height'].every((k) => finite(item.box[k]));
}

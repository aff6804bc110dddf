// "Report this page" (the popup's button and the report-page keyboard command), for pages whose
// players replace the browser's context menu: finds the page's main media (the largest visible
// video, else the largest visible picture) and captures it. When several are plausible the person
// chooses on pages/chooser.html, among thumbnails cut from a screenshot of the tab (a screenshot
// cannot be tainted the way a page's canvas can). Thumbnails live only in session storage, never
// in the case.
import { askContent } from './tabs.js';
import { contentFrameInfo } from './form-frames.js';
import { captureVisible } from './screenshot.js';
import { REPORT_MENU_ID, onMenuClicked } from './context-menu.js';
import { bytesToBase64 } from '../common/encoding.js';
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';

const CHOICE_KEY = 'chooser:';
const THUMB_SIDE = 240;          // device pixels: enough to recognise a picture, small in memory
const CHOICE_TTL_MS = 30 * 60 * 1000;

export function createPageReport({ api, core, forms }) {
  const captureWith = (tab, media) => onMenuClicked({ api, core, forms },
    { menuItemId: REPORT_MENU_ID, pageUrl: tab.url, frameId: 0, ...(media ? { media } : {}) }, tab);

  // Resolves to the capture's outcome, or {needs_choice: id} when the person has to choose.
  async function reportPage(tab) {
    const found = await mainMedia(tab.id);
    if (found.candidates.length > 1) return { needs_choice: await offerChoice(tab, found) };
    return captureWith(tab, found.candidates[0] ?? null);
  }

  // The main media of every frame: the top frame looks into its same-origin frames itself, frames
  // of other origins (an embedded player) answer for themselves. Their boxes are in their own
  // viewport, unknown in the tab's, so they get no thumbnail.
  async function mainMedia(tabId) {
    let frames = [{ frameId: 0, origin: null }];
    try {
      frames = await contentFrameInfo(api, tabId);
    } catch (error) {
      console.warn('Takedown: could not list the page\'s frames', error.message);
    }
    const topOrigin = frames.find((f) => f.frameId === 0)?.origin ?? null;
    let viewport = null;
    const answers = await Promise.all(frames.filter((f) => f.frameId === 0 || f.origin !== topOrigin).map(async ({ frameId }) => {
      try {
        const answer = await askContent(api, tabId, 'content.find_media', { mode: 'main' }, frameId);
        if (frameId === 0) viewport = answer.viewport;
        return answer.candidates.map((c) => ({ ...c, frameId, ...(frameId === 0 ? {} : { box: null }) }));
      } catch (error) {
        console.warn(`Takedown: frame ${frameId} could not look for media`, error.message);
        return [];
      }
    }));
    return { candidates: plausible(answers.flat()), viewport };
  }

  async function offerChoice(tab, { candidates, viewport }) {
    let thumbs = candidates.map(() => null);
    try {
      thumbs = await thumbnails(await captureVisible(api, tab.windowId), candidates, viewport);
    } catch (error) {
      console.warn('Takedown: no thumbnails for the choice', error.message);
    }
    const id = `c${Date.now().toString(36)}${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}`;
    await api.storage.session.set({ [CHOICE_KEY + id]: { tab: tab.id, url: tab.url, title: tab.title ?? '', candidates, thumbs, created: Date.now() } });
    return id;
  }

  async function entryOf(id) {
    const key = CHOICE_KEY + String(id);
    const entry = (await api.storage.session.get(key))[key];
    if (!entry || Date.now() - entry.created > CHOICE_TTL_MS) throw new MessageError(ErrorCode.bad_message, 'this choice has expired; report the page again');
    return entry;
  }

  return {
    reportPage,
    // capture.choices: what the chooser page shows.
    async choices({ choice }) {
      const entry = await entryOf(choice);
      return {
        page_url: entry.url,
        title: entry.title,
        candidates: entry.candidates.map((c, index) => ({
          index, target: c.target, url: /^data:/i.test(c.url ?? '') ? null : c.url, thumb: entry.thumbs[index],
          width: Math.round(c.box?.width ?? 0), height: Math.round(c.box?.height ?? 0), playing: c.playing,
        })),
      };
    },
    // capture.choose: the person's pick (index), or -1 for the page without its media.
    async choose({ choice, index }) {
      const entry = await entryOf(choice);
      if (!Number.isInteger(index) || index < -1 || index >= entry.candidates.length) throw new MessageError(ErrorCode.bad_message, 'payload.index must name a candidate, or be -1');
      const tab = await api.tabs.get(entry.tab).catch(() => null);
      if (!tab || tab.url !== entry.url) throw new MessageError(ErrorCode.bad_message, 'the tab no longer shows the page the choice was made for');
      await api.storage.session.remove(CHOICE_KEY + String(choice));
      const outcome = await captureWith(tab, index < 0 ? null : { ...entry.candidates[index], found_by: 'chosen' });
      if (outcome.error) throw new MessageError(outcome.error.code, outcome.error.message);
      return outcome;
    },
    // The report-page command: the capture, or the chooser in a small window of its own.
    async onCommand(command, tab) {
      if (command !== 'report-page') return null;
      const target = tab?.id !== undefined ? tab : (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0];
      if (!/^https?:/.test(target?.url ?? '')) return null;
      const outcome = await reportPage(target);
      if (outcome.needs_choice) {
        await api.windows.create({ url: api.runtime.getURL(`pages/chooser.html?choice=${outcome.needs_choice}`), type: 'popup', width: 560, height: 680 });
      }
      return outcome;
    },
  };
}

// As each frame chose: videos when there are any, largest first, each at least a quarter of the
// largest, at most 8.
function plausible(candidates) {
  const videos = candidates.filter((c) => c.target === 'video');
  const pool = (videos.length ? videos : candidates).sort((a, b) => b.visible_area - a.visible_area);
  return pool.filter((c) => c.visible_area >= (pool[0]?.visible_area ?? 0) / 4).slice(0, 8);
}

// One thumbnail (a PNG data: address) per candidate, cut from the tab's screenshot by its box.
async function thumbnails(png, candidates, viewport) {
  const image = await createImageBitmap(new Blob([png], { type: 'image/png' }));
  const scale = image.width / (viewport?.width || image.width);
  return Promise.all(candidates.map(async (c) => {
    if (!c.box) return null;
    const left = Math.max(0, Math.floor(c.box.x * scale));
    const top = Math.max(0, Math.floor(c.box.y * scale));
    const right = Math.min(image.width, Math.ceil((c.box.x + c.box.width) * scale));
    const bottom = Math.min(image.height, Math.ceil((c.box.y + c.box.height) * scale));
    if (right - left < 2 || bottom - top < 2) return null;
    const fit = Math.min(1, THUMB_SIDE / Math.max(right - left, bottom - top));
    const canvas = new OffscreenCanvas(Math.max(1, Math.round((right - left) * fit)), Math.max(1, Math.round((bottom - top) * fit)));
    canvas.getContext('2d').drawImage(image, left, top, right - left, bottom - top, 0, 0, canvas.width, canvas.height);
    const blob = await canvas.convertToBlob({ type: 'image/png' });
    return `data:image/png;base64,${bytesToBase64(new Uint8Array(await blob.arrayBuffer()))}`;
  }));
}

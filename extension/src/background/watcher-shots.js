// The watcher's pixels: a photo of the tab as the person sees it (tabs.captureVisibleTab, the same
// spaced-out screenshots as a capture's, within Chromium's two a second), cut to each element's box.
// No request is made for any picture, so cross-origin pictures and videos work alike in both
// browsers, and what is hashed is exactly what the page showed.
import { captureVisible } from './screenshot.js';
import { askContent } from './tabs.js';
import { imagePixels } from '../common/pixels.js';

const MOVED_PX = 1;   // CSS pixels an element may shift between the two looks and still count as still

let queue = Promise.resolve();   // one photo at a time, across all tabs

const same = (a, b) => Math.abs(a.x - b.x) <= MOVED_PX && Math.abs(a.y - b.y) <= MOVED_PX
  && Math.abs(a.width - b.width) <= MOVED_PX && Math.abs(a.height - b.height) <= MOVED_PX;

// `items`: [{id, kind, url, box}] as the content script saw them (viewport CSS pixels) just before.
// Resolves to {shots: [{item, pixels}], moved: [ids]}: an element counts only when it stood in the
// same place before and after the photo, in the tab that was showing. work_ms: the background's own
// time on the photo (decoding it and cutting the crops), without the waits between screenshots.
export function photograph(api, tabId, items) {
  const run = queue.then(() => shoot(api, tabId, items));
  queue = run.catch(() => {});
  return run;
}

async function shoot(api, tabId, items) {
  const ids = items.map((item) => item.id);
  const tab = await api.tabs.get(tabId);
  if (!tab.active) return { shots: [], moved: ids, work_ms: 0 };
  const png = await captureVisible(api, tab.windowId);
  const after = await askContent(api, tabId, 'content.watcher_boxes', { ids }, 0);
  // The photo is of the window's active tab: if the person switched tabs meanwhile, it is not this one.
  if (!(await api.tabs.get(tabId)).active) return { shots: [], moved: ids, work_ms: 0 };
  const now = new Map(after.items.map((item) => [item.id, item]));
  const still = items.filter((item) => now.has(item.id) && same(item.box, now.get(item.id).box));
  const moved = ids.filter((id) => !still.some((item) => item.id === id));
  if (!still.length) return { shots: [], moved, work_ms: 0 };
  const started = performance.now();
  const bitmap = await createImageBitmap(new Blob([png], { type: 'image/png' }));
  const scale = bitmap.width / after.viewport.width;
  const shots = [];
  try {
    for (const item of still) {
      const crop = deviceCrop(now.get(item.id).box, scale, bitmap);
      if (!crop) continue;
      shots.push({ item: { ...item, time_ms: now.get(item.id).time_ms ?? item.time_ms }, pixels: await imagePixels(bitmap, { crop }) });
    }
  } finally {
    bitmap.close?.();
  }
  return { shots, moved, work_ms: performance.now() - started };
}

// The box in the photo's device pixels, inside its edges: pixels half covered by the element's
// neighbour are left out.
function deviceCrop(box, scale, bitmap) {
  const left = Math.max(0, Math.ceil(box.x * scale));
  const top = Math.max(0, Math.ceil(box.y * scale));
  const right = Math.min(bitmap.width, Math.floor((box.x + box.width) * scale));
  const bottom = Math.min(bitmap.height, Math.floor((box.y + box.height) * scale));
  if (right - left < 16 || bottom - top < 16) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

// A PNG of the visible part of the tab, and a crop around the clicked element when its box is known.
// Chromium allows two screenshots a second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND), so calls are
// spaced out and one refused for that reason is tried again after a whole second (the browser counts
// a call when it handles it, which under load can be later than when it was made).
const SPACING_MS = 600;
const RETRY_MS = 1000;
let lastShot = 0;

export async function captureVisible(api, windowId) {
  for (let attempt = 0; ; attempt++) {
    const wait = lastShot + (attempt ? RETRY_MS : SPACING_MS) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lastShot = Date.now();
    try {
      const dataUrl = await api.tabs.captureVisibleTab(windowId, { format: 'png' });
      return new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
    } catch (error) {
      if (attempt >= 3 || !/quota|PER_SECOND/i.test(error.message)) throw error;
    }
  }
}

const MARGIN = 24;   // CSS pixels kept around the element, so the crop shows its context

// `box` and `viewport` come from the content script in CSS pixels; the screenshot is in device pixels.
// `margin` (CSS pixels) is kept around the box: the default shows its context, 0 the element alone.
export async function cropAround(png, box, viewport, margin = MARGIN) {
  const image = await createImageBitmap(new Blob([png], { type: 'image/png' }));
  const scale = image.width / viewport.width;
  const left = Math.max(0, Math.floor((box.x - margin) * scale));
  const top = Math.max(0, Math.floor((box.y - margin) * scale));
  const right = Math.min(image.width, Math.ceil((box.x + box.width + margin) * scale));
  const bottom = Math.min(image.height, Math.ceil((box.y + box.height + margin) * scale));
  if (right - left < 2 || bottom - top < 2) return null;   // the element is outside the visible part
  const canvas = new OffscreenCanvas(right - left, bottom - top);
  canvas.getContext('2d').drawImage(image, left, top, right - left, bottom - top, 0, 0, right - left, bottom - top);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return { png: new Uint8Array(await blob.arrayBuffer()), rect: { left, top, width: right - left, height: bottom - top } };
}

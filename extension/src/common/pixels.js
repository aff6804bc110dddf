// The pixels of a picture as the browser shows it, for perceptual hashing (docs/pdq.md): decoded by
// the browser with its EXIF orientation applied, transparent parts laid on white, optionally cut to
// a rectangle and scaled down. Works wherever OffscreenCanvas does (service worker, event page,
// extension pages, workers).

// source: a Blob (decoded here) or an ImageBitmap / canvas (used as is, not closed).
// crop: {x, y, width, height} in the source's pixels; maxSide: scale down so neither side exceeds it.
// Returns {data: Uint8ClampedArray (RGBA), width, height, channels: 4}.
export async function imagePixels(source, { crop = null, maxSide = 0 } = {}) {
  const owned = source instanceof Blob ? await createImageBitmap(source, { imageOrientation: 'from-image' }) : null;
  const picture = owned ?? source;
  try {
    const area = clampedCrop(crop, picture.width, picture.height);
    if (area.width < 1 || area.height < 1) throw new RangeError('the picture has no pixels in that area');
    const scale = maxSide > 0 ? Math.min(1, maxSide / Math.max(area.width, area.height)) : 1;
    const width = Math.max(1, Math.round(area.width * scale));
    const height = Math.max(1, Math.round(area.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(picture, area.x, area.y, area.width, area.height, 0, 0, width, height);
    return { data: context.getImageData(0, 0, width, height).data, width, height, channels: 4 };
  } finally {
    owned?.close();
  }
}

// The crop inside the picture, in whole pixels; the whole picture when no crop is given.
function clampedCrop(crop, width, height) {
  if (!crop) return { x: 0, y: 0, width, height };
  const x = Math.max(0, Math.floor(crop.x));
  const y = Math.max(0, Math.floor(crop.y));
  const right = Math.min(width, Math.ceil(crop.x + crop.width));
  const bottom = Math.min(height, Math.ceil(crop.y + crop.height));
  return { x, y, width: right - x, height: bottom - y };
}

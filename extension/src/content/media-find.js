// Finds the media a person means, the way real pages show them: under transparent overlays, in CSS
// backgrounds (also ::before/::after), in <picture>/srcset, behind lazy-loading attributes, in
// carousels where only one slide shows, in open shadow roots and same-origin frames, on a <canvas>.
// The background asks through content.find_media; the elements found are remembered by a `ref` so
// that later steps (the fetch, a canvas's pixels, a stream recording) reach the same element.
// Nothing is read from the page until the person chooses Takedown; the right-click's point is only
// remembered.
globalThis.takedownMediaFind = (() => {
  let point = null;      // {x, y} of the last right-click, in this frame's viewport (CSS pixels)
  let pointTarget = null;
  document.addEventListener('contextmenu', (event) => {
    point = { x: event.clientX, y: event.clientY };
    pointTarget = event.composedPath?.()[0] ?? event.target;
  }, { capture: true, passive: true });

  const remembered = new Map();   // ref -> element
  let refs = 0;
  function remember(element) {
    for (const [ref, el] of remembered) if (el === element) return ref;
    const ref = `m${(refs += 1)}`;
    remembered.set(ref, element);
    if (remembered.size > 64) remembered.delete(remembered.keys().next().value);
    return ref;
  }
  const element = (ref) => remembered.get(ref) ?? null;

  const MEDIA_TAGS = new Set(['IMG', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'SVG', 'IMAGE', 'EMBED', 'OBJECT']);
  const MIN_SIDE = 24;   // CSS pixels: smaller things are icons, not what a person reports

  // Lazy loaders keep the real address in a data- attribute until the picture scrolls into view;
  // their names vary (data-src, data-lazy-src, data-original, data-srcset, data-bg, data-full…), so
  // any data- attribute whose name speaks of a source and whose value reads as an address counts.
  const LAZY_NAME = /^data-(?:[a-z0-9]+-)*(?:src|srcset|original|lazy|url|bg|bgset|background|image|img|full|large|hires|hi-res|zoom|poster)(?:-[a-z0-9]+)*$/i;
  const ADDRESS = /^(?:https?:|\/|\.\.?\/|[\w%-]+(?:\/|\.(?:jpe?g|png|gif|webp|avif|svg|bmp|mp4|webm|m4v|mov|ogg|mp3|m4a|wav)\b))/i;

  const absolute = (value, base = document.baseURI) => {
    try {
      return new URL(value.trim(), base).href;
    } catch {
      return null;
    }
  };

  // "a.jpg 480w, b.jpg 960w" or "a.jpg 1x,b.jpg 2x": the candidates, largest first. Parsed as the
  // HTML standard does (an address is a run without spaces; commas inside it belong to it, as in
  // image CDNs' "w_640,h_480" paths).
  function srcsetCandidates(srcset, base) {
    const out = [];
    const text = String(srcset ?? '');
    let i = 0;
    while (i < text.length) {
      while (i < text.length && /[\s,]/.test(text[i])) i++;
      let start = i;
      while (i < text.length && !/\s/.test(text[i])) i++;
      let address = text.slice(start, i);
      let descriptor = '';
      if (/,$/.test(address)) {
        address = address.replace(/,+$/, '');
      } else {
        start = i;
        while (i < text.length && text[i] !== ',') i++;
        descriptor = text.slice(start, i).trim();
      }
      const url = address && absolute(address, base);
      if (!url) continue;
      const n = Number.parseFloat(descriptor) || 1;
      out.push({ url, weight: /w$/i.test(descriptor) ? n : n * 10_000 });
    }
    return out.sort((a, b) => b.weight - a.weight).map((c) => c.url);
  }

  // On an element that is not itself media, only attributes that name a background, or whose value
  // names a media file, are taken for a lazy background (a data-url of a share button is not one).
  const BACKGROUND_NAME = /(?:^|-)(?:bg|bgset|background)(?:-|$)/i;
  const MEDIA_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|mp4|webm|m4v|mov)(?:[?#]|$)/i;

  function lazyCandidates(el, { background = false } = {}) {
    const out = [];
    for (const attr of el.attributes ?? []) {
      if (!LAZY_NAME.test(attr.name) || !attr.value.trim()) continue;
      const value = attr.value.trim();
      if (background && !BACKGROUND_NAME.test(attr.name.slice(5)) && !MEDIA_FILE.test(value.split(/[\s,]/)[0])) continue;
      if (/srcset/i.test(attr.name) || /\s\d+(?:\.\d+)?[wx](,|$)/.test(value)) out.push(...srcsetCandidates(value, el.baseURI));
      else if (/^url\(/.test(value)) out.push(...cssUrls(value, el.baseURI));
      else if (ADDRESS.test(value)) out.push(absolute(value, el.baseURI));
    }
    return out.filter(Boolean);
  }

  // The url(...) addresses of a CSS image value (gradients have none).
  function cssUrls(value, base = document.baseURI) {
    const out = [];
    for (const match of String(value ?? '').matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
      const url = absolute(match[2], base);
      if (url) out.push(url);
    }
    return out;
  }

  const unique = (list) => [...new Set(list.filter(Boolean))];
  // A placeholder: a tiny data: picture or nothing loaded yet (what a lazy loader shows first).
  const placeholder = (img) => !img.currentSrc || /^data:/i.test(img.currentSrc) || (img.complete && img.naturalWidth <= 2);

  function boxOf(el) {
    const r = el.getBoundingClientRect();
    return { x: r.x, y: r.y, width: r.width, height: r.height };
  }

  // Seen by a person: rendered, not transparent, and at least partly inside the viewport. A carousel
  // hides its other slides by moving them out (then the point misses them), by opacity or visibility.
  function visible(el) {
    const r = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    if (r.width < 1 || r.height < 1 || r.right <= 0 || r.bottom <= 0 || r.left >= view.innerWidth || r.top >= view.innerHeight) return false;
    for (let node = el; node && node.nodeType === 1; node = node.parentElement ?? node.getRootNode()?.host) {
      const style = view.getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse' || Number(style.opacity) < 0.05) return false;
      if (node.hidden || node.getAttribute?.('aria-hidden') === 'true' && node !== el && hasSiblingSlides(node)) return false;
    }
    return true;
  }
  // A carousel marks its other slides aria-hidden; a lone aria-hidden element may still be the picture.
  const hasSiblingSlides = (node) => node.parentElement && node.parentElement.children.length > 1;

  const visibleArea = (el) => {
    const r = el.getBoundingClientRect();
    const view = el.ownerDocument.defaultView;
    const w = Math.max(0, Math.min(r.right, view.innerWidth) - Math.max(r.left, 0));
    const h = Math.max(0, Math.min(r.bottom, view.innerHeight) - Math.max(r.top, 0));
    return w * h;
  };

  // What one element shows, or null: {target, url, candidates, stream, element}.
  function mediaOf(el) {
    if (!el || el.nodeType !== 1) return null;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IMG' || (tag === 'INPUT' && el.type === 'image')) {
      const picture = el.parentElement?.tagName === 'PICTURE' ? el.parentElement : null;
      const sources = picture ? [...picture.querySelectorAll('source')].flatMap((s) => srcsetCandidates(s.srcset, s.baseURI)) : [];
      const lazy = lazyCandidates(el);
      const shown = el.currentSrc || el.src;
      const largest = [...srcsetCandidates(el.srcset, el.baseURI), ...sources];
      // What the page showed first; when only a lazy loader's placeholder shows, its real address
      // instead (the placeholder is not the picture, so it is never kept in its place).
      const candidates = placeholder(el) && lazy.length ? unique([...lazy, ...largest]) : unique([shown, ...largest, ...lazy]);
      if (!candidates.length) return null;
      return { target: picture && sources.length ? 'picture' : 'image', url: candidates[0], candidates, element: el };
    }
    if (tag === 'VIDEO' || tag === 'AUDIO') {
      const sources = [...el.querySelectorAll('source')].map((s) => s.src);
      const shown = el.currentSrc || el.src || null;
      const streamed = el.srcObject ? 'srcObject' : /^blob:/i.test(shown ?? '') ? 'blob' : null;
      const candidates = streamed ? [] : unique([shown, ...sources, ...lazyCandidates(el)]);
      if (!candidates.length && !streamed) return null;
      return { target: tag === 'VIDEO' ? 'video' : 'audio', url: shown ?? candidates[0] ?? null, candidates, stream: streamed, element: el };
    }
    if (tag === 'CANVAS') return { target: 'canvas', url: null, candidates: [], element: el };
    if (tag === 'IMAGE' && el.namespaceURI === 'http://www.w3.org/2000/svg') {
      const href = el.href?.baseVal ?? el.getAttribute('href');
      const url = href && absolute(href, el.baseURI);
      return url ? { target: 'image', url, candidates: [url], element: el } : null;
    }
    return backgroundOf(el);
  }

  // A CSS background (also on ::before/::after, and content: url()) or a lazy data-bg. The page's
  // own background (html, body) is a texture behind everything, not something a person points at.
  function backgroundOf(el) {
    if (el === el.ownerDocument.documentElement || el === el.ownerDocument.body) return null;
    const view = el.ownerDocument.defaultView;
    const found = [];
    for (const pseudo of [null, '::before', '::after']) {
      const style = view.getComputedStyle(el, pseudo);
      if (pseudo && (style.content === 'none' || style.display === 'none')) continue;
      found.push(...cssUrls(style.backgroundImage, el.baseURI));
      if (pseudo) found.push(...cssUrls(style.content, el.baseURI));
    }
    const candidates = unique([...found, ...(found.length ? [] : lazyCandidates(el, { background: true }))]);
    return candidates.length ? { target: 'background', url: candidates[0], candidates, element: el } : null;
  }

  // Everything stacked under (x, y), topmost first: through open shadow roots and into same-origin
  // frames (with the point moved into the frame). Elements that ignore the pointer are found by
  // their box, after those the pointer hit.
  function stackAt(doc, x, y, depth = 0) {
    const out = [];
    const seen = new Set();
    const add = (el) => {
      if (seen.has(el)) return false;
      seen.add(el);
      out.push(el);
      return true;
    };
    const walk = (root) => {
      for (const el of root.elementsFromPoint(x, y)) {
        if (!add(el)) continue;
        if (el.shadowRoot && el.shadowRoot !== root && depth < 8) walk(el.shadowRoot);
        if ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && depth < 4) {
          let inner = null;
          try {
            inner = el.contentDocument;
          } catch {
            inner = null;   // another origin: its own content script answers for it
          }
          if (inner) {
            const r = el.getBoundingClientRect();
            const ix = x - r.left - el.clientLeft;
            const iy = y - r.top - el.clientTop;
            for (const found of stackAt(inner, ix, iy, depth + 1)) add(found);
          }
        }
      }
    };
    walk(doc);
    // Media that ignore the pointer (pointer-events: none, as some platforms set on the picture
    // under their own layer) go just above their nearest ancestor in the stack, so that a
    // container's blurred placeholder background never wins over the picture inside it.
    for (const el of doc.querySelectorAll('img, video, audio, canvas')) {
      if (seen.has(el)) continue;
      const r = el.getBoundingClientRect();
      if (!(x >= r.left && x <= r.right && y >= r.top && y <= r.bottom)) continue;
      seen.add(el);
      const ancestor = out.findIndex((other) => other.contains?.(el));
      out.splice(ancestor < 0 ? out.length : ancestor, 0, el);
    }
    return out;
  }

  // The box in the top frame's viewport (a capture crops the tab's screenshot by it).
  function topBox(el) {
    const box = boxOf(el);
    for (let view = el.ownerDocument.defaultView; view && view !== window && view.frameElement; view = view.parent) {
      const r = view.frameElement.getBoundingClientRect();
      box.x += r.left + view.frameElement.clientLeft;
      box.y += r.top + view.frameElement.clientTop;
    }
    return box;
  }

  function descriptor(found, foundBy) {
    const { element: el, ...rest } = found;
    const box = topBox(el);
    return {
      ref: remember(el),
      ...rest,
      stream: rest.stream ?? null,
      found_by: foundBy,
      box: box.width > 0 && box.height > 0 ? box : null,
      playing: el.tagName === 'VIDEO' || el.tagName === 'AUDIO' ? !el.paused : null,
      visible_area: Math.round(visibleArea(el)),
    };
  }

  // The element that shows `srcUrl` (the menu's own answer): the right-clicked element or its
  // ancestors first, else any image, video, audio or source in the page or its open shadow roots.
  function byAddress(srcUrl) {
    const shows = (el) => {
      const m = mediaOf(el);
      return m && (m.url === srcUrl || m.candidates.includes(srcUrl) || el.currentSrc === srcUrl || el.src === srcUrl);
    };
    for (let el = pointTarget; el && el.nodeType === 1; el = el.parentElement ?? el.getRootNode()?.host) if (shows(el)) return el;
    const all = [];
    const collect = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (MEDIA_TAGS.has(el.tagName.toUpperCase())) all.push(el);
        if (el.shadowRoot) collect(el.shadowRoot);
      }
    };
    collect(document);
    return all.find(shows) ?? null;
  }

  // Under the pointer: the topmost visible element that shows media, ignoring overlays and slides
  // a person cannot see.
  function underPointer() {
    if (!point) return null;
    for (const el of stackAt(document, point.x, point.y)) {
      if (!visible(el)) continue;
      const found = mediaOf(el.tagName === 'SOURCE' ? el.parentElement : el);
      if (found && (found.target !== 'background' || boxOf(el).width >= MIN_SIDE)) return found;
    }
    return null;
  }

  // Whether the element shows anything: a broken picture or a video that failed to load shows
  // nothing a person could mean (a lazy placeholder is not the picture either).
  function shows(el) {
    if (el.tagName === 'IMG') return el.complete ? el.naturalWidth > 2 : true;
    if (el.tagName === 'VIDEO') return !el.error || Boolean(el.poster);
    return true;
  }

  // The page's main media: the largest visible video (playing or paused), else the largest visible
  // image; every other candidate at least a quarter of its size, so the person can choose.
  function mainMedia() {
    const all = [];
    const collect = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) collect(el.shadowRoot);
        if ((el.tagName === 'IFRAME' || el.tagName === 'FRAME') && visible(el)) {
          try {
            if (el.contentDocument) collect(el.contentDocument);
          } catch { /* another origin */ }
        }
        const r = el.getBoundingClientRect();
        if (r.width < MIN_SIDE * 2 || r.height < MIN_SIDE * 2) continue;
        // Media first (few elements have any), then the costlier climb through the ancestors.
        const found = mediaOf(el);
        if (found && found.target !== 'audio' && shows(el) && visible(el)) all.push({ found, area: visibleArea(el) });
      }
    };
    collect(document);
    const videos = all.filter((c) => c.found.target === 'video');
    const pool = (videos.length ? videos : all).sort((a, b) => b.area - a.area);
    // A background behind a picture of the same place is one thing shown, not two.
    const kept = [];
    for (const c of pool) {
      if (c.area < pool[0].area / 4 || kept.length >= 8) break;
      if (!kept.some((k) => k.found.element.contains(c.found.element) || c.found.element.contains(k.found.element))) kept.push(c);
    }
    return kept.map((c) => c.found);
  }

  // content.find_media: {srcUrl, mode}. mode 'point' (a right-click: the menu's srcUrl first, then
  // the pointer) or 'main' (no point: the page's main media, all plausible ones).
  function find({ srcUrl = null, mode = 'point' } = {}) {
    if (mode === 'main') {
      const list = mainMedia().map((found) => descriptor(found, 'main_media'));
      return { media: list[0] ?? null, candidates: list, viewport: { width: innerWidth, height: innerHeight } };
    }
    if (srcUrl) {
      const el = byAddress(srcUrl);
      const found = el && mediaOf(el);
      if (found) {
        // The menu names the address the browser showed: it goes first.
        const media = descriptor({ ...found, url: srcUrl, candidates: unique([srcUrl, ...found.candidates]) }, 'menu');
        return { media, candidates: [media] };
      }
    }
    const found = underPointer();
    const media = found ? descriptor(found, 'pointer') : null;
    return { media, candidates: media ? [media] : [], point };
  }

  // A canvas's pixels as PNG bytes; a canvas that drew another origin's picture is tainted and throws.
  // toDataURL, not toBlob: in Firefox a Blob made by the page's canvas belongs to the page's
  // compartment and its bytes cannot be read from the content script; a string can.
  async function canvasPng(ref) {
    const canvas = element(ref);
    if (!canvas || canvas.tagName !== 'CANVAS') throw new Error('the canvas is no longer in the page');
    let dataUrl;
    try {
      dataUrl = String(canvas.toDataURL('image/png'));
    } catch (error) {
      throw new Error(error.name === 'SecurityError'
        ? 'the canvas shows a picture from another site that did not allow reading it (a tainted canvas), so its pixels cannot be read'
        : `${error.name}: ${error.message}`);
    }
    if (!dataUrl.startsWith('data:image/png;base64,')) throw new Error('the canvas gave no picture (it may be empty)');
    const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return { bytes, width: canvas.width, height: canvas.height };
  }

  return { find, element, canvasPng, mediaOf, srcsetCandidates, lastPoint: () => point };
})();

// A dossier never holds the captured page's HTML as a file that runs when opened: the bytes are kept
// unchanged as <sha256>.html.txt, and beside them an inert rendering <sha256>.inert.html starts with a
// Content-Security-Policy that forbids scripts and every network load, renames <script>/<link> and
// event-handler and http-equiv attributes, and shows a banner. The host's vault export makes the same
// bytes (native-host/src/vault/inert_html.cpp); docs/evidence.md "The page's HTML never runs".
const encoder = new TextEncoder();

const POLICY = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; img-src data:; style-src \'unsafe-inline\'; '
  + 'form-action \'none\'">\n<meta charset="utf-8">\n';
const BANNER_OPEN = '<div role="note" style="all:initial;display:block;position:sticky;top:0;z-index:2147483647;box-sizing:border-box;'
  + 'padding:8px 12px;background:#fff3cd;color:#000;border-bottom:2px solid #000;font:16px/1.4 sans-serif">';
// The dossier's language, as the report: fixed texts, so that the host writes the very same bytes.
const BANNER = {
  en: 'Inert copy made by Takedown for reading: scripts and event handlers are switched off and nothing is loaded from the '
    + 'internet, so pictures from other addresses are missing. The page\'s HTML exactly as captured is in ',
  nl: 'Inerte kopie, door Takedown gemaakt om te lezen: scripts en event handlers staan uit en er wordt niets van internet '
    + 'geladen, dus afbeeldingen van andere adressen ontbreken. De HTML van de pagina precies zoals vastgelegd staat in ',
};
const PREFIX = encoder.encode('data-takedown-inert-');
const SCRIPT_OPEN = encoder.encode('<template data-takedown-inert="script"');
const SCRIPT_CLOSE = encoder.encode('</template');
const LINK_OPEN = encoder.encode('<takedown-inert-link');

const LT = 0x3c;
const isSpace = (c) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
const isLetter = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const lower = (c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

// True for the media types whose bytes a browser would run as a page.
export function isPageHtml(mime) {
  const essence = String(mime ?? '').split(';')[0].replace(/[ \t\n\r\f]/g, '').toLowerCase();
  return essence === 'text/html' || essence === 'application/xhtml+xml';
}

// The file name a dossier gives an artifact's bytes: page HTML never ends in .html.
export const PAGE_HTML_SUFFIX = '.html.txt';
export const INERT_SUFFIX = '.inert.html';

function wordAt(bytes, at, word) {
  if (bytes.length - at < word.length) return false;
  for (let i = 0; i < word.length; i++) if (lower(bytes[at + i]) !== word.charCodeAt(i)) return false;
  return true;
}

const nameEnds = (bytes, at) => at >= bytes.length || isSpace(bytes[at]) || bytes[at] === 0x2f || bytes[at] === 0x3e;

function equalsFollows(bytes, at) {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at < bytes.length && bytes[at] === 0x3d;
}

function dangerousAttribute(bytes, at) {
  if (wordAt(bytes, at, 'on')) {
    let end = at + 2;
    while (end < bytes.length && isLetter(bytes[end])) end++;
    return end > at + 2 && equalsFollows(bytes, end);
  }
  return wordAt(bytes, at, 'http-equiv') && equalsFollows(bytes, at + 10);
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// The inert rendering of `original` (Uint8Array, the page's bytes) as a Uint8Array; the banner in
// `lang` (en or nl) names `originalName`, the file that keeps the bytes unchanged.
export function inertHtml(original, lang, originalName) {
  const head = encoder.encode(`${POLICY}${BANNER_OPEN}${BANNER[lang] ?? BANNER.en}<code>${escape(originalName)}</code>.</div>\n`);
  const parts = [head];
  let start = 0;   // original[start, i) is copied unchanged
  const cut = (i, replacement, skip) => {
    parts.push(original.subarray(start, i), replacement);
    start = i + skip;
  };
  for (let i = 0; i < original.length;) {
    const c = original[i];
    if (c === LT && wordAt(original, i + 1, 'script') && nameEnds(original, i + 7)) { cut(i, SCRIPT_OPEN, 7); i += 7; continue; }
    if (c === LT && wordAt(original, i + 1, '/script') && nameEnds(original, i + 8)) { cut(i, SCRIPT_CLOSE, 8); i += 8; continue; }
    if (c === LT && wordAt(original, i + 1, 'link') && nameEnds(original, i + 5)) { cut(i, LINK_OPEN, 5); i += 5; continue; }
    i++;
    if ((isSpace(c) || c === 0x2f || c === 0x22 || c === 0x27) && dangerousAttribute(original, i)) cut(i, PREFIX, 0);
  }
  parts.push(original.subarray(start));
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) { out.set(part, at); at += part.length; }
  return out;
}

// A letter as files and links the person's own mail program understands: an .eml draft (RFC 5322
// with MIME, RFC 2045/2047), a plain .txt, and a mailto: link (RFC 6068). Nothing is ever sent.

const utf8 = new TextEncoder();
export const MAILTO_MAX_CHARS = 1800;   // longer links are cut or refused by common mail programs
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

export const isEmail = (value) => typeof value === 'string' && EMAIL.test(value);

const isAscii = (text) => /^[\x20-\x7e]*$/.test(text);

function base64(bytes) {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

// RFC 2047 encoded-words (B encoding), each at most 75 characters, never splitting a character.
export function encodeWords(text) {
  if (isAscii(text)) return text;
  const words = [];
  let chunk = '';
  for (const character of text) {
    if (utf8.encode(chunk + character).length > 45) {   // 45 bytes -> 60 base64 chars + 12 of framing
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk) words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8.encode(word))}?=`).join('\r\n ');
}

// A mailbox: "Name <address>", the name quoted when plain ASCII, encoded otherwise.
function mailbox(name, address) {
  if (!name) return address;
  const shown = isAscii(name) ? `"${name.replace(/["\\]/g, '\\$&')}"` : encodeWords(name);
  return `${shown} <${address}>`;
}

// Quoted-printable (RFC 2045 6.7) of UTF-8 text, lines of at most 76 characters, CRLF line ends.
export function quotedPrintable(text) {
  return text.replace(/\r\n?/g, '\n').split('\n').map((line) => {
    const bytes = utf8.encode(line);
    const out = [];
    let current = '';
    bytes.forEach((byte, index) => {
      const last = index === bytes.length - 1;
      const literal = (byte >= 33 && byte <= 126 && byte !== 61) || ((byte === 32 || byte === 9) && !last);
      const piece = literal ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`;
      if (current.length + piece.length > 75) {   // room for the soft break's "="
        out.push(`${current}=`);
        current = '';
      }
      current += piece;
    });
    out.push(current);
    return out.join('\r\n');
  }).join('\r\n');
}

// RFC 5322 date, e.g. "Sat, 28 Nov 2026 10:15:30 +0100", in the person's own offset.
function mailDate(now) {
  const offset = -now.getTimezoneOffset();
  const local = new Date(now.getTime() + offset * 60_000);
  const [day, month] = [['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][local.getUTCDay()],
    ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][local.getUTCMonth()]];
  const pad = (n) => String(n).padStart(2, '0');
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
  return `${day}, ${local.getUTCDate()} ${month} ${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} ${zone}`;
}

// An unsent draft: mail programs open it for the person to check and send (X-Unsent for Outlook).
export function emlDraft({ subject, text, to = null, toName = '', from = null, fromName = '', now = new Date() }) {
  const headers = [
    ...(isEmail(from) ? [`From: ${mailbox(fromName, from)}`] : []),
    ...(isEmail(to) ? [`To: ${mailbox(toName, to)}`] : []),
    `Subject: ${encodeWords(subject)}`,
    `Date: ${mailDate(now)}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: quoted-printable',
    'X-Unsent: 1',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${quotedPrintable(text)}\r\n`;
}

// Plain text with the subject on top, CRLF so that every editor shows the lines.
export const textFile = ({ subject, text }) => `${subject}\r\n\r\n${text}`.replace(/\r?\n/g, '\r\n') + '\r\n';

// mailto: with subject and body; null when the whole letter would make the link too long.
export function mailtoLink({ to, subject, text }) {
  const address = isEmail(to) ? encodeURIComponent(to).replace(/%40/g, '@') : '';
  const full = `mailto:${address}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(text.replace(/\r?\n/g, '\r\n'))}`;
  return {
    full: full.length <= MAILTO_MAX_CHARS ? full : null,
    subjectOnly: `mailto:${address}?subject=${encodeURIComponent(subject)}`,
  };
}

// Saves `content` as a file through the browser's download.
export function download(name, content, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(content instanceof Blob ? content : new Blob([content], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
}

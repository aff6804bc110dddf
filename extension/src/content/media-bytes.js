// Recognising media by their bytes (issue #15 part 2), for content/media-stream.js: which responses
// are a player's segments (never judged by their addresses), whether a stream is sound only, when a
// segment starts, and which addresses belong to one stream. Pure functions of bytes and strings.
globalThis.takedownMediaBytes = (() => {
  const ascii = (bytes, at, length) => String.fromCharCode(...bytes.subarray(at, at + length));
  const has = (bytes, text) => {
    const first = text.charCodeAt(0);
    for (let i = bytes.indexOf(first); i >= 0 && i + text.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
      if (ascii(bytes, i, text.length) === text) return true;
    }
    return false;
  };

  // What the first bytes of a response are, by content (never by the address): a container's
  // initialisation segment, a media segment, or a whole file; null for anything that is not media.
  function mediaKind(head) {
    const u32 = (at) => ((head[at] << 24) | (head[at + 1] << 16) | (head[at + 2] << 8) | head[at + 3]) >>> 0;
    if (head.length >= 4 && u32(0) === 0x1a45dfa3) return { container: 'webm', role: 'init' };      // EBML header
    if (head.length >= 4 && u32(0) === 0x1f43b675) return { container: 'webm', role: 'media' };     // a Cluster
    const boxes = [];
    for (let at = 0; at + 8 <= head.length && boxes.length < 16;) {
      const size = u32(at);
      const type = ascii(head, at + 4, 4);
      if (!/^[a-z0-9 ]{4}$/i.test(type)) break;
      boxes.push(type);
      if (size < 8) break;
      at += size;
    }
    if (['ftyp', 'styp', 'moov', 'moof', 'sidx', 'emsg', 'prft'].includes(boxes[0])) {
      if (boxes.includes('moof') || ['styp', 'sidx', 'emsg', 'prft'].includes(boxes[0])) return { container: 'mp4', role: 'media' };
      if (boxes.includes('mdat')) return { container: 'mp4', role: 'whole' };   // a progressive file: moov + mdat
      if (boxes.includes('moov')) return { container: 'mp4', role: 'init' };
      return null;
    }
    if (head[0] === 0x47 && (head.length <= 188 || head[188] === 0x47)) return { container: 'ts', role: 'media' };    // MPEG-TS
    if (ascii(head, 0, 3) === 'ID3' || (head[0] === 0xff && (head[1] & 0xf6) === 0xf0)) return { container: 'aac', role: 'media' };
    return null;
  }

  // Whether an initialisation segment (or a whole file's head) describes sound only: Matroska codec
  // ids (V_VP9, A_OPUS, …) or MP4 handler types (hdlr vide/soun); else the content type says.
  function audioOnly(head, type) {
    if (head) {
      const handlers = [];
      for (let at = 0; head && (at = head.indexOf(0x68, at)) >= 0 && at + 16 <= head.length; at++) {
        if (ascii(head, at, 4) === 'hdlr') handlers.push(ascii(head, at + 12, 4));
      }
      const video = handlers.includes('vide') || ['V_VP', 'V_AV1', 'V_MPEG', 'V_THEORA'].some((id) => has(head, id));
      const audio = handlers.includes('soun') || ['A_OPUS', 'A_VORBIS', 'A_AAC', 'A_MPEG', 'A_FLAC', 'A_PCM', 'A_AC3', 'A_EAC3'].some((id) => has(head, id));
      if (video || audio) return audio && !video;
    }
    return /^audio\//i.test(type);
  }

  // When a segment starts, in ms of the stream's timeline (null when its head does not say): a WebM
  // Cluster's Timecode (times the init segment's TimecodeScale), an MP4 fragment's tfdt (over the
  // init segment's mdhd timescale).
  function startMs(head, container, init) {
    const vint = (at) => {
      const first = head[at];
      let length = 1;
      while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++;
      let value = first & (0xff >> length);
      for (let i = 1; i < length; i++) value = value * 256 + head[at + i];
      return { length, value };
    };
    const uint = (bytes, at, length) => {
      let value = 0;
      for (let i = 0; i < length; i++) value = value * 256 + bytes[at + i];
      return value;
    };
    const find = (bytes, pattern) => {
      for (let at = bytes.indexOf(pattern[0]); at >= 0; at = bytes.indexOf(pattern[0], at + 1)) {
        if (pattern.every((b, i) => bytes[at + i] === b)) return at;
      }
      return -1;
    };
    if (container === 'webm' && head.length > 12) {
      const size = vint(4);
      const child = 4 + size.length;
      if (head[child] !== 0xe7) return null;
      const field = vint(child + 1);
      const scaleAt = init ? find(init, [0x2a, 0xd7, 0xb1]) : -1;
      const scaleSize = scaleAt >= 0 ? init[scaleAt + 3] & 0x7f : 0;
      const scale = scaleAt >= 0 && (init[scaleAt + 3] & 0x80) ? uint(init, scaleAt + 4, scaleSize) : 1_000_000;
      return (uint(head, child + 1 + field.length, field.value) * scale) / 1e6;
    }
    if (container === 'mp4' && init) {
      const tfdt = find(head, [0x74, 0x66, 0x64, 0x74]);
      const mdhd = find(init, [0x6d, 0x64, 0x68, 0x64]);
      if (tfdt < 0 || mdhd < 0) return null;
      const time = head[tfdt + 4] === 1 ? uint(head, tfdt + 8, 8) : uint(head, tfdt + 8, 4);
      const timescale = init[mdhd + 4] === 1 ? uint(init, mdhd + 24, 4) : uint(init, mdhd + 16, 4);
      return timescale ? (time * 1000) / timescale : null;
    }
    return null;
  }

  // About how much media a stream's segments hold, from their start times (the last one is taken to
  // be as long as the typical one); null when their heads do not say.
  function coveredMs(starts) {
    if (starts.length < 2 || starts.some((t) => t === null)) return null;
    const sorted = [...new Set(starts)].sort((a, b) => a - b);
    const steps = sorted.slice(1).map((t, i) => t - sorted[i]).sort((a, b) => a - b);
    const typical = steps[steps.length >> 1];
    return steps.reduce((sum, step) => sum + Math.min(step, 2 * typical), typical);
  }

  // Requests of one stream differ only in their counter: the last number of the path before its
  // extension (seg-12.m4s, 000123.ts), and numbers in the query (byte ranges, sequence numbers).
  const COUNTER = /\d+(?=\D*?(\.[A-Za-z][A-Za-z0-9]{0,4})?$)/;
  function familyOf(url) {
    const { origin, pathname, search } = new URL(url);
    return origin + pathname.replace(COUNTER, '#') + search.replace(/\d+/g, '#');
  }
  const counterOf = (url) => {
    const match = COUNTER.exec(new URL(url).pathname);
    return match ? Number(match[0]) : null;
  };
  // The words of an address's path and query (not its host, whose numbers say nothing of a stream).
  const tokens = (url) => new Set(url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '').split(/[^A-Za-z0-9]+/).filter(Boolean));

  return { kind: mediaKind, audioOnly, startMs, coveredMs, familyOf, counterOf, tokens };
})();

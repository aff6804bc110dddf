// Sends media bytes from the page to the background over a 'takedown-media' port (received by
// background/media-upload.js), in chunks, waiting for an acknowledgement every few chunks so that
// neither side ever holds more than a few chunks. Any source of bytes can be sent: a fetch of the
// media's address, a player's segments, a recording.
globalThis.takedownMediaTransport = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const CHUNK = 1 << 20;   // bytes of media per port message
  const WINDOW = 4;        // chunks in flight before waiting for the background's acknowledgement

  // Response headers worth keeping as evidence (and for a web archive's response record).
  const KEPT_HEADERS = ['content-type', 'content-length', 'content-range', 'last-modified', 'etag', 'date', 'cache-control',
    'expires', 'age', 'server', 'content-disposition', 'accept-ranges', 'vary', 'x-cache'];
  function keptHeaders(headers) {
    const kept = {};
    for (const name of KEPT_HEADERS) {
      const value = headers.get(name);
      if (value !== null) kept[name] = value.slice(0, 8192).replace(/[\r\n]+/g, ' ');
    }
    return kept;
  }

  // The start message of a fetched response: its status, final address, type and headers.
  function startOf(response) {
    return { status: response.status, ok: response.ok, final_url: response.url, mime: response.headers.get('content-type'),
      length: Number(response.headers.get('content-length')) || null, headers: keptHeaders(response.headers) };
  }

  async function* bodyChunks(response) {
    const reader = response.body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        yield value;
      }
    } finally {
      reader.releaseLock();
      response.body.cancel().catch(() => {});
    }
  }

  // Sends `chunks` (an async iterable of Uint8Array) after `start`; stops at `maxBytes` with an error
  // the background records. Resolves to {sent} once everything is sent (or the background said stop).
  async function send({ channel, maxBytes, start, chunks }) {
    const port = api.runtime.connect({ name: 'takedown-media' });
    const acks = [];
    let waiting = null;
    port.onMessage.addListener((message) => {
      acks.push(message);
      waiting?.();
    });
    const nextAck = () => new Promise((resolve) => {
      if (acks.length) resolve(acks.shift());
      else waiting = () => { waiting = null; resolve(acks.shift()); };
    });
    let sent = 0;
    try {
      port.postMessage({ channel, kind: 'start', ...start });
      if (!start.ok) return { sent };
      const buffer = new Uint8Array(CHUNK);
      let filled = 0;
      let unacknowledged = 0;
      const flush = async () => {
        if (filled === 0) return true;
        port.postMessage({ channel, kind: 'chunk', data: toBase64(buffer.subarray(0, filled)) });
        filled = 0;
        if (++unacknowledged < WINDOW) return true;
        const ack = await nextAck();
        unacknowledged -= ack.chunks;
        return !ack.stop;
      };
      for await (const value of chunks) {
        sent += value.length;
        if (sent > maxBytes) {
          port.postMessage({ channel, kind: 'error', reason: `larger than the ${maxBytes}-byte limit for one capture` });
          return { sent };
        }
        for (let offset = 0; offset < value.length;) {
          const take = Math.min(CHUNK - filled, value.length - offset);
          buffer.set(value.subarray(offset, offset + take), filled);
          filled += take;
          offset += take;
          if (filled === CHUNK && !(await flush())) return { sent };
        }
      }
      await flush();
      port.postMessage({ channel, kind: 'end' });
      return { sent };
    } catch (error) {
      port.postMessage({ channel, kind: 'error', reason: `${error.name}: ${error.message}` });
      return { sent };
    } finally {
      setTimeout(() => port.disconnect(), 1000);
    }
  }

  // Fetches `url` in the page's own context (its cookies, so logged-in content works; the browser's
  // cache first) and sends the body.
  async function sendFetch(url, { channel, maxBytes, init = {} }) {
    let response;
    try {
      response = await fetch(url, { credentials: 'include', cache: 'force-cache', ...init });
    } catch (error) {
      return send({ channel, maxBytes, start: { ok: true }, chunks: (async function* fail() { throw error; })() });
    }
    const start = startOf(response);
    return send({ channel, maxBytes, start: { ...start, ok: start.ok && response.body !== null }, chunks: response.body ? bodyChunks(response) : [] });
  }

  // Runtime messages are JSON in Chromium, so bytes travel as base64.
  function toBase64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  return { send, sendFetch, startOf, keptHeaders };
})();

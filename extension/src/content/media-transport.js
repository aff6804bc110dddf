// Sends media bytes from the page to the background over a 'takedown-media' port (received by
// background/media-upload.js). Any source of bytes can be sent: a fetch of the media's address, a
// player's segments, a recording.
// Wire format (docs/protocol.md, "The media port"): `start` (with a one-byte probe Blob), then
// `chunk`s of CHUNK bytes, then `end` or `error`. The background answers the start with
// {ready, blob}: blob when the probe arrived as a Blob, i.e. runtime messages are structured clones
// (Firefox always, Chromium 148+ with the manifest's message_serialization). Then each chunk is a
// Blob: the message carries only its handle, the bytes stay in the browser's blob store, and the
// background reads, hashes and stores that very Blob. Otherwise (JSON messages) chunks travel as
// base64 text. The background acknowledges every chunk once it is hashed and queued for storage,
// so at most WINDOW chunks are ever on their way; {stop, reason} ends the upload early.
globalThis.takedownMediaTransport = (() => {
  const api = globalThis.browser ?? globalThis.chrome;
  const CHUNK = 2 << 20;   // bytes of media per port message
  const WINDOW = 4;        // chunks in flight before waiting for the background's acknowledgement

  const keptHeaders = globalThis.takedownKeptHeaders;

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

  // The background's answers, in order; `next()` waits for one, `stopped()` peeks for a stop.
  function answersOf(port) {
    const queue = [];
    let waiting = null;
    let closed = false;
    port.onMessage.addListener((message) => {
      queue.push(message);
      waiting?.();
    });
    port.onDisconnect.addListener(() => {
      closed = true;
      waiting?.();
    });
    return {
      next: () => new Promise((resolve) => {
        const take = () => resolve(queue.length ? queue.shift() : { stop: true, reason: 'the extension closed the upload' });
        if (queue.length || closed) take();
        else waiting = () => { waiting = null; take(); };
      }),
      stopped: () => queue.find((answer) => answer.stop) ?? (closed ? { stop: true } : null),
    };
  }

  // Sends `chunks` (an async iterable of Uint8Array) after `start`; stops at `maxBytes` with an error
  // the background records (the background enforces its own limit too). Resolves to {sent} once
  // everything is sent (or the background said stop).
  async function send({ channel, maxBytes, start, chunks }) {
    const port = api.runtime.connect({ name: 'takedown-media' });
    const answers = answersOf(port);
    let sent = 0;
    try {
      port.postMessage({ channel, kind: 'start', ...start, probe: new Blob([Uint8Array.of(1)]) });
      if (!start.ok) return { sent };
      const hello = await answers.next();
      if (hello.stop) return { sent };
      const encode = hello.blob ? (bytes) => new Blob([bytes]) : toBase64;
      const buffer = new Uint8Array(CHUNK);
      let filled = 0;
      let unacknowledged = 0;
      const flush = async () => {
        if (filled === 0) return true;
        // Both encodings copy the bytes at once, so the buffer can be refilled.
        port.postMessage({ channel, kind: 'chunk', data: encode(buffer.subarray(0, filled)) });
        filled = 0;
        if (answers.stopped()) return false;
        if (++unacknowledged < WINDOW) return true;
        const ack = await answers.next();
        unacknowledged -= ack.chunks ?? 0;
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
      if (!(await flush())) return { sent };
      port.postMessage({ channel, kind: 'end' });
      return { sent };
    } catch (error) {
      try {
        port.postMessage({ channel, kind: 'error', reason: `${error.name}: ${error.message}` });
      } catch { /* the background already closed the port */ }
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

  // Runtime messages that are JSON (Chromium before 148) carry bytes as base64.
  function toBase64(bytes) {
    if (typeof bytes.toBase64 === 'function') return bytes.toBase64();
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  }

  return { send, sendFetch };
})();

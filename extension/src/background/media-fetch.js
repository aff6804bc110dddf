// The second way to get media bytes, when the page's own fetch failed: the extension's own context
// with its host permission, which CORS does not stop (a CDN that sends no CORS headers) and which
// sends the site's cookies. The body is written as it arrives (ArtifactWriter), or only hashed for a
// safe capture (HashOnlyWriter). Chromium's HTTP cache is partitioned by the top-level site, so this
// is a new download, not the copy the page showed: it comes second for that reason.
import { ArtifactWriter, HashOnlyWriter } from './artifacts.js';
import { CHUNK_BYTES } from '../common/store.js';
import '../common/kept-headers.js';

const keptHeaders = globalThis.takedownKeptHeaders;

// Resolves to {sha256, size, mime, duplicate, status, final_url, headers}; rejects with the reason.
// `accept`: the Accept header the browser's own request for this kind of media sent.
// `hold` (with `store: false`): see HashOnlyWriter.
export async function fetchInExtension(core, url, { accept = null, maxBytes, idleMs = 60_000, store = true, hold = 0 } = {}) {
  if (!/^https?:/i.test(url ?? '')) throw new Error(`the extension cannot fetch a ${String(url).split(':')[0]}: address`);
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), idleMs);
  const touch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), idleMs);
  };
  let response;
  try {
    response = await fetch(url, {
      credentials: 'include', cache: 'force-cache', redirect: 'follow', signal: controller.signal, ...(accept ? { headers: { Accept: accept } } : {}),
    });
  } catch (error) {
    clearTimeout(timer);
    throw new Error(controller.signal.aborted ? `no answer for ${idleMs / 1000} s` : `${error.name}: ${error.message}`);
  }
  if (!response.ok || !response.body) {
    clearTimeout(timer);
    response.body?.cancel().catch(() => {});
    throw new Error(`the site answered ${response.status} for the media`);
  }
  const writer = store ? new ArtifactWriter(core) : new HashOnlyWriter(core, { holdBytes: hold });
  const reader = response.body.getReader();
  let size = 0;
  // Network reads are small; stored chunks are CHUNK_BYTES, as every other artifact's.
  const buffer = new Uint8Array(CHUNK_BYTES);
  let filled = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      touch();
      size += value.length;
      if (size > maxBytes) throw new Error(`larger than the ${maxBytes}-byte limit for one capture`);
      for (let offset = 0; offset < value.length;) {
        const take = Math.min(CHUNK_BYTES - filled, value.length - offset);
        buffer.set(value.subarray(offset, offset + take), filled);
        filled += take;
        offset += take;
        if (filled === CHUNK_BYTES) {
          await writer.write(buffer.slice());
          filled = 0;
        }
      }
    }
    if (filled || size === 0) await writer.write(buffer.slice(0, filled));
    const stored = await writer.finish(response.headers.get('content-type')?.split(';')[0]);
    return { ...stored, status: response.status, final_url: response.url, headers: keptHeaders(response.headers) };
  } catch (error) {
    reader.cancel().catch(() => {});
    await writer.abort().catch(() => {});
    throw new Error(controller.signal.aborted ? `the download stalled for ${idleMs / 1000} s` : error.message);
  } finally {
    clearTimeout(timer);
  }
}

// Every captured picture and video gets a perceptual_hashes record after its capture record: PDQ
// hashes that find the picture again after it was re-encoded, resized or mirrored (the watcher and
// hash-sharing programmes match on them). Pictures are decoded by the browser (common/pixels.js:
// EXIF orientation as displayed, alpha composited on white) and fingerprinted as references (every
// variant with its 8 dihedral hashes); videos are sampled once a second and each frame hashed
// (platform/video-frames.js: an offscreen document in Chromium, the event page in Firefox).
// A safe capture's media are hashed from bytes held in memory for the moment it takes, never stored.
// Hashing never breaks a capture: when the browser cannot decode the file (an SVG in a service
// worker, a codec it lacks, sound only) no perceptual_hashes record follows and the console says
// why (docs/evidence.md, "Perceptual hashes").
import { appendRecord, recordTime } from './case-log.js';
import { core as backgroundCore } from './core.js';
import { artifactChunks } from '../common/store.js';
import { imagePixels } from '../common/pixels.js';
import { FRAME_LIMITS } from '../common/video-frames.js';
import { decodeVideoFrameHashes } from '../platform/video-frames.js';

export const HASH_LIMITS = Object.freeze({
  targetsPerCapture: 4,          // media artifacts hashed per capture (a stream per quality, at most this many)
  safeHoldBytes: 64 * 1024 * 1024, // a safe capture's media held in memory to be hashed; larger ones are not
  quickWaitMs: 5_000,            // how long a capture of pictures waits for their hashes before it answers
});

const IMAGE_TARGETS = new Set(['image', 'picture', 'background', 'canvas']);
const pending = new Set();

// Resolves once every hashing started so far has ended (tests wait on it).
export async function hashingSettled() {
  while (pending.size) await Promise.allSettled([...pending]);
}

// What a capture's file is, for hashing: 'image', 'video' or null (sound, text, unknown).
function sourceOf(mime, target) {
  const type = String(mime ?? '').split(';')[0].trim().toLowerCase();
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/')) return 'video';
  if (type.startsWith('audio/') || type.startsWith('text/') || type === 'application/json') return null;
  if (IMAGE_TARGETS.has(target)) return 'image';
  if (target === 'video') return 'video';
  // Servers that name no type, or a generic one, are common for pictures on CDNs: the bytes decide.
  return GENERIC_TYPES.has(type) ? 'bytes' : null;
}

const GENERIC_TYPES = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary', 'application/x-binary']);

// A picture or video format by its first bytes (JPEG, PNG, GIF, WebP, BMP, AVIF/HEIF; MP4/MOV,
// WebM/Matroska, Ogg), or null.
function sourceOfBytes(bytes) {
  const ascii = (from, to) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image';
  if (ascii(0, 8) === '\x89PNG\r\n\x1a\n' || ascii(0, 4) === 'GIF8' || ascii(0, 2) === 'BM') return 'image';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image';
  if (ascii(4, 8) === 'ftyp') return /^(avif|avis|heic|heix|mif1|msf1)$/.test(ascii(8, 12)) ? 'image' : 'video';
  if (bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3) return 'video';
  if (ascii(0, 4) === 'OggS') return 'video';
  return null;
}

// The files of a capture record to hash: its media artifacts (media, media.*, media-canvas.png, a
// stream's or a recording's file), or for a safe capture the media it hashed and held (`held`).
// The screenshot and the crop show the page around the picture and are not hashed.
function targetsOf(record, held) {
  const target = record.data?.media?.target ?? (record.data?.kind === 'video' ? 'video' : record.data?.kind === 'image' ? 'image' : null);
  if (record.data?.safe) {
    const source = held && record.data.media_sha256 ? sourceOf(record.data.media_mime, target) : null;
    return source ? [{ sha256: record.data.media_sha256, source, blob: held }] : [];
  }
  return (record.artifacts ?? []).filter((a) => /^media(?:$|[-.])/.test(a.name)).map((a) => ({ sha256: a.sha256, mime: a.mime, source: sourceOf(a.mime, target) }))
    .filter((t) => t.source).slice(0, HASH_LIMITS.targetsPerCapture);
}

async function blobOf(target) {
  if (target.blob) return target.blob;
  const { blobs } = await artifactChunks(target.sha256);
  return new Blob(blobs, { type: target.mime });
}

// The record's data for one file: a picture's variants, or a video's frames.
async function hashesOf(core, record, target) {
  const blob = await blobOf(target);
  const source = target.source === 'bytes' ? sourceOfBytes(new Uint8Array(await blob.slice(0, 16).arrayBuffer())) : target.source;
  if (!source) return null;
  const base = { about_seq: record.seq, artifact_sha256: target.sha256, source, algorithm: 'pdq' };
  if (source === 'image') {
    const pixels = await imagePixels(blob);
    const print = await core.pdqFingerprint(pixels, { role: 'reference' });
    const variants = print.variants.map(({ name, hash, quality, dihedral }) => ({ name, hash, quality, dihedral }));
    return { ...base, width: print.width ?? pixels.width, height: print.height ?? pixels.height, variants };
  }
  const video = await videoFrameHashes(blob, { core });
  if (!video.frames.length) throw new Error('no frame of the video could be decoded');
  return { ...base, width: video.width, height: video.height, frames: video.frames, duration_ms: video.duration_ms };
}

// Hashes the files of a sealed capture record and appends one perceptual_hashes record per file.
// Answers {done, quick}: `done` resolves to {records, failures: [{artifact_sha256, reason}]} and
// never rejects; `quick` says that only pictures are hashed (fast enough for the capture to wait).
// `held`: a safe capture's media bytes (a Blob in memory), dropped once hashed.
export function hashCapture({ core, caseId, record, held = null }) {
  const targets = targetsOf(record, held);
  const done = (async () => {
    const records = [];
    const failures = [];
    for (const target of targets) {
      try {
        const data = await hashesOf(core, record, target);
        if (!data) continue;  // neither a picture nor a video by its bytes
        records.push(await appendRecord(core, caseId, { type: 'perceptual_hashes', at: recordTime(), data, artifacts: [] }));
      } catch (error) {
        const reason = String(error?.message ?? error);
        failures.push({ artifact_sha256: target.sha256, reason });
        console.warn(`Takedown: the ${target.source} ${target.sha256} of ${caseId} record ${record.seq} was not hashed: ${reason}`);
      }
    }
    return { records, failures };
  })();
  pending.add(done);
  done.finally(() => pending.delete(done));
  return { done, quick: targets.every((t) => t.source !== 'video') };
}

// A video's frame hashes, one frame every `everyMs`: {frames: [{timestamp, hash, quality}],
// duration_ms, width, height}. `source`: a Blob, or an http(s) address fetched without the
// page's credentials (the watcher may use it). `core`: the background's unless given.
export async function videoFrameHashes(source, { core = backgroundCore, everyMs = FRAME_LIMITS.everyMs, maxFrames = FRAME_LIMITS.maxFrames } = {}) {
  let blob = source;
  if (!(source instanceof Blob)) {
    const response = await fetch(String(source), { credentials: 'omit', cache: 'force-cache' });
    if (!response.ok) throw new Error(`the site answered ${response.status} for the video`);
    blob = await response.blob();
  }
  return decodeVideoFrameHashes(core, blob, { everyMs, maxFrames });
}

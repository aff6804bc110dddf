// Builds a case's dossier: a BagIt bag (RFC 8493) in a zip, with the artifacts, the log as JSON
// Lines and a printable report. The core writes the tag files and the report; this module gathers
// the bytes (stored Blobs, never copied whole into memory) and writes the zip.
// A redacted artifact has no bytes left: the log and the report name it with its hash and the
// redaction record. A safe case (a child's case) exports no picture and no thumbnail at all.
// The page's HTML never runs when the dossier is opened: its bytes are kept as .html.txt, and an inert
// rendering (inert-html.js) lies beside them. data/hashes.csv lists the perceptual hashes (hashes-csv.js).
import { artifactChunks, caseRecords, get, StoreError } from './store.js';
import { isPictureArtifact, isRedacted, redactedArtifacts } from './safe-case.js';
import { crc32OfBlobs, sha256OfBlobs } from './artifact-hash.js';
import { zipBlob } from './zip.js';
import { RELEASE } from './protocol.js';
import { bytesToBase64, extensionFor } from './encoding.js';
import { inertHtml, INERT_SUFFIX, isPageHtml, PAGE_HTML_SUFFIX } from './inert-html.js';
import { hashesCsv } from './hashes-csv.js';

const THUMBNAIL_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
// Small JPEGs, and not too many: the report's params must stay under the core's 1 MiB input limit.
const THUMBNAIL_PX = 160;
const THUMBNAIL_MAX = 40;
const encoder = new TextEncoder();

// Resolves to { zip: Blob, name, bag: the core's tag files, records: how many records it holds }.
export async function buildDossier({ core, caseId, lang, now = new Date() }) {
  const caseEntry = await get('cases', caseId);
  if (!caseEntry) throw new StoreError('storage_failed', `no case ${caseId}`);
  const records = await caseRecords(caseId);

  const payload = [];
  const artifacts = [];
  const thumbnails = {};
  const seen = new Set();
  const redacted = redactedArtifacts(records);
  const kept = records.flatMap((r) => (r.artifacts ?? []).filter((a) => !isRedacted(redacted, r, a)));
  for (const artifact of kept) {
    if (seen.has(artifact.sha256)) continue;
    seen.add(artifact.sha256);
    if (caseEntry.safe && isPictureArtifact(artifact)) continue;
    const { blobs } = await artifactChunks(artifact.sha256);
    const pageHtml = isPageHtml(artifact.mime);
    const path = `data/artifacts/${artifact.sha256}${pageHtml ? PAGE_HTML_SUFFIX : extensionFor(artifact.mime)}`;
    payload.push({ path, blobs, sha256: artifact.sha256, size: artifact.size });
    artifacts.push({ ...artifact, path });
    if (pageHtml) {
      const original = new Uint8Array(await new Blob(blobs).arrayBuffer());
      const inert = inertHtml(original, lang, path.slice('data/artifacts/'.length));
      await addBytes(core, payload, `data/artifacts/${artifact.sha256}${INERT_SUFFIX}`, inert);
    }
    if (THUMBNAIL_TYPES.has(artifact.mime) && Object.keys(thumbnails).length < THUMBNAIL_MAX) {
      const thumbnail = await thumbnailOf(blobs, artifact.mime).catch(() => null);
      if (thumbnail) thumbnails[artifact.sha256] = thumbnail;
    }
  }

  const log = records.map((record) => JSON.stringify(record)).join('\n') + '\n';
  await addText(core, payload, 'data/log.jsonl', log);
  // The perceptual hashes as hash-sharing programmes take them; a safe case's too (hashes, no pictures).
  await addText(core, payload, 'data/hashes.csv', hashesCsv(records));
  const tool = `Takedown ${RELEASE}`;
  const report = await core.call('dossier.report', {
    lang, generated_at: now.toISOString(), tool, records, thumbnails,
    case: { id: caseEntry.id, title: caseEntry.title, created_utc: caseEntry.created_utc },
    artifacts: artifacts.map(({ sha256, path }) => ({ sha256, path })),
  });
  payload.push({ path: 'data/report.html', blobs: [new Blob([encoder.encode(report.html)])], sha256: report.sha256, size: report.size });

  const bag = await core.call('dossier.bag', {
    case: caseId, exported_at: now.toISOString(), tool,
    files: payload.map(({ path, sha256, size }) => ({ path, sha256, size })),
  });
  const root = `${caseId}/`;
  const entries = [
    ...bag.tag_files.map(({ path, text }) => ({ path: root + path, blobs: [new Blob([encoder.encode(text)])] })),
    ...payload.map(({ path, blobs }) => ({ path: root + path, blobs })),
  ];
  const zip = await zipBlob(entries, (blobs) => crc32OfBlobs(core, blobs), now);
  return { zip, name: `takedown-${caseId}.zip`, bag, records: records.length };
}

async function addText(core, payload, path, text) {
  await addBytes(core, payload, path, encoder.encode(text));
}

async function addBytes(core, payload, path, bytes) {
  const blob = new Blob([bytes]);
  payload.push({ path, blobs: [blob], sha256: await sha256OfBlobs(core, [blob]), size: blob.size });
}

// A small JPEG as a data: URL, so the report shows the image without loading anything.
async function thumbnailOf(blobs, mime) {
  const image = await createImageBitmap(new Blob(blobs, { type: mime }));
  const scale = Math.min(1, THUMBNAIL_PX / Math.max(image.width, image.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  canvas.getContext('2d').drawImage(image, 0, 0, canvas.width, canvas.height);
  const jpeg = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
  return `data:image/jpeg;base64,${bytesToBase64(new Uint8Array(await jpeg.arrayBuffer()))}`;
}

// "Export everything": one zip holding backup.json (the person's details, every case and its
// records) and artifacts/<sha256> (the bytes of every artifact, once each). Stored Blobs are
// referenced, never copied whole into memory; the slow part, the CRC-32 of every byte, reports
// progress. The format is described in docs/evidence.md ("Backup file").
import { artifactChunks, caseRecords, getAll } from './store.js';
import { isRedacted, redactedArtifacts } from './safe-case.js';
import { zipBlob } from './zip.js';
import { RELEASE } from './protocol.js';

export const BACKUP_FORMAT = 'takedown-backup';
export const BACKUP_VERSION = 1;
const encoder = new TextEncoder();

// onProgress({ done, total }) in bytes. Resolves to { zip: Blob, name, cases, artifacts }.
export async function buildBackup({ api, core, now = new Date(), onProgress = () => {} }) {
  const { profile = null } = await api.storage.local.get('profile');
  const entries = (await getAll('cases')).sort((a, b) => a.created_utc.localeCompare(b.created_utc) || a.id.localeCompare(b.id));
  const cases = [];
  const artifacts = new Map();   // sha256 -> { sha256, size, mime, blobs }
  for (const entry of entries) {
    const records = await caseRecords(entry.id);
    cases.push({ entry, records });
    // A file a redaction removed has no bytes any more; its record and the redaction still say so.
    const redacted = redactedArtifacts(records);
    for (const sha256 of records.flatMap((r) => (r.artifacts ?? []).filter((a) => !isRedacted(redacted, r, a)).map((a) => a.sha256))) {
      if (artifacts.has(sha256)) continue;
      const { artifact, blobs } = await artifactChunks(sha256);
      artifacts.set(sha256, { sha256, size: artifact.size, mime: artifact.mime, blobs });
    }
  }
  const backup = {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exported_utc: now.toISOString(), tool: `Takedown ${RELEASE}`,
    profile, cases, artifacts: [...artifacts.values()].map(({ sha256, size, mime }) => ({ sha256, size, mime })),
  };
  const zipEntries = [
    { path: 'backup.json', blobs: [new Blob([encoder.encode(JSON.stringify(backup))])] },
    ...[...artifacts.values()].map(({ sha256, blobs }) => ({ path: `artifacts/${sha256}`, blobs })),
  ];
  const total = zipEntries.reduce((sum, e) => sum + e.blobs.reduce((n, b) => n + b.size, 0), 0);
  let done = 0;
  onProgress({ done, total });
  const crc32 = async (blobs) => {
    const crc = await core.createCrc32();
    for (const blob of blobs) {
      crc.update(new Uint8Array(await blob.arrayBuffer()));
      done += blob.size;
      onProgress({ done, total });
    }
    return crc.value();
  };
  const zip = await zipBlob(zipEntries, crc32, now);
  const day = now.toISOString().slice(0, 10);
  return { zip, name: `takedown-backup-${day}.zip`, cases: cases.length, artifacts: artifacts.size };
}

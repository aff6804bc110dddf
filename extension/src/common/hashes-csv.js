// The dossier's hashes.csv: the case's perceptual hashes in the plain form hash-sharing programmes
// and helplines take, `hash,quality,artifact_sha256,frame_ms` (RFC 4180, CRLF line ends). One row
// per picture (the `full` variant's hash: the whole picture as captured; the other variants and
// the dihedral hashes stay in log.jsonl) and one per sampled video frame (frame_ms: its time in
// the video; empty for a picture). Low-quality hashes are listed with their quality: whoever
// matches filters them (PDQ's rule: below 50 is not compared).
export const HASHES_CSV_HEADER = 'hash,quality,artifact_sha256,frame_ms';

export function hashesCsv(records) {
  const rows = [];
  const seen = new Set();
  const add = (hash, quality, sha256, frameMs) => {
    const row = `${hash},${quality},${sha256},${frameMs ?? ''}`;
    if (!seen.has(row)) rows.push(row);
    seen.add(row);
  };
  for (const record of records) {
    if (record.type !== 'perceptual_hashes') continue;
    const { artifact_sha256: sha256, variants, frames } = record.data;
    if (variants?.length) {
      const full = variants.find((v) => v.name === 'full') ?? variants[0];
      add(full.hash, full.quality, sha256, null);
    }
    for (const frame of frames ?? []) add(frame.hash, frame.quality, sha256, frame.timestamp);
  }
  return [HASHES_CSV_HEADER, ...rows].map((row) => `${row}\r\n`).join('');
}

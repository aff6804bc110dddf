// Safe cases (issue #13): a child's case keeps no picture. Possessing a sexual image of a minor is
// itself an offence (Sr 252, formerly 240b), so a safe capture keeps the page's facts and the media's
// hash only, and a case that turns out to be a child's sexual case is offered the redaction of its
// pictures. Shared by the background, the case page and (for the questions) helper modules.

// The answers that make a case a child's sexual case: a minor (or "my child" with the age not
// known) and sexual content not ruled out.
export function isChildSexualCase(answers = {}, profile = {}) {
  const depicted = answers.depicted ?? (profile.acting_for === 'child' ? 'my_child' : 'unknown');
  const age = answers.age_group ?? 'unknown';
  const minor = age === 'minor' || (age === 'unknown' && depicted === 'my_child');
  return minor && answers.sexual !== 'no';
}

// Files that show (or may show) the person: pictures, video and page HTML (which can hold inline
// images as data: addresses). Only these are removed by a redaction; text and JSON stay.
export function isPictureArtifact(artifact) {
  const mime = String(artifact?.mime ?? '').toLowerCase().split(';')[0].trim();
  return mime.startsWith('image/') || mime.startsWith('video/') || mime === 'text/html' || mime === 'application/xhtml+xml';
}

// The artifacts the case's redaction records removed: a Map of `${seq}/${name}` -> {by_seq, reason, sha256}.
export function redactedArtifacts(records) {
  const out = new Map();
  for (const record of records) {
    if (record?.type !== 'redaction') continue;
    const entries = Array.isArray(record.data?.artifacts) ? record.data.artifacts : [];
    for (const entry of entries) {
      if (entry === null || typeof entry !== 'object') continue;
      out.set(`${entry.seq}/${entry.name}`, { by_seq: record.seq, reason: record.data.reason, sha256: entry.sha256 });
    }
  }
  return out;
}

export const isRedacted = (redacted, record, artifact) => redacted.get(`${record.seq}/${artifact.name}`)?.sha256 === artifact.sha256;

// The picture artifacts of `records` that no redaction has removed yet: [{seq, name, sha256}].
export function unredactedPictures(records) {
  const redacted = redactedArtifacts(records);
  return records.flatMap((record) => (record.artifacts ?? [])
    .filter((artifact) => isPictureArtifact(artifact) && !isRedacted(redacted, record, artifact))
    .map(({ name, sha256 }) => ({ seq: record.seq, name, sha256 })));
}

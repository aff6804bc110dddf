// "Remove the pictures, keep the proof" (issue #13): the picture artifacts of a case (images, video,
// page HTML) are deleted from this browser and from the vault, and a redaction record says which
// hashes were removed and why, so the chain still verifies and names what is gone. The same bytes
// held by another case are redacted there too: keeping them anywhere is what must stop.
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';
import { getAll, requestResult, transact } from '../common/store.js';
import { isRedacted, redactedArtifacts, unredactedPictures } from '../common/safe-case.js';
import { appendRecord, getCase, markCaseSafe, recordTime } from './case-log.js';

export const REDACTION_REASONS = new Set(['child_sexual_image', 'person_asked']);
const ENTRIES_PER_RECORD = 4096;   // the core's limit on artifacts named by one redaction record

function recordsByCase(records) {
  const byCase = new Map();
  for (const record of records) {
    if (!byCase.has(record.case)) byCase.set(record.case, []);
    byCase.get(record.case).push(record);
  }
  for (const list of byCase.values()) list.sort((a, b) => a.seq - b.seq);
  return byCase;
}

// Hashes that some record names without a redaction covering it: their bytes must stay.
function stillNeeded(byCase) {
  const needed = new Set();
  for (const records of byCase.values()) {
    const redacted = redactedArtifacts(records);
    for (const record of records) {
      for (const artifact of record.artifacts ?? []) if (!isRedacted(redacted, record, artifact)) needed.add(artifact.sha256);
    }
  }
  return needed;
}

async function deleteBytes(sha256) {
  return transact(['artifacts', 'chunks'], 'readwrite', async (s) => {
    const artifact = await requestResult(s.artifacts.get(sha256));
    if (!artifact) return false;
    s.chunks.delete(IDBKeyRange.bound([artifact.upload, 0], [artifact.upload, Number.MAX_SAFE_INTEGER]));
    await requestResult(s.artifacts.delete(sha256));
    return true;
  });
}

export function createRedaction({ core, nativeHost, vaultMirror }) {
  // Resolves to {case, records, removed, vault: {ok, cases?, error?}}.
  async function redactCase(caseId, reason, now = new Date()) {
    if (!REDACTION_REASONS.has(reason)) throw new MessageError(ErrorCode.bad_message, `payload.reason must be one of ${[...REDACTION_REASONS].join(', ')}`);
    if (typeof caseId !== 'string' || !(await getCase(caseId))) throw new MessageError(ErrorCode.bad_message, `no case "${caseId}"`);
    let byCase = recordsByCase(await getAll('records'));
    const pictures = unredactedPictures(byCase.get(caseId) ?? []);
    const hashes = new Set(pictures.map((p) => p.sha256));
    // Every case holding the same bytes, this one first.
    const affected = [caseId, ...[...byCase.keys()].filter((id) => id !== caseId &&
      (byCase.get(id) ?? []).some((r) => (r.artifacts ?? []).some((a) => hashes.has(a.sha256))))];
    const sealed = [];
    for (const id of affected) {
      const records = byCase.get(id) ?? [];
      const entries = id === caseId ? pictures : unredactedPictures(records).filter((p) => hashes.has(p.sha256));
      for (let i = 0; i < entries.length; i += ENTRIES_PER_RECORD) {
        sealed.push(await appendRecord(core, id, { type: 'redaction', at: recordTime(now), artifacts: [],
          data: { artifacts: entries.slice(i, i + ENTRIES_PER_RECORD), reason } }));
      }
      await markCaseSafe(id, { now });
    }
    // The bytes go once the records say so; bytes an earlier, interrupted redaction left behind go too.
    byCase = recordsByCase(await getAll('records'));
    const needed = stillNeeded(byCase);
    const redactedHere = [...redactedArtifacts(byCase.get(caseId) ?? []).values()].map((r) => r.sha256);
    const removed = [];
    for (const sha256 of new Set([...hashes, ...redactedHere])) {
      if (!needed.has(sha256) && (await deleteBytes(sha256))) removed.push(sha256);
    }
    return { case: caseId, records: sealed, removed, vault: await redactVault(affected) };
  }

  // The vault gets the redaction records first (its own log is what allows a deletion there).
  async function redactVault(caseIds) {
    const cases = [];
    for (const id of caseIds) {
      const outcome = await vaultMirror.mirrorCase(id);
      if (outcome === 'absent') return { ok: false, error: { code: ErrorCode.host_unavailable, message: vaultMirror.failureOf(id)?.message ?? 'no evidence vault answered' } };
      if (outcome !== 'done') return { ok: false, error: vaultMirror.failureOf(id) ?? { code: ErrorCode.internal, message: 'the vault copy failed' } };
      try {
        cases.push(await nativeHost.call('vault.redact', { case: id }));
      } catch (error) {
        return { ok: false, cases, error: { code: error.code ?? ErrorCode.internal, message: error.message } };
      }
    }
    return { ok: true, cases };
  }

  return { redactCase };
}

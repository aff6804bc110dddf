// Copies every case to the native host's evidence vault (issue #5), so that the evidence no longer
// depends on this browser profile. A run for one case asks the vault for its head, uploads the
// bytes of every artifact the later records name (resumable, in chunks read from IndexedDB one at
// a time), then sends those records in batches. The vault skips a record it already holds with the
// same hash, so running twice changes nothing. Runs happen after every appended record, when the
// background starts, and when the host answers again after it was missing; without a host the run
// stops quietly and the next trigger catches up.
// Pictures a redaction removed are never uploaded (their bytes are gone), and a safe case (a child's
// case) never sends a picture: its records stop before the first one that still names a picture
// nobody redacted, until the person removes the pictures on the case page.
import { ErrorCode } from '../common/protocol.js';
import { artifactChunks, caseRecords, get, getAll } from '../common/store.js';
import { isRedacted, redactedArtifacts, unredactedPictures } from '../common/safe-case.js';
import { bytesToBase64 } from '../common/encoding.js';

export const MIRROR_LIMITS = Object.freeze({
  recordsPerBatch: 64,               // vault.mirror takes at most 64 records
  batchBytes: 8 * 1024 * 1024,       // and a frame stays far below host_frame_in_max_bytes (64 MiB)
  chunkBytes: 4 * 1024 * 1024,       // decoded bytes per vault.upload_chunk (the host takes up to 8 MiB)
  chunksInFlight: 2,                 // upload_chunk calls sent before the oldest is answered
  offsetRetries: 3,                  // upload_offset answers (another host wrote meanwhile) before giving up
});

// A host that is not there, or one too old to have a vault: nothing to do until it is.
const ABSENT = new Set([ErrorCode.host_unavailable, ErrorCode.host_disconnected, ErrorCode.unknown_method]);

const encoder = new TextEncoder();

// `onVaultSeen(root)`: told the vault's folder after the first run that copied a case, so that
// "Delete everything" can still name that copy when the helper program does not answer later.
export function createVaultMirror({ nativeHost, limits = MIRROR_LIMITS, log = console, onVaultSeen = async () => {} }) {
  let vaultSeen = false;
  const tails = new Map();   // case id -> {promise, started}: the latest run of that case
  const failures = new Map();   // case id -> {code, message} of its last run that did not finish
  let absentLogged = false;
  // What the mirror did since the background started (the e2e tests read it through a hook).
  const stats = { runs: 0, recordsAdded: 0, recordsSkipped: 0, blobsUploaded: 0, bytesSent: 0, resumedFrom: [], lastError: null, heldBack: null };

  const call = (method, params) => nativeHost.call(method, params);

  // One run per case at a time; a trigger while a run waits to start joins it (it will see every
  // record there is by then), a trigger while one runs queues one more after it.
  function mirrorCase(caseId) {
    const tail = tails.get(caseId);
    if (tail && !tail.started) return tail.promise;
    const entry = { started: false };
    entry.promise = (tail?.promise ?? Promise.resolve())
      .then(() => { entry.started = true; return run(caseId); })
      .finally(() => { if (tails.get(caseId) === entry) tails.delete(caseId); });
    tails.set(caseId, entry);
    return entry.promise;
  }

  // Every case, one after another (uploads of several cases at once would only compete).
  async function mirrorAll() {
    const cases = await getAll('cases');
    const outcomes = {};
    for (const { id } of cases) {
      outcomes[id] = await mirrorCase(id);
      if (outcomes[id] === 'absent') break;
    }
    return outcomes;
  }

  // Resolves to 'done', 'absent' (no host or no vault; logged once) or 'failed' (logged); never rejects.
  async function run(caseId) {
    stats.runs += 1;
    try {
      await copyCase(caseId);
      if (!vaultSeen) {
        vaultSeen = true;
        call('vault.info').then(({ root }) => onVaultSeen(root)).catch(() => { vaultSeen = false; });
      }
      absentLogged = false;
      failures.delete(caseId);
      return 'done';
    } catch (error) {
      failures.set(caseId, { code: error.code ?? ErrorCode.internal, message: error.message });
      if (ABSENT.has(error.code)) {
        if (!absentLogged) log.info(`Takedown: no evidence vault on this computer (${error.message}); cases stay in the browser until it answers`);
        absentLogged = true;
        return 'absent';
      }
      stats.lastError = { case: caseId, code: error.code ?? 'internal', message: error.message };
      log.error(`Takedown: case ${caseId} was not copied to the evidence vault`, error);
      return 'failed';
    }
  }

  async function copyCase(caseId) {
    const { head } = await call('vault.head', { case: caseId });
    const records = await caseRecords(caseId);
    if (head) {
      const same = records.find((r) => r.seq === head.seq);
      // The vault holds a different history of this case (another browser's, or one erased here):
      // it is never overwritten; the vault would refuse with vault_conflict anyway.
      if (same && same.hash !== head.hash) {
        throw Object.assign(new Error(`the vault's record ${head.seq} of case ${caseId} differs from this browser's`), { code: ErrorCode.vault_conflict });
      }
    }
    const redacted = redactedArtifacts(records);
    let after = records.filter((r) => r.seq > (head?.seq ?? -1));
    if ((await get('cases', caseId))?.safe) {
      const held = unredactedPictures(after)[0];
      if (held) {
        after = after.filter((r) => r.seq < held.seq);
        stats.heldBack = { case: caseId, seq: held.seq };
      }
    }
    if (after.length > 0) await copyRecords(caseId, after, redacted);
    // The vault deletes what the case's redaction records name (idempotent): also after a run that
    // copied the records but could not redact, and when the vault arrived after the redaction.
    if (redacted.size > 0) await call('vault.redact', { case: caseId });
  }

  async function copyRecords(caseId, after, redacted) {
    const shas = [...new Set(after.flatMap((r) => (r.artifacts ?? []).filter((a) => !isRedacted(redacted, r, a)).map((a) => a.sha256)))];
    for (const sha256 of shas) await upload(sha256);
    for (const batch of batches(after, redacted)) {
      const answer = await call('vault.mirror', { case: caseId, records: batch });
      stats.recordsAdded += answer.added ?? 0;
      stats.recordsSkipped += answer.skipped ?? 0;
    }
  }

  // Records in seq order, at most recordsPerBatch and about batchBytes of JSON per call. A record
  // whose redacted files never reach the vault travels with the redaction record that excuses them
  // (the vault takes it only then), so a batch goes on to that record.
  function* batches(records, redacted) {
    const reach = new Map();   // seq -> the seq of the redaction record that removed its files
    for (const [key, entry] of redacted) reach.set(Number(key.split('/')[0]), Math.max(entry.by_seq, reach.get(Number(key.split('/')[0])) ?? 0));
    let batch = [];
    let bytes = 0;
    let mustReach = -1;
    for (const record of records) {
      const size = encoder.encode(JSON.stringify(record)).length;
      if (batch.length > 0 && record.seq > mustReach && (batch.length >= limits.recordsPerBatch || bytes + size > limits.batchBytes)) {
        yield batch;
        batch = [];
        bytes = 0;
      }
      batch.push(record);
      bytes += size;
      mustReach = Math.max(mustReach, reach.get(record.seq) ?? -1);
    }
    if (batch.length > 0) yield batch;
  }

  // Sends one artifact's bytes unless the vault has them, from where an earlier upload stopped.
  async function upload(sha256) {
    const { artifact, blobs } = await artifactChunks(sha256);
    for (let attempt = 0; ; attempt++) {
      const begun = await call('vault.upload_begin', { sha256, size: artifact.size });
      if (begun.complete) return;
      if (begun.offset > 0) stats.resumedFrom.push({ sha256, offset: begun.offset });
      try {
        await sendFrom(sha256, blobs, begun.offset, artifact.size);
        break;
      } catch (error) {
        // Another host process (another browser window's port) wrote to the same upload: ask again.
        if (error.code !== ErrorCode.upload_offset || attempt + 1 >= limits.offsetRetries) throw error;
      }
    }
    await call('vault.upload_commit', { sha256 });
    stats.blobsUploaded += 1;
  }

  // Reads the stored chunks (Blobs of CHUNK_BYTES) from `offset` on and sends them in pieces of
  // at most chunkBytes, with up to chunksInFlight pieces sent and not yet acknowledged: the host
  // stores one piece while the browser encodes and sends the next (awaiting each reply before the
  // next send left both sides idle half the time). The vault checks every piece's offset, so a
  // piece after a failed one fails too and is never stored out of order.
  async function sendFrom(sha256, blobs, offset, size) {
    let queued = offset;   // bytes handed to the host so far
    let blobStart = 0;
    let parts = [];
    let pending = 0;
    const inFlight = [];
    const acknowledged = async (sending, from, length) => {
      const answer = await sending;
      if (answer.offset !== from + length) {
        throw Object.assign(new Error(`artifact ${sha256}: the vault is at ${answer.offset} after ${from} + ${length} bytes`), { code: ErrorCode.upload_offset });
      }
      stats.bytesSent += length;
    };
    const settle = async (waits) => {
      const outcomes = await Promise.allSettled(waits);
      const failed = outcomes.find((outcome) => outcome.status === 'rejected');
      if (failed) throw failed.reason;
    };
    const flush = async () => {
      if (pending === 0) return;
      const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
      const from = queued;
      parts = [];
      pending = 0;
      queued += bytes.length;
      const waiting = acknowledged(call('vault.upload_chunk', { sha256, offset: from, data: bytesToBase64(bytes) }), from, bytes.length);
      waiting.catch(() => {});   // awaited below, in order
      inFlight.push(waiting);
      // The oldest first; on a failure wait for the rest too, so no reply arrives after the throw.
      if (inFlight.length >= (limits.chunksInFlight ?? 1)) {
        try {
          await inFlight[0];
          inFlight.shift();
        } catch (error) {
          await Promise.allSettled(inFlight.splice(0));
          throw error;
        }
      }
    };
    for (const blob of blobs) {
      const blobEnd = blobStart + blob.size;
      let from = Math.max(queued + pending, blobStart);
      while (from < blobEnd) {
        const take = Math.min(blobEnd - from, limits.chunkBytes - pending);
        parts.push(blob.slice(from - blobStart, from - blobStart + take));
        pending += take;
        from += take;
        if (pending === limits.chunkBytes) await flush();
      }
      blobStart = blobEnd;
    }
    await flush();
    await settle(inFlight.splice(0));
    if (queued !== size) throw Object.assign(new Error(`artifact ${sha256}: ${queued} of ${size} bytes sent`), { code: ErrorCode.artifact_missing });
  }

  // Why the last run of a case did not finish (for the case page's "copy it first"), or null.
  const failureOf = (caseId) => failures.get(caseId) ?? null;

  // upload: one artifact's bytes (bench/upload.mjs times exactly this against a bare sink host).
  return { mirrorCase, mirrorAll, failureOf, stats, upload };
}

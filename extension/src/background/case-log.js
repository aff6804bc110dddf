// Cases and their append-only logs. Records are sealed by the core (evidence.seal: canonical JSON,
// chained by hashes) and only ever added; a correction is a new record. Appends to one case are
// serialised here, so two captures in quick succession still form one unbroken chain.
import { caseRecordsRange, get, getAll, requestResult, transact } from '../common/store.js';

const appending = new Map();   // case id -> the promise of its last append
const appendedListeners = [];  // (caseId, sealed) after a record is stored, e.g. the vault mirror

export function onAppended(listener) {
  appendedListeners.push(listener);
}

export function newCaseId(now = new Date()) {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const random = [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `case-${day}-${random}`;
}

export async function createCase(title, now = new Date()) {
  const entry = { id: newCaseId(now), created_utc: now.toISOString(), title: String(title ?? '').slice(0, 300) };
  await transact(['cases'], 'readwrite', (s) => requestResult(s.cases.add(entry)));
  return entry;
}

export const listCases = () => getAll('cases');
export const getCase = (id) => get('cases', id);

// The time of an event as records keep it: UTC plus the person's zone, so a report can show both.
export function recordTime(now = new Date()) {
  return { utc: now.toISOString(), tz: Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC', offset_minutes: -now.getTimezoneOffset() };
}

export function appendRecord(core, caseId, record) {
  const previous = appending.get(caseId) ?? Promise.resolve();
  const next = previous.catch(() => {}).then(() => append(core, caseId, record));
  appending.set(caseId, next);
  // Listeners run after the record is stored; their failures never reach the caller.
  next.then((sealed) => {
    for (const listener of appendedListeners) {
      try { listener(caseId, sealed); } catch (error) { console.error('Takedown: after-append listener failed', error); }
    }
  }, () => {});
  return next;
}

async function append(core, caseId, record) {
  const last = await transact(['records'], 'readonly', (s) => new Promise((resolve, reject) => {
    const request = s.records.openCursor(caseRecordsRange(caseId), 'prev');
    request.onsuccess = () => resolve(request.result?.value ?? null);
    request.onerror = () => reject(request.error);
  }));
  const sealed = await core.call('evidence.seal', {
    record: { ...record, case: caseId, seq: last ? last.seq + 1 : 0 },
    prev: last ? { seq: last.seq, hash: last.hash } : null,
  });
  // add(), not put(): an existing [case, seq] is never overwritten.
  await transact(['records'], 'readwrite', (s) => requestResult(s.records.add(sealed)));
  return sealed;
}

// Makes a case safe (a child's case: no picture is ever kept in it again). With `child`, the case's
// answers say the person shown is the person's child, unless that question was already answered.
export async function markCaseSafe(caseId, { child = false, now = new Date() } = {}) {
  return transact(['cases'], 'readwrite', async (s) => {
    const entry = await requestResult(s.cases.get(caseId));
    if (!entry) throw new Error(`no case "${caseId}"`);
    const answers = { ...(entry.answers ?? {}) };
    if (child && answers.depicted === undefined) answers.depicted = 'my_child';
    const updated = { ...entry, safe: true, safe_since_utc: entry.safe_since_utc ?? now.toISOString(), ...(child ? { answers } : {}) };
    await requestResult(s.cases.put(updated));
    return updated;
  });
}

// The extension's evidence store in IndexedDB, shared by the background and extension pages (same
// origin, same database). Stores:
//   cases     {id, created_utc, title, answers?, safe?}     key id   (safe: a child's case, no pictures)
//   records   sealed case-log records                        key [case, seq]   (append-only)
//   artifacts {sha256, size, mime, upload, chunks}           key sha256        (content-addressed)
//   chunks    {upload, index, blob}                          key [upload, index]
// Bytes are kept as Blobs in chunks of at most CHUNK_BYTES, so that no artifact has to be held in
// memory whole, neither when it arrives nor when a dossier is exported. Each chunk is one
// transaction, committed durably (an fsync): 8 MiB chunks cost a 100 MB video 13 commits instead
// of 100 (bench/RESULTS.md, the media path's profile). Readers take chunks of any size.
export const CHUNK_BYTES = 8 << 20;
const DB_NAME = 'takedown';
const DB_VERSION = 1;

export class StoreError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
  }
}

let opening = null;

export function openStore() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('cases', { keyPath: 'id' });
      db.createObjectStore('records', { keyPath: ['case', 'seq'] });
      db.createObjectStore('artifacts', { keyPath: 'sha256' });
      db.createObjectStore('chunks', { keyPath: ['upload', 'index'] });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storeError(request.error));
  }).catch((error) => {
    opening = null;
    throw error;
  });
  return opening;
}

// A quota error becomes `storage_full`, so the person is told rather than the evidence silently lost.
function storeError(error) {
  if (error?.name === 'QuotaExceededError') {
    return new StoreError('storage_full', 'the browser refused to store more data (storage quota exceeded)');
  }
  return new StoreError('storage_failed', `IndexedDB: ${error?.name ?? 'error'}: ${error?.message ?? error}`);
}

// Runs `work(stores)` in one transaction and resolves with its result once the transaction commits;
// rejects when the work fails (the transaction is then aborted) or the transaction aborts. Work must
// only await IndexedDB requests: any other await lets the transaction commit early.
export async function transact(names, mode, work) {
  const db = await openStore();
  return new Promise((resolve, reject) => {
    let tx;
    try {
      tx = db.transaction(names, mode, { durability: 'strict' });
    } catch (error) {
      reject(storeError(error));
      return;
    }
    const stores = Object.fromEntries(names.map((name) => [name, tx.objectStore(name)]));
    let outcome = null;
    const worked = Promise.resolve().then(() => work(stores, tx)).then(
      (value) => { outcome = { value }; },
      (error) => {
        outcome = { error };
        try { tx.abort(); } catch { /* already finished */ }
      });
    tx.oncomplete = () => worked.then(() => (outcome.error ? reject(outcome.error) : resolve(outcome.value)));
    tx.onabort = () => worked.then(() => reject(outcome?.error ?? storeError(tx.error)));
  });
}

export function requestResult(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(storeError(request.error));
  });
}

export async function getAll(storeName, range) {
  return transact([storeName], 'readonly', (s) => requestResult(s[storeName].getAll(range)));
}

export async function get(storeName, key) {
  return transact([storeName], 'readonly', (s) => requestResult(s[storeName].get(key)));
}

export function caseRecordsRange(caseId) {
  return IDBKeyRange.bound([caseId, 0], [caseId, Number.MAX_SAFE_INTEGER]);
}

export async function caseRecords(caseId) {
  return getAll('records', caseRecordsRange(caseId));
}

// The stored chunks of an artifact, in order, as Blobs.
export async function artifactChunks(sha256) {
  const artifact = await get('artifacts', sha256);
  if (!artifact) throw new StoreError('artifact_missing', `no stored artifact ${sha256}`);
  const chunks = await getAll('chunks', IDBKeyRange.bound([artifact.upload, 0], [artifact.upload, Number.MAX_SAFE_INTEGER]));
  return { artifact, blobs: chunks.map((chunk) => chunk.blob) };
}

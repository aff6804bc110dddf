// "Delete everything": every case, record, artifact and chunk (one transaction, so the store is
// never left half-emptied), the person's details and settings, the session's state and every
// reminder alarm. The stores are cleared rather than the database deleted: the background keeps
// the database open, and a delete would wait for it.
import { requestResult, transact } from './store.js';

const STORES = ['cases', 'records', 'artifacts', 'chunks'];

export async function eraseEverything(api) {
  await transact(STORES, 'readwrite', (s) => Promise.all(STORES.map((name) => requestResult(s[name].clear()))));
  await api.storage.local.clear();
  await api.storage.session?.clear?.();
  await api.alarms?.clearAll?.();
  // The native host's vault (issue #5) does not exist yet. When it does, ask the host to delete
  // this browser's cases there too, after the same confirmation, and say so in the dialog.
}

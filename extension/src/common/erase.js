// "Delete everything": every case, record, artifact and chunk (one transaction, so the store is
// never left half-emptied), the person's details and settings, the session's state and every
// reminder alarm, and, when the native host keeps an evidence vault on this computer and the
// person was told so, the vault too (vault.erase). The stores are cleared rather than the database
// deleted: the background keeps the database open, and a delete would wait for it.
import { requestResult, transact } from './store.js';
import { send } from './messages.js';

const STORES = ['cases', 'records', 'artifacts', 'chunks'];
export const VAULT_ERASE_CONFIRMATION = 'erase everything';

// Whether the host answers with a vault: the dialog then says that the copy on this computer goes too.
export async function vaultPresent(api) {
  try {
    await send(api, 'host.call', { method: 'vault.info', params: {} });
    return true;
  } catch {
    return false;
  }
}

// `vault`: also erase the host's vault (only after a dialog that said so). The browser's data goes
// first, so that no mirror run finds a case to copy back; a vault that then cannot be erased
// rejects with `vaultFailed` set, and "Delete everything" can simply be tried again.
export async function eraseEverything(api, { vault = false } = {}) {
  await transact(STORES, 'readwrite', (s) => Promise.all(STORES.map((name) => requestResult(s[name].clear()))));
  await api.storage.local.clear();
  await api.storage.session?.clear?.();
  await api.alarms?.clearAll?.();
  await api.action?.setBadgeText?.({ text: '' });   // nothing is late any more
  if (vault) {
    try {
      return await send(api, 'host.call', { method: 'vault.erase', params: { confirm: VAULT_ERASE_CONFIRMATION } });
    } catch (error) {
      throw Object.assign(error, { vaultFailed: true });
    }
  }
  return null;
}

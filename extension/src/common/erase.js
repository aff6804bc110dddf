// "Delete everything": every case, record, artifact and chunk (one transaction, so the store is
// never left half-emptied), the person's details and settings, the session's state and every
// reminder alarm, and, when the native host keeps an evidence vault on this computer and the
// person was told so, the vault too (vault.erase). The stores are cleared rather than the database
// deleted: the background keeps the database open, and a delete would wait for it.
import { ErrorCode } from './protocol.js';
import { send } from './messages.js';
import { requestResult, transact } from './store.js';

const STORES = ['cases', 'records', 'artifacts', 'chunks'];
export const VAULT_ERASE_CONFIRMATION = 'erase everything';

// Failures that mean the helper program never answered (not installed, went away, stuck): the copy
// on this computer was not touched. Any other failure came from the vault itself.
const UNREACHABLE = new Set([ErrorCode.host_unavailable, ErrorCode.host_disconnected, ErrorCode.timeout]);

// The host's vault ({root, cases, blobs}, vault.info's answer) when it answers, else null: the dialog
// then says that the copy on this computer goes too, and where that copy lives.
export async function findVault(api) {
  try {
    return await send(api, 'host.call', { method: 'vault.info', params: {} });
  } catch {
    return null;
  }
}

// The vault's folder, kept in storage.local once the mirror has copied a case there: when the helper
// program does not answer, "Delete everything" can still say that this copy stays and where it is.
const VAULT_SEEN_KEY = 'vaultSeenRoot';

export async function rememberVault(api, root) {
  if (typeof root === 'string' && root) await api.storage.local.set({ [VAULT_SEEN_KEY]: root });
}

export async function rememberedVault(api) {
  return (await api.storage.local.get(VAULT_SEEN_KEY))[VAULT_SEEN_KEY] ?? null;
}

// 'unreachable' when the helper program could not be reached, 'failed' when the vault refused or broke.
export function vaultFailureKind(error) {
  return UNREACHABLE.has(error?.code) ? 'unreachable' : 'failed';
}

// `vault`: also erase the host's vault (only after a dialog that said so); `onVaultWait()` is called
// when the browser's part is done and the vault's answer is awaited (it can take a while: the host
// sends progress meanwhile, which keeps the call alive in the background). The browser's data goes
// first, so that no mirror run finds a case to copy back; a vault that then cannot be erased rejects
// with `vaultFailed` set, and "Delete everything" can simply be tried again.
export async function eraseEverything(api, { vault = false, onVaultWait = () => {} } = {}) {
  await transact(STORES, 'readwrite', (s) => Promise.all(STORES.map((name) => requestResult(s[name].clear()))));
  await api.storage.local.clear();
  await api.storage.session?.clear?.();
  await api.alarms?.clearAll?.();
  await api.action?.setBadgeText?.({ text: '' });   // nothing is late any more
  if (vault) {
    onVaultWait();
    try {
      return await send(api, 'host.call', { method: 'vault.erase', params: { confirm: VAULT_ERASE_CONFIRMATION } });
    } catch (error) {
      throw Object.assign(error, { vaultFailed: true });
    }
  }
  return null;
}

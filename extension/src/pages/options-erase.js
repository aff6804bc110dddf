// "Delete everything", behind a modal dialog that says it cannot be undone and offers to export a
// backup first. Focus goes back to the button that opened the dialog when it closes. With the
// native host's vault present, the dialog says that the copy on this computer is deleted too, and
// only then is it deleted.
import { eraseEverything, vaultPresent } from '../common/erase.js';

const VAULT_CHECK_MS = 5_000;   // a host that does not answer by then counts as absent (and is left alone)

export function setUpErase({ api, onErased, exportEverything }) {
  const message = (key) => api.i18n.getMessage(key);
  const opener = document.getElementById('erase-open');
  const dialog = document.getElementById('erase-dialog');
  const dialogStatus = document.getElementById('erase-dialog-status');
  const status = document.getElementById('erase-status');
  const text = document.getElementById('erase-dialog-text');
  const buttons = [...dialog.querySelectorAll('button')];
  let withVault = false;   // what the open dialog told the person
  let checking = false;    // a second click while the host is asked does nothing

  opener.addEventListener('click', async () => {
    if (checking) return;
    dialogStatus.textContent = '';
    status.textContent = '';
    checking = true;
    try {
      withVault = await Promise.race([vaultPresent(api), new Promise((resolve) => setTimeout(resolve, VAULT_CHECK_MS, false))]);
    } finally {
      checking = false;
    }
    text.textContent = message(withVault ? 'eraseDialogTextVault' : 'eraseDialogText');
    dialog.dataset.vault = String(withVault);
    dialog.showModal();
  });
  dialog.addEventListener('close', () => opener.focus());
  document.getElementById('erase-cancel').addEventListener('click', () => dialog.close('cancel'));

  document.getElementById('erase-export').addEventListener('click', async () => {
    for (const button of buttons) button.disabled = true;
    try {
      await exportEverything(dialogStatus, document.getElementById('export-progress'));
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  });

  document.getElementById('erase-confirm').addEventListener('click', async () => {
    for (const button of buttons) button.disabled = true;
    try {
      await eraseEverything(api, { vault: withVault });
      dialog.close('erased');
      status.dataset.state = 'ok';
      status.textContent = message(withVault ? 'eraseDoneVault' : 'eraseDone');
      await onErased();
    } catch (error) {
      console.error('Takedown: deleting everything failed', error);
      dialogStatus.dataset.state = 'error';
      dialogStatus.textContent = message(error.vaultFailed ? 'eraseVaultFailed' : 'eraseFailed');
      if (error.vaultFailed) await onErased();
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  });
}

// "Delete everything", behind a modal dialog that says it cannot be undone and offers to export a
// backup first. Focus goes back to the button that opened the dialog when it closes. With the
// native host's vault present, the dialog says that the copy on this computer is deleted too, and
// only then is it deleted. While the vault's answer is awaited the dialog stays open and says so (a
// status region, an indeterminate progress bar, a line every 10 s); if the helper program cannot be
// reached, it says plainly that the copy on this computer is still there and which folder to delete.
import { eraseEverything, findVault, rememberVault, rememberedVault, vaultFailureKind } from '../common/erase.js';

const VAULT_CHECK_MS = 5_000;   // a host that does not answer by then counts as absent (and is left alone)
const STILL_WAITING_EVERY_MS = 10_000;   // not every second: each change is read out by a screen reader

export function setUpErase({ api, onErased, exportEverything }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const opener = document.getElementById('erase-open');
  const dialog = document.getElementById('erase-dialog');
  const dialogStatus = document.getElementById('erase-dialog-status');
  const progress = document.getElementById('erase-progress');
  const status = document.getElementById('erase-status');
  const text = document.getElementById('erase-dialog-text');
  const buttons = [...dialog.querySelectorAll('button')];
  let vault = null;        // vault.info's answer when the open dialog spoke of the vault
  let unreachable = null;  // the folder of a vault seen before whose helper program does not answer now
  let checking = false;    // a second click while the host is asked does nothing
  let erasing = false;     // while deleting is under way the dialog stays, and the button opens nothing

  // Into the dialog's status region, or the page's once the dialog is gone (Chromium closes a modal
  // dialog on a second Escape whatever the page says).
  const show = (key, substitutions, state = 'working') => {
    const region = dialog.open ? dialogStatus : status;
    region.dataset.state = state;
    region.textContent = message(key, substitutions);
  };

  opener.addEventListener('click', async () => {
    if (checking || erasing) return;
    dialogStatus.textContent = '';
    delete dialogStatus.dataset.state;
    status.textContent = '';
    checking = true;
    try {
      vault = await Promise.race([findVault(api), new Promise((resolve) => setTimeout(resolve, VAULT_CHECK_MS, null))]);
    } finally {
      checking = false;
    }
    unreachable = vault ? null : await rememberedVault(api);
    text.textContent = vault ? message('eraseDialogTextVault')
      : unreachable ? message('eraseDialogTextVaultUnreachable', [unreachable]) : message('eraseDialogText');
    dialog.dataset.vault = String(Boolean(vault));
    dialog.showModal();
  });
  dialog.addEventListener('close', () => {
    if (erasing) {
      status.dataset.state = dialogStatus.dataset.state;
      status.textContent = dialogStatus.textContent;
    }
    opener.focus();
  });
  // Escape would hide the only place that says what is happening.
  dialog.addEventListener('cancel', (event) => { if (erasing) event.preventDefault(); });
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
    erasing = true;
    dialog.setAttribute('aria-busy', 'true');
    show('eraseWorking');
    let stillWaiting = null;
    const waitForVault = () => {
      show('eraseVaultWaiting');
      progress.hidden = false;
      const started = Date.now();
      stillWaiting = setInterval(() => show('eraseVaultStillWaiting', [String(Math.round((Date.now() - started) / 1000))]),
        STILL_WAITING_EVERY_MS);
    };
    try {
      await eraseEverything(api, { vault: Boolean(vault), onVaultWait: waitForVault });
      erasing = false;
      if (unreachable) {
        // The browser's part is gone; the copy on this computer is not, and the next try must know it.
        await rememberVault(api, unreachable);
        show('eraseVaultUnreachable', [unreachable], 'error');
      } else {
        dialog.close('erased');
        status.dataset.state = 'ok';
        status.textContent = message(vault ? 'eraseDoneVault' : 'eraseDone');
      }
      await onErased();
    } catch (error) {
      console.error('Takedown: deleting everything failed', error);
      erasing = false;
      if (!error.vaultFailed) show('eraseFailed', undefined, 'error');
      else if (vaultFailureKind(error) === 'unreachable' && vault.root) {
        await rememberVault(api, vault.root);
        show('eraseVaultUnreachable', [vault.root], 'error');
      }
      else show('eraseVaultFailed', undefined, 'error');
      if (error.vaultFailed) await onErased();
    } finally {
      erasing = false;
      clearInterval(stillWaiting);
      progress.hidden = true;
      dialog.removeAttribute('aria-busy');
      for (const button of buttons) button.disabled = false;
    }
  });
}

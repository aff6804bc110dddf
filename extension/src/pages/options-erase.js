// "Delete everything", behind a modal dialog that says it cannot be undone and offers to export a
// backup first. Focus goes back to the button that opened the dialog when it closes.
import { eraseEverything } from '../common/erase.js';

export function setUpErase({ api, onErased, exportEverything }) {
  const message = (key) => api.i18n.getMessage(key);
  const opener = document.getElementById('erase-open');
  const dialog = document.getElementById('erase-dialog');
  const dialogStatus = document.getElementById('erase-dialog-status');
  const status = document.getElementById('erase-status');
  const buttons = [...dialog.querySelectorAll('button')];

  opener.addEventListener('click', () => {
    dialogStatus.textContent = '';
    status.textContent = '';
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
      await eraseEverything(api);
      dialog.close('erased');
      status.dataset.state = 'ok';
      status.textContent = message('eraseDone');
      await onErased();
    } catch (error) {
      console.error('Takedown: deleting everything failed', error);
      dialogStatus.dataset.state = 'error';
      dialogStatus.textContent = message('eraseFailed');
    } finally {
      for (const button of buttons) button.disabled = false;
    }
  });
}

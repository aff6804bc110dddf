// The options page's "Your data" part: export everything to a backup file, and import one.
// Progress is shown for large backups; a refused import says why and leaves everything as it was.
import { buildBackup } from '../common/backup-export.js';
import { importBackup } from '../common/backup-import.js';
import { core } from '../common/page-core.js';

// Which message tells the person why a backup was refused (BackupError codes).
const IMPORT_ERRORS = {
  not_zip: 'importNotZip', unsupported: 'importUnsupported', damaged: 'importDamaged', not_backup: 'importNotBackup',
  newer: 'importNewer', changed: 'importChanged', conflict: 'importConflict',
};

export function setUpData({ api, onImported }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const megabytes = new Intl.NumberFormat(api.i18n.getUILanguage(), { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
  const size = (bytes) => megabytes.format(bytes / 1e6);
  const exportButton = document.getElementById('export');
  const importInput = document.getElementById('import-file');
  const importStatus = document.getElementById('import-status');
  const importError = document.getElementById('import-error');
  const importProgress = document.getElementById('import-progress');

  // The bar follows every chunk; the live text only every tenth, so a screen reader is not flooded.
  const progress = (bar, status, key) => {
    let said = -1;
    return ({ done, total }) => {
      bar.hidden = false;
      bar.max = Math.max(total, 1);
      bar.value = done;
      const tenth = Math.floor((10 * done) / Math.max(total, 1));
      if (tenth === said) return;
      said = tenth;
      status.dataset.state = 'busy';
      status.textContent = message(key, [size(done), size(total)]);
    };
  };

  // Also used by the delete dialog's "export first"; resolves to true when the file was offered.
  async function exportEverything(status, bar = document.getElementById('export-progress')) {
    try {
      const backup = await buildBackup({ api, core, onProgress: progress(bar, status, 'exportProgress') });
      download(backup.zip, backup.name);
      status.dataset.state = 'ok';
      status.textContent = message('exportDone', [String(backup.cases), String(backup.artifacts), backup.name]);
      return true;
    } catch (error) {
      console.error('Takedown: export failed', error);
      status.dataset.state = 'error';
      status.textContent = message('exportFailed');
      return false;
    } finally {
      bar.hidden = true;
    }
  }

  exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    try {
      await exportEverything(document.getElementById('export-status'));
    } finally {
      exportButton.disabled = false;
    }
  });

  importInput.addEventListener('change', async () => {
    const file = importInput.files?.[0];
    if (!file) return;
    importInput.disabled = true;
    importError.textContent = '';
    try {
      const report = await importBackup({ api, core, file, onProgress: progress(importProgress, importStatus, 'importProgress') });
      importStatus.dataset.state = 'ok';
      importStatus.textContent = importSummary(report);
      await onImported();
    } catch (error) {
      console.warn('Takedown: the backup was not imported:', error.message);
      importStatus.textContent = '';
      delete importStatus.dataset.state;
      const key = IMPORT_ERRORS[error.code] ?? 'importFailed';
      importError.textContent = message(key, [error.detail?.title || error.detail?.caseId || '']);
    } finally {
      importProgress.hidden = true;
      importInput.disabled = false;
      importInput.value = '';
    }
  });

  function importSummary(report) {
    const parts = [];
    if (report.added.length) parts.push(message('importDone', [String(report.added.length), String(report.records), String(report.artifacts)]));
    if (report.skipped.length) parts.push(message('importSkipped', [String(report.skipped.length)]));
    if (!report.added.length) parts.push(message('importNothingNew'));
    if (report.profileRestored) parts.push(message('importProfileRestored'));
    return parts.join(' ');
  }

  return { exportEverything };
}

// Offers the file to the browser's downloads. The object URL is let go once the browser has it.
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

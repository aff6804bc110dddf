// "Web archive (WACZ)" per capture on the case page (issue #15): the capture as a WACZ that
// ReplayWeb.page and other archive tools open (common/wacz.js). With the host installed, the TSA
// it is set up with signs the hash of the archive's datapackage.json; without it the archive is made
// anyway and says it is unstamped. The log keeps that it left the browser (export_made, format wacz).
// A safe capture (a child's case) is refused: a web archive would hold the pictures it never keeps.
import { artifactChunks } from '../common/store.js';
import { send } from '../common/messages.js';
import { sha256OfBlobs } from '../common/artifact-hash.js';
import { base64ToBytes } from '../common/encoding.js';
import { isRedacted, redactedArtifacts } from '../common/safe-case.js';
import { RELEASE } from '../common/protocol.js';
import { buildWacz, WaczError } from '../common/wacz.js';
import { download } from './case-mail.js';

const WHY = { host_unavailable: 'waczWhyNoHost', host_disconnected: 'waczWhyNoHost', tsa_not_configured: 'waczWhyNoTsa' };
const hostOf = (url) => { try { return new URL(url).host || url; } catch { return url; } };

export function createWaczExport({ api, core, message, say, lang, refresh }) {
  let context = { caseId: null, records: [], safe: false };

  // The host's RFC 3161 token for a SHA-256; its error code becomes the archive's reason.
  async function stamp(sha256) {
    const answer = await send(api, 'host.call', { method: 'vault.timestamp_digest', params: { sha256 } });
    return { tsr: base64ToBytes(answer.tsr), gen_time: answer.gen_time, tsa: answer.tsa, serial: answer.serial };
  }

  async function exportCapture(record, button) {
    const { caseId, records, safe } = context;
    if (safe || record.data?.safe) {
      say('error', message('waczSafeRefused'));
      return;
    }
    const redacted = redactedArtifacts(records);
    const artifactBlob = async (artifact) => {
      if (isRedacted(redacted, record, artifact)) return null;
      const { blobs } = await artifactChunks(artifact.sha256);
      return new Blob(blobs, { type: artifact.mime });
    };
    button.disabled = true;
    try {
      say('busy', message('waczBusy'));
      const stampSaying = async (sha256) => {
        say('busy', message('waczStamping'));
        return stamp(sha256);
      };
      const wacz = await buildWacz({
        record, artifactBlob, software: `Takedown ${RELEASE}`, stamp: stampSaying, safeCase: safe,
        hashBlob: (blob) => sha256OfBlobs(core, [blob]),
      });
      download(wacz.name, wacz.blob);
      // The capture's record inside pins every record before it; datapackage.json pins every file.
      await send(api, 'case.append', { case: caseId, type: 'export_made',
        data: { format: 'wacz', records: record.seq + 1, file_name: wacz.name, datapackage_sha256: wacz.datapackageSha256 } });
      await refresh();
      const { timestamp } = wacz;
      if (timestamp.format === 'rfc3161') {
        say('ok', message('waczSavedStamped', [wacz.name, new Date(timestamp.gen_time).toLocaleString(lang), hostOf(timestamp.tsa)]));
      } else {
        say('ok', message('waczSavedUnstamped', [wacz.name, message(WHY[timestamp.reason] ?? 'waczWhyFailed')]));
      }
    } catch (error) {
      if (error instanceof WaczError && error.code === 'safe_capture') say('error', message('waczSafeRefused'));
      else say('error', message('caseActionFailed', [error.message]));
    } finally {
      const lost = document.activeElement === document.body || document.activeElement === null;
      button.disabled = false;
      if (lost && button.isConnected) button.focus();
    }
  }

  // After each render of the evidence table: one button in every capture's row.
  function show({ caseId, records, safe, tbody }) {
    context = { caseId, records, safe: safe === true };
    for (const record of records) {
      if (record.type !== 'capture') continue;
      const row = tbody.querySelector(`tr[data-seq="${record.seq}"]`);
      if (!row || row.querySelector('.wacz-export')) continue;
      const where = row.querySelector('td.where');
      where.id = `where-${record.seq}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'wacz-export';
      button.textContent = message('waczExport');
      button.title = message('waczExportLabel');
      button.setAttribute('aria-describedby', where.id);
      button.addEventListener('click', () => exportCapture(record, button));
      const wrap = document.createElement('div');
      wrap.className = 'wacz';
      wrap.append(button);
      row.lastElementChild.append(wrap);
    }
  }

  return { show };
}

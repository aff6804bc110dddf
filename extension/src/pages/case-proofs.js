// Proofs on request (issue #5), shown only when the host's evidence vault answers: a trusted
// timestamp for the case (copied to the vault first, so the stamp covers the latest record), and per
// captured picture or video a second witness: this computer fetches the address itself, and the
// page says whether it got the same bytes as the browser did, or why not. Without a vault nothing
// of this appears.
import { send } from '../common/messages.js';
import { hostOf, witnessOutcome } from './case-witness.js';

const WEB_ADDRESS = /^https?:\/\//i;

export function createVaultProofs({ api, message, say, lang, box, button, result }) {
  // Asked once per page: the vault's answer ({root, cases, blobs}) or null when there is none.
  const vault = send(api, 'host.call', { method: 'vault.info', params: {} }).catch(() => null);
  let caseId = null;

  const sayBoth = (out, kind, text) => {
    out.hidden = false;
    out.dataset.state = kind;
    out.textContent = text;
    say(kind, text);
  };

  // A button is disabled while it works; when that took the keyboard focus away, it gets it back.
  async function working(control, task) {
    control.disabled = true;
    try {
      await task();
    } finally {
      const lost = document.activeElement === document.body || document.activeElement === null;
      control.disabled = false;
      if (lost) control.focus();
    }
  }

  button.addEventListener('click', () => working(button, async () => {
    const asked = caseId;
    say('busy', message('vaultTimestampCopying'));
    try {
      await send(api, 'vault.mirror_case', { case: asked });
    } catch (error) {
      sayBoth(result, 'error', message('vaultCopyFailed', [error.message]));
      return;
    }
    say('busy', message('vaultTimestampAsking'));
    try {
      const stamp = await send(api, 'host.call', { method: 'vault.timestamp', params: { case: asked } });
      const when = new Date(stamp.gen_time).toLocaleString(lang);
      if (stamp.verified) sayBoth(result, 'ok', message('vaultTimestampOk', [when, hostOf(stamp.tsa)]));
      else sayBoth(result, 'error', message('vaultTimestampUnchecked', [when, hostOf(stamp.tsa), stamp.problem?.message ?? '']));
    } catch (error) {
      if (error.code === 'tsa_not_configured') sayBoth(result, 'error', message('vaultTimestampNoTsa', [(await vault)?.root ?? '']));
      else if (error.code === 'tsa_failed') sayBoth(result, 'error', message('vaultTimestampTsaFailed', [error.message]));
      else sayBoth(result, 'error', message('caseActionFailed', [error.message]));
    }
  }));

  function witnessControl(record, row) {
    const where = row.querySelector('td.where');
    where.id = `where-${record.seq}`;
    const wrap = document.createElement('div');
    wrap.className = 'witness';
    const fetchIt = document.createElement('button');
    fetchIt.type = 'button';
    fetchIt.className = 'witness-fetch';
    fetchIt.textContent = message('vaultWitness');
    fetchIt.setAttribute('aria-describedby', where.id);
    const out = document.createElement('p');
    out.className = 'witness-result';
    out.hidden = true;
    fetchIt.addEventListener('click', () => working(fetchIt, async () => {
      say('busy', message('vaultWitnessBusy', [hostOf(record.data.media_url)]));
      try {
        const answer = await send(api, 'host.call', { method: 'vault.witness', params: { case: caseId, url: record.data.media_url } });
        sayBoth(out, ...witnessOutcome(answer, record, { message, lang }));
      } catch (error) {
        sayBoth(out, 'error', message('caseActionFailed', [error.message]));
      }
    }));
    wrap.append(fetchIt, out);
    row.lastElementChild.append(wrap);
  }

  // After each render of the evidence table: the controls for this case, or nothing without a vault.
  async function show({ caseId: shown, records, tbody }) {
    if (shown !== caseId) {
      result.hidden = true;
      result.textContent = '';
    }
    caseId = shown;
    const info = await vault;
    box.hidden = !info || records.length === 0;
    box.dataset.vault = info ? 'ready' : 'absent';
    if (!info || shown !== caseId) return;
    for (const record of records) {
      const row = tbody.querySelector(`tr[data-seq="${record.seq}"]`);
      if (row && !row.querySelector('.witness') && WEB_ADDRESS.test(record.data?.media_url ?? '')) witnessControl(record, row);
    }
  }

  return { show };
}

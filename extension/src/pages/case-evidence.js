// The evidence kept (records with files: pictures blurred until the person chooses to see them,
// names, sizes, fingerprints) and the timeline of everything recorded, in order. In a child's sexual
// case it offers "Remove the pictures, keep the proof" (issue #13): after a confirm step the
// background deletes every picture and records a redaction; removed files stay listed by hash.
import { artifactChunks } from '../common/store.js';
import { send } from '../common/messages.js';
import { isChildSexualCase, isRedacted, redactedArtifacts, unredactedPictures } from '../common/safe-case.js';
import { roleLabel } from './case-plan-view.js';

const RECORD_TYPES = {
  capture: 'recordType_capture', export_made: 'recordType_export_made', note: 'recordType_note',
  form_filled: 'recordType_form_filled', form_fill_undone: 'recordType_form_fill_undone', description: 'recordType_description',
  request_sent: 'recordType_request_sent', answer_received: 'recordType_answer_received',
  deadline_passed: 'recordType_deadline_passed', letter_drafted: 'recordType_letter_drafted', correction: 'recordType_correction',
  redaction: 'redactRecordType', perceptual_hashes: 'hashesRecordType',
};
const REDACT_REASONS = { child_sexual_image: 'redactReasonChild', person_asked: 'redactReasonAsked' };
const OUTCOMES = { removed: 'outcome_removed', refused: 'outcome_refused', partial: 'outcome_partial' };
// Pictures a browser shows safely in <img> (an SVG there runs no script); huge ones are not previewed.
const PREVIEWABLE = /^image\/(png|jpeg|gif|webp|avif|bmp|svg\+xml)\b/i;
const PREVIEW_MAX_BYTES = 32 * 1024 * 1024;

const shownUrls = new Set();

export const recordTypeLabel = (message, type) => (RECORD_TYPES[type] ? message(RECORD_TYPES[type]) : type);
const where = (record) => record.data?.media_url ?? record.data?.page_url ?? record.data?.form_url ?? '';

// A blurred preview that is its own reveal button (click, Enter or Space), aria-pressed telling its state.
function thumbnail(artifact, message) {
  const reveal = document.createElement('button');
  reveal.type = 'button';
  reveal.className = 'thumb';
  reveal.setAttribute('aria-pressed', 'false');
  const img = document.createElement('img');
  img.alt = artifact.name;
  img.decoding = 'async';
  const label = document.createElement('span');
  label.className = 'thumb-label';
  label.textContent = message('evidenceReveal');
  reveal.append(img, label);
  reveal.addEventListener('click', () => {
    const shown = reveal.getAttribute('aria-pressed') !== 'true';
    reveal.setAttribute('aria-pressed', String(shown));
    label.textContent = message(shown ? 'evidenceHide' : 'evidenceReveal');
  });
  artifactChunks(artifact.sha256).then(({ blobs }) => {
    const url = URL.createObjectURL(new Blob(blobs, { type: artifact.mime }));
    shownUrls.add(url);
    img.src = url;
  }, () => { label.textContent = message('evidenceNoPreview'); });
  return reveal;
}

export function renderEvidence({ tbody, records, message, lang }) {
  for (const url of shownUrls) URL.revokeObjectURL(url);
  shownUrls.clear();
  const redacted = redactedArtifacts(records);
  const rows = records.filter((r) => r.type === 'capture' || r.type === 'redaction' || r.artifacts?.length).map((record) => {
    const row = document.createElement('tr');
    row.dataset.seq = String(record.seq);
    const cell = (content, className) => {
      const td = document.createElement('td');
      if (content instanceof Node) td.append(content); else td.textContent = content;
      if (className) td.className = className;
      row.append(td);
      return td;
    };
    cell(new Date(record.at.utc).toLocaleString(lang));
    cell(recordTypeLabel(message, record.type));
    cell(where(record), 'where');
    const pictures = cell('', 'pictures');
    for (const artifact of record.artifacts ?? []) {
      if (isRedacted(redacted, record, artifact)) continue;   // its bytes are gone: nothing to show
      if (PREVIEWABLE.test(artifact.mime) && artifact.size <= PREVIEW_MAX_BYTES) pictures.append(thumbnail(artifact, message));
    }
    const proof = cell('');
    for (const artifact of record.artifacts ?? []) {
      const line = document.createElement('div');
      const code = document.createElement('code');
      code.textContent = artifact.sha256;
      line.append(`${artifact.name} (${artifact.size.toLocaleString(lang)} B) `, code);
      const removal = redacted.get(`${record.seq}/${artifact.name}`);
      if (removal?.sha256 === artifact.sha256) {
        line.className = 'redacted';
        line.append(' ', message('redactRemovedBy', [String(removal.by_seq)]));
      }
      proof.append(line);
    }
    if (record.data?.media_sha256) {
      const line = document.createElement('div');
      const code = document.createElement('code');
      code.textContent = record.data.media_sha256;
      line.append(`${message('safeMediaHash')} `, code);
      proof.append(line);
    }
    if (record.type === 'redaction') {
      const line = document.createElement('div');
      line.textContent = message('redactRecordDetail', [String(record.data.artifacts.length), message(REDACT_REASONS[record.data.reason] ?? 'redactReasonAsked')]);
      proof.append(line);
    }
    for (const missing of record.data?.not_captured ?? []) {
      const line = document.createElement('div');
      line.className = 'missing';
      line.textContent = message('caseNotCaptured', [missing.what, missing.reason]);
      proof.append(line);
    }
    return row;
  });
  tbody.replaceChildren(...rows);
  return rows.length;
}

// One line per record: its local time, what it was, and the one detail that tells it apart.
function detail(record, message) {
  const data = record.data ?? {};
  switch (record.type) {
    case 'request_sent': return message('timelineSent', [data.to, data.role ? roleLabel(message, data.role) : data.channel]);
    case 'answer_received': return message('timelineAnswer', [data.from, OUTCOMES[data.outcome] ? message(OUTCOMES[data.outcome]) : data.outcome]);
    case 'deadline_passed': return data.what ?? data.deadline;
    case 'note': case 'correction': return data.text;
    case 'export_made': return data.file_name ?? '';
    case 'redaction': return message('redactRecordDetail', [String(data.artifacts?.length ?? 0), message(REDACT_REASONS[data.reason] ?? 'redactReasonAsked')]);
    case 'perceptual_hashes': return data.source === 'video'
      ? message('hashesDetailVideo', [String(data.about_seq), String(data.frames?.length ?? 0)])
      : message('hashesDetailImage', [String(data.about_seq), String((data.variants?.find((v) => v.name === 'full') ?? data.variants?.[0])?.quality ?? 0)]);
    default: return where(record);
  }
}

export function renderTimeline({ ol, records, message, lang }) {
  ol.replaceChildren(...records.map((record) => {
    const item = document.createElement('li');
    item.dataset.type = record.type;
    const time = document.createElement('time');
    time.dateTime = record.at.utc;
    time.textContent = new Date(record.at.utc).toLocaleString(lang);
    const what = document.createElement('strong');
    what.textContent = recordTypeLabel(message, record.type);
    const more = detail(record, message);
    item.append(time, ' ', what, ...(more ? [' ', document.createTextNode(more)] : []));
    return item;
  }));
}

// "Remove the pictures, keep the proof": shown in a child's sexual case that still holds pictures
// (images, video, page HTML); a confirm dialog says what goes and what stays before anything is deleted.
export function createRedactionOffer({ api, message, say, refresh }) {
  const box = document.getElementById('redact-offer');
  const open = document.getElementById('redact-open');
  const dialog = document.getElementById('redact-dialog');
  const form = document.getElementById('redact-form');
  const count = document.getElementById('redact-count');
  let caseId = null;

  dialog.querySelector('.cancel').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => open.focus());
  open.addEventListener('click', () => dialog.showModal());

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const confirm = form.querySelector('button[type="submit"]');
    confirm.disabled = true;
    say('busy', message('redactWorking'));
    try {
      const outcome = await send(api, 'case.redact', { case: caseId, reason: 'child_sexual_image' });
      dialog.close();
      await refresh();
      // The offer (and its button) is gone now: focus goes to the evidence heading, not the page's start.
      if (box.hidden) document.getElementById('evidence-title').focus();
      say('ok', message(outcome.vault.ok || outcome.vault.error?.code === 'host_unavailable' ? 'redactDone' : 'redactDoneVaultFailed',
        [String(outcome.removed.length), outcome.vault.error?.message ?? '']));
    } catch (error) {
      dialog.close();
      say('error', message('caseActionFailed', [error.message]));
    } finally {
      confirm.disabled = false;
    }
  });

  return {
    show({ caseId: id, entry, profile, records }) {
      caseId = id;
      const pictures = unredactedPictures(records);
      box.hidden = !(isChildSexualCase(entry?.answers ?? {}, profile) && pictures.length > 0);
      count.textContent = message('redactConfirmCount', [String(pictures.length)]);
    },
  };
}

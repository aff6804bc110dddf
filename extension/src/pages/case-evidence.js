// The evidence kept (records with files: pictures blurred until the person chooses to see them,
// names, sizes, fingerprints) and the timeline of everything recorded, in order.
import { artifactChunks } from '../common/store.js';
import { roleLabel } from './case-plan-view.js';

const RECORD_TYPES = {
  capture: 'recordType_capture', export_made: 'recordType_export_made', note: 'recordType_note',
  form_filled: 'recordType_form_filled', form_fill_undone: 'recordType_form_fill_undone',
  request_sent: 'recordType_request_sent', answer_received: 'recordType_answer_received',
  deadline_passed: 'recordType_deadline_passed', letter_drafted: 'recordType_letter_drafted', correction: 'recordType_correction',
};
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
  const rows = records.filter((r) => r.type === 'capture' || r.artifacts?.length).map((record) => {
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
      if (PREVIEWABLE.test(artifact.mime) && artifact.size <= PREVIEW_MAX_BYTES) pictures.append(thumbnail(artifact, message));
    }
    const proof = cell('');
    for (const artifact of record.artifacts ?? []) {
      const line = document.createElement('div');
      const code = document.createElement('code');
      code.textContent = artifact.sha256;
      line.append(`${artifact.name} (${artifact.size.toLocaleString(lang)} B) `, code);
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

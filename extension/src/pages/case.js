// The case page: the evidence kept so far, checking it, and exporting the dossier. (The full
// dashboard with the plan and letters builds on this page.)
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { caseRecords, getAll } from '../common/store.js';
import { verifyCase } from '../common/verify.js';
import { buildDossier } from '../common/dossier.js';
import { core } from '../common/page-core.js';
import { send } from '../common/messages.js';
import { platformsOf, renderRemovalForms } from './removal-forms.js';

localize(api);
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const select = document.getElementById('case-select');
const RECORD_TYPES = {
  capture: 'recordType_capture', export_made: 'recordType_export_made', note: 'recordType_note',
  form_filled: 'recordType_form_filled', form_fill_undone: 'recordType_form_fill_undone',
};
const STEP_KINDS = {
  preserve_evidence: 'step_preserve_evidence', ask_platform_removal: 'step_ask_platform_removal',
  ask_maker_erasure: 'step_ask_maker_erasure', ask_search_delisting: 'step_ask_search_delisting',
  ask_forward_to_other_controllers: 'step_ask_forward_to_other_controllers', police_report: 'step_police_report',
  complaint_dpa: 'step_complaint_dpa', platform_appeal: 'step_platform_appeal', out_of_court_dispute: 'step_out_of_court_dispute',
  court_damages: 'step_court_damages', urgent_court: 'step_urgent_court', hash_matching_service: 'step_hash_matching_service',
  helpline: 'step_helpline', wait_for_answer: 'step_wait_for_answer',
};
const STEP_STATUS = { now: 'stepStatus_now', waiting: 'stepStatus_waiting', overdue: 'stepStatus_overdue', later: 'stepStatus_later' };
const lang = api.i18n.getUILanguage().startsWith('nl') ? 'nl' : 'en';
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
const status = document.getElementById('status');

function say(state, text) {
  status.dataset.state = state;
  status.textContent = text;
}

// Ask the browser to keep this data even when disk space runs low; it may say no, which is shown.
async function askToPersist() {
  if (!navigator.storage?.persist) return;
  if (!(await navigator.storage.persist())) console.warn('Takedown: the browser may clear stored evidence when disk space runs low');
}

async function showCases() {
  const cases = (await getAll('cases')).sort((a, b) => b.created_utc.localeCompare(a.created_utc));
  document.getElementById('empty').hidden = cases.length > 0;
  document.getElementById('case').hidden = cases.length === 0;
  const { currentCase } = await api.storage.local.get('currentCase');
  select.replaceChildren(...cases.map((c) => new Option(`${c.title || c.id} (${new Date(c.created_utc).toLocaleString()})`, c.id, false, c.id === currentCase)));
  if (cases.length) await showRecords(select.value);
}

// What the captures tell about the situation; the rest stays "unknown" until the person answers
// the questions (the plan then lists what would change it).
function situationFrom(records) {
  const platforms = new Map();
  for (const record of records) {
    for (const address of [record.data?.page_url, record.data?.media_url]) {
      if (!/^https?:/.test(address ?? '')) continue;
      const name = new URL(record.data.page_url ?? address).hostname;
      if (!platforms.has(name)) platforms.set(name, new Set());
      platforms.get(name).add(address);
    }
  }
  return {
    today: today(),
    depicted: 'me',
    platforms: [...platforms].slice(0, 20).map(([name, urls]) => ({ name, urls: [...urls].slice(0, 50) })),
  };
}

async function showRoute(records) {
  const situation = situationFrom(records);
  const plan = await core.call('guidance.plan', { situation });
  const title = records.find((r) => r.data?.title)?.data.title;
  const media = records.map((r) => r.data?.kind).find((kind) => kind === 'image' || kind === 'video');
  document.getElementById('letter').hidden = true;
  document.getElementById('steps').replaceChildren(...plan.steps.map((step) => {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = STEP_KINDS[step.kind] ? message(STEP_KINDS[step.kind]) : step.kind;
    const status = document.createElement('span');
    status.className = 'status';
    status.textContent = STEP_STATUS[step.status] ? message(STEP_STATUS[step.status]) : step.status;
    const why = document.createElement('p');
    why.textContent = step.why[lang];
    item.append(name, status, why);
    const [letterKind] = step.letters ?? [];
    if (letterKind) {
      const show = document.createElement('button');
      show.type = 'button';
      show.textContent = message('routeShowLetter');
      show.addEventListener('click', () => showLetter(letterKind, step, situation, { title, media }));
      item.append(show);
    }
    return item;
  }));
}

async function showLetter(kind, step, situation, { title, media }) {
  const platform = situation.platforms.find((p) => p.name === step.addressee?.name) ?? situation.platforms[0];
  const letter = await core.call('letters.render', {
    kind, language: lang,
    case: { date: today(), platform: platform?.name, urls: platform?.urls ?? [], ...(title ? { title } : {}), ...(media ? { media } : {}) },
  });
  document.getElementById('letter-subject').textContent = letter.subject;
  document.getElementById('letter-text').textContent = letter.text;
  document.getElementById('letter').hidden = false;
}

async function showRemovalForms(caseId, records) {
  const matches = await platformsOf(core, records);
  const shown = renderRemovalForms({ api, list: document.getElementById('form-platforms'), matches, caseId, say });
  document.getElementById('forms-none').hidden = shown > 0;
}

async function showRecords(caseId) {
  const records = await caseRecords(caseId);
  await showRoute(records).catch((error) => say('error', message('caseActionFailed', [error.message])));
  await showRemovalForms(caseId, records).catch((error) => say('error', message('caseActionFailed', [error.message])));
  const rows = records.map((record) => {
    const row = document.createElement('tr');
    const cell = (text, className) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (className) td.className = className;
      row.append(td);
      return td;
    };
    cell(new Date(record.at.utc).toLocaleString());
    cell(RECORD_TYPES[record.type] ? message(RECORD_TYPES[record.type]) : record.type);
    cell(record.data?.media_url ?? record.data?.page_url ?? record.data?.form_url ?? '', 'where');
    const proof = cell('');
    for (const artifact of record.artifacts ?? []) {
      const line = document.createElement('div');
      const code = document.createElement('code');
      code.textContent = artifact.sha256;
      line.append(`${artifact.name} (${artifact.size.toLocaleString()} B) `, code);
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
  document.getElementById('records').replaceChildren(...rows);
}

select.addEventListener('change', () => showRecords(select.value));

document.getElementById('verify').addEventListener('click', async () => {
  say('busy', message('caseVerifying'));
  try {
    const result = await verifyCase(core, select.value);
    if (result.ok) say('ok', message('caseVerifyOk', [String(result.checked)]));
    else say('error', message('caseVerifyProblem', [String(result.first_problem.seq ?? '?'), result.first_problem.message]));
  } catch (error) {
    say('error', message('caseActionFailed', [error.message]));
  }
});

document.getElementById('export').addEventListener('click', async () => {
  say('busy', message('caseExporting'));
  try {
    const caseId = select.value;
    const { zip, name, bag, records } = await buildDossier({ core, caseId, lang });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(zip);
    link.download = name;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    // The log keeps that a dossier left the browser, and which one (its tag manifest's hash).
    const tagmanifest = bag.tag_files.find((file) => file.path === 'tagmanifest-sha256.txt');
    await send(api, 'case.append', { case: caseId, type: 'export_made',
      data: { format: 'bagit-zip', records, file_name: name, tagmanifest_sha256: tagmanifest.sha256 } });
    await showRecords(caseId);
    say('ok', message('caseExported', [name]));
  } catch (error) {
    say('error', message('caseActionFailed', [error.message]));
  }
});

askToPersist();
showCases().catch((error) => say('error', message('caseActionFailed', [error.message])))
  .finally(() => { document.body.dataset.ready = 'true'; });

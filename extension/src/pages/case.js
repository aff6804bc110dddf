// The case page, the person's dashboard for one case: the plan as a checklist with its letters and
// the buttons that record what was sent and answered, the questions behind the plan, the evidence
// (blurred until asked for) with its check and the dossier export, and a timeline. Quick exit on top.
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { getAll } from '../common/store.js';
import { verifyCase } from '../common/verify.js';
import { buildDossier } from '../common/dossier.js';
import { core } from '../common/page-core.js';
import { send } from '../common/messages.js';
import { localDate, planForCase, saveAnswers } from '../common/case-plan.js';
import { platformsOf, renderRemovalForms } from './removal-forms.js';
import { installQuickExit } from './quick-exit.js';
import { markOpenQuestions, readAnswers, renderQuestions } from './case-questions.js';
import { formatDue, renderChildSafety, renderFindings, renderProgress, renderSteps, roleLabel, SENT_ROLE } from './case-plan-view.js';
import { createLetterDialog, letterCase, letterProfile, platformFor, recipientAddress } from './case-letter.js';
import { createRequestDialogs } from './case-requests.js';
import { createRedactionOffer, renderEvidence, renderTimeline } from './case-evidence.js';
import { download } from './case-mail.js';
import { createVaultProofs } from './case-proofs.js';
import { createOwnWords } from './case-description.js';
import { createWaczExport } from './case-wacz.js';
import { createCaseWatcher } from './case-watcher.js';

localize(api);
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const locale = api.i18n.getUILanguage();
const lang = locale.startsWith('nl') ? 'nl' : 'en';
const ui = { message, lang };
const $ = (id) => document.getElementById(id);
const select = $('case-select');
const status = $('status');
const state = { caseId: null, view: null, profile: {}, matches: [], letters: new Map() };

function say(kind, text) {
  status.dataset.state = kind;
  status.textContent = text;
}
const failed = (error) => say('error', message('caseActionFailed', [error.message]));

installQuickExit(api, $('quick-exit'));

// Ask the browser to keep this data even when disk space runs low; it may say no.
async function askToPersist() {
  if (!navigator.storage?.persist) return;
  if (!(await navigator.storage.persist())) console.warn('Takedown: the browser may clear stored evidence when disk space runs low');
}

const letters = createLetterDialog({ api, message, say });
const proofs = createVaultProofs({ api, message, say, lang: locale, box: $('vault-proofs'), button: $('timestamp'), result: $('timestamp-result') });
const requests = createRequestDialogs({
  api, core, message, say, refresh: () => showCase(state.caseId),
  context: () => ({
    caseId: state.caseId,
    history: state.view.history,
    situation: state.view.situation,
    formatDate: (date) => formatDue(date, locale),
    deadlineOf: (index) => state.view.plan.progress.find((p) => p.history_index === index)?.deadline?.due,
  }),
});

const ownWords = createOwnWords({ api, message, say, locale, form: $('own-words-form') });
const redactOffer = createRedactionOffer({ api, message, say, refresh: () => showCase(state.caseId) });
const waczExport = createWaczExport({ api, core, message, say, lang: locale, refresh: () => showCase(state.caseId) });
const caseWatcher = createCaseWatcher({ api, box: $('case-watcher') });

// The removal forms of the platform a step addresses (#6), as buttons that open and fill them.
function formsFor(step) {
  if (step.kind !== 'ask_platform_removal') return null;
  const box = document.createElement('div');
  box.className = 'forms';
  const named = state.matches.filter((m) => m.platform.name === step.addressee?.name);
  const matches = named.length ? named : state.matches;
  if (!matches.length) {
    const none = document.createElement('p');
    none.className = 'muted';
    none.textContent = message('formsNone');
    box.append(none);
    return box;
  }
  const list = document.createElement('ul');
  list.className = 'form-platforms';
  renderRemovalForms({ api, list, matches, caseId: state.caseId, say });
  const intro = document.createElement('p');
  intro.textContent = message('formsIntro');
  box.append(intro, list);
  return box;
}

async function showLetter(step, kind, opener) {
  try {
    const today = localDate();
    const profile = letterProfile(state.profile);
    const letter = await core.call('letters.render', {
      kind, language: state.profile.letter_language === 'nl' || state.profile.letter_language === 'en' ? state.profile.letter_language : lang,
      case: letterCase({ step, view: state.view, today, kind }), profile,
    });
    state.letters.set(step.kind, kind);
    const platform = platformFor(step, state.view.platforms);
    const match = state.matches.find((m) => m.platform.name === (step.addressee?.name || platform?.name));
    letters.show({ letter, to: recipientAddress(step, match), toName: step.addressee?.name || match?.platform.name || '',
      profile, fileName: `takedown-${kind}-${today}`, from: opener });
  } catch (error) {
    failed(error);
  }
}

function recordSent(step, opener) {
  const platform = platformFor(step, state.view.platforms);
  const to = step.addressee?.name || (SENT_ROLE[step.kind] === 'platform' ? platform?.name : '') || roleLabel(message, SENT_ROLE[step.kind]);
  requests.sent(step, state.letters.get(step.kind) ?? step.letters?.[0], to, opener);
}

async function showCase(caseId) {
  state.caseId = caseId;
  ({ profile: state.profile = {} } = await api.storage.local.get('profile'));
  const view = await planForCase(core, caseId, { profile: state.profile });
  state.view = view;
  state.matches = await platformsOf(core, view.records).catch(() => []);
  renderChildSafety({ box: $('child-safety'), plan: view.plan, entry: view.entry });
  const actions = { letter: showLetter, sent: recordSent, answer: (index, opener) => requests.answer(index, opener), forms: formsFor };
  const answeredInSteps = renderSteps({ list: $('steps'), plan: view.plan, ui, actions });
  renderProgress({ list: $('progress-list'), plan: view.plan, ui, actions, answeredInSteps });
  $('progress').hidden = view.plan.progress.length === 0;
  renderFindings({ box: $('findings'), plan: view.plan, ui });
  const form = $('questions');
  if (form.dataset.case !== caseId) {
    renderQuestions({ form, message, lang: locale, answers: view.entry.answers ?? {}, profile: state.profile, safe: view.entry.safe === true });
    form.dataset.case = caseId;
  }
  const open = markOpenQuestions({ form, message, lang, plan: view.plan });
  $('open-count').hidden = open === 0;
  $('open-count-text').textContent = message('planOpenQuestions', [String(open)]);
  ownWords.show({ caseId, records: view.records });
  renderEvidence({ tbody: $('records'), records: view.records, message, lang: locale });
  waczExport.show({ caseId, records: view.records, safe: view.entry.safe, tbody: $('records') });
  redactOffer.show({ caseId, entry: view.entry, profile: state.profile, records: view.records });
  await caseWatcher.show(caseId);
  renderTimeline({ ol: $('timeline'), records: view.records, message, lang: locale });
  // Waited for, so that "rendered" includes the vault's controls (or their absence).
  await proofs.show({ caseId, records: view.records, tbody: $('records') }).catch(failed);
  document.body.dataset.renders = String(Number(document.body.dataset.renders ?? 0) + 1);
}

async function showCases() {
  const cases = (await getAll('cases')).sort((a, b) => b.created_utc.localeCompare(a.created_utc));
  $('empty').hidden = cases.length > 0;
  $('case').hidden = cases.length === 0;
  if (!cases.length) return;
  const asked = new URLSearchParams(location.search).get('case');
  const { currentCase } = await api.storage.local.get('currentCase');
  const chosen = [asked, currentCase].find((id) => cases.some((c) => c.id === id)) ?? cases[0].id;
  select.replaceChildren(...cases.map((c) => new Option(`${c.title || c.id} (${new Date(c.created_utc).toLocaleString(locale)})`, c.id, false, c.id === chosen)));
  select.value = chosen;
  await showCase(chosen);
}

select.addEventListener('change', () => {
  const url = new URL(location.href);
  url.searchParams.set('case', select.value);
  history.replaceState(null, '', url);
  say('', '');
  showCase(select.value).catch(failed);
});

$('questions').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    await saveAnswers(state.caseId, readAnswers(event.target));
    await showCase(state.caseId);
    say('ok', message('answersSaved'));
  } catch (error) {
    failed(error);
  }
});

$('verify').addEventListener('click', async () => {
  say('busy', message('caseVerifying'));
  try {
    const result = await verifyCase(core, select.value);
    if (result.ok && result.artifacts_redacted > 0) say('ok', message('redactVerifyOk', [String(result.checked), String(result.artifacts_redacted)]));
    else if (result.ok) say('ok', message('caseVerifyOk', [String(result.checked)]));
    else say('error', message('caseVerifyProblem', [String(result.first_problem.seq ?? '?'), result.first_problem.message]));
  } catch (error) {
    failed(error);
  }
});

$('export').addEventListener('click', async () => {
  say('busy', message('caseExporting'));
  try {
    const caseId = select.value;
    const { zip, name, bag, records } = await buildDossier({ core, caseId, lang });
    download(name, zip);
    // The log keeps that a dossier left the browser, and which one (its tag manifest's hash).
    const tagmanifest = bag.tag_files.find((file) => file.path === 'tagmanifest-sha256.txt');
    await send(api, 'case.append', { case: caseId, type: 'export_made',
      data: { format: 'bagit-zip', records, file_name: name, tagmanifest_sha256: tagmanifest.sha256 } });
    await showCase(caseId);
    say('ok', message('caseExported', [name]));
  } catch (error) {
    failed(error);
  }
});

askToPersist();
showCases().catch(failed).finally(() => { document.body.dataset.ready = 'true'; });

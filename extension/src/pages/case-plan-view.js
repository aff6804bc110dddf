// The plan as a checklist: each step with its status, why, due dates, what must hold first and what
// to know, its letters and buttons; then the requests already sent and what became of them.

export const STEP_KINDS = {
  preserve_evidence: 'step_preserve_evidence', ask_platform_removal: 'step_ask_platform_removal',
  ask_maker_erasure: 'step_ask_maker_erasure', ask_search_delisting: 'step_ask_search_delisting',
  ask_forward_to_other_controllers: 'step_ask_forward_to_other_controllers', police_report: 'step_police_report',
  complaint_dpa: 'step_complaint_dpa', platform_appeal: 'step_platform_appeal', out_of_court_dispute: 'step_out_of_court_dispute',
  court_damages: 'step_court_damages', urgent_court: 'step_urgent_court', hash_matching_service: 'step_hash_matching_service',
  helpline: 'step_helpline', wait_for_answer: 'step_wait_for_answer',
  report_csam_hotline: 'step_report_csam_hotline', complaint_dsc: 'step_complaint_dsc',
};
const STATUS = {
  now: 'stepStatus_now', waiting: 'stepStatus_waiting', overdue: 'stepStatus_overdue', later: 'stepStatus_later',
  removed: 'stepStatus_done', refused: 'stepStatus_refused', partial: 'stepStatus_partial', reported: 'stepStatus_reported', filed: 'stepStatus_filed',
};
const LETTERS = {
  maker_erasure: 'letter_maker_erasure', platform_removal: 'letter_platform_removal', search_delisting: 'letter_search_delisting',
  take_it_down_notice: 'letter_take_it_down_notice', reminder: 'letter_reminder', dpa_complaint: 'letter_dpa_complaint',
  police_summary: 'letter_police_summary', platform_appeal: 'letter_platform_appeal',
  portrait_right_demand: 'letter_portrait_right_demand', dsc_complaint: 'letter_dsc_complaint',
};
export const ROLES = {
  maker: 'role_maker', platform: 'role_platform', search_engine: 'role_search_engine', dpa: 'role_dpa', police: 'role_police',
  dsc: 'role_dsc', hotline: 'role_hotline',
};
// The steps whose doing is a request the person sends, and to whom (guidance.plan's history roles).
export const SENT_ROLE = {
  ask_platform_removal: 'platform', platform_appeal: 'platform', ask_maker_erasure: 'maker',
  ask_forward_to_other_controllers: 'maker', ask_search_delisting: 'search_engine', complaint_dpa: 'dpa', police_report: 'police',
  complaint_dsc: 'dsc',
};
const AWAITING = new Set(['waiting', 'overdue']);

function element(tag, { className, text, id } = {}) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (id) node.id = id;
  return node;
}

function button(text, dataset = {}) {
  const node = element('button', { text });
  node.type = 'button';
  Object.assign(node.dataset, dataset);
  return node;
}

function list(className, items) {
  const ul = element('ul', { className });
  for (const text of items) ul.append(element('li', { text }));
  return ul;
}

// "by 28 December 2026" in the page's language; TAKE IT DOWN deadlines carry a time.
export function formatDue(due, lang) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${due}T00:00:00Z`));
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(due));
}

function deadlineLines(step, { message, lang }) {
  return (step.deadlines ?? []).map((deadline) => message(deadline.counts_from === 'today' ? 'dueIfSentToday' : 'dueBy', [formatDue(deadline.due, lang)]));
}

// Where an authority takes complaints: its own page (a link out) and its postal address, and a word
// of caution when the plan could not confirm them.
function addresseeDetails(addressee, message) {
  const parts = [];
  if (/^https:\/\//.test(addressee?.complaint_url ?? '')) {
    const line = element('p', { className: 'complaint-url' });
    const link = element('a', { text: message('stepComplaintPage', [addressee.name || addressee.complaint_url]) });
    Object.assign(link, { href: addressee.complaint_url, target: '_blank', rel: 'noreferrer' });
    line.append(link);
    parts.push(line);
  }
  if (addressee?.postal_address) parts.push(element('p', { className: 'postal', text: message('stepPostalAddress', [addressee.postal_address]) }));
  if (addressee?.confirmed === false && (parts.length || addressee.name)) parts.push(element('p', { className: 'unconfirmed help', text: message('stepAddresseeUnconfirmed') }));
  return parts;
}

export const statusLabel = (message, status) => (STATUS[status] ? message(STATUS[status]) : status);
export const roleLabel = (message, role) => (ROLES[role] ? message(ROLES[role]) : role);

export function renderSteps({ list: ol, plan, ui, actions }) {
  const { message, lang } = ui;
  const answeredInSteps = new Set();
  ol.replaceChildren(...plan.steps.map((step, index) => {
    const item = element('li', { className: 'step' });
    item.dataset.kind = step.kind;
    item.dataset.status = step.status;
    const head = element('div', { className: 'step-head' });
    const name = element('h3', { className: 'step-name', text: STEP_KINDS[step.kind] ? message(STEP_KINDS[step.kind]) : step.kind, id: `step-${index}` });
    name.tabIndex = -1;
    const badge = element('span', { className: 'badge', text: statusLabel(message, step.status) });
    badge.dataset.status = step.status;
    head.append(name, badge);
    item.append(head);
    // Whom to: the addressee's name, else (a hotline or coordinator the plan could not name) its role.
    const to = step.addressee?.name || (ROLES[step.addressee?.role] ? roleLabel(message, step.addressee.role) : '');
    if (to) item.append(element('p', { className: 'to', text: message('stepTo', [to]) }));
    item.append(...addresseeDetails(step.addressee, message));
    item.append(element('p', { className: 'why', text: step.why?.[lang] ?? '' }));
    const due = deadlineLines(step, ui);
    if (due.length) item.append(list('due', due));
    if (step.preconditions?.length) {
      item.append(element('p', { className: 'sub', text: message('stepPreconditions') }), list('preconditions', step.preconditions.map((p) => p[lang])));
    }
    if (step.notes?.length) item.append(element('p', { className: 'sub', text: message('stepNotes') }), list('notes', step.notes.map((n) => n[lang])));
    const buttons = element('div', { className: 'actions' });
    for (const kind of step.letters ?? []) {
      const show = button(message('stepShowLetter', [LETTERS[kind] ? message(LETTERS[kind]) : kind]), { letter: kind });
      show.addEventListener('click', () => actions.letter(step, kind, show));
      buttons.append(show);
    }
    if (SENT_ROLE[step.kind] && step.status !== 'later') {
      const sent = button(message('stepSent'), { sent: step.kind });
      sent.addEventListener('click', () => actions.sent(step, sent));
      buttons.append(sent);
    }
    if (Number.isInteger(step.history_index) && AWAITING.has(step.status)) {
      answeredInSteps.add(step.history_index);
      const answered = button(message('stepAnswered'), { answer: String(step.history_index) });
      answered.addEventListener('click', () => actions.answer(step.history_index, answered));
      buttons.append(answered);
    }
    if (buttons.childElementCount) item.append(buttons);
    const forms = actions.forms?.(step);
    if (forms) item.append(forms);
    return item;
  }));
  return answeredInSteps;
}

// The requests sent, each with its deadline and what came of it.
export function renderProgress({ list: ol, plan, ui, actions, answeredInSteps }) {
  const { message, lang } = ui;
  ol.replaceChildren(...plan.progress.map((entry) => {
    const item = element('li', { className: 'request' });
    item.dataset.status = entry.status;
    const who = entry.name ? `${entry.name} (${roleLabel(message, entry.to)})` : roleLabel(message, entry.to);
    const line = element('p');
    line.append(element('strong', { text: message('requestTo', [who, formatDue(entry.sent, lang)]) }), ' ');
    const badge = element('span', { className: 'badge', text: statusLabel(message, entry.status) });
    badge.dataset.status = entry.status;
    line.append(badge);
    item.append(line);
    if (entry.deadline?.due && AWAITING.has(entry.status)) item.append(element('p', { text: message('dueBy', [formatDue(entry.deadline.due, lang)]) }));
    if (entry.answered) item.append(element('p', { text: message('requestAnswered', [formatDue(entry.answered, lang)]) }));
    if (AWAITING.has(entry.status) && !answeredInSteps.has(entry.history_index)) {
      const answered = button(message('stepAnswered'), { answer: String(entry.history_index) });
      answered.addEventListener('click', () => actions.answer(entry.history_index, answered));
      item.append(answered);
    }
    return item;
  }));
}

// A child's case: a calm word, before the steps, on what not to do with the pictures and what to do.
export function renderChildSafety({ box, plan, entry }) {
  box.hidden = !(plan.child_case === true || entry?.safe === true);
}

// What the law already says about this situation, and where it is not clear-cut: shown calmly.
export function renderFindings({ box, plan, ui }) {
  const { message, lang } = ui;
  const parts = [];
  if (plan.gdpr_reason?.[lang]) parts.push(element('p', { text: plan.gdpr_reason[lang] }));
  if (plan.findings?.length) parts.push(element('h3', { text: message('planFindings') }), list('findings', plan.findings.map((f) => f[lang])));
  if (plan.warnings?.length) parts.push(element('h3', { text: message('planWarnings') }), list('warnings', plan.warnings.map((w) => w[lang] ?? w.id ?? String(w))));
  box.replaceChildren(...parts);
  box.hidden = parts.length === 0;
}

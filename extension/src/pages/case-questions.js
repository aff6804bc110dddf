// "Your situation": the questions behind guidance.plan in plain words, each answerable "I don't
// know", kept on the case. The questions whose answer would change the plan are marked, with what
// the plan assumes until then.
import { LIST_QUESTIONS, QUESTIONS } from '../common/case-plan.js';
import { COUNTRY_CODES } from '../common/countries.js';

const ACTING_FOR = { self: 'me', child: 'my_child', represented: 'someone_i_represent' };
const QUESTION_KEYS = {
  depicted: 'question_depicted', age_group: 'question_age_group', sexual: 'question_sexual', recognisable: 'question_recognisable',
  shared_with: 'question_shared_with', labelled_as_deepfake: 'question_labelled_as_deepfake', maker: 'question_maker',
  in_search_results: 'question_in_search_results', public_figure: 'question_public_figure',
  consent_given_earlier: 'question_consent_given_earlier', harm: 'question_harm', residence: 'question_residence',
  deceased: 'question_deceased', maker_age: 'question_maker_age', used_for: 'question_used_for', act_date: 'question_act_date',
};
// An answer's label: yes, no and "I don't know" are shared, the rest are per question.
const ANSWER_KEYS = {
  yes: 'answerYes', no: 'answerNo', unknown: 'answerUnknown',
  'depicted.me': 'answer_depicted_me', 'depicted.my_child': 'answer_depicted_my_child', 'depicted.someone_i_represent': 'answer_depicted_someone_i_represent',
  'age_group.adult': 'answer_age_group_adult', 'age_group.minor': 'answer_age_group_minor',
  'shared_with.private_circle': 'answer_shared_with_private_circle', 'shared_with.wider_or_public': 'answer_shared_with_wider_or_public',
  'maker.known_reachable': 'answer_maker_known_reachable', 'maker.known_unreachable': 'answer_maker_known_unreachable',
  'harm.reputational': 'answer_harm_reputational', 'harm.financial': 'answer_harm_financial', 'harm.emotional': 'answer_harm_emotional',
  'maker_age.adult': 'question_maker_age_adult', 'maker_age.under_14': 'question_maker_age_under_14',
  'maker_age.age_14_15': 'question_maker_age_14_15', 'maker_age.age_16_17': 'question_maker_age_16_17',
  'maker_age.minor': 'question_maker_age_minor',
  'used_for.extortion': 'question_used_for_extortion', 'used_for.fraud': 'question_used_for_fraud',
  'used_for.threats': 'question_used_for_threats', 'used_for.harassment': 'question_used_for_harassment',
  'used_for.impersonation': 'question_used_for_impersonation',
};
// A hint under the question, where its words alone could leave the person unsure what is meant.
const HINT_KEYS = { used_for: 'question_used_for_hint', act_date: 'question_act_date_hint', deceased: 'question_deceased_hint' };
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const answerKey = (field, value) => ANSWER_KEYS[value] ?? ANSWER_KEYS[`${field}.${value}`];
export function answerLabel(message, field, value, lang) {
  if (field === 'residence' && /^[A-Z]{2}$/.test(value)) return new Intl.DisplayNames([lang], { type: 'region' }).of(value) ?? value;
  if (field === 'act_date' && DATE.test(value)) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  if (Array.isArray(value)) return value.length ? value.map((v) => answerLabel(message, field, v, lang)).join(', ') : message('questionNoneOfThese');
  const key = answerKey(field, value);
  return key ? message(key) : value;
}

function radio({ name, value, checked, label, id, type = LIST_QUESTIONS.has(name) ? 'checkbox' : 'radio' }) {
  const wrap = document.createElement('div');
  wrap.className = 'choice';
  const input = document.createElement('input');
  Object.assign(input, { type, name, value, id, checked });
  const text = document.createElement('label');
  text.htmlFor = id;
  text.textContent = label;
  wrap.append(input, text);
  return wrap;
}

function countrySelect({ message, lang, value }) {
  const names = new Intl.DisplayNames([lang], { type: 'region' });
  const select = document.createElement('select');
  select.name = 'residence';
  select.id = 'answer-residence';
  const options = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, lang));
  select.append(new Option(message('answerUnknown'), 'unknown'), ...options.map(({ code, name }) => new Option(name, code, false, code === value)));
  if (!COUNTRY_CODES.includes(value)) select.value = 'unknown';
  return select;
}

// Ticking "I don't know" unticks the others and ticking another unticks "I don't know".
function excludeUnknown(fieldset) {
  fieldset.addEventListener('change', (event) => {
    const unknown = event.target.value === 'unknown';
    for (const box of fieldset.querySelectorAll('input[type="checkbox"]')) if (box !== event.target && event.target.checked && (unknown || box.value === 'unknown')) box.checked = false;
  });
}

// A list question: a box per choice and "I don't know"; nothing ticked means none of these.
function listChoices({ fieldset, field, values, answer, message }) {
  const chosen = Array.isArray(answer) ? answer : [];
  for (const value of values) fieldset.append(radio({ name: field, value, checked: chosen.includes(value), label: message(answerKey(field, value)), id: `answer-${field}-${value}` }));
  fieldset.append(radio({ name: field, value: 'unknown', checked: !Array.isArray(answer), label: message('answerUnknown'), id: `answer-${field}-unknown` }));
  excludeUnknown(fieldset);
}

// A date (optional): the date field, or "I don't know"; choosing a date unticks "I don't know".
function dateChoice({ fieldset, field, answer, message }) {
  const wrap = document.createElement('div');
  wrap.className = 'date-answer';
  const label = document.createElement('label');
  label.htmlFor = `answer-${field}`;
  label.textContent = message('questionDate');
  const input = document.createElement('input');
  Object.assign(input, { type: 'date', name: field, id: `answer-${field}`, min: '1990-01-01', value: DATE.test(answer ?? '') ? answer : '' });
  input.max = new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
  wrap.append(label, input);
  const unknown = radio({ name: `${field}_unknown`, value: 'unknown', checked: !input.value, label: message('answerUnknown'), id: `answer-${field}-unknown`, type: 'checkbox' });
  fieldset.append(wrap, unknown);
  const box = unknown.querySelector('input');
  input.addEventListener('input', () => { if (input.value) box.checked = false; });
  box.addEventListener('change', () => { if (box.checked) input.value = ''; });
}

// The form for `answers` (absent answers start from the profile and the case: who is shown, where
// they live; a case started as "it shows my child" shows a child).
export function renderQuestions({ form, message, lang, answers, profile, safe = false }) {
  const fieldsets = Object.entries(QUESTIONS).map(([field, values]) => {
    const fieldset = document.createElement('fieldset');
    fieldset.id = `question-${field}`;
    fieldset.dataset.field = field;
    const legend = document.createElement('legend');
    legend.textContent = message(QUESTION_KEYS[field]);
    const hint = document.createElement('p');
    hint.className = 'matters';
    hint.id = `question-${field}-hint`;
    hint.hidden = true;
    fieldset.append(legend, hint);
    if (HINT_KEYS[field]) {
      const help = document.createElement('p');
      help.className = 'help';
      help.id = `question-${field}-help`;
      help.textContent = message(HINT_KEYS[field]);
      fieldset.append(help);
    }
    if (field === 'residence') {
      const label = document.createElement('label');
      label.htmlFor = 'answer-residence';
      label.className = 'visually-hidden';
      label.textContent = message(QUESTION_KEYS.residence);
      fieldset.append(label, countrySelect({ message, lang, value: answers.residence ?? profile.country }));
    } else if (LIST_QUESTIONS.has(field)) {
      listChoices({ fieldset, field, values, answer: answers[field], message });
    } else if (field === 'act_date') {
      dateChoice({ fieldset, field, answer: answers.act_date, message });
    } else {
      const start = field === 'depicted' ? (safe ? 'my_child' : ACTING_FOR[profile.acting_for]) : undefined;
      const current = answers[field] ?? start ?? 'unknown';
      for (const value of [...values, 'unknown']) {
        fieldset.append(radio({ name: field, value, checked: value === current, label: message(answerKey(field, value)), id: `answer-${field}-${value}` }));
      }
    }
    return fieldset;
  });
  form.querySelector('.questions').replaceChildren(...fieldsets);
}

export function readAnswers(form) {
  const answers = {};
  for (const field of Object.keys(QUESTIONS)) {
    if (LIST_QUESTIONS.has(field)) {
      const ticked = [...form.querySelectorAll(`input[name="${field}"]:checked`)].map((box) => box.value);
      answers[field] = ticked.includes('unknown') ? 'unknown' : ticked;
    } else if (field === 'act_date') {
      const date = form.querySelector('input[name="act_date"][type="date"]')?.value ?? '';
      answers.act_date = DATE.test(date) ? date : 'unknown';
    } else {
      answers[field] = form.elements[field]?.value || 'unknown';
    }
  }
  return answers;
}

// Marks the questions the plan says would change it, with the plan's own explanation and assumption.
export function markOpenQuestions({ form, message, lang, plan }) {
  const open = new Map(plan.open_questions.map((q) => [q.field, q]));
  let count = 0;
  for (const fieldset of form.querySelectorAll('fieldset[data-field]')) {
    const question = open.get(fieldset.dataset.field);
    const hint = fieldset.querySelector('.matters');
    fieldset.classList.toggle('open', Boolean(question));
    hint.hidden = !question;
    const help = fieldset.querySelector('.help')?.id;
    const describedBy = [help, question ? hint.id : null].filter(Boolean).join(' ');
    if (describedBy) fieldset.setAttribute('aria-describedby', describedBy);
    else fieldset.removeAttribute('aria-describedby');
    if (!question) continue;
    count += 1;
    const assumed = question.assumed !== undefined && question.assumed !== null && question.assumed !== '' ? ` ${message('questionAssumed', [answerLabel(message, question.field, question.assumed, lang)])}` : '';
    hint.textContent = `${message('questionMatters')} ${question[lang] ?? ''}${assumed}`;
  }
  return count;
}

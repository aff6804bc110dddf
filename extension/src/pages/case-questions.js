// "Your situation": the questions behind guidance.plan in plain words, each answerable "I don't
// know", kept on the case. The questions whose answer would change the plan are marked, with what
// the plan assumes until then.
import { QUESTIONS } from '../common/case-plan.js';
import { COUNTRY_CODES } from '../common/countries.js';

const ACTING_FOR = { self: 'me', child: 'my_child', represented: 'someone_i_represent' };
const QUESTION_KEYS = {
  depicted: 'question_depicted', age_group: 'question_age_group', sexual: 'question_sexual', recognisable: 'question_recognisable',
  shared_with: 'question_shared_with', labelled_as_deepfake: 'question_labelled_as_deepfake', maker: 'question_maker',
  in_search_results: 'question_in_search_results', public_figure: 'question_public_figure',
  consent_given_earlier: 'question_consent_given_earlier', harm: 'question_harm', residence: 'question_residence',
};
// An answer's label: yes, no and "I don't know" are shared, the rest are per question.
const ANSWER_KEYS = {
  yes: 'answerYes', no: 'answerNo', unknown: 'answerUnknown',
  'depicted.me': 'answer_depicted_me', 'depicted.my_child': 'answer_depicted_my_child', 'depicted.someone_i_represent': 'answer_depicted_someone_i_represent',
  'age_group.adult': 'answer_age_group_adult', 'age_group.minor': 'answer_age_group_minor',
  'shared_with.private_circle': 'answer_shared_with_private_circle', 'shared_with.wider_or_public': 'answer_shared_with_wider_or_public',
  'maker.known_reachable': 'answer_maker_known_reachable', 'maker.known_unreachable': 'answer_maker_known_unreachable',
  'harm.reputational': 'answer_harm_reputational', 'harm.financial': 'answer_harm_financial', 'harm.emotional': 'answer_harm_emotional',
};
const answerKey = (field, value) => ANSWER_KEYS[value] ?? ANSWER_KEYS[`${field}.${value}`];
export function answerLabel(message, field, value, lang) {
  if (field === 'residence' && /^[A-Z]{2}$/.test(value)) return new Intl.DisplayNames([lang], { type: 'region' }).of(value) ?? value;
  const key = answerKey(field, value);
  return key ? message(key) : value;
}

function radio({ name, value, checked, label, id }) {
  const wrap = document.createElement('div');
  wrap.className = 'choice';
  const input = document.createElement('input');
  Object.assign(input, { type: name === 'harm' ? 'checkbox' : 'radio', name, value, id, checked });
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

// The form for `answers` (absent answers start from the profile: who is shown, where they live).
export function renderQuestions({ form, message, lang, answers, profile }) {
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
    if (field === 'residence') {
      const label = document.createElement('label');
      label.htmlFor = 'answer-residence';
      label.className = 'visually-hidden';
      label.textContent = message(QUESTION_KEYS.residence);
      fieldset.append(label, countrySelect({ message, lang, value: answers.residence ?? profile.country }));
    } else if (field === 'harm') {
      const chosen = Array.isArray(answers.harm) ? answers.harm : [];
      for (const value of values) fieldset.append(radio({ name: 'harm', value, checked: chosen.includes(value), label: message(answerKey(field, value)), id: `answer-harm-${value}` }));
      fieldset.append(radio({ name: 'harm', value: 'unknown', checked: !Array.isArray(answers.harm), label: message('answerUnknown'), id: 'answer-harm-unknown' }));
      // "I don't know" and a kind of harm exclude each other; nothing ticked means no harm.
      fieldset.addEventListener('change', (event) => {
        const unknown = event.target.value === 'unknown';
        for (const box of fieldset.querySelectorAll('input')) if (box !== event.target && event.target.checked && (unknown || box.value === 'unknown')) box.checked = false;
      });
    } else {
      const current = answers[field] ?? (field === 'depicted' ? ACTING_FOR[profile.acting_for] : undefined) ?? 'unknown';
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
    if (field === 'harm') {
      const ticked = [...form.querySelectorAll('input[name="harm"]:checked')].map((box) => box.value);
      answers.harm = ticked.includes('unknown') ? 'unknown' : ticked;
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
    if (!question) {
      fieldset.removeAttribute('aria-describedby');
      continue;
    }
    count += 1;
    const assumed = question.assumed ? ` ${message('questionAssumed', [answerLabel(message, question.field, question.assumed, lang)])}` : '';
    hint.textContent = `${message('questionMatters')} ${question[lang] ?? ''}${assumed}`;
    fieldset.setAttribute('aria-describedby', hint.id);
  }
  return count;
}

// "In your own words": the person's own description of the case (and a subject line), per language,
// kept in the case log as `description` records (docs/evidence.md). The form filler types the latest
// one of the form's language into removal forms instead of our short default text (docs/forms.md).
import { send } from '../common/messages.js';

// The languages the form filler reads (core/src/forms/cues.hpp), named in the person's own language.
const LANGUAGES = ['en', 'nl', 'de', 'fr', 'es', 'it', 'pt', 'pl'];

// The latest description record of each language.
export function latestDescriptions(records) {
  const latest = {};
  for (const record of records) if (record.type === 'description') latest[record.data.language] = record.data;
  return latest;
}

export function createOwnWords({ api, message, say, locale, form }) {
  const language = form.elements.language;
  const text = form.elements.text;
  const subject = form.elements.subject;
  const names = new Intl.DisplayNames([locale], { type: 'language' });
  language.replaceChildren(...LANGUAGES.map((code) => new Option(names.of(code) ?? code, code)));
  const state = { caseId: null, latest: {} };

  const showLanguage = () => {
    const written = state.latest[language.value];
    text.value = written?.text ?? '';
    subject.value = written?.subject ?? '';
  };
  language.addEventListener('change', showLanguage);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      say('error', message('ownWordsEmpty'));
      text.focus();
      return;
    }
    try {
      const data = { language: language.value, text: text.value };
      const line = subject.value.replace(/\s+/g, ' ').trim();
      if (line) data.subject = line;
      const sealed = await send(api, 'case.append', { case: state.caseId, type: 'description', data });
      state.latest[sealed.data.language] = sealed.data;
      say('ok', message('ownWordsSaved'));
    } catch (error) {
      say('error', message('caseActionFailed', [error.message]));
    }
  });

  // Shows a case's descriptions; the language first shown is the one written last (else the page's).
  function show({ caseId, records }) {
    const changed = state.caseId !== caseId;
    state.caseId = caseId;
    state.latest = latestDescriptions(records);
    if (!changed) return;
    const last = records.filter((r) => r.type === 'description').at(-1)?.data.language;
    const own = locale.slice(0, 2);
    language.value = last ?? (LANGUAGES.includes(own) ? own : 'en');
    showLanguage();
  }

  return { show };
}

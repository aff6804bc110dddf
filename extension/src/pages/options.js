// The options page: what Takedown does and keeps (shown first; on install the background opens it
// at #welcome), the person's details that forms and letters are filled from, whether the evidence
// vault's helper program is installed, and their data: export, import and delete. Details stay in the
// browser's local extension storage; nothing is sent anywhere until the person sends a form or a
// letter themselves.
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { COUNTRY_CODES } from '../common/countries.js';
import { setUpData } from './options-data.js';
import { setUpErase } from './options-erase.js';
import { setUpWatcher } from './options-watcher.js';
import { setUpHostStatus } from './options-host.js';

localize(api);
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const form = document.getElementById('profile');
const saved = document.getElementById('saved');
const emailError = document.getElementById('email-error');
const represented = document.getElementById('represented');
// storage.local.profile's fields; the form filler (background/form-filling.js) reads them.
const TEXT_FIELDS = ['given_name', 'family_name', 'email', 'phone', 'street_address', 'postal_code', 'city', 'signature_name', 'represented_name'];
const ACTING_FOR = ['self', 'child', 'represented'];
const LETTER_LANGUAGES = ['', 'nl', 'en'];   // '' follows the browser's language
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fillCountries(select) {
  const names = new Intl.DisplayNames([api.i18n.getUILanguage()], { type: 'region' });
  const options = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, api.i18n.getUILanguage()));
  select.append(new Option('—', ''), ...options.map(({ code, name }) => new Option(name, code)));
}

function showRepresented() {
  represented.hidden = form.elements.acting_for.value === 'self';
}

async function load() {
  const { profile = {} } = await api.storage.local.get('profile');
  for (const name of TEXT_FIELDS) form.elements[name].value = profile[name] ?? '';
  form.elements.country.value = profile.country ?? '';
  form.elements.letter_language.value = LETTER_LANGUAGES.includes(profile.letter_language) ? profile.letter_language : '';
  const actingFor = ACTING_FOR.includes(profile.acting_for) ? profile.acting_for : 'self';
  for (const radio of form.querySelectorAll('input[name="acting_for"]')) radio.checked = radio.value === actingFor;
  form.elements.notifications_detailed.checked = profile.notifications_detailed === true;
  showRepresented();
  markEmail(true);
}

function read() {
  const profile = { acting_for: form.elements.acting_for.value || 'self', letter_language: form.elements.letter_language.value };
  for (const name of TEXT_FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) profile[name] = value;
  }
  if (profile.acting_for === 'self') delete profile.represented_name;
  if (form.elements.country.value) profile.country = form.elements.country.value;
  // Off unless chosen: notifications then name who did not answer (anyone near the screen can read them).
  if (form.elements.notifications_detailed.checked) profile.notifications_detailed = true;
  if (profile.given_name || profile.family_name) profile.full_name = [profile.given_name, profile.family_name].filter(Boolean).join(' ');
  return profile;
}

function markEmail(valid) {
  form.elements.email.setAttribute('aria-invalid', String(!valid));
  emailError.hidden = valid;
}

form.addEventListener('change', (event) => {
  if (event.target.name === 'acting_for') showRepresented();
});

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const profile = read();
  const emailValid = !profile.email || EMAIL.test(profile.email);
  markEmail(emailValid);
  if (!emailValid) {
    saved.dataset.state = 'error';
    saved.textContent = message('profileNotSaved');
    form.elements.email.focus();
    return;
  }
  await api.storage.local.set({ profile });
  saved.dataset.state = 'ok';
  saved.textContent = message('profileSaved');
});

fillCountries(form.elements.country);
const loaded = load();
const { exportEverything } = setUpData({ api, onImported: load });
setUpErase({ api, onErased: load, exportEverything });
const watcherShown = setUpWatcher({ api });
const hostShown = setUpHostStatus({ api });
// For tests and assistive tools alike: the page is drawn with the saved details.
Promise.allSettled([loaded, watcherShown, hostShown]).finally(() => { document.body.dataset.ready = 'true'; });
// Opened on install: the welcome comes first, and focus starts there for screen readers.
if (location.hash === '#welcome') document.getElementById('welcome').focus();

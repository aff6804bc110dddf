// "Your details": what removal forms are filled from. Kept in the browser's local extension storage
// only; nothing is sent anywhere until the person fills a form and sends it themselves.
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { COUNTRY_CODES } from '../common/countries.js';

localize(api);
const form = document.getElementById('profile');
const saved = document.getElementById('saved');
const TEXT_FIELDS = ['given_name', 'family_name', 'email', 'phone', 'street_address', 'postal_code', 'city', 'signature_name'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function fillCountries(select) {
  const names = new Intl.DisplayNames([api.i18n.getUILanguage()], { type: 'region' });
  const options = COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => a.name.localeCompare(b.name, api.i18n.getUILanguage()));
  select.append(new Option('—', ''), ...options.map(({ code, name }) => new Option(name, code)));
}

async function load() {
  const { profile = {} } = await api.storage.local.get('profile');
  for (const name of TEXT_FIELDS) form.elements[name].value = profile[name] ?? '';
  form.elements.country.value = profile.country ?? '';
  for (const radio of form.querySelectorAll('input[name="acting_for"]')) radio.checked = radio.value === (profile.acting_for ?? 'self');
}

function read() {
  const profile = { acting_for: form.elements.acting_for.value || 'self' };
  for (const name of TEXT_FIELDS) {
    const value = form.elements[name].value.trim();
    if (value) profile[name] = value;
  }
  if (form.elements.country.value) profile.country = form.elements.country.value;
  if (profile.given_name || profile.family_name) profile.full_name = [profile.given_name, profile.family_name].filter(Boolean).join(' ');
  return profile;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  const profile = read();
  if (profile.email && !EMAIL.test(profile.email)) {
    saved.dataset.state = 'error';
    saved.textContent = api.i18n.getMessage('profileEmailInvalid');
    form.elements.email.focus();
    return;
  }
  await api.storage.local.set({ profile });
  saved.dataset.state = 'ok';
  saved.textContent = api.i18n.getMessage('profileSaved');
});

fillCountries(form.elements.country);
load();

// "Where to get help": the helplines and authorities for the person's country (from their profile,
// else the browser's region, or as chosen here) and the services that work everywhere. Links are
// plain links: nothing is fetched unless the person clicks one.
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { COUNTRY_CODES } from '../common/countries.js';
import { EMERGENCY_NUMBERS, countriesWithHelplines, helplinesFor, urlFor } from '../common/helplines.js';
import { installQuickExit } from './quick-exit.js';

localize(api);
installQuickExit(api, document.getElementById('quick-exit'));
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const uiLanguage = api.i18n.getUILanguage();
const lang = uiLanguage.startsWith('nl') ? 'nl' : 'en';
const regionNames = new Intl.DisplayNames([uiLanguage], { type: 'region' });
const countryName = (code) => regionNames.of(code) ?? code;
const FOR_KEYS = { adults: 'helpFor_adults', minors: 'helpFor_minors', all: 'helpFor_all' };
const SOURCE_KEYS = { third_party: 'helpSource_third_party', unconfirmed: 'helpSource_unconfirmed' };
const select = document.getElementById('country');

// The browser's region ("nl" alone means the Netherlands, "en" the United States).
function browserRegion() {
  try {
    return new Intl.Locale(navigator.language || uiLanguage).maximize().region ?? null;
  } catch {
    return null;
  }
}

async function initialCountry() {
  const { profile } = await api.storage.local.get('profile');
  for (const candidate of [profile?.country, browserRegion()]) {
    if (COUNTRY_CODES.includes(candidate)) return candidate;
  }
  return countriesWithHelplines()[0];
}

function element(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function externalLink(href, text) {
  return element('a', { href, target: '_blank', rel: 'noreferrer', textContent: text });
}

function phoneItem(phone) {
  const parts = [`${message(phone.label)}: `, element('a', { href: `tel:${phone.dial}`, textContent: phone.number })];
  if (phone.hours) parts.push(` (${message(phone.hours.key, phone.hours.args)})`);
  return element('li', {}, parts);
}

function card(entry) {
  const href = urlFor(entry, lang);
  const item = element('li', { id: `help-${entry.id}` }, [
    element('h3', { textContent: entry.name }),
    element('p', { className: 'for', textContent: message(FOR_KEYS[entry.for]) }),
    element('p', { className: 'what', textContent: message(entry.what) }),
    element('ul', { className: 'contact' }, [
      ...entry.phones.map(phoneItem),
      element('li', {}, [`${message('helpWebsite')}: `, externalLink(href, new URL(href).hostname.replace(/^www\./, ''))]),
    ]),
  ]);
  item.dataset.confidence = entry.confidence;
  if (SOURCE_KEYS[entry.confidence]) item.append(element('p', { className: 'source muted', textContent: message(SOURCE_KEYS[entry.confidence]) }));
  return item;
}

function show(country) {
  const { local, everywhere } = helplinesFor(country);
  const name = countryName(country);
  document.getElementById('local-heading').textContent = message('helpLocalHeading', [name]);
  document.getElementById('no-local').hidden = local.length > 0;
  document.getElementById('local').replaceChildren(...local.map(card));
  document.getElementById('everywhere').replaceChildren(...everywhere.map(card));
  const emergency = document.getElementById('emergency');
  emergency.hidden = false;
  emergency.textContent = EMERGENCY_NUMBERS[country]
    ? message('helpEmergencyNumber', [EMERGENCY_NUMBERS[country]])
    : message('helpEmergencyLocal');
  document.body.dataset.country = country;
}

const country = await initialCountry();
const sorted = [...COUNTRY_CODES].sort((a, b) => countryName(a).localeCompare(countryName(b), uiLanguage));
select.replaceChildren(...sorted.map((code) => new Option(countryName(code), code, false, code === country)));
select.addEventListener('change', () => {
  show(select.value);
  document.getElementById('announce').textContent = message('helpShowingFor', [countryName(select.value)]);
});
show(country);
document.body.dataset.ready = 'true';

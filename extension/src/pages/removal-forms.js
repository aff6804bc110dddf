// The case page's "Removal forms" section: for every platform the captures were made on, its removal
// routes from the registry, each with a button that opens the platform's form and fills it.
import { send } from '../common/messages.js';

const PURPOSES = {
  privacy_gdpr: 'purpose_privacy_gdpr', ncii: 'purpose_ncii', synthetic_media: 'purpose_synthetic_media',
  impersonation: 'purpose_impersonation', dsa_notice: 'purpose_dsa_notice', take_it_down: 'purpose_take_it_down',
  search_delisting: 'purpose_search_delisting',
};

// The registry's platforms behind the case's captured addresses, each once.
export async function platformsOf(core, records) {
  const found = new Map();
  for (const record of records) {
    for (const url of [record.data?.page_url, record.data?.media_url]) {
      if (!/^https?:/.test(url ?? '')) continue;
      const match = await core.call('platforms.match', { url });
      if (match.platform && !found.has(match.platform.id)) found.set(match.platform.id, match);
    }
  }
  return [...found.values()];
}

export function renderRemovalForms({ api, list, matches, caseId, say }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  list.replaceChildren(...matches.map(({ platform, routes }) => {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = platform.name;
    const routeList = document.createElement('ul');
    for (const route of routes) {
      const line = document.createElement('li');
      const purpose = document.createElement('span');
      purpose.textContent = PURPOSES[route.purpose] ? message(PURPOSES[route.purpose]) : route.purpose;
      line.append(purpose, ' ', route.url_kind === 'email' ? mailLink(route) : openButton({ api, platform, route, caseId, say }));
      if (route.confidence !== 'official') {
        const note = document.createElement('span');
        note.className = 'unconfirmed';
        note.textContent = message('formsUnconfirmed');
        line.append(' ', note);
      }
      routeList.append(line);
    }
    item.append(name, routeList);
    return item;
  }));
  return matches.length;
}

// An e-mail route is written to, not filled: the address, as a link the mail program opens.
function mailLink(route) {
  const mail = document.createElement('a');
  mail.href = route.url;
  mail.textContent = route.url.replace(/^mailto:/, '');
  return mail;
}

function openButton({ api, platform, route, caseId, say }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const open = document.createElement('button');
  open.type = 'button';
  open.textContent = message('formsOpen');
  open.dataset.platform = platform.id;
  open.dataset.purpose = route.purpose;
  open.addEventListener('click', async () => {
    open.disabled = true;
    say('busy', message('formsOpening'));
    try {
      const result = await send(api, 'forms.open', { case: caseId, platform: platform.id, purpose: route.purpose });
      say('ok', message('formsOpened', [String(result.filled)]));
    } catch (error) {
      // A form that ended up on another host was not filled: the person checks the new tab.
      say('error', error.code === 'form_host_mismatch' ? message('formsWrongHost') : message('caseActionFailed', [error.message]));
    } finally {
      open.disabled = false;
    }
  });
  return open;
}

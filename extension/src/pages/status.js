// The popup: whether the wasm core, the native host and website access are there, in the person's
// language, with a way to grant website access again if it was revoked.
import { api } from '../platform/browser-api.js';
import { ErrorCode } from '../common/protocol.js';
import { send } from '../common/messages.js';
import { localize } from '../common/i18n.js';

const SITES = { origins: ['<all_urls>'] };   // also what tabs.captureVisibleTab needs for a screenshot

localize(api);

function show(element, part) {
  if (part.ok) {
    element.dataset.state = 'ok';
    element.textContent = api.i18n.getMessage('statusReady', [part.result.version]);
  } else if (part.error.code === ErrorCode.host_unavailable) {
    element.dataset.state = 'missing';
    element.textContent = api.i18n.getMessage('statusHostMissing');
  } else {
    element.dataset.state = 'error';
    element.textContent = api.i18n.getMessage('statusError', [part.error.message]);
  }
}

// Host permissions can be revoked by the person at any time; asking again needs a click (a user gesture).
async function showSites() {
  const allowed = await api.permissions.contains(SITES);
  const element = document.getElementById('sites');
  element.dataset.state = allowed ? 'ok' : 'missing';
  element.textContent = api.i18n.getMessage(allowed ? 'statusSitesAllowed' : 'statusSitesMissing');
  document.getElementById('allow-sites').hidden = allowed;
}

document.getElementById('open-cases').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL('pages/case.html') }));
document.getElementById('allow-sites').addEventListener('click', () => api.permissions.request(SITES).then(showSites));

const components = send(api, 'status.get', {}).then(
  (status) => {
    show(document.getElementById('core'), status.core);
    show(document.getElementById('host'), status.host);
  },
  (error) => {
    for (const id of ['core', 'host']) show(document.getElementById(id), { ok: false, error });
  },
);
Promise.allSettled([components, showSites()]).then(() => { document.body.dataset.ready = 'true'; });

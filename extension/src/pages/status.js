// The popup: whether the wasm core and the native host answer, in the person's language.
import { api } from '../platform/browser-api.js';
import { ErrorCode } from '../common/protocol.js';
import { send } from '../common/messages.js';
import { localize } from '../common/i18n.js';

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

send(api, 'status.get', {}).then(
  (status) => {
    show(document.getElementById('core'), status.core);
    show(document.getElementById('host'), status.host);
  },
  (error) => {
    for (const id of ['core', 'host']) show(document.getElementById(id), { ok: false, error });
  },
).finally(() => { document.body.dataset.ready = 'true'; });

// The options page's "Evidence vault on this computer": whether the helper program answers, and when
// it is not installed, what to download for this system and where the steps are.
import { ErrorCode } from '../common/protocol.js';
import { send } from '../common/messages.js';
import { showInstallHint } from './host-install-hint.js';

export async function setUpHostStatus({ api }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const state = document.getElementById('vault-host-state');
  let host;
  try {
    host = (await send(api, 'status.get', {})).host;
  } catch (error) {
    host = { ok: false, error };
  }
  if (host.ok) {
    state.dataset.state = 'ok';
    state.textContent = message('statusReady', [host.result.version]);
  } else if (host.error.code === ErrorCode.host_unavailable) {
    state.dataset.state = 'missing';
    state.textContent = message('statusHostMissing');
    await showInstallHint(api, document.getElementById('vault-host-install'));
  } else {
    state.dataset.state = 'error';
    state.textContent = message('statusError', [host.error.message]);
  }
}

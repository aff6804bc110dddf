// The few words the popup and the options page show when the helper program is not installed: what
// to download for this system and a link to the install page's steps for it.
import { installSummary } from '../common/host-install.js';

// Fills `element` (hidden until then) with the summary for this computer's system.
export async function showInstallHint(api, element) {
  const { os } = await api.runtime.getPlatformInfo();
  const summary = installSummary(os, api.runtime.getManifest().version);
  const link = Object.assign(document.createElement('a'), {
    href: summary.page, target: '_blank', textContent: api.i18n.getMessage('hostInstallLink'),
  });
  element.dataset.system = summary.system;
  element.replaceChildren(api.i18n.getMessage(summary.key, summary.substitutions), ' ', link);
  element.hidden = false;
}

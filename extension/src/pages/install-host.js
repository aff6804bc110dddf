// "Install the helper program": the steps for Windows, macOS, Linux and other systems, the person's
// own system first and marked. Every section is on the page (a person may install it on another
// computer); install-host.html#win, #mac, #linux and #other lead to one. Nothing is downloaded here.
import { api } from '../platform/browser-api.js';
import { localize } from '../common/i18n.js';
import { HOST_SYSTEMS, hostSystem, installSteps } from '../common/host-install.js';
import { installQuickExit } from './quick-exit.js';

localize(api);
installQuickExit(api, document.getElementById('quick-exit'));
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const HEADINGS = { win: 'hostInstallWinHeading', mac: 'hostInstallMacHeading', linux: 'hostInstallLinuxHeading', other: 'hostInstallOtherHeading' };

function element(tag, props = {}, children = []) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function stepItem({ key, substitutions, code }) {
  const item = element('li', {}, [element('p', { textContent: message(key, substitutions) })]);
  item.dataset.step = key;
  // Commands are shown exactly as they are typed, one per line, never translated.
  if (code.length) item.append(element('pre', {}, [element('code', { textContent: code.join('\n') })]));
  return item;
}

function section(system, mine, version) {
  const heading = element('h2', { id: `${system}-heading`, textContent: message(HEADINGS[system]) });
  if (mine) heading.append(' ', element('span', { className: 'mine', textContent: message('hostInstallYours') }));
  const node = element('section', { id: system }, [heading, element('ol', { className: 'steps' }, installSteps(system, version).map(stepItem))]);
  node.setAttribute('aria-labelledby', heading.id);
  if (mine) node.dataset.mine = 'true';
  return node;
}

const { os } = await api.runtime.getPlatformInfo();
const mine = hostSystem(os);
const version = api.runtime.getManifest().version;
const order = [mine, ...HOST_SYSTEMS.filter((system) => system !== mine)];
document.getElementById('systems').replaceChildren(...order.map((system) => section(system, system === mine, version)));
document.body.dataset.system = mine;
// The anchor named in the address is drawn only now: bring it into view.
if (location.hash) document.getElementById(location.hash.slice(1))?.scrollIntoView();
document.body.dataset.ready = 'true';

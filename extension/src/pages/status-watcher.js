// The popup's watcher part (docs/watcher.md): whether the watcher looks at this page, "Check this
// page" (once, against every case, whether the watcher is on or off), its progress and result, and
// each sighting with the button that adds it to its case.
import { api } from '../platform/browser-api.js';
import { send } from '../common/messages.js';
import { currentTab } from './status.js';

const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const byId = (id) => document.getElementById(id);
const button = byId('watcher-check');
const result = byId('watcher-result');
const progress = byId('watcher-progress');
const POLL_MS = 250;

function say(state, text) {
  result.dataset.state = state;
  result.textContent = text;
}

const sentence = (found) => (found.kind === 'video' ? message('watcherFoundVideo', [found.title, String(found.distance)])
  : message('watcherFoundPicture', [found.title, String(found.distance)]));

function caseLink(caseId) {
  return Object.assign(document.createElement('a'), { href: `case.html?case=${encodeURIComponent(caseId)}`, target: '_blank', textContent: message('popupOpenCase') });
}

function showFound(found) {
  byId('watcher-distance').hidden = found.length === 0;
  byId('watcher-found').replaceChildren(...found.map((sighting) => {
    const item = document.createElement('li');
    item.dataset.case = sighting.case;
    item.dataset.distance = String(sighting.distance);
    const text = Object.assign(document.createElement('p'), { textContent: sentence(sighting) });
    const outcome = Object.assign(document.createElement('p'), { className: 'outcome' });
    outcome.setAttribute('role', 'status');
    item.append(text);
    if (sighting.captured) {
      outcome.dataset.state = 'captured';
      outcome.append(message('watcherCaptured'), ' ', caseLink(sighting.captured.case));
      item.append(outcome);
      return item;
    }
    const add = Object.assign(document.createElement('button'), { type: 'button', className: 'primary', textContent: message('watcherCapture') });
    add.addEventListener('click', async () => {
      add.disabled = true;
      try {
        const captured = await send(api, 'watcher.capture', { id: sighting.id });
        add.remove();
        outcome.dataset.state = 'captured';
        outcome.dataset.seq = String(captured.seq);
        outcome.replaceChildren(message('watcherCaptured'), ' ', caseLink(captured.case));
      } catch (error) {
        add.disabled = false;
        outcome.dataset.state = 'error';
        outcome.textContent = message('watcherCaptureFailed', [error.message]);
      }
    });
    item.append(add, outcome);
    return item;
  }));
}

function showProgress(checking) {
  progress.hidden = !checking;
  if (!checking) return;
  progress.max = Math.max(1, checking.total);
  progress.value = checking.done;
  say('working', message('watcherChecking', [String(checking.done), String(checking.total)]));
}

async function check(tab) {
  button.disabled = true;
  say('working', message('watcherChecking', ['0', '…']));
  const poll = setInterval(() => {
    send(api, 'watcher.status', { tab: tab.id }).then((status) => showProgress(status.checking), () => {});
  }, POLL_MS);
  try {
    const outcome = await send(api, 'watcher.check_page', { tab: tab.id });
    clearInterval(poll);
    showProgress(null);
    showFound(outcome.found);
    if (outcome.found.length) say('found', sentence(outcome.found[0]));
    else if (outcome.checked === 0) say('none', message('watcherCheckNoPictures'));
    else say('none', message('watcherCheckNothing', [String(outcome.checked)]));
  } catch (error) {
    clearInterval(poll);
    showProgress(null);
    say('error', message('watcherCheckFailed', [error.message]));
  } finally {
    button.disabled = false;
  }
}

async function setUp() {
  const tab = await currentTab();
  if (!/^https?:/.test(tab?.url ?? '')) return;
  const status = await send(api, 'watcher.status', { tab: tab.id });
  const state = byId('watcher-state');
  state.dataset.state = status.running && !status.excluded ? 'on' : status.excluded ? 'excluded' : 'off';
  state.textContent = message(status.running && !status.excluded ? 'watcherPopupOn' : status.excluded ? 'watcherPopupExcluded' : 'watcherPopupOff');
  showFound(status.found);
  button.disabled = false;
  button.addEventListener('click', () => check(tab));
}

setUp().catch((error) => console.error('Takedown: the watcher part of the popup failed', error))
  .finally(() => { document.body.dataset.watcherReady = 'true'; });

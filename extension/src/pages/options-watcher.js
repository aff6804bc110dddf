// The options page's "Watch for copies" part: the watcher's switch for every case and the sites it
// leaves alone, saved at once in storage.local.watcher (docs/protocol.md, "Watcher"). Off unless
// the person turns it on; a case's own switch lives on the case page (pages/case-watcher.js).
import { siteOf, watcherSettings } from '../common/perceptual-index.js';

export async function setUpWatcher({ api }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const $ = (id) => document.getElementById(id);
  const enabled = $('watcher-enabled');
  const state = $('watcher-state');
  const form = $('watcher-exclude');
  const input = $('watcher-site');
  const error = $('watcher-site-error');

  const current = async () => watcherSettings((await api.storage.local.get('watcher')).watcher);
  // Read, change and write in one go, so that a case page saving its own switch meanwhile is kept.
  async function update(change) {
    const next = change(await current());
    await api.storage.local.set({ watcher: next });
    return next;
  }

  function show(settings, said = false) {
    enabled.checked = settings.enabled;
    state.dataset.state = settings.enabled ? 'on' : 'off';
    state.textContent = `${message(settings.enabled ? 'watcherStateOn' : 'watcherStateOff')}${said ? ` ${message('watcherSaved')}` : ''}`;
    $('watcher-no-sites').hidden = settings.excluded_sites.length > 0;
    $('watcher-sites').replaceChildren(...settings.excluded_sites.map((site) => {
      const item = document.createElement('li');
      item.dataset.site = site;
      const name = document.createElement('span');
      name.textContent = site;
      const remove = Object.assign(document.createElement('button'), { type: 'button', textContent: message('watcherExcludedRemove', [site]) });
      remove.addEventListener('click', async () => {
        show(await update((s) => ({ ...s, excluded_sites: s.excluded_sites.filter((x) => x !== site) })), true);
        input.focus();
      });
      item.append(name, remove);
      return item;
    }));
  }

  enabled.addEventListener('change', async () => {
    show(await update((s) => ({ ...s, enabled: enabled.checked })), true);
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const site = siteOf(input.value);
    const valid = site !== null && site.includes('.') || site === 'localhost';
    input.setAttribute('aria-invalid', String(!valid));
    error.hidden = valid;
    if (!valid) {
      input.focus();
      return;
    }
    show(await update((s) => ({ ...s, excluded_sites: s.excluded_sites.includes(site) ? s.excluded_sites : [...s.excluded_sites, site].sort() })), true);
    input.value = '';
  });

  // Another page (a case page, an import) changed it: shown as it is now.
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.watcher) show(watcherSettings(changes.watcher.newValue));
  });

  show(await current());
}

// The case page's switch for the watcher (docs/watcher.md): watch the pages the person visits for
// copies of this case's pictures and videos. A case's own choice is kept beside the switch for every
// case in storage.local.watcher.cases (true or false; absent: it follows the switch for every case).
import { caseWatched, watcherSettings } from '../common/perceptual-index.js';

export function createCaseWatcher({ api, box }) {
  const toggle = box.querySelector('input');
  let caseId = null;
  const current = async () => watcherSettings((await api.storage.local.get('watcher')).watcher);

  toggle.addEventListener('change', async () => {
    const settings = await current();
    await api.storage.local.set({ watcher: { ...settings, cases: { ...settings.cases, [caseId]: toggle.checked } } });
  });
  api.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && changes.watcher && caseId) toggle.checked = caseWatched(watcherSettings(changes.watcher.newValue), caseId);
  });

  return {
    async show(id) {
      caseId = id;
      toggle.checked = caseWatched(await current(), id);
      box.hidden = false;
    },
  };
}

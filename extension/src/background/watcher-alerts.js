// How the watcher tells the person: the toolbar button of the tab (a small "on" while it watches
// the page, the number of sightings once something matched, each with a tooltip in plain words)
// and one notification per sighting. The sightings of each tab are kept in storage.session
// (watcherFound), so the popup and a click on the notification find them after the background
// restarted. Discretion (issue #13): a notification names the case only when the person chose
// detailed notifications.
const FOUND_KEY = 'watcherFound';
const MAX_PER_TAB = 20;
export const NOTIFICATION_PREFIX = 'takedown-watcher-';

export function createWatcherAlerts({ api }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const detailed = async () => (await api.storage.local.get('profile')).profile?.notifications_detailed === true;

  async function allFound() {
    return (await api.storage.session.get(FOUND_KEY))[FOUND_KEY] ?? {};
  }

  async function foundIn(tabId) {
    return (await allFound())[tabId] ?? null;
  }

  async function save(tabId, entry) {
    const all = await allFound();
    if (entry) all[tabId] = entry;
    else delete all[tabId];
    await api.storage.session.set({ [FOUND_KEY]: all });
  }

  // The sighting with notification/match id `id`, and its tab.
  async function sighting(id) {
    for (const [tabId, entry] of Object.entries(await allFound())) {
      const found = entry.found.find((f) => f.id === id);
      if (found) return { tabId: Number(tabId), entry, found };
    }
    return null;
  }

  const sentence = (found, withTitle) => {
    const distance = String(found.distance);
    if (found.kind === 'video') {
      return withTitle ? message('watcherFoundVideo', [found.title, distance]) : message('watcherFoundVideoDiscreet', [distance]);
    }
    return withTitle ? message('watcherFoundPicture', [found.title, distance]) : message('watcherFoundPictureDiscreet', [distance]);
  };

  async function setBadge(tabId, text, color, title) {
    if (!api.action?.setBadgeText) return;
    await api.action.setBadgeText({ tabId, text });
    if (text) await api.action.setBadgeBackgroundColor({ tabId, color });
    await api.action.setTitle({ tabId, title });
  }

  // The watcher looks at this tab's page: a small sign on the toolbar button.
  async function watching(tabId, pageUrl, page) {
    const entry = await foundIn(tabId);
    if (entry?.page === page && entry.found.length) return;
    if (entry && entry.page !== page) await save(tabId, null);
    await setBadge(tabId, message('watcherBadgeOn'), '#2f6f4f', message('watcherTitleOn')).catch(() => {});
  }

  // The page changed or the watcher was switched off: the tab's signs go, and the tab shows what
  // every tab shows (the reminders' badge, if any). null resets a tab's own value in both browsers.
  async function clear(tabId) {
    await save(tabId, null);
    if (!api.action?.setBadgeText) return;
    try {
      await api.action.setBadgeText({ tabId, text: null });
      await api.action.setTitle({ tabId, title: null });
    } catch {
      await setBadge(tabId, '', '#000000', message('actionTitle')).catch(() => {});
    }
  }

  async function reported(tabId, page, pageUrl, found) {
    const entry = await foundIn(tabId);
    const current = entry?.page === page ? entry : { page, page_url: pageUrl, found: [] };
    current.found = [...current.found, found].slice(-MAX_PER_TAB);
    await save(tabId, current);
    const withTitle = await detailed();
    await setBadge(tabId, String(current.found.length), '#b3261e', sentence(found, true)).catch(() => {});
    const options = {
      type: 'basic', iconUrl: api.runtime.getURL('icons/icon-128.png'), title: message('watcherNotifyTitle'),
      message: `${sentence(found, withTitle)} ${message('watcherNotifyClick')}`,
    };
    try {
      await api.notifications.create(found.id, { ...options, buttons: [{ title: message('watcherCaptureButton') }] });
    } catch {
      // Firefox shows no buttons: a click on the notification does the same.
      await api.notifications.create(found.id, options);
    }
  }

  async function markCaptured(id, captured) {
    const hit = await sighting(id);
    if (!hit) return;
    hit.found.captured = captured;
    await save(hit.tabId, hit.entry);
  }

  return { foundIn, sighting, watching, clear, reported, markCaptured, sentence };
}

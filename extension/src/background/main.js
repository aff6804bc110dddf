// The background's entry point. Every listener is registered synchronously on the first turn, so
// that an event which wakes the service worker (or Firefox's event page) is never missed; work
// that needs the wasm core waits on its load promise instead.
import { api, disconnectReason } from '../platform/browser-api.js';
import { IDENTITY } from '../common/protocol.js';
import { core } from './core.js';
import { NativeHost } from './native-host.js';
import { createActions } from './actions.js';
import { createRouter } from './router.js';
import { createMenus, onMenuClicked } from './context-menu.js';
import { onMediaPort } from './media-upload.js';
import { onVideoFramesPort } from '../platform/video-frames.js';
import { createFormFilling } from './form-filling.js';
import { createReminders } from './reminders.js';
import { createVaultMirror } from './vault-mirror.js';
import { createRedaction } from './redaction.js';
import { onAppended } from './case-log.js';
import { rememberVault } from '../common/erase.js';
import { createPageReport } from './report-page.js';
import { createWatcher } from './watcher.js';

export const nativeHost = new NativeHost({ api, hostName: IDENTITY.hostName, disconnectReason });
export const forms = createFormFilling({ api, core });
export const reminders = createReminders({ api, core });
export const vaultMirror = createVaultMirror({ nativeHost, onVaultSeen: (root) => rememberVault(api, root) });
export const redaction = createRedaction({ core, nativeHost, vaultMirror });
export const pageReport = createPageReport({ api, core, forms });
export const watcher = createWatcher({ api, core });
export const onMessage = createRouter({ api, handlers: { ...createActions({ core, nativeHost, forms, reminders, vaultMirror, redaction, pageReport }), ...watcher.handlers } });
export const onMenuClick = (info, tab) => onMenuClicked({ api, core, forms }, info, tab);

api.runtime.onMessage.addListener(onMessage);
api.runtime.onInstalled.addListener(() => createMenus(api));
// A first install opens the welcome: what Takedown does and keeps, and the person's details.
api.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') api.tabs.create({ url: api.runtime.getURL('pages/options.html#welcome') });
});
api.contextMenus.onClicked.addListener(onMenuClick);
// The report-page keyboard command: "Report this page" where a player replaces the context menu.
api.commands.onCommand.addListener((command, tab) => pageReport.onCommand(command, tab)
  .catch((error) => console.error('Takedown: reporting the page failed', error)));
api.runtime.onConnect.addListener(onMediaPort(core));
// Chromium's video frame decoder (an offscreen document) answers over a port (perceptual hashes).
api.runtime.onConnect.addListener(onVideoFramesPort);
api.alarms.onAlarm.addListener((alarm) => reminders.onAlarm(alarm).catch((error) => console.error('Takedown: reminder failed', error)));
api.notifications.onClicked.addListener((id) => reminders.onNotificationClicked(id));
// The watcher's sightings (background/watcher.js): a click, or the button where there is one, captures.
api.notifications.onClicked.addListener(watcher.onNotificationClicked);
api.notifications.onButtonClicked?.addListener(watcher.onNotificationButtonClicked);
api.tabs.onUpdated.addListener(watcher.onTabUpdated);
api.tabs.onRemoved.addListener(watcher.onTabRemoved);
api.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  reminders.onSettingsChanged(changes);
  watcher.onSettingsChanged(changes);
});
// Alarms may not outlive a browser restart everywhere; rebuilding them from the cases costs little.
const syncReminders = () => reminders.sync().catch((error) => console.error('Takedown: reminders not set', error));
api.runtime.onStartup.addListener(syncReminders);
api.runtime.onInstalled.addListener(syncReminders);

// The vault mirror (issue #5): after every record, on every start of the background, and when the
// host answers again after it was missing. Without a host each run stops quietly.
const mirrorFailed = (error) => console.error('Takedown: the vault mirror failed', error);
onAppended((caseId) => vaultMirror.mirrorCase(caseId).catch(mirrorFailed));
nativeHost.onRecovered(() => vaultMirror.mirrorAll().catch(mirrorFailed));
vaultMirror.mirrorAll().catch(mirrorFailed);

core.load().catch((error) => console.error('Takedown: the wasm core did not load', error));

// The e2e tests' hooks (test builds only) import these: the same objects the listeners use.
export { core };

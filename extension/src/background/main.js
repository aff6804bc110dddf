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
import { createFormFilling } from './form-filling.js';

export const nativeHost = new NativeHost({ api, hostName: IDENTITY.hostName, disconnectReason });
export const forms = createFormFilling({ api, core });
export const onMessage = createRouter({ api, handlers: createActions({ core, nativeHost, forms }) });
export const onMenuClick = (info, tab) => onMenuClicked({ api, core, forms }, info, tab);

api.runtime.onMessage.addListener(onMessage);
api.runtime.onInstalled.addListener(() => createMenus(api));
api.contextMenus.onClicked.addListener(onMenuClick);
api.runtime.onConnect.addListener(onMediaPort(core));

core.load().catch((error) => console.error('Takedown: the wasm core did not load', error));

// The e2e tests' hooks (test builds only) import these: the same objects the listeners use.
export { core };

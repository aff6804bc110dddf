// Test-only hooks, present only in the extension-test build. Drivers cannot click a native context
// menu, and Firefox's WebDriver BiDi cannot reach the background at all, so tests call these named
// operations: Chromium through the service worker (globalThis.takedownTest.run), Firefox through a
// port from the harness page (test/harness.html). Each answers {ok, result} or {ok: false, error}.
import { api, disconnectReason, findTabsByUrl } from '../platform/browser-api.js';
import { CHILD_MENU_ID, FILL_MENU_ID, REPORT_MENU_ID } from '../background/context-menu.js';
import { core, forms, nativeHost, onMessage, onMenuClick, pageReport, redaction, reminders, vaultMirror, watcher } from '../background/main.js';
import { expectMedia } from '../background/media-upload.js';
import { caseFacts, contentFrames } from '../background/form-filling.js';
import { artifactChunks, caseRecords, get, getAll, requestResult, transact } from '../common/store.js';
import { verifyCase } from '../common/verify.js';
import { buildDossier } from '../common/dossier.js';
import { base64ToBytes, bytesToBase64 } from '../common/encoding.js';
import { captureStreamed } from '../background/stream-capture.js';
import { ArtifactWriter, storeBytes } from '../background/artifacts.js';
import { NativeHost } from '../background/native-host.js';
import { createVaultMirror, MIRROR_LIMITS } from '../background/vault-mirror.js';
import { appendRecord, createCase, recordTime } from '../background/case-log.js';
import { captureVisible } from '../background/screenshot.js';
import { hashingSettled } from '../background/perceptual-hashes.js';

async function tabFor(url) {
  const tabs = await findTabsByUrl(url);
  if (tabs.length !== 1) throw new Error(`expected one tab with ${url}, found ${tabs.length}`);
  return tabs[0];
}

const hooks = {
  manifest: async () => ({ manifest: api.runtime.getManifest(), id: api.runtime.id, origin: api.runtime.getURL('') }),
  core: ({ method, params }) => core.call(method, params),
  coreTrap: async () => {
    const before = core.generation;
    const trap = await core.trapForTests().then(() => null, (e) => e.code);
    const echoed = await core.call('core.echo', { value: 'after the trap' });
    return { trap, echoed, fresh: core.generation === before + 1 };
  },
  host: ({ method, params }) => nativeHost.call(method, params),
  // The vault mirror (issue #5): what it did so far, a catch-up of every case now, and closing the
  // native port (the host exits, as when it crashes; the next call starts a new one).
  vaultMirrorStats: () => structuredClone(vaultMirror.stats),
  mirrorAll: () => vaultMirror.mirrorAll(),
  hostClose: () => nativeHost.close(),
  // The raw answer of the content script in the tab showing `url`.
  contentPing: async ({ url, echo }) => {
    const tab = await tabFor(url);
    return api.tabs.sendMessage(tab.id, { v: 1, id: 'test-ping', action: 'content.ping', payload: { echo } });
  },
  // The router's answer to `message` as if the content script in the tab showing `url` sent it.
  routeAsContent: async ({ url, message }) => {
    const tab = await tabFor(url);
    const sender = { id: api.runtime.id, tab, url, frameId: 0 };
    return new Promise((resolve) => onMessage(message, sender, resolve));
  },
  menuExists: async ({ id = REPORT_MENU_ID } = {}) => {
    await api.contextMenus.update(id, {});   // rejects when the item does not exist
    return true;
  },
  menuClick: async ({ url, info }) => onMenuClick({ menuItemId: REPORT_MENU_ID, pageUrl: url, frameId: 0, ...info }, await tabFor(url)),
  // The report-page keyboard command (drivers cannot press a browser shortcut) on the tab showing `url`.
  reportCommand: async ({ url }) => pageReport.onCommand('report-page', await tabFor(url)),
  // What a removal form is filled with from a case (the addresses in it).
  caseFacts: ({ caseId }) => caseFacts(caseId),
  // Form filling (docs/testing.md): the programmatic trigger, the menu item, the case page's button,
  // and the panel, read and clicked from the isolated world (its shadow root is closed to the page).
  setProfile: ({ profile }) => api.storage.local.set({ profile }),
  fillForm: async ({ url, caseId, purpose = null }) => forms.fillTab({ tabId: (await tabFor(url)).id, caseId, purpose }),
  fillMenuClick: async ({ url }) => onMenuClick({ menuItemId: FILL_MENU_ID, pageUrl: url, frameId: 0 }, await tabFor(url)),
  openForm: ({ caseId, platform, purpose }) => forms.openForm({ caseId, platform, purpose }),
  fillFrames: async ({ url }) => (await contentFrames(api, (await tabFor(url)).id)).length,
  // The panel's text, its action buttons (Undo, Close), its questions and where it is; `click`: undo,
  // close, collapse or move; `answer`: the id of a choice to press (of the first question offering it).
  panel: async ({ url, click = null, answer = null }) => {
    const [{ result }] = await api.scripting.executeScript({
      target: { tabId: (await tabFor(url)).id },
      args: [click, answer],
      func: (button, choice) => {
        const host = document.getElementById('takedown-form-panel');
        const root = host && globalThis.takedownPlatform.shadowRoot(host);
        if (!root) return null;
        const buttons = [...root.querySelectorAll('.buttons button')];
        if (button === 'undo' || button === 'close') buttons[button === 'undo' ? 0 : buttons.length - 1].click();
        if (button === 'collapse' || button === 'move') root.querySelector(`header button.${button}`).click();
        if (choice) root.querySelector(`.question button[data-choice="${CSS.escape(choice)}"]`).click();
        const box = host.getBoundingClientRect();
        return {
          text: root.querySelector('section').innerText,
          buttons: buttons.map((b) => b.textContent),
          questions: [...root.querySelectorAll('.question')].map((q) => ({
            text: q.querySelector('p').textContent,
            choices: [...q.querySelectorAll('button')].map((b) => ({ id: b.dataset.choice, text: b.textContent, disabled: b.disabled })),
          })),
          rect: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
          inTopLayer: host.matches(':popover-open'),
          collapsed: root.querySelector('.body').hidden,
          focused: root.activeElement?.textContent ?? null,
        };
      },
    });
    return result;
  },
  // Reminders: the alarms set, firing one now (a month cannot pass in a test), the notifications shown.
  alarms: async () => (await api.alarms.getAll()).map(({ name, scheduledTime }) => ({ name, scheduledTime })),
  clearAlarms: () => api.alarms.clearAll(),
  syncReminders: ({ caseId = null } = {}) => reminders.sync(caseId),
  fireAlarm: ({ name }) => reminders.onAlarm({ name, scheduledTime: Date.now() }),
  forgetReminders: () => api.storage.local.remove('remindersNotified'),
  notifications: async () => Object.keys(await api.notifications.getAll()),
  // The id of the tab showing `url` (the popup is opened as a page with ?tab=<id> in tests).
  tabId: async ({ url }) => (await tabFor(url)).id,
  sessionGet: async ({ key }) => (await api.storage.session.get(key))[key] ?? null,
  permissionsContain: ({ origins }) => api.permissions.contains({ origins }),
  message: ({ key, substitutions }) => api.i18n.getMessage(key, substitutions),
  openTab: async ({ path }) => (await api.tabs.create({ url: api.runtime.getURL(path) })).id,
  // Evidence: what is stored, verification, export, and deliberate damage to prove it is detected.
  records: ({ caseId }) => caseRecords(caseId),
  artifact: ({ sha256 }) => get('artifacts', sha256),
  artifactCount: async () => (await getAll('artifacts')).length,
  // The background's own media size limit (issue #15): an upload from the tab showing `url` expected
  // with `maxBytes`, while its content script is told a far larger limit, as a content script that
  // ignores or lies about the limit would be. Answers how it ended, what the content script sent
  // and how many stored chunks it left.
  mediaOverLimit: async ({ url, srcUrl, maxBytes, store = true }) => {
    const tab = await tabFor(url);
    const chunkCount = () => transact(['chunks'], 'readonly', (s) => requestResult(s.chunks.count()));
    const before = await chunkCount();
    const { channel, done } = expectMedia(tab.id, 20_000, { store, maxBytes });
    const sending = api.tabs.sendMessage(tab.id, { v: 1, id: 'test-media', action: 'content.fetch_media',
      payload: { url: srcUrl, channel, maxBytes: Number.MAX_SAFE_INTEGER } }, { frameId: 0 });
    const outcome = await done.then((stored) => ({ stored }), (error) => ({ error: error.message }));
    const answer = await sending;
    return { ...outcome, sent: answer?.result?.sent ?? null, chunksLeft: (await chunkCount()) - before };
  },
  newCase: async ({ title }) => {
    const created = await createCase(title);
    await api.storage.local.set({ currentCase: created.id });
    return created;
  },
  verifyCase: ({ caseId }) => verifyCase(core, caseId),
  exportDossier: async ({ caseId, lang = 'en', at }) => {
    const { zip, name } = await buildDossier({ core, caseId, lang, now: at ? new Date(at) : new Date() });
    return { name, base64: bytesToBase64(new Uint8Array(await zip.arrayBuffer())) };
  },
  // Safe capture and redaction (issue #13): the child menu item, the case entry (safe, answers), every
  // stored artifact, answers set as the case page saves them, and the redaction itself.
  childMenuClick: async ({ url, info }) => onMenuClick({ menuItemId: CHILD_MENU_ID, pageUrl: url, frameId: 0, ...info }, await tabFor(url)),
  caseEntry: ({ caseId }) => get('cases', caseId),
  allArtifacts: () => getAll('artifacts'),
  artifactBase64: async ({ sha256 }) => {
    const { blobs } = await artifactChunks(sha256);
    return bytesToBase64(new Uint8Array(await new Blob(blobs).arrayBuffer()));
  },
  artifactText: async ({ sha256 }) => {
    const { blobs } = await artifactChunks(sha256);
    return new Blob(blobs).text();
  },
  setAnswers: ({ caseId, answers }) => transact(['cases'], 'readwrite', async (s) => {
    const entry = await requestResult(s.cases.get(caseId));
    await requestResult(s.cases.put({ ...entry, answers }));
  }),
  redact: ({ caseId, reason = 'child_sexual_image' }) => redaction.redactCase(caseId, reason),
  // Streamed video and audio (issue #15 part 2): captureStreamed on the tab showing `url`, sealed into
  // a capture record of the current case (so the core checks data.media); the in-page Stop; bytes.
  streamCapture: async ({ url, target, prefer, limits }) => {
    const tab = await tabFor(url);
    const artifacts = [];
    const notCaptured = [];
    const keep = async (name, promise) => {
      const stored = await promise;
      artifacts.push({ name, sha256: stored.sha256, size: stored.size, mime: stored.mime });
      return stored;
    };
    const miss = (what, error) => notCaptured.push({ what, reason: String(error?.message ?? error) });
    const { media } = await captureStreamed({ api, core, tabId: tab.id, frameId: 0, target, keep, miss, prefer, limits });
    const png = await captureVisible(api, tab.windowId);
    await keep('screenshot.png', storeBytes(core, png, 'image/png'));
    const { currentCase } = await api.storage.local.get('currentCase');
    const record = await appendRecord(core, currentCase, {
      type: 'capture', at: recordTime(new Date()), artifacts,
      data: { kind: target.target, page_url: url, media_url: target.url ?? null, media, not_captured: notCaptured },
    });
    return { record, media, notCaptured };
  },
  // The Stop button itself, pressed from the isolated world (its shadow root is closed to the page).
  streamPressStop: async ({ url }) => {
    const [{ result }] = await api.scripting.executeScript({
      target: { tabId: (await tabFor(url)).id },
      func: () => {
        const host = document.getElementById('takedown-stream-host');
        const root = host && globalThis.takedownPlatform.shadowRoot(host);
        const button = root?.querySelector('button');
        if (!button) return null;
        const shown = { text: root.querySelector('[role="status"]').textContent, button: button.textContent, time: root.querySelector('span').textContent };
        button.click();
        return shown;
      },
    });
    return result;
  },
  artifactBase64: async ({ sha256 }) => {
    const { blobs } = await artifactChunks(sha256);
    return bytesToBase64(new Uint8Array(await new Blob(blobs).arrayBuffer()));
  },
  // Reordering cannot be done here (a record's key is its seq); tests reorder an exported log instead.
  // bench/upload.mjs: an artifact of random bytes in IndexedDB, then the vault mirror's own upload
  // of it to a named native host (the real one or the bare sink) on a port of its own, so that the
  // bench can read the host process's memory between the steps.
  benchStoreRandom: async ({ megabytes }) => {
    const writer = new ArtifactWriter(core);
    const piece = new Uint8Array(8 << 20);
    for (let left = megabytes * 1_000_000; left > 0; left -= piece.length) {
      for (let i = 0; i < piece.length; i += 65536) crypto.getRandomValues(piece.subarray(i, i + 65536));
      await writer.write(piece.subarray(0, Math.min(piece.length, left)));
    }
    return writer.finish('application/octet-stream');
  },
  benchHostOpen: async ({ hostName }) => {
    benchHosts.get(hostName)?.close();
    const host = new NativeHost({ api, hostName, disconnectReason, timeoutMs: 120_000 });
    benchHosts.set(hostName, host);
    return host.call('ping');
  },
  benchUpload: async ({ hostName, sha256, chunkBytes }) => {
    const mirror = createVaultMirror({ nativeHost: benchHosts.get(hostName), limits: { ...MIRROR_LIMITS, chunkBytes } });
    const start = performance.now();
    await mirror.upload(sha256);
    return { ms: performance.now() - start, bytesSent: mirror.stats.bytesSent };
  },
  benchHostClose: ({ hostName }) => {
    benchHosts.get(hostName)?.close();
    benchHosts.delete(hostName);
    return true;
  },
  // The watcher (issue #16): what it photographed and hashed so far (and the time it took), the
  // popup's view of the tab showing `url`, and a sighting's notification clicked (drivers cannot).
  watcherStats: () => ({ ...watcher.stats }),
  watcherStatus: async ({ url }) => watcher.handlers['watcher.status']({ tab: (await tabFor(url)).id }),
  watcherNotificationClick: ({ id }) => watcher.notificationClicked(id),
  tamper: async ({ caseId, kind, seq }) => {
    const record = await get('records', [caseId, seq]);
    if (kind === 'artifact_byte') {
      const artifact = await get('artifacts', record.artifacts[0].sha256);
      const chunk = await get('chunks', [artifact.upload, 0]);
      const bytes = new Uint8Array(await chunk.blob.arrayBuffer());   // read before the write transaction
      bytes[bytes.length >> 1] ^= 0x01;
      await transact(['chunks'], 'readwrite', (s) => requestResult(s.chunks.put({ ...chunk, blob: new Blob([bytes]) })));
      return artifact.sha256;
    }
    await transact(['records'], 'readwrite', (s) => requestResult(kind === 'delete_record'
      ? s.records.delete([caseId, seq])
      : s.records.put({ ...record, data: { ...record.data, title: `${record.data.title}!` } })));
    return kind;
  },
  // Perceptual hashes (issue #16): wait until every capture's hashes are recorded; PDQ of pixels the
  // test decoded itself (RGB or RGBA bytes, base64), to hold against what a capture recorded.
  hashesSettled: () => hashingSettled(),
  pdqHash: ({ base64, width, height, channels }) => core.pdqHash({ data: base64ToBytes(base64), width, height, channels }),
};


const benchHosts = new Map();   // host name -> NativeHost, for the bench hooks

async function run(name, payload = {}) {
  const hook = hooks[name];
  if (!hook) return { ok: false, error: { code: 'unknown_hook', message: `no test hook "${name}"` } };
  try {
    return { ok: true, result: await hook(payload) };
  } catch (error) {
    return { ok: false, error: { code: error.code ?? 'internal', message: error.message } };
  }
}

globalThis.takedownTest = { run, core, nativeHost };   // core and nativeHost: for bench/run.mjs

// Firefox's path: the harness page, an extension page of ours, asks over a port of its own, so the
// product's message router never sees test traffic.
api.runtime.onConnect.addListener((port) => {
  if (port.name !== 'takedown-test' || port.sender?.url !== api.runtime.getURL('test/harness.html')) return;
  port.onMessage.addListener(async ({ id, name, payload }) => port.postMessage({ id, answer: await run(name, payload) }));
});

// The harness page is opened on install so that a BiDi driver finds an extension page to work from.
api.runtime.onInstalled.addListener(() => api.tabs.create({ url: api.runtime.getURL('test/harness.html'), active: false }));

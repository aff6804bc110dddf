// "Report as a deepfake of me" on images, videos, links, pages and selections: keeps proof of what
// was clicked (capture.js) and tells the person, in the page, what was kept.
import { askContent } from './tabs.js';
import { capture } from './capture.js';

export const REPORT_MENU_ID = 'takedown-report';
const CONTEXTS = ['image', 'video', 'link', 'page', 'selection'];

export async function createMenus(api) {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: REPORT_MENU_ID, title: api.i18n.getMessage('menuReport'), contexts: CONTEXTS });
}

// What was clicked, most specific first, and the i18n key of its name.
const KIND_MESSAGES = { image: 'kindImage', video: 'kindVideo', link: 'kindLink', selection: 'kindSelection', page: 'kindPage' };
function clickedKind(info) {
  if (info.mediaType === 'image' || info.mediaType === 'video') return info.mediaType;
  if (info.linkUrl) return 'link';
  if (info.selectionText) return 'selection';
  return 'page';
}

export async function onMenuClicked(api, core, info, tab) {
  if (info.menuItemId !== REPORT_MENU_ID || tab?.id === undefined) return null;
  const kind = clickedKind(info);
  let outcome;
  let text;
  try {
    outcome = await capture({ api, core, info, tab, kind });
    const kept = outcome.record.artifacts.length;
    text = api.i18n.getMessage(outcome.notCaptured.length ? 'noticeCapturedPartly' : 'noticeCaptured',
      [api.i18n.getMessage(KIND_MESSAGES[kind]), String(kept)]);
  } catch (error) {
    console.error('Takedown: capture failed', error);
    outcome = { error: { code: error.code ?? 'internal', message: error.message } };
    text = api.i18n.getMessage(error.code === 'storage_full' ? 'noticeStorageFull' : 'noticeCaptureFailed', [error.message]);
  }
  await api.storage.session.set({ lastCapture: { kind, case: outcome.case ?? null, seq: outcome.record?.seq ?? null } });
  let noticeShown = false;
  try {
    noticeShown = (await askContent(api, tab.id, 'content.notice', { text }, info.frameId ?? 0)).shown;
  } catch (error) {
    console.warn('Takedown: could not show the notice in the page', error.message);
  }
  return { kind, ...outcome, noticeShown };
}

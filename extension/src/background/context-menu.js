// "Report as a deepfake of me" on images, videos, links, pages and selections: keeps proof of what
// was clicked (capture.js) and tells the person, in the page, what was kept.
// "Report: it shows my child" does the same as a safe capture (no picture kept; issue #13) and makes
// the case a child's case; every later capture into that case is safe too.
// "Fill this form from my case" on any page: fills the form with the most recent case (form-filling.js).
import { askContent } from './tabs.js';
import { capture } from './capture.js';
import { markCaseSafe } from './case-log.js';
import { mostRecentCase } from './form-filling.js';

export const REPORT_MENU_ID = 'takedown-report';
export const CHILD_MENU_ID = 'takedown-report-child';
export const FILL_MENU_ID = 'takedown-fill';
const CONTEXTS = ['image', 'video', 'link', 'page', 'selection'];
const FILL_CONTEXTS = ['page', 'frame', 'editable'];

export async function createMenus(api) {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: REPORT_MENU_ID, title: api.i18n.getMessage('menuReport'), contexts: CONTEXTS });
  api.contextMenus.create({ id: CHILD_MENU_ID, title: api.i18n.getMessage('safeMenuReportChild'), contexts: CONTEXTS });
  api.contextMenus.create({ id: FILL_MENU_ID, title: api.i18n.getMessage('menuFillForm'), contexts: FILL_CONTEXTS });
}

async function notice(api, tab, text, frameId = 0) {
  try {
    return (await askContent(api, tab.id, 'content.notice', { text }, frameId)).shown;
  } catch (error) {
    console.warn('Takedown: could not show the notice in the page', error.message);
    return false;
  }
}

async function fillFromMenu({ api, forms }, tab, frameId) {
  const caseId = await mostRecentCase(api);
  if (!caseId) return { error: { code: 'no_case' }, noticeShown: await notice(api, tab, api.i18n.getMessage('noticeNoCaseToFill')) };
  try {
    // The frame right-clicked in fills the form around the clicked field.
    return await forms.fillTab({ tabId: tab.id, caseId, menuFrame: Number.isInteger(frameId) ? frameId : 0 });
  } catch (error) {
    console.error('Takedown: filling the form failed', error);
    const shown = await notice(api, tab, api.i18n.getMessage('noticeFillFailed', [error.message]));
    return { error: { code: error.code ?? 'internal', message: error.message }, noticeShown: shown };
  }
}

// What was clicked, most specific first, and the i18n key of its name.
const KIND_MESSAGES = { image: 'kindImage', video: 'kindVideo', audio: 'captureKindAudio', link: 'kindLink', selection: 'kindSelection', page: 'kindPage' };
function clickedKind(info) {
  if (info.mediaType === 'image' || info.mediaType === 'video') return info.mediaType;
  if (info.linkUrl) return 'link';
  if (info.selectionText) return 'selection';
  return 'page';
}

// What a safe capture kept, and that no picture was stored.
function safeNotice(api, kind, outcome) {
  const what = api.i18n.getMessage(KIND_MESSAGES[kind]);
  const key = outcome.record.data.media_sha256 ? 'safeNoticeCapturedHash' : 'safeNoticeCaptured';
  const partly = outcome.notCaptured.length ? ` ${api.i18n.getMessage('safeNoticePartly')}` : '';
  return api.i18n.getMessage(key, [what]) + partly;
}

export async function onMenuClicked({ api, core, forms }, info, tab) {
  if (tab?.id === undefined) return null;
  if (info.menuItemId === FILL_MENU_ID) return fillFromMenu({ api, forms }, tab, info.frameId);
  if (info.menuItemId !== REPORT_MENU_ID && info.menuItemId !== CHILD_MENU_ID) return null;
  const child = info.menuItemId === CHILD_MENU_ID;
  let kind = clickedKind(info);
  let outcome;
  let text;
  try {
    outcome = await capture({ api, core, info, tab, kind, safe: child });
    kind = outcome.kind ?? kind;   // what was found: an image under an overlay is an image
    if (child) await markCaseSafe(outcome.case, { child: true });
    text = outcome.safe ? safeNotice(api, kind, outcome) : api.i18n.getMessage(outcome.notCaptured.length ? 'noticeCapturedPartly' : 'noticeCaptured',
      [api.i18n.getMessage(KIND_MESSAGES[kind]), String(outcome.record.artifacts.length)]);
  } catch (error) {
    console.error('Takedown: capture failed', error);
    outcome = { error: { code: error.code ?? 'internal', message: error.message } };
    text = api.i18n.getMessage(error.code === 'storage_full' ? 'noticeStorageFull' : 'noticeCaptureFailed', [error.message]);
  }
  await api.storage.session.set({ lastCapture: { kind, case: outcome.case ?? null, seq: outcome.record?.seq ?? null } });
  return { kind, ...outcome, noticeShown: await notice(api, tab, text, info.frameId ?? 0) };
}

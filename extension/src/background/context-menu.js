// "Report as a deepfake of me" on images, videos, links, pages and selections. For now the click
// is recorded and acknowledged in the page; evidence capture builds on this handler.
import { askContent } from './tabs.js';

export const REPORT_MENU_ID = 'takedown-report';
const CONTEXTS = ['image', 'video', 'link', 'page', 'selection'];

export async function createMenus(api) {
  await api.contextMenus.removeAll();
  api.contextMenus.create({ id: REPORT_MENU_ID, title: api.i18n.getMessage('menuReport'), contexts: CONTEXTS });
}

// What was clicked, most specific first, as the i18n key of its name.
function clickedKind(info) {
  if (info.mediaType === 'image') return 'kindImage';
  if (info.mediaType === 'video') return 'kindVideo';
  if (info.linkUrl) return 'kindLink';
  if (info.selectionText) return 'kindSelection';
  return 'kindPage';
}

export async function onMenuClicked(api, info, tab) {
  if (info.menuItemId !== REPORT_MENU_ID) return null;
  const click = {
    at: new Date().toISOString(),
    kind: clickedKind(info),
    pageUrl: info.pageUrl ?? tab?.url ?? null,
    frameUrl: info.frameUrl ?? null,
    srcUrl: info.srcUrl ?? null,
    linkUrl: info.linkUrl ?? null,
    hasSelection: Boolean(info.selectionText),
    tabId: tab?.id ?? null,
  };
  console.info('Takedown: report menu clicked', click);
  await api.storage.session.set({ lastMenuClick: click });

  let noticeShown = false;
  if (tab?.id !== undefined) {
    const text = api.i18n.getMessage('noticeNoted', [api.i18n.getMessage(click.kind)]);
    try {
      noticeShown = (await askContent(api, tab.id, 'content.notice', { text }, info.frameId ?? 0)).shown;
    } catch (error) {
      console.warn('Takedown: could not show the notice in the page', error.message);
    }
  }
  return { ...click, noticeShown };
}

// The popup: the platform of the page the person is looking at, "Report this page", their cases
// with what is due next, links to help and settings, and (folded away) whether the wasm core, the
// native host (and how many cases its vault holds) and website access are there, with a way to
// grant website access again; without the host, how to install it on this system.
import { api } from '../platform/browser-api.js';
import { ErrorCode } from '../common/protocol.js';
import { send } from '../common/messages.js';
import { localize } from '../common/i18n.js';
import { getAll } from '../common/store.js';
import { localDate, nextDue, planForCase } from '../common/case-plan.js';
import { showInstallHint } from './host-install-hint.js';

const SITES = { origins: ['<all_urls>'] };   // also what tabs.captureVisibleTab needs for a screenshot
const MAX_CASES_SHOWN = 8;                    // the rest are one click away on the case page

// The background's wasm core, asked through the router: the popup opens often and briefly, and a
// second wasm module loaded on every opening would only make it slower.
const core = { call: (method, params) => send(api, 'core.call', { method, params }) };

localize(api);
const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
const uiLanguage = api.i18n.getUILanguage();
const byId = (id) => document.getElementById(id);

function show(element, part) {
  if (part.ok) {
    element.dataset.state = 'ok';
    element.textContent = message('statusReady', [part.result.version]);
  } else if (part.error.code === ErrorCode.host_unavailable) {
    element.dataset.state = 'missing';
    element.textContent = message('statusHostMissing');
  } else {
    element.dataset.state = 'error';
    element.textContent = message('statusError', [part.error.message]);
    byId('components').open = true;
  }
}

// The vault's copies (vault.info): how many cases the host keeps on this computer. No host, or a
// host without a vault, is "not installed", which is fine: the evidence then stays in the browser.
function showVault(element, part) {
  if (part.ok) {
    const count = part.result.cases;
    element.dataset.state = 'ok';
    element.dataset.cases = String(count);
    element.textContent = count === 1 ? message('statusVaultOneCase') : message('statusVaultCases', [String(count)]);
  } else if ([ErrorCode.host_unavailable, ErrorCode.unknown_method].includes(part.error.code)) {
    element.dataset.state = 'missing';
    element.textContent = message('statusVaultMissing');
  } else {
    show(element, part);
  }
}

// Host permissions can be revoked by the person at any time; asking again needs a click (a user gesture).
async function showSites() {
  const allowed = await api.permissions.contains(SITES);
  const element = byId('sites');
  element.dataset.state = allowed ? 'ok' : 'missing';
  element.textContent = message(allowed ? 'statusSitesAllowed' : 'statusSitesMissing');
  byId('allow-sites').hidden = allowed;
  if (!allowed) byId('components').open = true;
}

// The tab the popup is about: `?tab=<id>` when given (tests open the popup as a page), else the
// active tab of the window the person last used, never an extension page such as this one.
export async function currentTab() {
  const given = new URLSearchParams(location.search).get('tab');
  if (given !== null) return api.tabs.get(Number(given)).catch(() => null);
  const tabs = await api.tabs.query({ active: true, lastFocusedWindow: true, windowType: 'normal' });
  return tabs.find((tab) => !(tab.url ?? '').startsWith(api.runtime.getURL(''))) ?? null;
}

async function showPlatform(tab) {
  const element = byId('platform');
  const report = byId('report-page');
  if (!/^https?:/.test(tab?.url ?? '')) {
    element.dataset.state = 'none';
    element.textContent = message('popupNotWebPage');
    return;
  }
  report.disabled = false;
  byId('report-child').disabled = false;
  const match = await core.call('platforms.match', { url: tab.url }).catch((error) => {
    console.warn('Takedown: platforms.match failed', error);
    return null;
  });
  const platform = match?.platform;
  if (!platform) {
    element.dataset.state = 'unknown';
    element.textContent = message('popupPlatformUnknown');
    return;
  }
  const count = match.routes.length;
  element.dataset.state = 'known';
  element.dataset.platform = platform.id;
  element.textContent = count === 0 ? message('popupPlatformNoRoutes', [platform.name])
    : message(count === 1 ? 'popupPlatformOneRoute' : 'popupPlatformRoutes', [platform.name, String(count)]);
}

function caseLink(caseId, text) {
  return Object.assign(document.createElement('a'), { href: `case.html?case=${encodeURIComponent(caseId)}`, target: '_blank', textContent: text });
}

// "Report this page", or with `safe` "Report: it shows my child" (a safe capture: no picture kept).
async function reportPage(tab, { safe = false } = {}) {
  const buttons = [byId('report-page'), byId('report-child')];
  const result = byId('report-result');
  for (const button of buttons) button.disabled = true;
  result.dataset.state = 'working';
  result.textContent = message('popupReporting');
  try {
    const outcome = await send(api, safe ? 'capture.safe' : 'case.report_page', { tab: tab.id });
    // Several media could be the one meant: the person chooses, in this same popup.
    if (outcome.needs_choice) {
      location.href = `chooser.html?choice=${encodeURIComponent(outcome.needs_choice)}`;
      return;
    }
    result.dataset.state = 'ok';
    result.dataset.case = outcome.case;
    result.textContent = outcome.safe ? message('safePopupReported')
      : message(outcome.notCaptured.length ? 'popupReportedPartly' : 'popupReported', [String(outcome.record.artifacts.length)]);
    result.append(' ', caseLink(outcome.case, message('popupOpenCase')));
    await showCases();
  } catch (error) {
    result.dataset.state = 'error';
    result.textContent = message('popupReportFailed', [error.message]);
  } finally {
    for (const button of buttons) button.disabled = false;
  }
}

const dateFormat = new Intl.DateTimeFormat(uiLanguage, { dateStyle: 'medium', timeZone: 'UTC' });

function dueLine(due) {
  const line = document.createElement('span');
  line.className = 'due';
  if (!due) {
    line.dataset.state = 'none';
    line.textContent = message('popupNothingDue');
    return line;
  }
  const day = due.due.slice(0, 10);
  line.dataset.state = due.overdue ? 'overdue' : 'waiting';
  line.dataset.due = day;
  line.textContent = message(due.overdue ? 'popupOverdue' : 'popupDue', [dateFormat.format(new Date(`${day}T00:00:00Z`))]);
  if (due.name) line.append(` (${due.name})`);
  return line;
}

// Overdue first, then the earliest due, then the cases waiting for nothing, newest first.
function byUrgency(a, b) {
  if (a.due && b.due) return a.due.due.localeCompare(b.due.due);
  if (a.due || b.due) return a.due ? -1 : 1;
  return b.entry.created_utc.localeCompare(a.entry.created_utc);
}

async function showCases() {
  const cases = await getAll('cases');
  const { profile = {} } = await api.storage.local.get('profile');
  const today = localDate();
  const rows = await Promise.all(cases.map(async (entry) => {
    try {
      const { plan } = await planForCase(core, entry.id, { profile, today });
      return { entry, due: nextDue(plan, today) };
    } catch (error) {
      console.warn(`Takedown: no plan for case ${entry.id}`, error);
      return { entry, due: null };
    }
  }));
  rows.sort(byUrgency);
  byId('no-cases').hidden = rows.length > 0;
  byId('case-list').replaceChildren(...rows.slice(0, MAX_CASES_SHOWN).map(({ entry, due }) => {
    const item = document.createElement('li');
    item.dataset.case = entry.id;
    item.append(caseLink(entry.id, entry.title || entry.id), dueLine(due));
    return item;
  }));
}

byId('open-cases').addEventListener('click', () => api.tabs.create({ url: api.runtime.getURL('pages/case.html') }));
byId('allow-sites').addEventListener('click', () => api.permissions.request(SITES).then(showSites));
// The settings page is whatever the manifest names (options_ui), so the link survives a rename.
byId('options-link').addEventListener('click', (event) => {
  event.preventDefault();
  api.runtime.openOptionsPage();
});

const components = send(api, 'status.get', {}).then(
  (status) => {
    show(byId('core'), status.core);
    show(byId('host'), status.host);
    showVault(byId('vault'), status.vault);
    if (byId('host').dataset.state === 'missing') return showInstallHint(api, byId('host-install'));
  },
  (error) => {
    for (const id of ['core', 'host', 'vault']) show(byId(id), { ok: false, error });
  },
);
const page = currentTab().then(async (tab) => {
  byId('report-page').addEventListener('click', () => reportPage(tab));
  byId('report-child').addEventListener('click', () => reportPage(tab, { safe: true }));
  await showPlatform(tab);
});
Promise.allSettled([components, showSites(), page, showCases()]).then((outcomes) => {
  for (const failed of outcomes.filter((o) => o.status === 'rejected')) console.error('Takedown: the popup could not show everything', failed.reason);
  document.body.dataset.ready = 'true';
});

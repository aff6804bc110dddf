// Filling a removal form from a case (docs/forms.md). The background knows the case, the profile and
// the platform; each frame's content script reads its fields and applies the core's plan. A fill is
// a session bound to one tab, kept in storage.session so a restarted service worker still answers a
// wizard's next step. The page can never start one: only the person's menu click or an extension page.
import { ErrorCode } from '../common/protocol.js';
import { MessageError } from '../common/messages.js';
import { caseRecords } from '../common/store.js';
import { askContent } from './tabs.js';
import { appendRecord, getCase, listCases, recordTime } from './case-log.js';
import { messagesIn } from './locale-messages.js';

const MAX_CONTENT_URLS = 20;
const DESCRIPTION_KEY = 'formDescription';   // in _locales: our own words, per language
const READY_TIMEOUT_MS = 30_000;
// Forms the fill never chooses by itself (core/src/forms/form_choice.hpp); offered only when nothing else is.
const EXCLUDED_FORM_KINDS = new Set(['login', 'signup', 'search', 'newsletter', 'comment', 'checkout']);
const MAX_FORM_CHOICES = 6;
const sessionKey = (tabId) => `formFill:${tabId}`;

function localDate(now = new Date()) {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const isWebUrl = (url) => typeof url === 'string' && /^https?:\/\//i.test(url);

// What the case says about the content: its URLs (the posts and the media), the account behind it,
// and a short description in our own words, in both languages the letters speak.
async function caseFacts(caseId) {
  const urls = [];
  let account = null;
  for (const record of await caseRecords(caseId)) {
    if (record.type !== 'capture') continue;
    const d = record.data;
    for (const url of [d.canonical_url ?? d.page_url, d.media_url, d.link_url]) {
      if (isWebUrl(url) && !urls.includes(url)) urls.push(url);
    }
    account ??= (d.author_hints ?? []).find(isWebUrl) ?? null;
  }
  const descriptions = {};
  for (const lang of ['nl', 'en']) descriptions[lang] = (await messagesIn(lang))[DESCRIPTION_KEY];
  return { content_urls: urls.slice(0, MAX_CONTENT_URLS), reported_account: account, descriptions };
}

// The details forms.plan fills from (docs/forms.md); the rest of the profile (the letters' language,
// the name of whom the person acts for) is not a form field and the core refuses unknown fields.
const FORM_PROFILE_FIELDS = ['given_name', 'family_name', 'full_name', 'email', 'phone', 'country', 'street_address',
  'postal_code', 'city', 'region', 'organisation', 'signature_name', 'acting_for'];

async function profileOf(api) {
  const { profile } = await api.storage.local.get('profile');
  if (!profile || typeof profile !== 'object') return {};
  return Object.fromEntries(FORM_PROFILE_FIELDS.filter((name) => profile[name] != null && profile[name] !== '').map((name) => [name, profile[name]]));
}

// The platform of the page, its route for this purpose (or the one whose form this is), and that
// route's field hints.
async function platformOf(core, url, purpose) {
  if (!isWebUrl(url)) return { platform: null, route: null };
  const match = await core.call('platforms.match', { url });
  if (!match.platform) return { platform: null, route: null };
  // A form page on a shared help host (support.google.com) names its own route.
  const route = match.page_route ?? match.routes.find((r) => r.purpose === purpose) ?? null;
  return { platform: match.platform, route };
}

// The route of a platform for a purpose, as platforms.match gives it for one of the case's
// addresses (so an instance-based platform such as Mastodon has its host filled in).
async function caseRoute(core, caseId, platformId, purpose) {
  for (const record of await caseRecords(caseId)) {
    for (const url of [record.data?.page_url, record.data?.media_url]) {
      if (!isWebUrl(url)) continue;
      const match = await core.call('platforms.match', { url });
      const route = match.platform?.id === platformId ? match.routes.find((r) => r.purpose === purpose) : null;
      if (route) return { platform: match.platform, route };
    }
  }
  const { platforms } = await core.call('platforms.list', {});
  const platform = platforms.find((p) => p.id === platformId);
  const route = platform?.routes.find((r) => r.purpose === purpose && !r.url.includes('{'));
  return route ? { platform, route } : null;
}

// The frames of a tab that run our content script, top frame first.
export async function contentFrames(api, tabId) {
  const results = await api.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => Boolean(globalThis.takedownFormFill),
  });
  return results.filter((r) => r.result === true).map((r) => r.frameId).sort((a, b) => a - b);
}

export async function mostRecentCase(api) {
  const { lastCapture } = await api.storage.session.get('lastCapture');
  if (lastCapture?.case && (await getCase(lastCapture.case))) return lastCapture.case;
  const cases = (await listCases()).sort((a, b) => b.created_utc.localeCompare(a.created_utc));
  return cases[0]?.id ?? null;
}

export function createFormFilling({ api, core }) {
  const getSession = async (tabId) => (await api.storage.session.get(sessionKey(tabId)))[sessionKey(tabId)] ?? null;
  const putSession = (session) => api.storage.session.set({ [sessionKey(session.tabId)]: session });

  async function sessionFor(tabId, id) {
    const session = tabId === undefined ? null : await getSession(tabId);
    if (!session || session.id !== id) throw new MessageError(ErrorCode.no_fill_session, 'no form fill was started in this tab');
    return session;
  }

  async function record(session, data) {
    const sealed = await appendRecord(core, session.caseId, { type: 'form_filled', at: recordTime(), data, artifacts: [] });
    return sealed.seq;
  }

  async function showPanel(session, summary) {
    try {
      await askContent(api, session.tabId, 'content.form_panel', { session: session.id, summary }, 0);
    } catch (error) {
      console.warn('Takedown: could not show the form panel', error.message);
    }
  }

  const panelSummary = (session, extra = {}) => ({
    filled: session.totals.filled,
    filledTypes: session.totals.filledTypes,
    attention: session.totals.attention,
    failed: session.totals.failed,
    unconfirmed: session.unconfirmed,
    ...(session.form ? { form: session.form } : {}),
    questions: (session.questions ?? []).map(({ id, kind, text, choices }) => ({ id, kind, text, choices })),
    ...extra,
  });

  // A frame that could not tell which of its forms is meant asks the person (docs/forms.md,
  // "Choosing the form"): the question names the forms it could fill, by their own headings.
  function askFormChoice(session, frameId, choice) {
    const fillable = choice.candidates.filter((c) => !EXCLUDED_FORM_KINDS.has(c.kind));
    const offered = (fillable.length ? fillable : choice.candidates).slice(0, MAX_FORM_CHOICES);
    session.questions ??= [];
    session.questions.push({
      id: `q${++session.asked}`,
      kind: 'form_choice',
      frameId,
      text: api.i18n.getMessage('formChoiceQuestion'),
      choices: offered.map((c) => ({ id: c.id, text: c.label })),
    });
  }

  function addResult(session, result) {
    if (result.form && !session.form) session.form = result.form;
    session.totals.filled += result.filled.length;
    session.totals.filledTypes = [...new Set([...session.totals.filledTypes, ...result.filled.map((f) => f.type)])];
    for (const key of ['attention', 'failed']) {
      session.totals[key].push(...result[key].map(({ type, label }) => ({ type, label })));
      session.totals[key] = session.totals[key].slice(0, 100);
    }
  }

  const recordData = (session, url, results, step) => ({
    form_url: url.slice(0, 8192),
    platform: session.platform,
    purpose: session.purpose,
    fields: results.reduce((n, r) => n + r.filled.length, 0),
    filled_types: [...new Set(results.flatMap((r) => r.filled.map((f) => f.type)))],
    needs_person: [...new Set(results.flatMap((r) => [...r.attention, ...r.failed].map((f) => f.type)))],
    step,
  });

  // Fills every frame of a tab from a case. Returns what was filled and what needs the person.
  // `known` is the platform and route when the fill started from the registry (the form's page may
  // have redirected anywhere); otherwise they are looked up from the page's address.
  // `menuFrame`: the frame the person right-clicked in when the fill started from the menu.
  async function fillTab({ tabId, caseId, purpose = null, known = null, menuFrame = null }) {
    if (!(await getCase(caseId))) throw new MessageError(ErrorCode.bad_message, `no case "${caseId}"`);
    const tab = await api.tabs.get(tabId);
    const { platform, route } = known ?? await platformOf(core, tab.url, purpose);
    const session = {
      id: crypto.randomUUID(),
      tabId,
      caseId,
      platform: platform?.id ?? null,
      purpose: route?.purpose ?? purpose,
      unconfirmed: route ? route.confidence !== 'official' : false,
      hints: route?.field_hints ?? [],
      profile: await profileOf(api),
      facts: await caseFacts(caseId),
      totals: { filled: 0, filledTypes: [], attention: [], failed: [] },
      steps: 0,
      form: null,
      questions: [],
      asked: 0,
    };
    await putSession(session);
    const results = [];
    const errors = [];
    for (const frameId of await contentFrames(api, tabId)) {
      try {
        const result = await askContent(api, tabId, 'content.form_fill', { session: session.id, from_menu: frameId === menuFrame }, frameId);
        if (result.needs_choice) askFormChoice(session, frameId, result.needs_choice);
        results.push(result);
      } catch (error) {
        console.warn(`Takedown: frame ${frameId} could not be filled`, error.message);
        errors.push(error.message);
      }
    }
    for (const result of results) addResult(session, result);
    await putSession(session);
    const seq = await record(session, recordData(session, tab.url, results, 0));
    const summary = panelSummary(session, { frames: results.length, fields: results.reduce((n, r) => n + r.fields, 0) });
    // Every frame failing is not "no fields found": the person is told it went wrong, and why.
    if (!results.length && errors.length) summary.error = errors[0];
    await showPanel(session, summary);
    return { ...summary, case: caseId, platform: session.platform, purpose: session.purpose, seq };
  }

  // The core's plan for one frame's snapshot, from the session's case and profile.
  async function plan({ session: id, snapshot, form }, tabId) {
    const session = await sessionFor(tabId, id);
    const lang = String(snapshot?.lang ?? '').startsWith('nl') ? 'nl' : 'en';
    const { descriptions, ...facts } = session.facts;
    return core.call('forms.plan', {
      snapshot,
      profile: session.profile,
      case: { ...facts, description: descriptions[lang], today: localDate() },
      lang,
      hints: session.hints,
      ...(typeof form === 'string' ? { form } : {}),
    });
  }

  // The person answered a question in the panel. A form_choice fills the frame that asked with the
  // form they picked; other kinds of question are answered by their own handler.
  async function answer({ session: id, question, choice }, tabId) {
    const session = await sessionFor(tabId, id);
    const asked = (session.questions ?? []).find((q) => q.id === question);
    if (!asked) throw new MessageError(ErrorCode.bad_message, `no open question "${question}"`);
    if (!asked.choices.some((c) => c.id === choice)) throw new MessageError(ErrorCode.bad_message, `"${choice}" is not a choice of ${question}`);
    const handler = answerHandlers[asked.kind];
    if (!handler) throw new MessageError(ErrorCode.bad_message, `no answer for a ${asked.kind} question`);
    session.questions = session.questions.filter((q) => q !== asked);
    await putSession(session);
    return handler(session, asked, choice);
  }

  const answerHandlers = {
    form_choice: async (session, asked, choice) => {
      const result = await askContent(api, session.tabId, 'content.form_fill', { session: session.id, form: choice }, asked.frameId);
      if (result.needs_choice) askFormChoice(session, asked.frameId, result.needs_choice);
      addResult(session, result);
      await putSession(session);
      const tab = await api.tabs.get(session.tabId);
      await record(session, recordData(session, tab.url, [result], session.steps));
      await showPanel(session, panelSummary(session));
      return { filled: result.filled.length, form: result.form ?? null };
    },
  };

  // A wizard's next step was filled in one frame.
  async function stepFilled({ session: id, url, result }, tabId) {
    const session = await sessionFor(tabId, id);
    addResult(session, result);
    session.steps += 1;
    await putSession(session);
    await record(session, recordData(session, String(url ?? ''), [result], session.steps));
    await showPanel(session, panelSummary(session));
    return { step: session.steps };
  }

  async function undo({ session: id }, tabId) {
    const session = await sessionFor(tabId, id);
    let restored = 0;
    for (const frameId of await contentFrames(api, tabId)) {
      restored += (await askContent(api, tabId, 'content.form_undo', {}, frameId)).restored;
    }
    const tab = await api.tabs.get(tabId);
    await appendRecord(core, session.caseId, {
      type: 'form_fill_undone', at: recordTime(), data: { form_url: tab.url.slice(0, 8192), restored }, artifacts: [],
    });
    await api.storage.session.remove(sessionKey(tabId));
    await showPanel(session, panelSummary(session, { undone: true, restored }));
    return { restored };
  }

  // Opens a platform's removal form for a case and fills it once the page is ready.
  async function openForm({ caseId, platform: platformId, purpose }) {
    const known = await caseRoute(core, caseId, platformId, purpose);
    if (!known) throw new MessageError(ErrorCode.bad_message, `no ${purpose} route for platform "${platformId}"`);
    // An e-mail route is written to, not opened (the case page offers the letter instead).
    if (!known.route.url.startsWith('https://')) throw new MessageError(ErrorCode.bad_message, `the ${purpose} route of "${platformId}" is not a web form`);
    const tab = await api.tabs.create({ url: known.route.url });
    await contentReady(tab.id);
    return fillTab({ tabId: tab.id, caseId, purpose, known });
  }

  async function contentReady(tabId) {
    const until = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      try {
        const tab = await api.tabs.get(tabId);
        if (tab.status === 'complete') {
          await askContent(api, tabId, 'content.ping', {});
          return;
        }
      } catch (error) {
        if (Date.now() > until) throw error;
      }
      if (Date.now() > until) throw new MessageError(ErrorCode.no_content_script, 'the removal form did not finish loading');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  return { fillTab, plan, stepFilled, undo, openForm, getSession, answer };
}

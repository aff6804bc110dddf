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
import { contentFrameInfo, onFormHost, onlyShownValues, trustedOrigins, urlOrigin } from './form-frames.js';

const MAX_CONTENT_URLS = 20;
const DESCRIPTION_KEY = 'formDescription';   // in _locales: our own words, per language
const NOT_SHOWN_KEY = 'formReasonNotShown';   // the reason given for a field a person cannot see
const SUBJECT_KEY = 'formSubject';
const READY_TIMEOUT_MS = 30_000;
const MAX_FRAME_QUESTIONS = 5;   // origins asked about at once; a page full of ad frames asks no more
// Forms the fill never chooses by itself (core/src/forms/form_choice.hpp); offered only when nothing else is.
const EXCLUDED_FORM_KINDS = new Set(['login', 'signup', 'search', 'newsletter', 'comment', 'checkout']);
const MAX_FORM_CHOICES = 6;
const sessionKey = (tabId) => `formFill:${tabId}`;

function localDate(now = new Date()) {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

const isWebUrl = (url) => typeof url === 'string' && /^https?:\/\//i.test(url);

// What the case says about the content: its URLs (the posts and the media), the account behind it,
// whether the person consented to it being shared (their answer on the case page, when they gave one),
// their own description and subject line per language (the latest `description` record of each), and
// ours in both languages the extension speaks, for forms where they wrote none.
export async function caseFacts(caseId) {
  const urls = [];
  let account = null;
  const own = { descriptions: {}, subjects: {} };
  for (const record of await caseRecords(caseId)) {
    const d = record.data;
    if (record.type === 'description' && typeof d?.text === 'string') {
      own.descriptions[d.language] = d.text;
      if (d.subject) own.subjects[d.language] = d.subject;
      else delete own.subjects[d.language];
    }
    if (record.type !== 'capture') continue;
    // The address the browser showed, never the page's own claim (canonical_url): a page may
    // name any address as its canonical one.
    for (const url of [d.page_url, d.media_url, d.link_url]) {
      if (isWebUrl(url) && !urls.includes(url)) urls.push(url);
    }
    account ??= (d.author_hints ?? []).find(isWebUrl) ?? null;
  }
  const ours = { descriptions: {}, subjects: {} };
  for (const lang of ['nl', 'en']) {
    const messages = await messagesIn(lang);
    ours.descriptions[lang] = messages[DESCRIPTION_KEY];
    ours.subjects[lang] = messages[SUBJECT_KEY];
  }
  const consent = (await getCase(caseId))?.answers?.consent_given_earlier;
  return {
    content_urls: urls.slice(0, MAX_CONTENT_URLS),
    reported_account: account,
    consent_to_share: consent === 'yes' || consent === 'no' ? consent : null,
    own,
    ours,
  };
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
  return (await contentFrameInfo(api, tabId)).map((frame) => frame.frameId);
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
  const t = (key, substitutions) => api.i18n.getMessage(key, substitutions);

  async function sessionFor(tabId, id) {
    const session = tabId === undefined ? null : await getSession(tabId);
    if (!session || session.id !== id) throw new MessageError(ErrorCode.no_fill_session, 'no form fill was started in this tab');
    return session;
  }

  // A frame may take values only while it shows the document that was allowed: same frame, same origin.
  const frameAllowed = (session, sender) => session.allowedFrames.some((f) =>
    f.frameId === (sender?.frameId ?? 0) && f.origin === urlOrigin(sender?.url));

  // The session of a message from a frame that may still be filled.
  async function liveSessionFor(sender, id) {
    const session = await sessionFor(sender?.tab?.id, id);
    if (session.closed) throw new MessageError(ErrorCode.no_fill_session, 'the person closed this fill');
    if (!frameAllowed(session, sender)) throw new MessageError(ErrorCode.forbidden_sender, 'this frame was not allowed to be filled');
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

  // The panel sees a question's words and choices, never the frames it is about.
  const shownQuestions = (session) => session.questions.map(({ id, kind, text, choices }) => ({ id, kind, text, choices }));

  const panelSummary = (session, extra = {}) => ({
    filled: session.totals.filled,
    filledTypes: session.totals.filledTypes,
    attention: session.totals.attention,
    failed: session.totals.failed,
    unconfirmed: session.unconfirmed,
    questions: shownQuestions(session),
    answered: session.totals.answered,
    ...(session.form ? { form: session.form } : {}),
    ...extra,
  });

  // A frame that could not tell which of its forms is meant asks the person (docs/forms.md,
  // "Choosing the form"): the question names the forms it could fill, by their own headings.
  function askFormChoice(session, frameId, choice) {
    const fillable = choice.candidates.filter((c) => !EXCLUDED_FORM_KINDS.has(c.kind));
    const offered = (fillable.length ? fillable : choice.candidates).slice(0, MAX_FORM_CHOICES);
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
    // Answers the fill gave that the person did not type, listed in the panel (summary.answered).
    session.totals.answered.push(...(result.answered ?? []).map(({ type, text }) => ({ type, text })));
    session.totals.answered = session.totals.answered.slice(0, 100);
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

  // Asks frames to fill themselves; `extra` goes with the request (a chosen form); `menuFrame` is the
  // frame the person right-clicked in, whose clicked field's form is the one meant. A frame unsure
  // which of its forms is meant fills nothing and asks the person.
  async function fillFrames(session, frames, extra = {}, menuFrame = null) {
    const results = [];
    const errors = [];
    for (const { frameId } of frames) {
      try {
        const fromMenu = frameId === menuFrame ? { from_menu: true } : {};
        const result = await askContent(api, session.tabId, 'content.form_fill', { session: session.id, ...extra, ...fromMenu }, frameId);
        if (result.needs_choice) askFormChoice(session, frameId, result.needs_choice);
        results.push(result);
      } catch (error) {
        console.warn(`Takedown: frame ${frameId} could not be filled`, error.message);
        errors.push(error.message);
      }
    }
    return { results, errors };
  }

  // Frames of an origin nobody vouched for: the person is asked about each origin whose frames show
  // fields (a frame only counts its visible fields for this; nothing is planned or written).
  async function frameQuestions(session, frames) {
    const byOrigin = new Map();
    for (const frame of frames) {
      try {
        const probe = await askContent(api, session.tabId, 'content.form_fill', { session: session.id, probe: true }, frame.frameId);
        if (!probe.visible) continue;
      } catch {
        continue;
      }
      const sandboxed = frame.origin === 'null';
      const origin = sandboxed ? urlOrigin(frame.url) : frame.origin;
      const key = `${sandboxed ? 'sandboxed ' : ''}${origin}`;
      if (!byOrigin.has(key)) byOrigin.set(key, { origin: frame.origin, shown: origin, sandboxed, frames: [] });
      byOrigin.get(key).frames.push({ frameId: frame.frameId, url: frame.url });
    }
    return [...byOrigin.values()].slice(0, MAX_FRAME_QUESTIONS).map((group, i) => ({
      id: `frame-${i + 1}`,
      kind: 'frame_origin',
      // The origin is page-controlled text: the panel shows it as text only.
      text: t(group.sandboxed ? 'formQuestionFrameSandboxed' : 'formQuestionFrameOrigin', [group.shown]),
      choices: [{ id: 'yes', text: t('formQuestionFrameYes') }, { id: 'no', text: t('formQuestionFrameNo') }],
      origin: group.origin,
      frames: group.frames,
    }));
  }

  // Fills every frame of a tab from a case. Returns what was filled and what needs the person.
  // `known` is the platform and route when the fill started from the registry (the form's page may
  // have redirected anywhere); otherwise they are looked up from the page's address.
  // `menuFrame`: the frame the person right-clicked in when the fill started from the menu.
  async function fillTab({ tabId, caseId, purpose = null, known = null, menuFrame = null }) {
    if (!(await getCase(caseId))) throw new MessageError(ErrorCode.bad_message, `no case "${caseId}"`);
    const tab = await api.tabs.get(tabId);
    const { platform, route } = known ?? await platformOf(core, tab.url, purpose);
    const frames = await contentFrameInfo(api, tabId);
    const top = frames.find((f) => f.frameId === 0);
    // A form opened from the registry is filled only where the registry says it lives, checked
    // again on the document itself (the page may have moved on since the tab's address was read).
    if (known && !onFormHost(top?.url ?? tab.url, route)) throw wrongHost(top?.url ?? tab.url, route);
    const trusted = trustedOrigins(top?.origin ?? null, route);
    const allowed = frames.filter((f) => trusted.has(f.origin));
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
      totals: { filled: 0, filledTypes: [], attention: [], failed: [], answered: [] },
      steps: 0,
      allowedFrames: allowed.map((f) => ({ frameId: f.frameId, origin: urlOrigin(f.url) })),
      questions: [],
      closed: false,
      form: null,
      asked: 0,
    };
    await putSession(session);
    const { results, errors } = await fillFrames(session, allowed, {}, menuFrame);
    session.questions.push(...await frameQuestions(session, frames.filter((f) => !trusted.has(f.origin))));
    for (const result of results) addResult(session, result);
    await putSession(session);
    const seq = await record(session, recordData(session, tab.url, results, 0));
    const summary = panelSummary(session, { frames: results.length, fields: results.reduce((n, r) => n + r.fields, 0) });
    // Every frame failing is not "no fields found": the person is told it went wrong, and why.
    if (!results.length && errors.length) summary.error = errors[0];
    await showPanel(session, summary);
    return { ...summary, case: caseId, platform: session.platform, purpose: session.purpose, seq };
  }

  // The core's plan for one frame's snapshot, from the session's case and profile. Only fields a
  // person can see get a value: a hidden or concealed field is told to skip, whatever the core said.
  async function plan({ session: id, snapshot, form = null }, sender) {
    const session = await liveSessionFor(sender, id);
    const lang = String(snapshot?.lang ?? '').startsWith('nl') ? 'nl' : 'en';
    const { content_urls, reported_account, consent_to_share, own, ours } = session.facts;
    const given = (texts) => (Object.keys(texts).length ? texts : null);
    const planned = await core.call('forms.plan', {
      snapshot,
      profile: session.profile,
      case: {
        content_urls,
        reported_account,
        consent_to_share,
        description: ours.descriptions[lang],
        subject: ours.subjects[lang],
        descriptions: given(own.descriptions),
        subjects: given(own.subjects),
        today: localDate(),
      },
      lang,
      hints: session.hints,
      ...(typeof form === 'string' ? { form } : {}),   // the form group the person chose (forms.answer)
    });
    return onlyShownValues(planned, snapshot, (await messagesIn(lang))[NOT_SHOWN_KEY]);
  }

  // A wizard's next step was filled in one frame.
  async function stepFilled({ session: id, url, result }, sender) {
    const session = await liveSessionFor(sender, id);
    addResult(session, result);
    session.steps += 1;
    await putSession(session);
    await record(session, recordData(session, String(url ?? ''), [result], session.steps));
    await showPanel(session, panelSummary(session));
    return { step: session.steps };
  }

  // The person's answer to a question of the panel (top frame only), dispatched on its kind.
  const QUESTION_HANDLERS = {
    // Yes: the frames of that origin that still show a document of it are allowed and filled.
    frame_origin: async (session, question, choice) => {
      if (choice !== 'yes') return [];
      const wanted = new Set(question.frames.map((f) => f.frameId));
      const frames = (await contentFrameInfo(api, session.tabId)).filter((f) => wanted.has(f.frameId) && f.origin === question.origin);
      session.allowedFrames.push(...frames.map((f) => ({ frameId: f.frameId, origin: urlOrigin(f.url) })));
      await putSession(session);
      return (await fillFrames(session, frames)).results;
    },
    // The form the person chose: that frame is filled with it.
    form_choice: async (session, question, choice) => (await fillFrames(session, [{ frameId: question.frameId ?? 0 }], { form: choice })).results,
  };

  async function answer({ session: id, question: questionId, choice }, sender) {
    const session = await sessionFor(sender?.tab?.id, id);
    if ((sender?.frameId ?? 0) !== 0) throw new MessageError(ErrorCode.forbidden_sender, 'only the panel in the top frame answers questions');
    const question = session.questions.find((q) => q.id === questionId);
    if (!question || !question.choices.some((c) => c.id === choice)) throw new MessageError(ErrorCode.bad_message, `no open question "${questionId}" with choice "${choice}"`);
    session.questions = session.questions.filter((q) => q !== question);
    await putSession(session);
    const results = await QUESTION_HANDLERS[question.kind](session, question, choice);
    for (const result of results) addResult(session, result);
    await putSession(session);
    if (results.length) {
      const tab = await api.tabs.get(session.tabId);
      await record(session, recordData(session, tab.url, results, session.steps));
    }
    await showPanel(session, panelSummary(session));
    return { question: questionId, choice, filled: results.reduce((n, r) => n + r.filled.length, 0) };
  }

  // `reason`: `person` (the Undo button) or `panel_hidden` (the page hid or removed the panel: the
  // person is told again in the panel and by a notification, which the page cannot hide).
  async function undo({ session: id, reason = 'person' }, sender) {
    if (!UNDO_REASONS.includes(reason)) throw new MessageError(ErrorCode.bad_message, `reason must be one of ${UNDO_REASONS.join(', ')}`);
    const tabId = sender?.tab?.id;
    const session = await sessionFor(tabId, id);
    let restored = 0;
    for (const frameId of await contentFrames(api, tabId)) {
      restored += (await askContent(api, tabId, 'content.form_undo', {}, frameId)).restored;
    }
    const tab = await api.tabs.get(tabId);
    await appendRecord(core, session.caseId, {
      type: 'form_fill_undone', at: recordTime(), data: { form_url: tab.url.slice(0, 8192), restored, reason }, artifacts: [],
    });
    await api.storage.session.remove(sessionKey(tabId));
    const hidden = reason === 'panel_hidden';
    if (hidden) await notifyHidden(tab, restored);
    await showPanel(session, panelSummary(session, { undone: true, restored, hidden, questions: [] }));
    return { restored };
  }

  async function notifyHidden(tab, restored) {
    try {
      await api.notifications.create(`form-hidden-${tab.id}-${Date.now()}`, {
        type: 'basic',
        iconUrl: api.runtime.getURL('icons/icon-128.png'),
        title: t('formHiddenNotificationTitle'),
        message: t('formHiddenNotification', [new URL(tab.url).host, String(restored)]),
      });
    } catch (error) {
      console.warn('Takedown: could not show the notification', error.message);
    }
  }

  // The person closed the panel: no frame is filled any more, and every frame stops watching for
  // a wizard's next step.
  async function close({ session: id }, sender) {
    const session = await sessionFor(sender?.tab?.id, id);
    session.closed = true;
    session.questions = [];
    await putSession(session);
    let stopped = 0;
    for (const frameId of await contentFrames(api, session.tabId)) {
      try {
        if ((await askContent(api, session.tabId, 'content.form_stop', {}, frameId)).stopped) stopped++;
      } catch (error) {
        console.warn(`Takedown: frame ${frameId} did not stop watching`, error.message);
      }
    }
    return { stopped };
  }

  // Opens a platform's removal form for a case and fills it once the page is ready, only when the
  // tab ended up (after every redirect) on the registry's form host.
  async function openForm({ caseId, platform: platformId, purpose }) {
    const known = await caseRoute(core, caseId, platformId, purpose);
    if (!known) throw new MessageError(ErrorCode.bad_message, `no ${purpose} route for platform "${platformId}"`);
    // An e-mail route is written to, not opened (the case page offers the letter instead).
    if (!known.route.url.startsWith('https://')) throw new MessageError(ErrorCode.bad_message, `the ${purpose} route of "${platformId}" is not a web form`);
    const tab = await api.tabs.create({ url: known.route.url });
    await contentReady(tab.id);
    const { url } = await api.tabs.get(tab.id);
    if (!onFormHost(url, known.route)) throw wrongHost(url, known.route);
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

  return { fillTab, plan, stepFilled, answer, undo, close, openForm, getSession };
}

const UNDO_REASONS = ['person', 'panel_hidden'];

function wrongHost(url, route) {
  let host = String(url);
  try {
    host = new URL(url).host;
  } catch { /* not an address: named as it is */ }
  return new MessageError(ErrorCode.form_host_mismatch,
    `the form opened on ${host.slice(0, 200)}, not on ${new URL(route.url).host}: it was not filled`);
}

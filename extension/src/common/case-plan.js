// A case's plan: the person's answers (kept on the case), what the records show (captures, requests
// sent, answers received) and their profile, turned into guidance.plan's situation, and the plan.
// Shared by the case page, the popup and the background's reminders, so all three agree.
import { caseRecords, get, requestResult, transact } from './store.js';

// The questions behind guidance.plan that the person answers in plain words (docs/protocol.md).
// Each may be answered "unknown" ("I don't know"); `harm` and `used_for` are lists, `act_date` a
// date, `residence` a country code, the rest one value.
export const QUESTIONS = {
  depicted: ['me', 'my_child', 'someone_i_represent'],
  age_group: ['adult', 'minor'],
  deceased: ['yes', 'no'],
  sexual: ['yes', 'no'],
  recognisable: ['yes', 'no'],
  shared_with: ['private_circle', 'wider_or_public'],
  labelled_as_deepfake: ['yes', 'no'],
  maker: ['known_reachable', 'known_unreachable'],
  maker_age: ['adult', 'under_14', 'age_14_15', 'age_16_17', 'minor'],
  in_search_results: ['yes', 'no'],
  public_figure: ['yes', 'no'],
  consent_given_earlier: ['yes', 'no'],
  harm: ['reputational', 'financial', 'emotional'],
  used_for: ['extortion', 'fraud', 'threats', 'harassment', 'impersonation'],
  act_date: null,    // YYYY-MM-DD, when it was made or first shared
  residence: null,   // a country code, from the profile unless answered
};
// Answers given as a list of choices ([] is an answer: none of these).
export const LIST_QUESTIONS = new Set(['harm', 'used_for']);
// Questions added with issue #13: sent to guidance.plan only once answered (absent means unknown).
const SENT_WHEN_ANSWERED = new Set(['deceased', 'maker_age', 'used_for', 'act_date']);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// A DSA notice's response period, in days (guidance.plan's `respond_within_days`).
export const RESPONSE_DAYS = { min: 1, max: 60, usual: 7, sexual: 1 };
// The period a new DSA notice gives: 24 hours for sexual content, else a week (the person may change it).
export const responseDaysFor = (situation) => (situation.sexual === 'yes' ? RESPONSE_DAYS.sexual : RESPONSE_DAYS.usual);

const ACTING_FOR = { self: 'me', child: 'my_child', represented: 'someone_i_represent' };
const DAY_MS = 86_400_000;
const ANSWER_OUTCOMES = new Set(['removed', 'refused', 'partial']);
const MAX_PLATFORMS = 20;
const MAX_URLS = 20;

// The day as the person lives it (the plan counts in local calendar days).
export function localDate(now = new Date()) {
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

// The local date a record was made, from its own offset (not the reader's).
export function recordDate(record) {
  return new Date(Date.parse(record.at.utc) + record.at.offset_minutes * 60_000).toISOString().slice(0, 10);
}

export async function saveAnswers(caseId, answers) {
  return transact(['cases'], 'readwrite', async (s) => {
    const entry = await requestResult(s.cases.get(caseId));
    if (!entry) throw new Error(`no case "${caseId}"`);
    await requestResult(s.cases.put({ ...entry, answers, answers_updated_utc: new Date().toISOString() }));
  });
}

const siteName = (value) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, 100) : null);

// The platforms the captures point at, named as the registry names them when it knows the host.
async function platformsOf(core, records) {
  const byName = new Map();
  for (const record of records) {
    if (record.type !== 'capture') continue;
    const page = record.data?.page_url;
    if (!/^https?:/.test(page ?? '')) continue;
    const match = await core.call('platforms.match', { url: page }).catch(() => null);
    // A site the registry does not know goes by the name it gives itself (og:site_name), else its host.
    const name = match?.platform?.name ?? siteName(record.data.meta?.['og:site_name']) ?? new URL(page).hostname;
    if (!byName.has(name)) byName.set(name, { name, id: match?.platform?.id ?? null, urls: new Set() });
    for (const address of [page, record.data.media_url]) {
      if (/^https?:/.test(address ?? '')) byName.get(name).urls.add(address);
    }
  }
  return [...byName.values()].slice(0, MAX_PLATFORMS).map((p) => ({ ...p, urls: [...p.urls].slice(0, MAX_URLS) }));
}

// The response period a DSA notice was given: its due date counts whole calendar days from sending
// (case-requests.js computes it so), and the record keeps the due date, not the period.
function responseDays(data, sent) {
  if (data.via !== 'dsa' || !DATE.test(data.due ?? '') || !DATE.test(sent)) return null;
  const days = Math.round((Date.parse(data.due) - Date.parse(sent)) / DAY_MS);
  return days >= RESPONSE_DAYS.min && days <= RESPONSE_DAYS.max ? days : null;
}

// Requests the person recorded as sent, with the answer recorded for each (guidance.plan's history).
export function historyOf(records) {
  const answers = new Map();
  for (const record of records) {
    if (record.type === 'answer_received' && Number.isInteger(record.data.request_seq)) answers.set(record.data.request_seq, record);
  }
  return records.filter((r) => r.type === 'request_sent' && r.data.role).slice(-50).map((request) => {
    const entry = { to: request.data.role, name: request.data.to, sent: request.data.sent ?? recordDate(request) };
    if (request.data.via) entry.via = request.data.via;
    const days = responseDays(request.data, entry.sent);
    if (days) entry.respond_within_days = days;
    const answer = answers.get(request.seq);
    if (answer && ANSWER_OUTCOMES.has(answer.data.outcome)) {
      entry.answer = answer.data.outcome;
      entry.answered = answer.data.answered ?? recordDate(answer);
    }
    return { ...entry, seq: request.seq };
  });
}

// One answer as guidance.plan reads it, or 'unknown'.
function answerOf(field, value, values) {
  if (LIST_QUESTIONS.has(field)) return Array.isArray(value) ? [...new Set(value.filter((v) => values.includes(v)))] : 'unknown';
  if (field === 'act_date') return DATE.test(value ?? '') && !Number.isNaN(Date.parse(value)) ? value : 'unknown';
  return values.includes(value) ? value : 'unknown';
}

// `safe`: the case was started as a child's ("Report: it shows my child"), so who is shown is known.
export async function situationOf(core, { answers = {}, records, profile = {}, today = localDate(), safe = false }) {
  const situation = { today };
  for (const [field, values] of Object.entries(QUESTIONS)) {
    if (field === 'residence') {
      situation.residence = /^[A-Z]{2}$/.test(answers.residence ?? '') ? answers.residence : (/^[A-Z]{2}$/.test(profile.country ?? '') ? profile.country : 'unknown');
      continue;
    }
    const value = answerOf(field, answers[field], values);
    if (value !== 'unknown' || !SENT_WHEN_ANSWERED.has(field)) situation[field] = value;
  }
  if (situation.depicted === 'unknown' && answers.depicted === undefined) {
    if (safe) situation.depicted = 'my_child';
    else if (ACTING_FOR[profile.acting_for]) situation.depicted = ACTING_FOR[profile.acting_for];
  }
  const platforms = await platformsOf(core, records);
  situation.platforms = platforms.map(({ name, urls }) => ({ name, urls }));
  situation.history = historyOf(records).map(({ seq, ...entry }) => entry);
  return { situation, platforms };
}

// Everything a page needs about one case: its entry, records, situation, platforms and plan.
export async function planForCase(core, caseId, { profile = {}, today = localDate() } = {}) {
  const entry = await get('cases', caseId);
  if (!entry) throw new Error(`no case "${caseId}"`);
  const records = await caseRecords(caseId);
  const { situation, platforms } = await situationOf(core, { answers: entry.answers ?? {}, records, profile, today, safe: entry.safe === true });
  const plan = await core.call('guidance.plan', { situation });
  return { entry, records, situation, platforms, plan, history: historyOf(records) };
}

// The answers still awaited, earliest due first: {due, to, name, sent, history_index, overdue}, from
// the plan's progress (an answered request, or a police report or DPA complaint filed, awaits none).
export function openDeadlines(plan, today = localDate()) {
  return plan.progress
    .filter((entry) => (entry.status === 'waiting' || entry.status === 'overdue') && entry.deadline?.due)
    .map((entry) => ({ due: entry.deadline.due, to: entry.to, name: entry.name ?? '', sent: entry.sent,
      history_index: entry.history_index, overdue: entry.status === 'overdue' || entry.deadline.due.slice(0, 10) < today }))
    .sort((a, b) => a.due.localeCompare(b.due));
}

export const nextDue = (plan, today) => openDeadlines(plan, today)[0] ?? null;

// A case's plan: the person's answers (kept on the case), what the records show (captures, requests
// sent, answers received) and their profile, turned into guidance.plan's situation, and the plan.
// Shared by the case page, the popup and the background's reminders, so all three agree.
import { caseRecords, get, requestResult, transact } from './store.js';

// The questions behind guidance.plan that the person answers in plain words (docs/protocol.md).
// Each may be answered "unknown" ("I don't know"); `harm` is a list, the rest one value.
export const QUESTIONS = {
  depicted: ['me', 'my_child', 'someone_i_represent'],
  age_group: ['adult', 'minor'],
  sexual: ['yes', 'no'],
  recognisable: ['yes', 'no'],
  shared_with: ['private_circle', 'wider_or_public'],
  labelled_as_deepfake: ['yes', 'no'],
  maker: ['known_reachable', 'known_unreachable'],
  in_search_results: ['yes', 'no'],
  public_figure: ['yes', 'no'],
  consent_given_earlier: ['yes', 'no'],
  harm: ['reputational', 'financial', 'emotional'],
  residence: null,   // a country code, from the profile unless answered
};

const ACTING_FOR = { self: 'me', child: 'my_child', represented: 'someone_i_represent' };
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

// Requests the person recorded as sent, with the answer recorded for each (guidance.plan's history).
export function historyOf(records) {
  const answers = new Map();
  for (const record of records) {
    if (record.type === 'answer_received' && Number.isInteger(record.data.request_seq)) answers.set(record.data.request_seq, record);
  }
  return records.filter((r) => r.type === 'request_sent' && r.data.role).slice(-50).map((request) => {
    const entry = { to: request.data.role, name: request.data.to, sent: request.data.sent ?? recordDate(request) };
    if (request.data.via) entry.via = request.data.via;
    const answer = answers.get(request.seq);
    if (answer && ANSWER_OUTCOMES.has(answer.data.outcome)) {
      entry.answer = answer.data.outcome;
      entry.answered = answer.data.answered ?? recordDate(answer);
    }
    return { ...entry, seq: request.seq };
  });
}

export async function situationOf(core, { answers = {}, records, profile = {}, today = localDate() }) {
  const situation = { today };
  for (const [field, values] of Object.entries(QUESTIONS)) {
    const value = answers[field];
    if (field === 'harm') situation.harm = Array.isArray(value) ? value.filter((v) => values.includes(v)) : 'unknown';
    else if (field === 'residence') situation.residence = /^[A-Z]{2}$/.test(value ?? '') ? value : (/^[A-Z]{2}$/.test(profile.country ?? '') ? profile.country : 'unknown');
    else situation[field] = values.includes(value) ? value : 'unknown';
  }
  if (situation.depicted === 'unknown' && ACTING_FOR[profile.acting_for] && answers.depicted === undefined) situation.depicted = ACTING_FOR[profile.acting_for];
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
  const { situation, platforms } = await situationOf(core, { answers: entry.answers ?? {}, records, profile, today });
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

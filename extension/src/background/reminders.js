// Reminders: every answer a case still awaits (a request recorded as sent, not yet answered) becomes an
// alarm for the morning after its due date; when it fires and the answer is still missing, a
// notification says so. Alarms are rebuilt from the cases on every start and after every request or
// answer, so they survive restarts and never go stale. The toolbar badge shows while an answer is late.
// Discretion (issue #13): a notification or badge can be read by anyone near the screen, so by
// default both say only that something in Takedown needs attention; who did not answer and what to
// do next are named only when the person chose detailed notifications (profile.notifications_detailed).
import { localDate, openDeadlines, planForCase } from '../common/case-plan.js';
import { getAll } from '../common/store.js';

const PREFIX = 'takedown-due';
const NOTIFY_HOUR = 9;   // local time on the day after the due date: the period has ended by then
const NOTIFIED_KEY = 'remindersNotified';
// What can follow a late answer, as the reminder names it (step kinds of guidance.plan).
const ESCALATIONS = {
  complaint_dpa: 'step_complaint_dpa', police_report: 'step_police_report', platform_appeal: 'step_platform_appeal',
  out_of_court_dispute: 'step_out_of_court_dispute', urgent_court: 'step_urgent_court', complaint_dsc: 'step_complaint_dsc',
};
const PARTY = {
  maker: 'reminderParty_maker', platform: 'reminderParty_platform', search_engine: 'reminderParty_search_engine',
  dpa: 'reminderParty_dpa', police: 'reminderParty_police', dsc: 'notifyParty_dsc',
};

// One alarm per awaited answer; the name holds all a fired alarm needs to find it again.
export const alarmName = (caseId, historyIndex, due) => `${PREFIX}|${caseId}|${historyIndex}|${due}`;

function parseAlarmName(name) {
  const [prefix, caseId, historyIndex, due] = name.split('|');
  return prefix === PREFIX ? { caseId, historyIndex: Number(historyIndex), due } : null;
}

// When to remind: a date-only deadline ends at the end of its day, so the morning after; a deadline
// with a time (the TAKE IT DOWN Act's 48 hours) at that time.
export function reminderTime(due) {
  if (due.length > 10) return Date.parse(due);
  const [year, month, day] = due.split('-').map(Number);
  return new Date(year, month - 1, day + 1, NOTIFY_HOUR).getTime();
}

export function createReminders({ api, core }) {
  const message = (key, substitutions) => api.i18n.getMessage(key, substitutions);
  const profile = async () => (await api.storage.local.get('profile')).profile ?? {};
  const detailed = async () => (await profile()).notifications_detailed === true;
  const lateByCase = new Map();   // case id -> how many of its answers are late
  const countLate = (id, open) => {
    const late = open.filter((entry) => Date.now() >= reminderTime(entry.due) - 60_000).length;
    if (late) lateByCase.set(id, late);
    else lateByCase.delete(id);
  };

  // The badge: "!" while any answer is late (its count when detailed), its tooltip in the same words.
  // Counts again over every case (`known`: case id -> its open deadlines, already computed), so that
  // a deleted case drops out and a restarted background, which starts empty, catches up.
  async function recount(known = new Map()) {
    lateByCase.clear();
    for (const { id } of await getAll('cases')) countLate(id, known.get(id) ?? (await awaited(id)).open);
    await showBadge();
  }

  async function showBadge() {
    if (!api.action?.setBadgeText) return;
    const late = [...lateByCase.values()].reduce((sum, n) => sum + n, 0);
    const details = await detailed();
    await api.action.setBadgeText({ text: late ? (details ? String(late) : '!') : '' });
    await api.action.setTitle({ title: !late ? message('actionTitle') : details ? message('notifyBadgeLate', [String(late)]) : message('notifyAttention') });
  }

  async function awaited(caseId) {
    const { plan } = await planForCase(core, caseId, { profile: await profile() });
    return { plan, open: openDeadlines(plan, localDate()) };
  }

  // Replaces the alarms of one case (or of every case) by those its plan asks for now.
  async function sync(caseId = null) {
    const caseIds = caseId ? [caseId] : (await getAll('cases')).map((c) => c.id);
    const existing = (await api.alarms.getAll()).filter((a) => parseAlarmName(a.name) && (!caseId || parseAlarmName(a.name).caseId === caseId));
    const wanted = new Map();
    const known = new Map();
    for (const id of caseIds) {
      const { open } = await awaited(id);
      known.set(id, open);
      for (const entry of open) wanted.set(alarmName(id, entry.history_index, entry.due), reminderTime(entry.due));
    }
    await recount(known).catch((error) => console.error('Takedown: badge not updated', error));
    for (const alarm of existing) if (!wanted.has(alarm.name)) await api.alarms.clear(alarm.name);
    const now = Date.now();
    for (const [name, when] of wanted) {
      // An alarm in the past fires at once: a deadline that passed while the browser was closed.
      if (!existing.some((a) => a.name === name)) await api.alarms.create(name, { when: Math.max(when, now + 1000) });
    }
    return [...wanted.keys()];
  }

  // Names the next step for the person: the plan's step for this request (its reminder letter), and
  // what the plan says can be done now that the answer is late (DPA complaint, police report, ...).
  function nextSteps(plan, historyIndex) {
    const own = plan.steps.find((s) => s.history_index === historyIndex);
    const escalations = plan.steps.filter((s) => s.status === 'now' && ESCALATIONS[s.kind]).map((s) => message(ESCALATIONS[s.kind]));
    return [...(own?.letters?.includes('reminder') ? [message('reminderSendReminder')] : []), ...escalations];
  }

  // One alarm at a time, so that two wake-ups for one alarm cannot both notify.
  let handling = Promise.resolve();
  const onAlarm = (alarm) => {
    const next = handling.then(() => remind(alarm));
    handling = next.catch(() => {});
    return next;
  };

  async function remind(alarm) {
    const parsed = parseAlarmName(alarm.name);
    if (!parsed) return null;
    const { caseId, historyIndex, due } = parsed;
    const notified = (await api.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] ?? [];
    if (notified.includes(alarm.name)) return null;
    const { plan, open } = await awaited(caseId).catch(() => ({ plan: null, open: [] }));
    const entry = open.find((e) => e.history_index === historyIndex && e.due === due);
    // Answered, the case gone, or not due yet (an alarm can fire early): nothing to remind of.
    if (!entry || Date.now() < reminderTime(due) - 60_000) return null;
    await api.storage.local.set({ [NOTIFIED_KEY]: [...notified, alarm.name].slice(-500) });
    countLate(caseId, open);
    await showBadge().catch((error) => console.error('Takedown: badge not updated', error));
    const steps = nextSteps(plan, historyIndex);
    const text = (await detailed()) ? detailedText(entry, due, steps) : { title: message('notifyTitle'), message: message('notifyAttention') };
    const id = await api.notifications.create(alarm.name, {
      type: 'basic',
      iconUrl: api.runtime.getURL('icons/icon-128.png'),
      ...text,
    });
    return { id, caseId, steps, ...text };
  }

  // Who did not answer, by when, and what can be done now: only for people who asked for it.
  function detailedText(entry, due, steps) {
    const when = new Date(reminderTime(due) - 1).toLocaleDateString(api.i18n.getUILanguage(), { day: 'numeric', month: 'long', year: 'numeric' });
    return {
      title: message('reminderTitle', [entry.name || message(PARTY[entry.to] ?? PARTY.platform)]),
      message: message('reminderBody', [when, steps.length ? steps.join('; ') : message('reminderOpenCase')]),
    };
  }

  async function onNotificationClicked(notificationId) {
    const parsed = parseAlarmName(notificationId);
    if (!parsed) return;
    await api.tabs.create({ url: api.runtime.getURL(`pages/case.html?case=${encodeURIComponent(parsed.caseId)}`) });
    await api.notifications.clear(notificationId);
  }

  // The person changed how much notifications may say: the badge follows at once.
  const onSettingsChanged = (changes) => {
    if (changes.profile) recount().catch((error) => console.error('Takedown: badge not updated', error));
  };

  return { sync, onAlarm, onNotificationClicked, onSettingsChanged };
}

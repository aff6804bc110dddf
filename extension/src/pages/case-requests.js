// "I sent it" and "They answered": two small dialogs that add request_sent, answer_received or
// deadline_passed to the case log, so that the plan and its deadlines follow what really happened.
import { localDate, RESPONSE_DAYS, responseDaysFor } from '../common/case-plan.js';
import { send } from '../common/messages.js';
import { SENT_ROLE, roleLabel } from './case-plan-view.js';

// How a request went out or an answer came in (the records' `channel`), as the dialogs offer them.
const CHANNELS = {
  email: 'channel_email', web_form: 'channel_web_form', post: 'channel_post', phone: 'channel_phone',
  in_person: 'channel_in_person', other: 'channel_other',
};

// Requests with a GDPR answer period; a police report or a DPA or DSC complaint awaits none.
const HAS_ANSWER_PERIOD = new Set(['maker', 'platform', 'search_engine']);
// Steps whose request may go out as a DSA notice (Art. 16), with a response period the person sets.
const MAY_BE_DSA_NOTICE = new Set(['ask_platform_removal']);

// The due date of a request: a DSA notice's in whole calendar days (the period the person gave it,
// 24 hours for sexual content: no working-day rules), a GDPR request's one month from receipt.
async function dueOf(core, { via, days, sent }) {
  if (via === 'dsa') return (await core.call('deadlines.compute', { rule: 'custom', amount: days, unit: 'days', calendar: 'none', start: sent })).due;
  return (await core.call('deadlines.compute', { rule: 'gdpr_one_month', start: sent })).due;
}

// Opens `dialog` modally; focus goes back to `opener` when it closes (or to the plan if it is gone).
function openDialog(dialog, opener) {
  const back = () => {
    dialog.removeEventListener('close', back);
    (opener?.isConnected ? opener : document.getElementById('plan-title')).focus();
  };
  dialog.addEventListener('close', back);
  dialog.showModal();
}

// Saving redraws the plan, and the button that opened the dialog may be gone with its step (the step
// now waits for an answer): focus would fall to the page's start, so it goes to the plan's heading.
function keepFocusOnPlan() {
  if (!document.activeElement || document.activeElement === document.body) document.getElementById('plan-title').focus();
}

export function createRequestDialogs({ api, core, message, say, refresh, context }) {
  const sentDialog = document.getElementById('sent-dialog');
  const sentForm = document.getElementById('sent-form');
  const answerDialog = document.getElementById('answer-dialog');
  const answerForm = document.getElementById('answer-form');
  for (const select of document.querySelectorAll('select[data-channels]')) {
    select.replaceChildren(...Object.entries(CHANNELS).map(([value, key]) => new Option(message(key), value)));
  }
  let sending = null;
  let answering = null;

  // "No answer" needs no date or channel of an answer.
  const showAnswerDetails = () => {
    const details = document.getElementById('answer-details');
    details.hidden = answerForm.elements.outcome.value === 'none';
    for (const field of details.querySelectorAll('input, select')) field.disabled = details.hidden;
  };
  answerForm.addEventListener('change', showAnswerDetails);

  // "As a DSA notice" asks for the response period; it is hidden (and not sent) otherwise.
  const showDsaDetails = () => {
    const row = document.getElementById('sent-days-row');
    const offered = !document.getElementById('sent-dsa').hidden;
    row.hidden = !(offered && sentForm.elements.via.value === 'dsa');
    sentForm.elements.respond_within_days.disabled = row.hidden;
  };
  sentForm.addEventListener('change', showDsaDetails);

  for (const cancel of document.querySelectorAll('dialog .cancel')) cancel.addEventListener('click', () => cancel.closest('dialog').close());

  sentForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { step, letter, to } = sending;
    const role = SENT_ROLE[step.kind];
    const sent = sentForm.elements.sent.value;
    const data = { to, channel: sentForm.elements.channel.value, role, step: step.kind, sent };
    if (letter) data.letter = letter;
    if (letter === 'take_it_down_notice') data.via = 'take_it_down';
    const dsa = !document.getElementById('sent-dsa').hidden && sentForm.elements.via.value === 'dsa';
    if (dsa) data.via = 'dsa';
    const reference = sentForm.elements.reference.value.trim();
    if (reference) data.reference = reference.slice(0, 256);
    try {
      if (HAS_ANSWER_PERIOD.has(role)) data.due = await dueOf(core, { via: data.via, days: Number(sentForm.elements.respond_within_days.value), sent });
      await send(api, 'case.append', { case: context().caseId, type: 'request_sent', data });
      sentDialog.close();
      await refresh();
      keepFocusOnPlan();
      say('ok', data.due ? message('sentRecordedDue', [to, context().formatDate(data.due)]) : message('sentRecorded', [to]));
    } catch (error) {
      say('error', message('caseActionFailed', [error.message]));
    }
  });

  answerForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { entry, seq } = answering;
    const outcome = answerForm.elements.outcome.value;
    const from = entry.name || roleLabel(message, entry.to);
    try {
      if (outcome === 'none') {
        const deadline = context().deadlineOf(answering.index) ?? localDate();
        await send(api, 'case.append', { case: context().caseId, type: 'deadline_passed',
          data: { deadline: deadline.slice(0, 10), what: message('noAnswerWhat', [from]), request_seq: seq } });
      } else {
        await send(api, 'case.append', { case: context().caseId, type: 'answer_received',
          data: { from, channel: answerForm.elements.channel.value, outcome, answered: answerForm.elements.answered.value, request_seq: seq } });
      }
      answerDialog.close();
      await refresh();
      keepFocusOnPlan();
      say('ok', message(outcome === 'none' ? 'noAnswerRecorded' : 'answerRecorded', [from]));
    } catch (error) {
      say('error', message('caseActionFailed', [error.message]));
    }
  });

  return {
    sent(step, letter, to, opener) {
      sending = { step, letter, to };
      sentForm.reset();
      sentForm.elements.sent.value = localDate();
      sentForm.elements.sent.max = localDate();
      // A platform notice may go out under the DSA: offered with the period it gives (editable).
      document.getElementById('sent-dsa').hidden = !(MAY_BE_DSA_NOTICE.has(step.kind) && letter !== 'take_it_down_notice');
      Object.assign(sentForm.elements.respond_within_days, { min: RESPONSE_DAYS.min, max: RESPONSE_DAYS.max, value: responseDaysFor(context().situation ?? {}) });
      showDsaDetails();
      document.getElementById('sent-about').textContent = message('sentAbout', [to]);
      openDialog(sentDialog, opener);
    },
    answer(index, opener) {
      const entry = context().history[index];
      if (!entry) return;
      answering = { entry, seq: entry.seq, index };
      answerForm.reset();
      answerForm.elements.answered.value = localDate();
      answerForm.elements.answered.max = localDate();
      showAnswerDetails();
      document.getElementById('answer-about').textContent = message('answerAbout', [entry.name || roleLabel(message, entry.to), context().formatDate(entry.sent)]);
      openDialog(answerDialog, opener);
    },
  };
}

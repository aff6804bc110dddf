// The letter behind a plan step: what letters.render needs (the person's details, the case's facts,
// the earlier request for a reminder or complaint), and the dialog that shows it with copy,
// download (.txt, .eml) and mailto:.
import { LIST_QUESTIONS, recordDate, responseDaysFor } from '../common/case-plan.js';
import { download, emlDraft, isEmail, mailtoLink, textFile } from './case-mail.js';

// The situation's answers a letter may state; an unanswered one is left out, so that the letter
// puts a placeholder where it would need it and never asserts it.
const FACT_FIELDS = ['depicted', 'age_group', 'sexual', 'labelled_as_deepfake', 'consent_given_earlier', 'public_figure',
  'recognisable', 'shared_with', 'used_for', 'deceased', 'maker_age', 'act_date', 'residence'];
// Letters that are a DSA notice to a platform, or follow one up: they name the response period.
const DSA_LETTERS = new Set(['platform_removal', 'reminder', 'dsc_complaint']);
const MEDIA = new Set(['image', 'video', 'audio']);

// The profile as letters.render reads it (only what the person filled in).
export function letterProfile(profile = {}) {
  const name = profile.full_name || [profile.given_name, profile.family_name].filter(Boolean).join(' ') || profile.signature_name;
  const place = [profile.postal_code, profile.city].filter(Boolean).join(' ');
  const postal = [profile.street_address, place].filter(Boolean).join(', ');
  const out = { name, email: profile.email, postal_address: postal, phone: profile.phone };
  return Object.fromEntries(Object.entries(out).filter(([, value]) => value));
}

// The request a letter follows up: the step's own history entry, else (complaints, appeals, police)
// the latest request that was refused or not answered; a DSC complaint is about a DSA notice.
function entryFor(step, history) {
  if (Number.isInteger(step.history_index)) return history[step.history_index];
  const open = [...history].reverse().filter((h) => h.answer !== 'removed');
  if (step.kind === 'complaint_dsc') return open.find((h) => h.via === 'dsa') ?? open.find((h) => h.to === 'platform');
  return ['complaint_dpa', 'platform_appeal', 'police_report'].includes(step.kind) ? open[0] : undefined;
}

// That request as letters.render reads it.
function requestFor(step, history, records) {
  const entry = entryFor(step, history);
  if (!entry) return undefined;
  const sent = records.find((r) => r.seq === entry.seq);
  const request = { to_name: entry.name || undefined, sent: entry.sent, via: entry.via, reference: sent?.data.reference,
    answer: ['refused', 'partial'].includes(entry.answer) ? entry.answer : 'none', answered: entry.answered };
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value));
}

// The platform a step addresses (by name), or for a platform step without a name the first one.
export function platformFor(step, platforms) {
  return platforms.find((p) => p.name && p.name === step.addressee?.name)
    ?? (['platform', 'maker_and_platform'].includes(step.addressee?.role) ? platforms[0] : undefined);
}

// Whom the letter goes to, as the plan's step names them: a DPA or DSC complaint then goes to the
// authority of the person's residence, with its postal address.
function addresseeOf(step) {
  const { name, contact, postal_address: postal } = step.addressee ?? {};
  const addressee = {};
  if (name) addressee.name = name;
  if (isEmail(contact)) addressee.email = contact;
  if (typeof postal === 'string' && postal.trim()) addressee.postal_address = postal.trim();
  return Object.keys(addressee).length ? addressee : undefined;
}

const answered = (field, value) => (LIST_QUESTIONS.has(field) ? Array.isArray(value) : typeof value === 'string' && value && value !== 'unknown');

// The fingerprint a letter lists for a capture: the media file's, also when only its hash was kept
// (a child's case keeps no picture), else the capture's first file.
function evidenceHash(record) {
  const media = record.artifacts.find((a) => a.name.startsWith('media'));
  return media?.sha256 ?? record.data.media_sha256 ?? record.artifacts[0]?.sha256;
}

// letters.render's `case` for one step's letter `kind`, from the case page's view of the case.
export function letterCase({ step, view, today, kind = step.letters?.[0] }) {
  const { situation, platforms, records, history } = view;
  const captures = records.filter((r) => r.type === 'capture');
  const platform = platformFor(step, platforms);
  const urls = (platform ? platform.urls : platforms.flatMap((p) => p.urls)).slice(0, 50);
  const facts = { date: today, urls };
  if (platform) facts.platform = platform.name;
  const addressee = addresseeOf(step);
  if (addressee) facts.addressee = addressee;
  const title = captures.find((r) => r.data.title)?.data.title;
  if (title) facts.title = title.slice(0, 1000);
  const media = captures.map((r) => r.data.kind).find((k) => MEDIA.has(k));
  if (media) facts.media = media;
  for (const field of FACT_FIELDS) if (answered(field, situation[field])) facts[field] = situation[field];
  const request = requestFor(step, history, records);
  if (request) facts.request = request;
  // The period the notice gave (a follow-up), or the one a new notice will give.
  const entry = entryFor(step, history);
  if (DSA_LETTERS.has(kind)) {
    const days = entry ? entry.respond_within_days : responseDaysFor(situation);
    if (days) facts.respond_within_days = days;
  }
  // A child's case: the letter lists addresses and fingerprints only, never pictures.
  if (view.entry?.safe === true || view.plan?.child_case === true) facts.child_case = true;
  facts.evidence = captures.slice(0, 100).map((r) => {
    const sha256 = evidenceHash(r);
    return { url: r.data.media_url ?? r.data.page_url ?? '', captured_at: r.at.utc, ...(sha256 ? { sha256 } : {}) };
  }).filter((e) => e.url);
  const firstSeen = captures[0];
  if (firstSeen) facts.first_seen = recordDate(firstSeen);
  return facts;
}

// Where the letter can go by e-mail: the addressee's address when the plan or registry knows it.
export function recipientAddress(step, platformMatch) {
  if (isEmail(step.addressee?.contact)) return step.addressee.contact;
  const known = platformMatch?.platform?.privacy_contact?.email;
  return isEmail(known) ? known : null;
}

// The dialog: one per page; `show` fills it and opens it modally, focus returning to the opener.
export function createLetterDialog({ api, message, say }) {
  const dialog = document.getElementById('letter');
  const $ = (id) => document.getElementById(id);
  let current = null;
  let opener = null;
  const note = (text) => { $('letter-status').textContent = text; };

  $('letter-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => { opener?.isConnected ? opener.focus() : document.getElementById('plan-title').focus(); });
  $('letter-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(`${current.letter.subject}\n\n${current.letter.text}`);
      note(message('letterCopied'));
    } catch (error) {
      note(message('caseActionFailed', [error.message]));
    }
  });
  $('letter-txt').addEventListener('click', () => {
    download(`${current.fileName}.txt`, textFile(current.letter), 'text/plain;charset=utf-8');
    note(message('letterDownloaded', [`${current.fileName}.txt`]));
  });
  $('letter-eml').addEventListener('click', () => {
    download(`${current.fileName}.eml`, emlDraft({ ...current.letter, to: current.to, toName: current.toName,
      from: current.profile.email, fromName: current.profile.name }), 'message/rfc822');
    note(message('letterDownloaded', [`${current.fileName}.eml`]));
  });

  return {
    show({ letter, to, toName, profile, fileName, from }) {
      current = { letter, to, toName, profile, fileName };
      opener = from;
      $('letter-subject').textContent = letter.subject;
      $('letter-text').textContent = letter.text;
      $('letter-to').textContent = to ? message('letterTo', [toName ? `${toName} <${to}>` : to]) : message('letterToUnknown');
      const missing = $('letter-missing');
      missing.hidden = !letter.missing?.length;
      missing.textContent = letter.missing?.length ? message('letterMissing') : '';
      const links = mailtoLink({ to, subject: letter.subject, text: letter.text });
      const mailto = $('letter-mailto');
      mailto.href = links.full ?? links.subjectOnly;
      mailto.textContent = message(links.full ? 'letterMailto' : 'letterMailtoSubjectOnly');
      $('letter-mailto-note').hidden = Boolean(links.full);
      note('');
      if (!dialog.open) dialog.showModal();
      say('ok', message('letterShown', [letter.subject]));
    },
  };
}

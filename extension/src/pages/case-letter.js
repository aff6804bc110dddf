// The letter behind a plan step: what letters.render needs (the person's details, the case's facts,
// the earlier request for a reminder or complaint), and the dialog that shows it with copy,
// download (.txt, .eml) and mailto:.
import { recordDate } from '../common/case-plan.js';
import { download, emlDraft, isEmail, mailtoLink, textFile } from './case-mail.js';

const FACT_FIELDS = ['depicted', 'age_group', 'sexual', 'labelled_as_deepfake', 'consent_given_earlier', 'public_figure'];
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
// the latest request, preferring one that was refused or not answered.
function requestFor(step, history, records) {
  const entry = Number.isInteger(step.history_index) ? history[step.history_index]
    : ['complaint_dpa', 'platform_appeal', 'police_report'].includes(step.kind)
      ? [...history].reverse().find((h) => h.answer !== 'removed') : undefined;
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

export function letterCase({ step, view, today }) {
  const { situation, platforms, records, history } = view;
  const captures = records.filter((r) => r.type === 'capture');
  const platform = platformFor(step, platforms);
  const urls = (platform ? platform.urls : platforms.flatMap((p) => p.urls)).slice(0, 50);
  const facts = { date: today, urls };
  if (platform) facts.platform = platform.name;
  if (step.addressee?.name) facts.addressee = { name: step.addressee.name };
  const title = captures.find((r) => r.data.title)?.data.title;
  if (title) facts.title = title.slice(0, 1000);
  const media = captures.map((r) => r.data.kind).find((kind) => MEDIA.has(kind));
  if (media) facts.media = media;
  for (const field of FACT_FIELDS) if (situation[field] && situation[field] !== 'unknown') facts[field] = situation[field];
  const request = requestFor(step, history, records);
  if (request) facts.request = request;
  facts.evidence = captures.slice(0, 100).map((r) => {
    const kept = r.artifacts.find((a) => a.name.startsWith('media')) ?? r.artifacts[0];
    return { url: r.data.media_url ?? r.data.page_url ?? '', captured_at: r.at.utc, ...(kept ? { sha256: kept.sha256 } : {}) };
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

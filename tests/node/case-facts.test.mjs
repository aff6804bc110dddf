// The case page's facts as pure functions, in node (issue #13): the answers as guidance.plan's
// situation (the new questions sent only once answered), the requests as its history (a DSA
// notice's response period), and letters.render's case for a step (only confirmed facts, the plan
// step's addressee, the child's safe route, the notice's period).
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const source = requiredEnv('TAKEDOWN_SOURCE_DIR');
const load = (file) => import(pathToFileURL(path.join(source, 'extension', 'src', file)).href);
const { historyOf, responseDaysFor, situationOf } = await load('common/case-plan.js');
const { letterCase } = await load('pages/case-letter.js');

const SHA = (c) => c.repeat(64);
// A core that knows one platform; situationOf asks it to name the captures' hosts.
const core = {
  call: async (method, { url }) => {
    assert.equal(method, 'platforms.match');
    return new URL(url).hostname === 'chirp.example' ? { platform: { id: 'chirp', name: 'Chirp' } } : null;
  },
};
const at = (utc) => ({ utc, offset_minutes: 60 });
const capture = (seq, data, artifacts) => ({ seq, type: 'capture', at: at('2026-11-20T10:00:00Z'), data, artifacts });
const RECORDS = [
  capture(1, { kind: 'image', page_url: 'https://chirp.example/p/1', media_url: 'https://chirp.example/m/1.jpg', title: 'Post' },
    [{ name: 'page.html', sha256: SHA('a') }, { name: 'media.jpg', sha256: SHA('b') }]),
  // A safe capture (a child's case): the page's facts only, the media known by its hash.
  capture(2, { kind: 'image', page_url: 'https://chirp.example/p/2', media_url: 'https://chirp.example/m/2.jpg', safe: true, media_sha256: SHA('c') },
    [{ name: 'page.json', sha256: SHA('d') }]),
  { seq: 3, type: 'request_sent', at: at('2026-11-21T09:00:00Z'),
    data: { to: 'Chirp', channel: 'web_form', role: 'platform', via: 'dsa', sent: '2026-11-21', due: '2026-11-22' }, artifacts: [] },
  { seq: 4, type: 'request_sent', at: at('2026-11-21T09:30:00Z'),
    data: { to: 'M. Maker', channel: 'email', role: 'maker', sent: '2026-11-21', due: '2026-12-22' }, artifacts: [] },
  { seq: 5, type: 'request_sent', at: at('2026-11-22T09:00:00Z'),
    data: { to: 'Chirp', channel: 'web_form', role: 'platform', via: 'dsa', sent: '2026-11-22', due: '2027-03-22' }, artifacts: [] },
];

test('the new questions reach guidance.plan only once answered; the others are spelled out', async () => {
  const { situation } = await situationOf(core, { answers: {}, records: [], profile: {}, today: '2026-12-01' });
  for (const field of ['deceased', 'maker_age', 'used_for', 'act_date']) assert.equal(field in situation, false, field);
  assert.equal(situation.sexual, 'unknown');
  assert.equal(situation.harm, 'unknown');
  assert.equal(situation.residence, 'unknown');

  const answers = { used_for: ['extortion', 'impersonation', 'extortion', 'spying'], deceased: 'no', maker_age: 'age_14_15', act_date: '2024-06-30',
    sexual: 'yes', residence: 'BE' };
  const answered = (await situationOf(core, { answers, records: [], profile: { country: 'NL' }, today: '2026-12-01' })).situation;
  assert.deepEqual(answered.used_for, ['extortion', 'impersonation'], 'unknown choices dropped, each once');
  assert.equal(answered.deceased, 'no');
  assert.equal(answered.maker_age, 'age_14_15');
  assert.equal(answered.act_date, '2024-06-30');
  assert.equal(answered.residence, 'BE', 'the answer, not the profile');

  // "None of these" is an answer; "I don't know", a malformed date or a value not offered is not.
  const none = (await situationOf(core, { answers: { used_for: [], act_date: '2024-13-45', maker_age: 'teen', deceased: 'unknown' }, records: [], today: '2026-12-01' })).situation;
  assert.deepEqual(none.used_for, []);
  assert.equal('act_date' in none, false);
  assert.equal('maker_age' in none, false);
  assert.equal('deceased' in none, false);
  assert.equal('used_for' in (await situationOf(core, { answers: { used_for: 'unknown' }, records: [] })).situation, false);
});

test('who is shown: the answer, else a case started as "it shows my child", else the profile', async () => {
  const depicted = async (answers, profile, safe) => (await situationOf(core, { answers, records: [], profile, safe })).situation.depicted;
  assert.equal(await depicted({}, { acting_for: 'self' }, true), 'my_child');
  assert.equal(await depicted({}, { acting_for: 'represented' }, false), 'someone_i_represent');
  assert.equal(await depicted({ depicted: 'me' }, {}, true), 'me');
  assert.equal(await depicted({}, {}, false), 'unknown');
});

test('the history: a DSA notice carries the response period it was given, a GDPR request none', async () => {
  const history = historyOf(RECORDS);
  assert.deepEqual(history.map(({ to, via, respond_within_days: days }) => ({ to, via, days })), [
    { to: 'platform', via: 'dsa', days: 1 }, { to: 'maker', via: undefined, days: undefined }, { to: 'platform', via: 'dsa', days: undefined }]);
  // A period beyond what a notice may be given (60 days) is not one the page set: left out.
  assert.equal('respond_within_days' in history[2], false);
  const { situation } = await situationOf(core, { records: RECORDS, today: '2026-12-01' });
  assert.deepEqual(situation.history[0], { to: 'platform', name: 'Chirp', sent: '2026-11-21', via: 'dsa', respond_within_days: 1 });
  assert.deepEqual(situation.platforms.map((p) => p.name), ['Chirp']);
});

test('a new notice gives 24 hours for sexual content, else a week', () => {
  assert.equal(responseDaysFor({ sexual: 'yes' }), 1);
  assert.equal(responseDaysFor({ sexual: 'no' }), 7);
  assert.equal(responseDaysFor({ sexual: 'unknown' }), 7);
});

async function viewOf({ answers = {}, records = RECORDS, entry = {}, plan = {}, profile = {} } = {}) {
  const { situation, platforms } = await situationOf(core, { answers, records, profile, today: '2026-12-01', safe: entry.safe === true });
  return { situation, platforms, records, history: historyOf(records), entry, plan };
}

test('a letter states only what the person answered', async () => {
  const step = { kind: 'ask_platform_removal', addressee: { role: 'platform', name: 'Chirp' }, letters: ['platform_removal'] };
  const unanswered = letterCase({ step, view: await viewOf(), today: '2026-12-01' });
  for (const field of ['recognisable', 'shared_with', 'used_for', 'deceased', 'maker_age', 'act_date', 'residence', 'sexual', 'consent_given_earlier', 'labelled_as_deepfake']) {
    assert.equal(field in unanswered, false, `${field} is not asserted when unanswered`);
  }
  const answers = { recognisable: 'yes', shared_with: 'private_circle', used_for: [], deceased: 'yes', maker_age: 'under_14', act_date: '2025-02-03',
    residence: 'DE', sexual: 'no', consent_given_earlier: 'unknown' };
  const facts = letterCase({ step, view: await viewOf({ answers }), today: '2026-12-01' });
  assert.deepEqual({ recognisable: facts.recognisable, shared_with: facts.shared_with, used_for: facts.used_for, deceased: facts.deceased,
    maker_age: facts.maker_age, act_date: facts.act_date, residence: facts.residence, sexual: facts.sexual },
  { recognisable: 'yes', shared_with: 'private_circle', used_for: [], deceased: 'yes', maker_age: 'under_14', act_date: '2025-02-03', residence: 'DE', sexual: 'no' });
  assert.equal('consent_given_earlier' in facts, false);
  assert.equal(facts.platform, 'Chirp');
  assert.deepEqual(facts.addressee, { name: 'Chirp' });
});

test('a complaint goes to the authority the plan names, with its e-mail and postal address', async () => {
  const step = { kind: 'complaint_dpa', letters: ['dpa_complaint'],
    addressee: { role: 'dpa', name: 'Datatilsynet', contact: 'postkasse@datatilsynet.no', postal_address: 'Postboks 458 Sentrum, 0105 Oslo', complaint_url: 'https://www.datatilsynet.no/' } };
  const facts = letterCase({ step, view: await viewOf({ answers: { residence: 'NO' } }), today: '2026-12-01', kind: 'dpa_complaint' });
  assert.deepEqual(facts.addressee, { name: 'Datatilsynet', email: 'postkasse@datatilsynet.no', postal_address: 'Postboks 458 Sentrum, 0105 Oslo' });
  assert.equal(facts.residence, 'NO');
  // A contact that is a web page is no e-mail address.
  const web = letterCase({ step: { ...step, addressee: { role: 'dpa', name: 'ICO', contact: 'https://ico.org.uk/make-a-complaint/' } }, view: await viewOf(), today: '2026-12-01' });
  assert.deepEqual(web.addressee, { name: 'ICO' });
  // The complaint follows the request that was refused or not answered.
  assert.equal(facts.request.to_name, 'Chirp');
});

test('a DSA letter names the response period: the new notice\'s, or the one the notice was given', async () => {
  const notice = { kind: 'ask_platform_removal', addressee: { role: 'platform', name: 'Chirp' }, letters: ['platform_removal'] };
  assert.equal(letterCase({ step: notice, view: await viewOf({ answers: { sexual: 'yes' } }), today: '2026-12-01' }).respond_within_days, 1);
  assert.equal(letterCase({ step: notice, view: await viewOf({ answers: { sexual: 'unknown' } }), today: '2026-12-01' }).respond_within_days, 7);
  // A reminder of the DSA notice of 21 November (1 day) says so; a reminder of a GDPR request names none.
  const view = await viewOf();
  const reminder = (index) => letterCase({ step: { kind: 'wait_for_answer', history_index: index, letters: ['reminder'] }, view, today: '2026-12-01', kind: 'reminder' });
  assert.equal(reminder(0).respond_within_days, 1);
  assert.equal(reminder(0).request.via, 'dsa');
  assert.equal('respond_within_days' in reminder(1), false);
  // A complaint to the coordinator is about the DSA notice, the latest one not answered.
  const dsc = letterCase({ step: { kind: 'complaint_dsc', addressee: { role: 'dsc', name: 'ACM', postal_address: 'Postbus 16326, 2500 BH Den Haag' }, letters: ['dsc_complaint'] },
    view, today: '2026-12-01', kind: 'dsc_complaint' });
  assert.equal(dsc.request.via, 'dsa');
  assert.equal(dsc.request.sent, '2026-11-22');
  assert.deepEqual(dsc.addressee, { name: 'ACM', postal_address: 'Postbus 16326, 2500 BH Den Haag' });
  // A police report names no response period.
  assert.equal('respond_within_days' in letterCase({ step: { kind: 'police_report', letters: ['police_summary'] }, view, today: '2026-12-01', kind: 'police_summary' }), false);
});

test('a child\'s case takes the safe route; the evidence is listed by the media\'s hash, never its file', async () => {
  const step = { kind: 'police_report', addressee: { role: 'police', name: 'Politie' }, letters: ['police_summary'] };
  assert.equal(letterCase({ step, view: await viewOf({ entry: { safe: true } }), today: '2026-12-01' }).child_case, true);
  assert.equal(letterCase({ step, view: await viewOf({ plan: { child_case: true } }), today: '2026-12-01' }).child_case, true);
  const adult = letterCase({ step, view: await viewOf({ plan: { child_case: false } }), today: '2026-12-01' });
  assert.equal('child_case' in adult, false);
  assert.deepEqual(adult.evidence, [
    { url: 'https://chirp.example/m/1.jpg', captured_at: '2026-11-20T10:00:00Z', sha256: SHA('b') },
    { url: 'https://chirp.example/m/2.jpg', captured_at: '2026-11-20T10:00:00Z', sha256: SHA('c') },
  ]);
});

// What a page says about itself (issue #15) is a claim: a hostile page can name any address as its
// canonical one or any account as its author. Letters and the case's platforms use the addresses
// the browser showed.
test('a page\'s canonical URL and author link never replace the address the browser showed', async () => {
  const claimed = capture(1, {
    kind: 'page', page_url: 'https://chirp.example/p/9', canonical_url: 'https://elsewhere.example/innocent',
    author_hints: ['https://elsewhere.example/@someone'], meta: { 'og:url': 'https://elsewhere.example/og' }, title: 'Post',
  }, [{ name: 'page.html', sha256: SHA('e') }]);
  const step = { kind: 'ask_platform_removal', addressee: { role: 'platform', name: 'Chirp' }, letters: ['platform_removal'] };
  const view = await viewOf({ records: [claimed] });
  const facts = letterCase({ step, view, today: '2026-12-01' });
  assert.deepEqual(facts.evidence.map((e) => e.url), ['https://chirp.example/p/9']);
  assert.ok(!JSON.stringify(facts).includes('elsewhere.example'), JSON.stringify(facts));
  assert.ok(!JSON.stringify(view.platforms ?? null).includes('elsewhere.example'));
});

// The quality bars of issue #7 in real Chromium, one browser launch per language (en-US, nl):
// - axe-core on every extension page (every pages/*.html of the built extension, so new pages are
//   covered without editing this file), light and dark: no serious or critical violation; each page
//   has <html lang> in its language and a non-empty <title>;
// - no language mixing: a Dutch page shows no English _locales text and vice versa; every letter kind
//   (docs/protocol.md) and the plan's {nl, en} texts read in one language only.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { builtExtensionDir, launchBrowser, requiredEnv, serveSite } from './harness.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const SCHEMES = ['light', 'dark'];
const LANGUAGES = [{ browser: 'en-US', lang: 'en', other: 'nl' }, { browser: 'nl', lang: 'nl', other: 'en' }];

const extensionDir = builtExtensionDir('chromium');
const PAGES = fs.readdirSync(path.join(extensionDir, 'pages')).filter((file) => file.endsWith('.html')).sort();
const MESSAGES = Object.fromEntries(['en', 'nl'].map((lang) =>
  [lang, JSON.parse(fs.readFileSync(path.join(extensionDir, '_locales', lang, 'messages.json'), 'utf8'))]));
const sourceDir = requiredEnv('TAKEDOWN_SOURCE_DIR');

// Waits until the page has loaded, nothing on it is aria-busy, and its scripts stopped changing the
// DOM for half a second (pages fill themselves from storage and the core after load); at most 8 s.
async function settle(page) {
  await page.waitForLoadState('load');
  await page.evaluate(() => new Promise((resolve) => {
    let quiet;
    const done = () => {
      if (document.querySelector('[aria-busy="true"]')) { quiet = setTimeout(done, 100); return; }
      observer.disconnect();
      resolve();
    };
    const observer = new MutationObserver(() => { clearTimeout(quiet); quiet = setTimeout(done, 500); });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    quiet = setTimeout(done, 500);
    setTimeout(() => { clearTimeout(quiet); observer.disconnect(); resolve(); }, 8000);
  }));
}

// Extension pages allow only their own scripts (CSP script-src 'self'), so axe cannot come in as a
// <script>; the driver's evaluate goes through the DevTools protocol, which the CSP does not govern.
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate((tags) => globalThis.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

const MAX_NODES = 8;   // per rule: enough to find the pattern without burying the other rules
const describeNode = (n) => `    ${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}` : ''}`;
const describeViolations = (violations) => violations.map((v) => [
  `  ${v.id} (${v.impact}): ${v.help}`, ...v.nodes.slice(0, MAX_NODES).map(describeNode),
  ...(v.nodes.length > MAX_NODES ? [`    … and ${v.nodes.length - MAX_NODES} more`] : []),
].join('\n')).join('\n');

// What a person sees or hears of a page: its rendered text, its title, and the text of attributes
// read out or shown (labels, placeholders, tooltips, alternative text).
const visibleText = (page) => page.evaluate(() => [
  document.title, document.body.innerText,
  ...[...document.querySelectorAll('[aria-label], [placeholder], [title], img[alt]')]
    .flatMap((e) => ['aria-label', 'placeholder', 'title', 'alt'].map((a) => e.getAttribute(a) ?? '')),
].join('\n'));

// The fixed parts of a message (placeholders cut out) that are long enough to be telling (12+
// characters) and that could not be there legitimately: not part of any message of `lang`.
function foreignFragments(lang, other) {
  const own = Object.values(MESSAGES[lang]).map((m) => m.message);
  const fragments = new Map();
  for (const [key, { message }] of Object.entries(MESSAGES[other])) {
    if (message === MESSAGES[lang][key]?.message) continue;
    for (const piece of message.split(/\$[A-Za-z0-9_@]+\$|\$\d/)) {
      const fragment = piece.trim();
      if (fragment.length >= 12 && !own.some((m) => m.includes(fragment))) fragments.set(fragment, key);
    }
  }
  return fragments;
}

const fragmentsIn = (text, fragments) => [...fragments].filter(([fragment]) => text.includes(fragment));

// Words that only one of the two languages uses (case-sensitive where a capital would be a name;
// not "of", which is Dutch for "or").
const WORDS = {
  en: /\b(?:[Tt]he|[Aa]nd|[Yy]ou|[Yy]our|[Oo]f the|[Ww]ith|[Tt]his|[Tt]hat|[Ww]hich|[Pp]lease|[Ww]ould|[Hh]ave|[Bb]een|Dear|Sir|Madam)\b/g,
  nl: /\b(?:[Dd]e|[Hh]et|[Ee]en|[Jj]e|u|[Vv]an|[Nn]iet|[Dd]at|[Mm]et|[Vv]oor|[Ww]ordt|[Ii]k|Geachte|mevrouw|heer)\b/g,
};
// Proper names that keep their own language in a letter of the other: statutes and an authority.
const NAMES = ['TAKE IT DOWN Act', 'Take It Down Act', 'Digital Services Act', 'Autoriteit Persoonsgegevens', 'Wetboek van Strafrecht'];

// The words of `other` in `text`, after cutting out what is quoted from the case (the facts the
// core reports, addresses, e-mail addresses) and proper names.
function foreignWords(text, other, quoted = []) {
  let rest = text;
  for (const value of [...quoted, ...NAMES].filter((v) => typeof v === 'string' && v).sort((a, b) => b.length - a.length)) rest = rest.split(value).join(' ');
  rest = rest.replace(/\bhttps?:\/\/\S+/g, ' ').replace(/\S+@\S+/g, ' ');
  return [...new Set([...rest.matchAll(WORDS[other])].map((m) => m[0]))];
}

const stringsIn = (value) => (typeof value === 'string' ? [value]
  : Array.isArray(value) ? value.flatMap(stringsIn)
    : value && typeof value === 'object' ? Object.values(value).flatMap(stringsIn) : []);

// The letter kinds, as docs/protocol.md's letters.render table lists them.
function letterKinds() {
  const docs = fs.readFileSync(path.join(sourceDir, 'docs', 'protocol.md'), 'utf8');
  const section = docs.slice(docs.indexOf('### `letters.render`'), docs.indexOf('\n### ', docs.indexOf('### `letters.render`') + 1));
  return [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
}

// One realistic case carrying what any kind of letter can use; what the person typed themselves is
// in the letter's language, as it would be.
function letterCase(lang) {
  const nl = lang === 'nl';
  return {
    date: '2026-11-28', platform: 'Chirp', media: 'image', title: 'Look who it is', handle: '@fakeaccount',
    urls: ['https://chirp.example/p/42', 'https://chirp.example/media/42.jpg'], first_seen: '2026-11-27',
    addressee: { name: 'M. de Maker', email: 'maker@example.net' }, maker_name: 'M. de Maker',
    depicted: 'me', age_group: 'adult', sexual: 'yes', labelled_as_deepfake: 'no', consent_given_earlier: 'no', public_figure: 'no',
    still_online: 'yes', search_terms: ['Jane Doe', 'Jane Doe Amsterdam'],
    description: nl ? 'mijn gezicht op het lichaam van iemand anders' : "my face put on someone else's body",
    request: { to_name: 'Chirp', sent: '2026-10-01', reference: 'CHP-1234', answer: 'refused', answered: '2026-10-20' },
    evidence: [{ url: 'https://chirp.example/p/42', captured_at: '2026-11-27T21:14:05Z',
      sha256: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b', description: nl ? 'schermafbeelding van het bericht' : 'screenshot of the post' }],
    timeline: [{ date: '2026-11-27', event: nl ? 'een vriendin stuurde mij een link naar het bericht' : 'a friend sent me a link to the post' }],
  };
}
const PROFILE = { name: 'Jane Doe', email: 'jane@example.org', postal_address: 'Keizersgracht 1, 1015 CJ Amsterdam', phone: '+31 6 1234 5678' };

// A few situations that between them reach most steps, findings, warnings and open questions.
const SITUATIONS = [
  {},
  { today: '2026-11-28', shared_with: 'wider_or_public', maker: 'known_reachable', sexual: 'no', residence: 'NL' },
  { today: '2026-11-28', depicted: 'my_child', sexual: 'yes', shared_with: 'wider_or_public', maker: 'unknown', residence: 'NL',
    platforms: [{ name: 'Chirp', urls: ['https://chirp.example/p/42'] }], in_search_results: 'yes',
    history: [{ to: 'platform', name: 'Chirp', sent: '2026-09-01', answer: 'refused', answered: '2026-09-20' }] },
  { today: '2026-11-28', depicted: 'someone_i_represent', public_figure: 'yes', consent_given_earlier: 'yes', residence: 'US', shared_with: 'private_circle' },
  { today: '2026-11-28', residence: 'GB', sexual: 'yes', maker: 'known_unreachable', history: [{ to: 'maker', sent: '2026-08-01' }] },
];

for (const { browser: browserLang, lang, other } of LANGUAGES) {
  describe(`extension pages in ${browserLang}`, () => {
    let browser;
    let site;

    // State that gives every page content: a case with a capture from the demo post, and a profile.
    before(async () => {
      site = await serveSite();
      browser = await launchBrowser('chromium', { lang: browserLang });
      await browser.hookResult('newCase', { title: 'Chirp post' });
      const url = `${site.origin}/demo-post.html`;
      const post = await browser.openWithContentScript(url);
      await browser.hookResult('menuClick', { url, info: { mediaType: 'image', srcUrl: `${site.origin}/photo.svg` } });
      await post.close();
      await browser.hookResult('setProfile', { profile: { acting_for: 'self', given_name: 'Jane', family_name: 'Doe', full_name: 'Jane Doe', email: 'jane@example.org', country: 'NL' } });
    });

    after(async () => {
      await browser?.close();
      await site?.close();
    });

    test('the built extension has pages to check', () => {
      assert.ok(PAGES.length > 0, `no pages in ${extensionDir}/pages`);
    });

    for (const pageName of PAGES) {
      test(`${pageName}: axe finds nothing serious in light and dark, lang and title are set, no ${other} text`, async () => {
        const page = await browser.newPage();
        const scriptErrors = [];   // reported with the problems: a page whose script failed shows little
        page.on('pageerror', (error) => scriptErrors.push(error.message));
        try {
          await page.goto(`${browser.extensionOrigin}pages/${pageName}`);
          await settle(page);
          const problems = [];
          const found = {};
          for (const colorScheme of SCHEMES) {
            await page.emulateMedia({ colorScheme });
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            const violations = await axeViolations(page);
            if (violations.length) found[colorScheme] = describeViolations(violations);
          }
          if (found.light && found.light === found.dark) problems.push(`light and dark:\n${found.light}`);
          else problems.push(...SCHEMES.filter((scheme) => found[scheme]).map((scheme) => `${scheme}:\n${found[scheme]}`));
          const { htmlLang, title } = await page.evaluate(() => ({ htmlLang: document.documentElement.lang, title: document.title.trim() }));
          if (!new RegExp(`^${lang}(-|$)`, 'i').test(htmlLang)) problems.push(`<html lang="${htmlLang}">, expected ${lang}`);
          if (!title) problems.push('empty <title>');
          // getMessage() answers "" for a key _locales lacks: the element then shows nothing.
          const unfilled = await page.evaluate(() => [...document.querySelectorAll('[data-i18n]')]
            .filter((e) => !e.textContent.trim()).map((e) => e.dataset.i18n));
          if (unfilled.length) problems.push(`empty data-i18n elements (is the key in _locales?): ${[...new Set(unfilled)].join(', ')}`);
          const text = await visibleText(page);
          const mixed = fragmentsIn(text, foreignFragments(lang, other));
          // The check would notice: the page shows some of its own language's distinctive messages.
          if (![...foreignFragments(other, lang).keys()].some((fragment) => text.includes(fragment))) problems.push(`no ${lang} message on the page, which shows: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
          if (mixed.length) problems.push(`${other} text on the ${lang} page:\n${mixed.map(([f, key]) => `  "${f}" (${key})`).join('\n')}`);
          if (problems.length && scriptErrors.length) problems.push(`script errors:\n${scriptErrors.map((e) => `  ${e}`).join('\n')}`);
          assert.equal(problems.length, 0, `pages/${pageName} (${browserLang}):\n${problems.join('\n')}`);
        } finally {
          await page.close();
        }
      });
    }

    test(`the mixing check notices ${other} text on a ${lang} page`, async () => {
      const page = await browser.openExtensionPage(`pages/${PAGES[0]}`);
      try {
        await settle(page);
        const [fragment, key] = [...foreignFragments(lang, other)].sort((a, b) => b[0].length - a[0].length)[0];
        assert.deepEqual(fragmentsIn(await visibleText(page), new Map([[fragment, key]])), [], 'not there before');
        await page.evaluate((text) => document.body.append(Object.assign(document.createElement('p'), { textContent: text })), fragment);
        assert.ok(fragmentsIn(await visibleText(page), foreignFragments(lang, other)).some(([, k]) => k === key), `${key} not noticed`);
      } finally {
        await page.close();
      }
    });

    if (lang !== 'en') return;   // the core's texts do not depend on the browser's language: check them once

    for (const kind of letterKinds()) {
      test(`letter ${kind}: the Dutch letter has no English and the English one no Dutch`, async () => {
        const problems = [];
        for (const language of ['nl', 'en']) {
          const letter = await browser.hookResult('core', { method: 'letters.render', params: { kind, language, case: letterCase(language), profile: PROFILE } });
          const quoted = [...stringsIn(letter.facts.map((f) => f.value)), ...stringsIn(PROFILE)];
          const text = `${letter.subject}\n${letter.text}`;
          const words = foreignWords(text, language === 'nl' ? 'en' : 'nl', quoted);
          if (words.length) problems.push(`${language}: ${words.join(', ')}`);
          // The check would notice: the letter is full of its own language's words.
          assert.ok(foreignWords(text, language, quoted).length >= 3, `the ${language} ${kind} letter has too few ${language} words:\n${text}`);
        }
        assert.equal(problems.length, 0, `letters.render ${kind}:\n${problems.join('\n')}`);
      });
    }

    test('guidance.plan: every {nl, en} text reads in its own language', async () => {
      const problems = [];
      for (const situation of SITUATIONS) {
        const plan = await browser.hookResult('core', { method: 'guidance.plan', params: { situation } });
        const pairs = [];
        (function walk(value) {
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') {
            if (typeof value.nl === 'string' && typeof value.en === 'string') pairs.push(value);
            else Object.values(value).forEach(walk);
          }
        })(plan);
        assert.ok(pairs.length > 0, `no texts in the plan for ${JSON.stringify(situation)}`);
        const quoted = stringsIn(situation);
        // The check would notice: together, the texts are full of each language's own words.
        for (const language of ['nl', 'en']) {
          assert.ok(foreignWords(pairs.map((p) => p[language]).join('\n'), language, quoted).length >= 3, `few ${language} words in the plan's ${language} texts`);
        }
        for (const pair of pairs) {
          for (const [language, foreign] of [['nl', 'en'], ['en', 'nl']]) {
            const words = foreignWords(pair[language], foreign, quoted);
            if (words.length) problems.push(`${language} [${words.join(', ')}]: ${pair[language]}`);
          }
        }
      }
      assert.equal(problems.length, 0, `guidance.plan:\n${problems.join('\n')}`);
    });
  });
}

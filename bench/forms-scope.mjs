#!/usr/bin/env node
// Fields changed outside the chosen form, and honeypots filled (issue #14), over the whole DuckDuckGo
// test-forms corpus (../shared/corpora/ddg-test-forms, both halves: nothing here is tuned field by field).
// Each page is loaded in Debian's Chromium; the extension's own content scripts run in it (form-scope.js,
// form-snapshot.js, form-fill.js); the snapshot is planned by the wasm build (forms.plan) and applied
// with the extension's apply logic, exactly as a fill does. Then every field's value and checked state
// is compared with before.
//   scoped:   the snapshot as the extension sends it (form groups, concealment).
//   unscoped: the same snapshot without groups and concealment, as before issue #14 (one form per page).
// A field "outside the chosen form" is one outside the group the core chose (scoped), or outside the
// group with the most changed fields (unscoped). A honeypot is a field the snapshot finds concealed, or
// one whose name or label says it is a trap (the plan's decoy reason), or a same-label duplicate.
//
// Usage: node bench/forms-scope.mjs [--quick]   (env TAKEDOWN_WASM_DIR, TAKEDOWN_PROTOCOL_JS)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { wasmClient } from '../tests/node/wasm-core.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = process.env.TAKEDOWN_FORMS_CORPUS ?? path.resolve(ROOT, '../shared/corpora/ddg-test-forms');
const CONTENT_SCRIPTS = ['form-scope.js', 'form-snapshot.js', 'form-fill.js']
  .map((file) => fs.readFileSync(path.join(ROOT, 'extension/src/content', file), 'utf8'));

const PROFILE = {
  given_name: 'Sanne', family_name: 'de Vries', full_name: 'Sanne de Vries', email: 'sanne.devries@example.org',
  phone: '+31 6 12345678', country: 'NL', street_address: 'Oudegracht 1', postal_code: '3511 AB', city: 'Utrecht',
  acting_for: 'self',
};
const CASE = {
  content_urls: ['https://video.example/watch?v=1', 'https://video.example/watch?v=2'],
  description: 'This content shows me in a deepfake. It was made and shared without my consent.',
  reported_account: 'https://social.example/@faker', today: '2026-12-07',
};

// DuckDuckGo's own clean-up before scoring a page (see the corpus README), as bench/forms-accuracy.mjs.
function cleanHtml(html) {
  return html.split('\n').map((line) => line.trimStart()).join('\n').replace(/>\n</g, '><').replace(/\n/g, ' ');
}

// In the page: snapshot, remember the elements, every field's state, and each field's group element.
function snapshotInPage() {
  const built = globalThis.takedownFormSnapshot.build(document);
  globalThis.__scope = built;
  return built.snapshot;
}

function statesInPage() {
  return globalThis.__scope.elements.map((el) => `${el.value ?? el.textContent}|${Boolean(el.checked)}|${el.getAttribute('aria-checked')}`);
}

async function applyInPage(planFields) {
  const result = await globalThis.takedownFormFill.apply(planFields, globalThis.__scope.elements, new WeakSet());
  return result.filled.length;
}

const unscoped = ({ forms, target_form, ...snapshot }) => ({
  ...snapshot,
  fields: snapshot.fields.map(({ form, concealed, ...field }) => field),
});

async function fillOnce(page, core, html, title, scoped) {
  await page.setContent(html, { waitUntil: 'domcontentloaded' });
  await page.evaluate((t) => { document.title = t; }, title);
  for (const script of CONTENT_SCRIPTS) await page.evaluate(script);
  const snapshot = await page.evaluate(snapshotInPage);
  const before = await page.evaluate(statesInPage);
  const plan = await core.call('forms.plan', { snapshot: scoped ? snapshot : unscoped(snapshot), profile: PROFILE, case: CASE, lang: 'en' });
  await page.evaluate(applyInPage, plan.fields);
  const after = await page.evaluate(statesInPage);
  const changed = before.map((state, i) => state !== after[i]);
  return { snapshot, plan, changed };
}

// Fields changed outside one group, and honeypots changed.
function tally(snapshot, plan, changed, chosen) {
  const honeypot = snapshot.fields.map((f, i) => f.concealed !== '' || /trap for robots|val voor robots/.test(plan.fields[i].reason ?? ''));
  let outside = 0;
  let honeypots = 0;
  let total = 0;
  snapshot.fields.forEach((field, i) => {
    if (!changed[i]) return;
    total++;
    if (field.form !== chosen) outside++;
    if (honeypot[i]) honeypots++;
  });
  return { outside, honeypots, total, groups: new Set(snapshot.fields.filter((_, i) => changed[i]).map((f) => f.form)).size };
}

export async function formsScope({ quick = false } = {}) {
  const dir = path.join(CORPUS, 'test-forms');
  if (!fs.existsSync(dir)) return null;
  const index = new Map(JSON.parse(fs.readFileSync(path.join(dir, 'index.json'), 'utf8')).map((e) => [e.html, e]));
  let files = fs.readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
  if (quick) files = files.slice(0, 10);
  const core = await wasmClient();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true });
  const totals = {
    scoped: { pages: 0, pagesOutside: 0, fields: 0, changed: 0, outside: 0, honeypots: 0, pagesHoneypot: 0, multiGroupPages: 0 },
    unscoped: { pages: 0, pagesOutside: 0, fields: 0, changed: 0, outside: 0, honeypots: 0, pagesHoneypot: 0, multiGroupPages: 0 },
  };
  const kinds = {};
  let uncertain = 0;
  const skipped = [];
  const started = performance.now();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*', (route) => route.abort());   // fragments name remote images and frames: never fetched
    const page = await context.newPage();
    for (const file of files) {
      const entry = index.get(file) ?? {};
      const raw = cleanHtml(fs.readFileSync(path.join(dir, file), 'utf8'));
      const html = `<!doctype html><html><head><title></title></head><body>${entry.hasExtraWrappers === false ? raw : `<div>${raw}</div>`}</body></html>`;
      try {
        for (const mode of ['scoped', 'unscoped']) {
          const { snapshot, plan, changed } = await fillOnce(page, core, html, entry.title ?? '__test__', mode === 'scoped');
          let chosen = plan.form.id;
          if (mode === 'scoped') {
            // No label and no confidence: no form on the page may be filled.
            const kind = plan.form.uncertain ? 'uncertain' : plan.form.label === '' && plan.form.confidence === 0 ? 'none' : plan.form.kind;
            kinds[kind] = (kinds[kind] ?? 0) + 1;
            if (plan.form.uncertain) uncertain++;
          } else {
            // Before scoping there was no choice: measure against the group most of the changes are in.
            const count = {};
            snapshot.fields.forEach((f, i) => { if (changed[i]) count[f.form] = (count[f.form] ?? 0) + 1; });
            chosen = Object.entries(count).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
          }
          const t = tally(snapshot, plan, changed, chosen);
          const m = totals[mode];
          m.pages++;
          m.fields += snapshot.fields.length;
          m.changed += t.total;
          m.outside += t.outside;
          m.honeypots += t.honeypots;
          if (t.outside) m.pagesOutside++;
          if (t.honeypots) m.pagesHoneypot++;
          if (t.groups > 1) m.multiGroupPages++;
        }
      } catch (error) {
        skipped.push({ file, reason: error.code ?? error.message });
      }
    }
  } finally {
    await browser.close();
  }
  return { totals, kinds, uncertain, skipped, pages: files.length, seconds: (performance.now() - started) / 1000 };
}

// The section bench/run.mjs writes into RESULTS.md.
export function scopeSection(result) {
  if (!result) return '## Fields changed outside the chosen form (`bench/forms-scope.mjs`)\n\nNo corpus found.\n';
  return ['## Fields changed outside the chosen form (`bench/forms-scope.mjs`)', '',
    `Measured ${new Date().toISOString().slice(0, 10)} over the whole DuckDuckGo test-forms corpus (${result.pages} pages, both halves):`,
    'each page loaded in Chromium, the extension\'s content scripts (form-scope.js, form-snapshot.js, form-fill.js) run in it,',
    'the snapshot planned by the wasm core (`forms.plan`) and applied with the extension\'s apply logic; every field\'s value and',
    'checked state compared with before. "unscoped" sends the same snapshot without form groups and concealment (the filler',
    'before issue #14; measured against the group most of its changes fall in). Honeypots: fields the snapshot finds concealed',
    'or the plan calls a trap. Goal: 0 outside the chosen form, 0 honeypots.', '', report(result), ''].join('\n');
}

export function report(result) {
  const rows = ['| run | pages | fields | fields changed | changed outside the chosen form | pages with such a change | honeypots filled (pages) |', '|---|---|---|---|---|---|---|'];
  for (const [mode, m] of Object.entries(result.totals)) {
    const share = m.fields ? ((100 * m.outside) / m.fields).toFixed(2) : '0.00';
    rows.push(`| ${mode} | ${m.pages} | ${m.fields} | ${m.changed} | ${m.outside} (${share}% of fields) | ${m.pagesOutside} | ${m.honeypots} (${m.pagesHoneypot}) |`);
  }
  const kinds = Object.entries(result.kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ');
  return `${rows.join('\n')}\n\nForm chosen per page (scoped; none: only forms Takedown never fills, such as logins and sign-ups): ${kinds}. Pages that could not be planned: ${result.skipped.length}` +
    `${result.skipped.length ? ` (${result.skipped.slice(0, 5).map((s) => `${s.file}: ${s.reason}`).join('; ')})` : ''}. ${result.seconds.toFixed(0)} s.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
  const result = await formsScope({ quick: values.quick });
  if (!result) {
    console.error(`no corpus at ${CORPUS}`);
    process.exit(1);
  }
  console.log(report(result));
}

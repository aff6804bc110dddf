// The end-to-end fill of a 30-field removal form after it has loaded: from the trigger to the
// recorded fill (snapshot, wasm plan, apply with events, panel, sealed record), against the same
// values typed into the same 30 fields by Playwright's page.fill (the baseline). Used by bench/run.mjs.
import { launchBrowser, serveSite } from '../tests/e2e/harness.mjs';

const PROFILE = {
  given_name: 'Sanne', family_name: 'de Vries', full_name: 'Sanne de Vries', email: 'sanne.devries@example.org',
  phone: '+31 6 12345678', country: 'NL', street_address: 'Oudegracht 1', postal_code: '3511 AB', city: 'Utrecht',
  acting_for: 'self',
};
// Ten kinds of field, three times over (a form that asks for three people's details, as some do).
const KINDS = [
  ['given-name', 'First name', 'given_name'], ['family-name', 'Last name', 'family_name'], ['email', 'E-mail address', 'email'],
  ['tel', 'Phone number', 'phone'], ['street-address', 'Street address', 'street_address'],
  ['postal-code', 'Postal code', 'postal_code'], ['address-level2', 'City', 'city'], ['name', 'Full name', 'full_name'],
  ['email', 'Confirm e-mail', 'email'], ['tel', 'Mobile phone', 'phone'],
];
const FIELDS = [0, 1, 2].flatMap((block) => KINDS.map(([autocomplete, label, key], i) => ({ id: `f${block}_${i}`, autocomplete, label, value: PROFILE[key] })));

function formPage() {
  const rows = FIELDS.map((f) => `<p><label for="${f.id}">${f.label}</label> <input id="${f.id}" name="${f.id}" autocomplete="${f.autocomplete}"></p>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>30 fields</title></head><body><form>${rows.join('\n')}</form></body></html>`;
}

export async function benchFormFill({ rounds }) {
  const site = await serveSite({ files: { '/thirty.html': Buffer.from(formPage()) } });
  const browser = await launchBrowser('chromium');
  try {
    const caseId = (await browser.hookResult('newCase', { title: 'bench form fill' })).id;
    await browser.hookResult('setProfile', { profile: PROFILE });
    const url = `${site.origin}/thirty.html`;
    const page = await browser.openWithContentScript(url);
    let fillMs = 0;
    let typeMs = 0;
    for (let round = 0; round < rounds; round++) {
      await page.reload();
      await browser.waitForContentScript(url);
      let started = performance.now();
      const result = await browser.hookResult('fillForm', { url, caseId });
      fillMs += performance.now() - started;
      if (result.filled !== FIELDS.length) throw new Error(`filled ${result.filled} of ${FIELDS.length} fields`);
      await page.reload();
      started = performance.now();
      for (const field of FIELDS) await page.fill(`#${field.id}`, field.value);
      typeMs += performance.now() - started;
    }
    return [{
      measure: `fill a ${FIELDS.length}-field form after load (trigger to recorded fill)`, value: fillMs / rounds, unit: 'ms',
      baseline: `Playwright page.fill of the same ${FIELDS.length} values, same browser`, baselineValue: typeMs / rounds,
    }];
  } finally {
    await browser.close();
    await site.close();
  }
}

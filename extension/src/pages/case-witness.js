// What the case page says about one second-witness result (vault.witness, docs/protocol.md): the
// same bytes as the browser's, other bytes, or why the fetch failed, in words. Pure, so node tests
// check every kind without a browser.

// Failure kinds that need no detail beyond their words.
const WHY = {
  timeout: 'vaultWhyTimeout', too_large: 'vaultWhyTooLarge', certificate: 'vaultWhyCertificate', tls: 'vaultWhyCertificate',
  insecure_redirect: 'vaultWhyInsecure', redirect_loop: 'vaultWhyRedirects', too_many_redirects: 'vaultWhyRedirects',
  bad_redirect: 'vaultWhyRedirects', dns: 'vaultWhyNetwork', connect: 'vaultWhyNetwork', protocol: 'vaultWhyNetwork',
  insecure_url: 'witnessWhyInsecureUrl',
};

export const mediaOf = (record) => record.artifacts?.find((a) => a.name.startsWith('media')) ?? null;
export const hostOf = (url) => { try { return new URL(url).host || url; } catch { return url; } };

// [state ('ok' | 'error'), text] for `answer`, a vault.witness result about `record`'s media.
export function witnessOutcome(answer, record, { message, lang }) {
  if (answer.ok) {
    const bytes = answer.bytes.toLocaleString(lang);
    const ours = mediaOf(record);
    if (!ours) return ['ok', message('vaultWitnessNoCopy', [String(answer.status), bytes])];
    if (ours.sha256 === answer.sha256) return ['ok', message('vaultWitnessSame', [String(answer.status), bytes])];
    return ['error', message('vaultWitnessDifferent', [String(answer.status), bytes])];
  }
  const { kind, message: detail } = answer.error ?? {};
  let why = detail ?? '';
  if (kind === 'http_status') {
    const status = String(answer.status);
    if (answer.status === 401 || answer.status === 403) why = message('vaultWhyRefused', [status]);
    else if (answer.status === 404 || answer.status === 410) why = message('vaultWhyGone', [status]);
    else why = message('vaultWhyStatus', [status]);
  } else if (kind === 'address_not_public') {
    // The host refused an address on this computer or the person's network: name the refused hop's host.
    why = message('witnessWhyAddressNotPublic', [hostOf(answer.final_url || record.data?.media_url)]);
  } else if (WHY[kind]) why = message(WHY[kind]);
  return ['error', message('vaultWitnessFailed', [why])];
}

// The evidence vault end to end (issue #5), in Debian's Chromium with the real host installed for
// the test profile and TAKEDOWN_VAULT pointing at a folder of this test: captures (an image and a
// 3 MiB video) appear in the vault with the same records, byte for byte, and the blobs hash to their
// names; a later capture is copied incrementally; with the host missing captures stay in the browser
// and the vault catches up when the host answers again; mirroring twice changes nothing; an upload
// interrupted after its first chunk resumes from there; the popup counts the copied cases; the
// CLI's export is a valid BagIt bag (checked with coreutils' sha256sum: Debian 12 packages no
// bagit.py) and `vault verify` passes; the case page asks for a trusted timestamp (from the local
// test TSA, tests/support/tsa_server.cpp, with a CA made here by the openssl CLI) and lets this
// computer try a capture's address as a second witness (refused: the test site is on loopback, which a
// page's address may never reach, issue #17), and shows neither without a vault;
// "Delete everything" deletes the vault too, after saying so.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, protocol, requiredEnv, serveSite, waitFor } from './harness.mjs';

const MiB = 1024 * 1024;
const CLIP_SIZE = 3 * MiB + 12345;
const RESUMED_SIZE = 9 * MiB + 4321;
const FIRST_CHUNK = 4 * MiB;   // what the "interrupted" upload got before it stopped

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-vault-e2e-'));
const vaultDir = path.join(tmp, 'vault');
let site;
let browser;
let caseId;
let url;
let hostManifest;
let tsa;
let tsaUrl;
const certs = path.join(tmp, 'certs');
const resumedClip = seededBytes('takedown resumed clip', RESUMED_SIZE);

// Seeded bytes standing in for a video file.
function seededBytes(seed, size) {
  const out = Buffer.alloc(size);
  let state = crypto.createHash('sha256').update(seed).digest();
  for (let offset = 0; offset < size; offset += state.length) {
    state.copy(out, offset);
    state = crypto.createHash('sha256').update(state).digest();
  }
  return out;
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

function openssl(args) {
  const run = spawnSync('openssl', args, { cwd: certs, encoding: 'utf8' });
  assert.equal(run.status, 0, `openssl ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
}

// The local RFC 3161 TSA of host.proofs: a CA, a timeStamping signer it issues, the server on a free port.
async function startTsa() {
  fs.mkdirSync(certs);
  const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  openssl(['req', '-x509', ...ec, '-days', '2', '-keyout', 'ca.key', '-out', 'ca.pem', '-subj', '/CN=Takedown e2e TSA CA',
    '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
  fs.writeFileSync(path.join(certs, 'tsa.ext'), 'extendedKeyUsage=critical,timeStamping\nkeyUsage=critical,digitalSignature\nbasicConstraints=CA:FALSE\n');
  openssl(['req', ...ec, '-keyout', 'tsa.key', '-out', 'tsa.csr', '-subj', '/CN=tsa']);
  openssl(['x509', '-req', '-in', 'tsa.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-out', 'tsa.pem', '-extfile', 'tsa.ext']);
  tsa = spawn(requiredEnv('TAKEDOWN_TEST_TSA'), ['--cert', path.join(certs, 'tsa.pem'), '--key', path.join(certs, 'tsa.key'), '--policy', '1.3.6.1.4.1.4146.1.99']);
  const port = await new Promise((resolve, reject) => {
    tsa.stdout.once('data', (chunk) => resolve(Number(chunk.toString().trim())));
    tsa.once('exit', (code) => reject(new Error(`the test TSA exited with ${code}`)));
  });
  assert.ok(port > 0);
  tsaUrl = `http://127.0.0.1:${port}/tsr`;
  return { TAKEDOWN_TSA_URL: tsaUrl, TAKEDOWN_TSA_CA: path.join(certs, 'ca.pem') };
}

before(async () => {
  site = await serveSite({ files: { '/media/clip.webm': seededBytes('takedown clip', CLIP_SIZE), '/media/resumed.webm': resumedClip } });
  const tsaEnv = await startTsa();
  browser = await launchBrowser('chromium', { env: { TAKEDOWN_VAULT: vaultDir, ...tsaEnv } });
  assert.equal(browser.vaultDir, vaultDir);
  const { IDENTITY } = await protocol();
  hostManifest = path.join(browser.profileDir, 'NativeMessagingHosts', `${IDENTITY.hostName}.json`);
  assert.ok(fs.existsSync(hostManifest), `the host is installed for the profile: ${hostManifest}`);
  caseId = (await browser.hookResult('newCase', { title: 'e2e vault' })).id;
  url = `${site.origin}/capture.html`;
  await browser.openWithContentScript(url, `${site.origin}/login?next=/capture.html`);
});

after(async () => {
  await browser?.close();
  await site?.close();
  tsa?.kill();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const capture = async (info) => (await browser.hookResult('menuClick', { url, info })).record;
const stats = () => browser.hookResult('vaultMirrorStats');
const hostCall = (method, params = {}) => browser.hookResult('host', { method, params });
const caseLog = () => path.join(vaultDir, 'cases', caseId, 'log.jsonl');
const blobFile = (hex) => path.join(vaultDir, 'blobs', 'sha256', hex.slice(0, 2), hex);
const vaultLines = () => (fs.existsSync(caseLog()) ? fs.readFileSync(caseLog(), 'utf8').split('\n').filter(Boolean) : []);
const storedBlobs = () => {
  const root = path.join(vaultDir, 'blobs', 'sha256');
  return fs.existsSync(root) ? fs.readdirSync(root).flatMap((dir) => fs.readdirSync(path.join(root, dir))).sort() : [];
};
const waitForVaultRecords = (count) => waitFor(async () => vaultLines().length >= count, `${count} records in the vault`, 15_000);

// The vault's log holds exactly the browser's records, each line its canonical form (the bytes
// that were hashed), and every artifact's blob, whose SHA-256 is its name and its artifact's hash.
async function assertMirrored() {
  const records = await browser.hookResult('records', { caseId });
  const lines = vaultLines();
  assert.equal(lines.length, records.length, 'one vault line per record');
  for (const [i, record] of records.entries()) {
    const { text } = await browser.hookResult('core', { method: 'evidence.canonicalize', params: { value: record } });
    assert.equal(lines[i], text, `record ${record.seq} is the same canonical JSON`);
    for (const artifact of record.artifacts) {
      const bytes = fs.readFileSync(blobFile(artifact.sha256));
      assert.equal(sha256(bytes), artifact.sha256, `blob of ${artifact.name}`);
      assert.equal(bytes.length, artifact.size);
    }
  }
  return records;
}

const mediaOf = (record) => record.artifacts.find((a) => a.name.startsWith('media'));

test('an image and a 3 MiB video captured in Chromium appear in the vault: same records, same bytes', async () => {
  const image = await capture({ mediaType: 'image', srcUrl: `${site.origin}/photo.svg` });
  const video = await capture({ mediaType: 'video', srcUrl: `${site.origin}/media/clip.webm` });
  assert.equal(mediaOf(video).size, CLIP_SIZE);
  await waitForVaultRecords(2);
  const records = await assertMirrored();
  assert.deepEqual(records.map((r) => r.hash), [image.hash, video.hash]);
  assert.equal(sha256(fs.readFileSync(blobFile(mediaOf(video).sha256))), site.sha256('/media/clip.webm'));
  assert.equal(sha256(fs.readFileSync(blobFile(mediaOf(image).sha256))), site.sha256('/photo.svg'));
  const done = await stats();
  assert.equal(done.lastError, null);
  assert.equal(done.recordsAdded, 2);
  assert.ok(done.bytesSent >= CLIP_SIZE, `${done.bytesSent} bytes sent`);
  assert.deepEqual(await hostCall('vault.head', { case: caseId }), { case: caseId, head: { seq: 1, hash: video.hash } });
});

test('a second capture is copied incrementally: one record, only the new bytes', async () => {
  const before = await stats();
  const blobsBefore = new Set(storedBlobs());
  const record = await capture({ mediaType: 'image', srcUrl: `${site.origin}/photo.svg` });
  await waitForVaultRecords(3);
  await assertMirrored();
  await waitFor(async () => (await stats()).recordsAdded === before.recordsAdded + 1, 'the mirror run to finish');
  const now = await stats();
  assert.equal(now.recordsSkipped, before.recordsSkipped, 'records already there are not even sent');
  const newBytes = record.artifacts.filter((a) => !blobsBefore.has(a.sha256)).reduce((sum, a) => sum + a.size, 0);
  assert.ok(blobsBefore.has(mediaOf(record).sha256), 'the same image: its bytes are in the vault already');
  assert.equal(now.bytesSent - before.bytesSent, newBytes, 'only bytes the vault lacked were sent');
});

test('without the host captures stay in the browser; the vault catches up when the host answers again', async () => {
  // The host goes away (its port closes, the process exits) and cannot be started again.
  fs.renameSync(hostManifest, `${hostManifest}.away`);
  await browser.hookResult('hostClose');
  try {
    const missing = await browser.hook('host', { method: 'ping', params: {} });
    assert.equal(missing.error?.code, 'host_unavailable');
    const record = await capture({ mediaType: 'video', srcUrl: `${site.origin}/media/clip.webm` });
    assert.equal(record.seq, 3, 'the capture itself does not need the host');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(vaultLines().length, 3, 'nothing reached the vault');
    assert.equal((await stats()).lastError, null, 'a missing host is not an error');
  } finally {
    fs.renameSync(`${hostManifest}.away`, hostManifest);
  }
  // Any call that succeeds after the failure starts the catch-up.
  assert.deepEqual(await hostCall('ping'), { pong: true });
  await waitForVaultRecords(4);
  await assertMirrored();
});

test('mirroring again changes nothing: the vault skips what it holds (same hash, no duplicate)', async () => {
  await waitFor(async () => vaultLines().length === 4, 'the catch-up');
  const log = fs.readFileSync(caseLog());
  const blobs = storedBlobs();
  const before = await stats();
  assert.deepEqual(await browser.hookResult('mirrorAll'), { [caseId]: 'done' });
  const records = await browser.hookResult('records', { caseId });
  const again = await hostCall('vault.mirror', { case: caseId, records });
  assert.deepEqual([again.added, again.skipped], [0, records.length]);
  assert.deepEqual(fs.readFileSync(caseLog()), log, 'the log is byte for byte the same');
  assert.deepEqual(storedBlobs(), blobs);
  const after = await stats();
  assert.deepEqual([after.recordsAdded, after.bytesSent, after.blobsUploaded], [before.recordsAdded, before.bytesSent, before.blobsUploaded]);
  // A different, validly sealed record under a seq the vault holds (another history) is refused.
  const { type, at, data, artifacts } = records[1];
  const other = await browser.hookResult('core', { method: 'evidence.seal', params: {
    record: { case: caseId, seq: 1, type, at, data: { ...data, title: 'another history' }, artifacts },
    prev: { seq: 0, hash: records[0].hash },
  } });
  const conflict = await browser.hook('host', { method: 'vault.mirror', params: { case: caseId, records: [other] } });
  assert.equal(conflict.error?.code, 'vault_conflict');
  assert.deepEqual(fs.readFileSync(caseLog()), log);
});

test('an upload interrupted after its first chunk resumes from there', async () => {
  const hex = sha256(resumedClip);
  // The first 4 MiB arrive, then the upload stops (as when the browser closed mid-way).
  const begun = await hostCall('vault.upload_begin', { sha256: hex, size: RESUMED_SIZE });
  assert.deepEqual([begun.offset, begun.complete], [0, false]);
  const sent = await hostCall('vault.upload_chunk', { sha256: hex, offset: 0, data: resumedClip.subarray(0, FIRST_CHUNK).toString('base64') });
  assert.equal(sent.offset, FIRST_CHUNK);
  const wrong = await browser.hook('host', { method: 'vault.upload_chunk', params: { sha256: hex, offset: 0, data: 'AAAA' } });
  assert.equal(wrong.error?.code, 'upload_offset');
  assert.match(wrong.error.message, new RegExp(String(FIRST_CHUNK)));

  const before = await stats();
  const blobsBefore = new Set(storedBlobs());
  const record = await capture({ mediaType: 'video', srcUrl: `${site.origin}/media/resumed.webm` });
  assert.equal(mediaOf(record).sha256, hex);
  await waitForVaultRecords(5);
  await assertMirrored();
  const now = await stats();
  assert.deepEqual(now.resumedFrom.filter((r) => r.sha256 === hex), [{ sha256: hex, offset: FIRST_CHUNK }]);
  const newBytes = record.artifacts.filter((a) => !blobsBefore.has(a.sha256)).reduce((sum, a) => sum + a.size, 0);
  assert.equal(now.bytesSent - before.bytesSent, newBytes - FIRST_CHUNK, 'the first 4 MiB were not sent again');
  assert.equal(sha256(fs.readFileSync(blobFile(hex))), hex);
  assert.ok(!fs.existsSync(path.join(vaultDir, 'uploads', `${hex}.part`)), 'the partial upload is gone after commit');
});

test('the popup counts the cases copied to this computer, and says when there is no vault', async () => {
  const popup = async () => {
    const page = await browser.openExtensionPage('pages/status.html');
    await page.waitForSelector('body[data-ready="true"]');
    const state = await page.$eval('#vault', (e) => [e.dataset.state, e.textContent]);
    await page.close();
    return state;
  };
  assert.deepEqual(await popup(), ['ok', await browser.hookResult('message', { key: 'statusVaultOneCase' })]);
  fs.renameSync(hostManifest, `${hostManifest}.away`);
  await browser.hookResult('hostClose');
  try {
    assert.deepEqual(await popup(), ['missing', await browser.hookResult('message', { key: 'statusVaultMissing' })]);
  } finally {
    fs.renameSync(`${hostManifest}.away`, hostManifest);
  }
  assert.deepEqual(await hostCall('ping'), { pong: true });
});

// RFC 8493 by other tools than ours: sha256sum checks both manifests; every payload file is listed.
function assertValidBag(dir) {
  assert.equal(fs.readFileSync(path.join(dir, 'bagit.txt'), 'utf8'), 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
  assert.match(fs.readFileSync(path.join(dir, 'bag-info.txt'), 'utf8'), /^Payload-Oxum: \d+\.\d+$/m);
  for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
    const summed = spawnSync('sha256sum', ['--strict', '-c', manifest], { cwd: dir, encoding: 'utf8' });
    assert.equal(summed.status, 0, `${manifest}: ${summed.stdout}${summed.stderr}`);
  }
  const listed = fs.readFileSync(path.join(dir, 'manifest-sha256.txt'), 'utf8').trim().split('\n').map((line) => line.split(/ +/)[1]).sort();
  const payload = fs.readdirSync(path.join(dir, 'data'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath ?? e.path, e.name))).sort();
  assert.deepEqual(listed, payload);
  const bytes = payload.reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0);
  assert.match(fs.readFileSync(path.join(dir, 'bag-info.txt'), 'utf8'), new RegExp(`^Payload-Oxum: ${bytes}\\.${payload.length}$`, 'm'));
  const tagged = fs.readFileSync(path.join(dir, 'tagmanifest-sha256.txt'), 'utf8').trim().split('\n').map((line) => line.split(/ +/)[1]);
  for (const tag of ['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']) assert.ok(tagged.includes(tag), `the tag manifest covers ${tag}`);
  return fs.readFileSync(path.join(dir, 'manifest-sha256.txt'), 'utf8');
}

test('the CLI exports the case as a valid BagIt bag, and vault verify passes', async () => {
  const host = requiredEnv('TAKEDOWN_HOST');
  const out = path.join(tmp, 'export');
  const exported = spawnSync(host, ['vault', 'export', '--case', caseId, '--out', out, '--vault', vaultDir], { encoding: 'utf8' });
  assert.equal(exported.status, 0, exported.stderr);
  const manifest = assertValidBag(out);
  const records = await browser.hookResult('records', { caseId });
  const log = fs.readFileSync(path.join(out, 'data', 'log.jsonl'), 'utf8').split('\n').filter(Boolean);
  assert.deepEqual(log, vaultLines(), 'the bag carries the vault\'s log');
  for (const artifact of records.flatMap((r) => r.artifacts)) assert.ok(manifest.includes(artifact.sha256), `${artifact.name} is in the bag`);

  const verified = spawnSync(host, ['vault', 'verify', '--vault', vaultDir], { encoding: 'utf8' });
  assert.equal(verified.status, 0, `${verified.stdout}${verified.stderr}`);
  const listed = spawnSync(host, ['vault', 'list', '--vault', vaultDir], { encoding: 'utf8' });
  assert.equal(listed.status, 0, listed.stderr);
  assert.ok(listed.stdout.includes(caseId));
});

test('the case page: a trusted timestamp and a second witness on request, neither without a vault', async () => {
  // A picture behind a login: the browser (logged in) captures it; this computer, without cookies, gets a 403.
  const walled = await capture({ mediaType: 'image', srcUrl: `${site.origin}/private/portrait.svg` });
  assert.equal(mediaOf(walled).sha256, site.sha256('/private/portrait.svg'));
  const records = await browser.hookResult('records', { caseId });
  const head = records.at(-1);
  const page = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
  await page.waitForSelector('body[data-ready="true"]');
  await page.waitForSelector('#vault-proofs:not([hidden])');
  const rowButton = (seq) => `#records tr[data-seq="${seq}"] .witness-fetch`;
  await page.waitForSelector(rowButton(0));
  // Every capture with a web address gets the button (the five captures so far and the walled one).
  assert.equal(await page.locator('.witness-fetch').count(), records.filter((r) => /^https?:/.test(r.data.media_url ?? '')).length);
  assert.equal(await page.$eval(rowButton(0), (b) => b.textContent), await browser.hookResult('message', { key: 'vaultWitness' }));

  // Buttons are disabled while they work: the page records every state of `disabled` it goes through.
  await page.evaluate(() => {
    globalThis.seenDisabled = [];
    // oldValue null: the attribute was just added (disabled); otherwise it was just removed.
    new MutationObserver((changes) => changes.forEach((c) => globalThis.seenDisabled.push([c.target.id || c.target.className, c.oldValue === null])))
      .observe(document.getElementById('records').closest('section'), { attributes: true, attributeFilter: ['disabled'], attributeOldValue: true, subtree: true });
  });

  // The timestamp, with the keyboard: the case is copied first, then the head (the walled capture) is stamped.
  await page.focus('#timestamp');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.getElementById('timestamp-result').dataset.state);
  const shown = await page.$eval('#timestamp-result', (e) => [e.dataset.state, e.textContent, e.hidden]);
  assert.equal(shown[0], 'ok', shown[1]);
  assert.equal(shown[2], false);
  const tsaHost = new URL(tsaUrl).host;
  const meta = JSON.parse(fs.readFileSync(path.join(vaultDir, 'cases', caseId, 'proofs', 'timestamps', `${head.seq}.json`), 'utf8'));
  assert.equal(meta.hash, head.hash, 'the stamp is for the browser\'s latest record');
  const genTime = await page.evaluate((t) => new Date(t).toLocaleString(chrome.i18n.getUILanguage()), meta.gen_time);
  assert.equal(shown[1], await browser.hookResult('message', { key: 'vaultTimestampOk', substitutions: [genTime, tsaHost] }));
  assert.equal(await page.$eval('#status', (e) => e.textContent), shown[1], 'the page\'s status line says it too');
  const tsr = path.join(vaultDir, 'cases', caseId, 'proofs', 'timestamps', `${head.seq}.tsr`);
  assert.ok(fs.existsSync(tsr), `${tsr} exists`);
  assert.match(openssl(['ts', '-verify', '-digest', head.hash, '-in', tsr, '-CAfile', path.join(certs, 'ca.pem')]), /Verification: OK/);
  assert.equal(await page.$eval('#timestamp', (b) => b.disabled), false);

  // The second witness: the test site is on this computer (loopback), and a page's address on this
  // computer or the person's network is never fetched (issue #17). The refusal is kept like any result,
  // nothing reached the site, and the page says why in words.
  const witnessDir = path.join(vaultDir, 'cases', caseId, 'proofs', 'witness');
  const witnessFiles = () => (fs.existsSync(witnessDir) ? fs.readdirSync(witnessDir).sort() : []);
  const witness = async (seq) => {
    const before = witnessFiles();
    await page.click(rowButton(seq));
    const out = `#records tr[data-seq="${seq}"] .witness-result`;
    await page.waitForFunction((selector) => document.querySelector(selector)?.dataset.state, out);
    const written = witnessFiles().filter((f) => !before.includes(f));
    assert.equal(written.length, 1, 'one witness file written');
    return { text: await page.$eval(out, (e) => e.textContent), state: await page.$eval(out, (e) => e.dataset.state),
      stored: JSON.parse(fs.readFileSync(path.join(witnessDir, written[0]), 'utf8')) };
  };
  for (const seq of [0, head.seq]) {
    const refused = await witness(seq);
    const record = records.find((r) => r.seq === seq);
    assert.equal(refused.state, 'error', refused.text);
    assert.deepEqual([refused.stored.ok, refused.stored.status, refused.stored.error.kind, refused.stored.sha256],
      [false, 0, 'address_not_public', null]);
    assert.match(refused.stored.error.message, /127\.0\.0\.0\/8, loopback/);
    assert.equal(refused.stored.request.upgraded_to_https, true, 'the http address was tried over https');
    const why = await browser.hookResult('message', { key: 'witnessWhyAddressNotPublic', substitutions: [new URL(record.data.media_url).host] });
    assert.equal(refused.text, await browser.hookResult('message', { key: 'vaultWitnessFailed', substitutions: [why] }));
    assert.equal(await page.$eval('#status', (e) => e.textContent), refused.text);
  }

  const seen = await page.evaluate(() => globalThis.seenDisabled);
  assert.deepEqual(seen.filter(([who]) => who === 'timestamp').map(([, d]) => d), [true, false]);
  assert.deepEqual(seen.filter(([who]) => who === 'witness-fetch').map(([, d]) => d), [true, false, true, false]);
  await page.close();

  // Without a vault (no host) the page shows none of this.
  fs.renameSync(hostManifest, `${hostManifest}.away`);
  await browser.hookResult('hostClose');
  try {
    const bare = await browser.openExtensionPage(`pages/case.html?case=${caseId}`);
    await bare.waitForSelector('body[data-ready="true"]');
    await bare.waitForSelector('#vault-proofs[data-vault="absent"]', { state: 'attached' });
    assert.equal(await bare.$eval('#vault-proofs', (e) => e.hidden), true);
    assert.equal(await bare.locator('.witness-fetch').count(), 0);
    assert.ok(await bare.locator('#records tr').count() > 0, 'the evidence itself is still shown');
    await bare.close();
  } finally {
    fs.renameSync(`${hostManifest}.away`, hostManifest);
  }
  assert.deepEqual(await hostCall('ping'), { pong: true });
});

test('"Delete everything" says that the copy on this computer goes too, and deletes the vault', async () => {
  const page = await browser.openExtensionPage('pages/options.html');
  await page.waitForFunction(() => document.getElementById('country').options.length > 100);
  await page.click('#erase-open');
  await page.waitForSelector('#erase-dialog[open]');
  assert.equal(await page.textContent('#erase-dialog-text'), await browser.hookResult('message', { key: 'eraseDialogTextVault' }));
  await page.click('#erase-confirm');
  await page.waitForFunction(() => document.getElementById('erase-status').dataset.state === 'ok');
  assert.equal(await page.textContent('#erase-status'), await browser.hookResult('message', { key: 'eraseDoneVault' }));
  assert.deepEqual(await browser.hookResult('records', { caseId }), []);
  const info = await hostCall('vault.info');
  assert.deepEqual([info.cases, info.blobs], [0, 0]);
  assert.ok(!fs.existsSync(caseLog()), 'the case log is gone');
  assert.deepEqual(storedBlobs(), []);
  await page.close();
});

// The vault's proofs on loopback (issue #5): RFC 3161 timestamps from a local TSA (tests/support/
// tsa_server.cpp: Beast + OpenSSL's TS responder) with a CA made here by the openssl CLI, checked by
// the host and by `openssl ts -verify`; and second-witness fetches from a local HTTPS server with its
// own test CA: plain, redirects, a loop, too many, a slow server, an oversize body, a wrong-hostname
// certificate, an unknown CA and a 403. Also: stamping every new record (every_record), and an export
// whose tag manifest is timestamped (export --timestamp, vault timestamp verify --bag).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { startTestTsa, testCertificates } from './test-certs.mjs';
import { runHost } from './vault-support.mjs';

const HOST = process.env.TAKEDOWN_HOST;
// The witness fetches below come from a server on loopback, which takedown-host refuses (issue #17):
// they run in takedown_test_witness_host, the same host with the test-only allowance that counts
// 127.0.0.0/8 as public. Timestamps keep using takedown-host: the TSA is not subject to the witness's
// address rules.
const WITNESS_HOST = process.env.TAKEDOWN_TEST_WITNESS_HOST;
const TSA = process.env.TAKEDOWN_TEST_TSA;
const work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-proofs-')));
const certs = path.join(work, 'certs');
const certificates = testCertificates(certs);
const { openssl, makeCa, makeLeaf } = certificates;

// takedown-host, asynchronously: the HTTPS server under test lives in this process's event loop.
const host = (args, { input = '', env = {}, binary = HOST } = {}) => runHost(binary, args, { input, env });

async function call(method, params, env, binary = HOST) {
  const run = await host(['call', method], { input: JSON.stringify(params), env, binary });
  assert.equal(run.signal, null, `${method} was not killed`);
  const envelope = JSON.parse(run.stdout);
  assert.equal(run.code, envelope.ok ? 0 : 1, `${method}: exit code matches the envelope (${run.stderr})`);
  return envelope;
}

async function ok(method, params, env, binary = HOST) {
  const envelope = await call(method, params, env, binary);
  assert.equal(envelope.ok, true, `${method} answered ok: ${JSON.stringify(envelope.error)}`);
  return envelope.result;
}

function note(text) {
  return { type: 'note', at: { utc: '2026-11-28T10:20:00.000Z', tz: 'Europe/Amsterdam', offset_minutes: 60 },
    data: { text }, artifacts: [] };
}

function newVault(name) {
  const root = path.join(work, name);
  fs.mkdirSync(root);
  return root;
}

after(() => fs.rmSync(work, { recursive: true, force: true }));

describe('RFC 3161 timestamps from a local TSA', () => {
  let tsa;
  let tsaUrl;
  let tsaCa;
  let wrongCa;
  const vault = newVault('tsa-vault');
  const caseId = 'case-tsa';
  const records = [];
  const tsaEnv = () => ({ TAKEDOWN_VAULT: vault, TAKEDOWN_TSA_URL: tsaUrl, TAKEDOWN_TSA_CA: tsaCa });
  const stamps = path.join(vault, 'cases', caseId, 'proofs', 'timestamps');

  before(async () => {
    ({ url: tsaUrl, ca: tsaCa, process: tsa } = await startTestTsa(TSA, certificates));
    wrongCa = makeCa('other-ca');
    for (const text of ['first note', 'second note', 'third note']) {
      records.push((await ok('vault.append', { case: caseId, record: note(text) }, { TAKEDOWN_VAULT: vault })).record);
    }
  });
  after(() => tsa?.kill());

  test('without a configured TSA: tsa_not_configured', async () => {
    const envelope = await call('vault.timestamp', { case: caseId }, { TAKEDOWN_VAULT: vault });
    assert.equal(envelope.ok, false);
    assert.equal(envelope.error.code, 'tsa_not_configured');
    assert.equal(fs.existsSync(stamps), false, 'nothing stored');
  });

  test('stamps the head, stores .tsq/.tsr/.json, and the token verifies (host and openssl ts)', async () => {
    const head = records[2];
    const result = await ok('vault.timestamp', { case: caseId }, tsaEnv());
    assert.equal(result.case, caseId);
    assert.equal(result.seq, head.seq);
    assert.equal(result.hash, head.hash);
    assert.equal(result.tsa, tsaUrl);
    assert.equal(result.verified, true);
    assert.equal(result.problem, undefined);
    assert.match(result.gen_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    assert.ok(Math.abs(Date.parse(result.gen_time) - Date.now()) < 120000, 'the TSA time is now');
    assert.match(result.serial, /^[0-9a-f]+$/);
    assert.deepEqual(result.files, { tsq: `proofs/timestamps/${head.seq}.tsq`, tsr: `proofs/timestamps/${head.seq}.tsr` });
    const meta = JSON.parse(fs.readFileSync(path.join(stamps, `${head.seq}.json`), 'utf8'));
    assert.equal(meta.hash, head.hash);
    assert.equal(meta.policy, '1.3.6.1.4.1.4146.1.99');
    assert.equal(meta.verified, true);
    assert.match(meta.nonce, /^[0-9a-f]{16}$/);

    // Anyone can check the token with the openssl CLI: the imprint is the record's hash itself.
    const tsr = path.join(stamps, `${head.seq}.tsr`);
    const tsq = path.join(stamps, `${head.seq}.tsq`);
    assert.match(openssl(['ts', '-verify', '-digest', head.hash, '-in', tsr, '-CAfile', tsaCa]), /Verification: OK/);
    assert.match(openssl(['ts', '-verify', '-queryfile', tsq, '-in', tsr, '-CAfile', tsaCa]), /Verification: OK/);
    const other = spawnSync('openssl', ['ts', '-verify', '-digest', records[0].hash, '-in', tsr, '-CAfile', tsaCa], { encoding: 'utf8' });
    assert.notEqual(other.status, 0, 'openssl refuses the token for another record');

    const checked = await ok('vault.timestamp_verify', { case: caseId, seq: head.seq }, tsaEnv());
    assert.deepEqual(checked, { ok: true, gen_time: result.gen_time, serial: result.serial, hash: head.hash });
    const cli = await host(['vault', 'timestamp', 'verify', '--case', caseId, '--seq', String(head.seq), '--vault', vault],
      { env: { TAKEDOWN_TSA_CA: tsaCa } });
    assert.equal(cli.code, 0, cli.stderr);
    assert.match(cli.stdout, new RegExp(`verifies: ${head.hash} existed at ${result.gen_time.replace(/\./g, '\\.')}`));

    // Asking again answers the stored token; no second token is made.
    const again = await ok('vault.timestamp', { case: caseId, seq: head.seq }, tsaEnv());
    assert.equal(again.serial, result.serial);
  });

  test('an older record by seq, with the TSA named in the vault config.json', async () => {
    fs.writeFileSync(path.join(vault, 'config.json'), JSON.stringify({ tsa: { url: tsaUrl, ca_file: tsaCa } }));
    try {
      const first = await ok('vault.timestamp', { case: caseId, seq: 0 }, { TAKEDOWN_VAULT: vault });
      assert.equal(first.hash, records[0].hash);
      assert.equal(first.verified, true);
      const second = await ok('vault.timestamp', { case: caseId, seq: 1 }, { TAKEDOWN_VAULT: vault });
      assert.notEqual(second.serial, first.serial);
      assert.equal((await ok('vault.timestamp_verify', { case: caseId, seq: 0 }, { TAKEDOWN_VAULT: vault })).ok, true);
    } finally {
      fs.rmSync(path.join(vault, 'config.json'));
    }
  });

  test('vault.timestamp_digest: a token for any SHA-256 (a WACZ\'s datapackage.json), checked by openssl ts', async () => {
    const data = Buffer.from('{"profile":"data-package","wacz_version":"1.1.1"}');
    const sha256 = crypto.createHash('sha256').update(data).digest('hex');
    const result = await ok('vault.timestamp_digest', { sha256 }, tsaEnv());
    assert.equal(result.sha256, sha256);
    assert.equal(result.tsa, tsaUrl);
    assert.match(result.serial, /^[0-9a-f]+$/);
    assert.ok(Math.abs(Date.parse(result.gen_time) - Date.now()) < 120000, 'the TSA time is now');
    const dir = fs.mkdtempSync(path.join(work, 'digest-'));
    const tsr = path.join(dir, 'datapackage.json.tsr');
    fs.writeFileSync(tsr, Buffer.from(result.tsr, 'base64'));
    fs.writeFileSync(path.join(dir, 'digest.tsq'), Buffer.from(result.tsq, 'base64'));
    fs.writeFileSync(path.join(dir, 'datapackage.json'), data);
    fs.writeFileSync(path.join(dir, 'changed.json'), Buffer.concat([data, Buffer.from(' ')]));
    const verify = (args) => spawnSync('openssl', ['ts', '-verify', ...args, '-in', tsr, '-CAfile', tsaCa], { cwd: dir, encoding: 'utf8' });
    assert.match(verify(['-data', 'datapackage.json']).stdout, /Verification: OK/);
    assert.match(verify(['-queryfile', 'digest.tsq']).stdout, /Verification: OK/);
    assert.notEqual(verify(['-data', 'changed.json']).status, 0, 'openssl refuses the token for other bytes');

    assert.equal((await call('vault.timestamp_digest', { sha256 }, { TAKEDOWN_VAULT: vault })).error.code, 'tsa_not_configured');
    assert.equal((await call('vault.timestamp_digest', { sha256: sha256.toUpperCase() }, tsaEnv())).error.code, 'invalid_params');
    assert.equal((await call('vault.timestamp_digest', { sha256, case: caseId }, tsaEnv())).error.code, 'invalid_params');
    assert.equal((await call('vault.timestamp_digest', {}, tsaEnv())).error.code, 'invalid_params');
    // A token that does not chain to the configured CA is refused, not handed out.
    const untrusted = await call('vault.timestamp_digest', { sha256 }, { ...tsaEnv(), TAKEDOWN_TSA_CA: wrongCa });
    assert.equal(untrusted.error.code, 'tsa_failed');
    assert.match(untrusted.error.message, /does not verify: untrusted/);
  });

  test('a wrong CA: the token does not verify (untrusted)', async () => {
    const checked = await ok('vault.timestamp_verify', { case: caseId, seq: 2 },
      { TAKEDOWN_VAULT: vault, TAKEDOWN_TSA_CA: wrongCa });
    assert.equal(checked.ok, false);
    assert.equal(checked.problem.kind, 'untrusted');
    assert.match(checked.problem.message, /unable to get local issuer certificate/);
    const cli = await host(['vault', 'timestamp', 'verify', '--case', caseId, '--seq', '2', '--vault', vault, '--ca', wrongCa]);
    assert.equal(cli.code, 6);
    assert.match(cli.stderr, /does not verify: untrusted: /);
  });

  test('unknown params, a missing seq and a record without a token', async () => {
    assert.equal((await call('vault.timestamp', { case: caseId, hash: 'x' }, tsaEnv())).error.code, 'invalid_params');
    assert.equal((await call('vault.timestamp_verify', { case: caseId }, tsaEnv())).error.code, 'invalid_params');
    assert.equal((await call('vault.timestamp', { case: '../x' }, tsaEnv())).error.code, 'invalid_params');
    assert.equal((await call('vault.timestamp', { case: caseId, seq: 99 }, tsaEnv())).error.code, 'invalid_params');
    const missing = await ok('vault.timestamp_verify', { case: caseId, seq: 99 }, tsaEnv());
    assert.equal(missing.ok, false);
    assert.equal(missing.problem.kind, 'timestamp_missing');
    const usage = await host(['vault', 'timestamp', 'verify', '--case', caseId, '--vault', vault]);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /--seq N is required/);
  });

  // Tampering runs on a copy, so each case starts from intact files.
  async function tampered(change) {
    const copy = path.join(work, `tampered-${crypto.randomUUID()}`);
    fs.cpSync(vault, copy, { recursive: true });
    const dir = path.join(copy, 'cases', caseId);
    change(dir);
    return host(['vault', 'timestamp', 'verify', '--case', caseId, '--seq', '2', '--vault', copy],
      { env: { TAKEDOWN_TSA_CA: tsaCa } });
  }

  function rewrite(file, edit) {
    fs.chmodSync(file, 0o600);
    fs.writeFileSync(file, edit(fs.readFileSync(file)));
  }

  test('a modified .tsr: refused with a named problem', async () => {
    const run = await tampered((dir) => rewrite(path.join(dir, 'proofs/timestamps/2.tsr'), (bytes) => {
      bytes[bytes.length - 3] ^= 0x01;  // inside the signature
      return bytes;
    }));
    assert.equal(run.code, 6, run.stderr);
    assert.match(run.stderr, /does not verify: token_invalid: /);
  });

  test('another record\'s .tsr in its place: imprint_mismatch', async () => {
    const run = await tampered((dir) => rewrite(path.join(dir, 'proofs/timestamps/2.tsr'),
      () => fs.readFileSync(path.join(dir, 'proofs/timestamps/0.tsr'))));
    assert.equal(run.code, 6, run.stderr);
    assert.match(run.stderr, /does not verify: imprint_mismatch: /);
  });

  test('a modified record: record_changed', async () => {
    const run = await tampered((dir) => rewrite(path.join(dir, 'log.jsonl'),
      (bytes) => Buffer.from(bytes.toString('utf8').replace('third note', 'THIRD note'))));
    assert.equal(run.code, 6, run.stderr);
    assert.match(run.stderr, /does not verify: record_changed: record 2 has been changed/);
  });

  test('a deleted .tsq: timestamp_missing', async () => {
    const run = await tampered((dir) => fs.rmSync(path.join(dir, 'proofs/timestamps/2.tsq')));
    assert.equal(run.code, 6, run.stderr);
    assert.match(run.stderr, /does not verify: timestamp_missing: /);
  });

  test('every_record: each vault.append and vault.mirror answers with a token for its new head', async () => {
    const everyVault = newVault('every-record-vault');
    const everyCase = 'case-every';
    fs.writeFileSync(path.join(everyVault, 'config.json'),
      JSON.stringify({ tsa: { url: tsaUrl, ca_file: tsaCa, every_record: true } }));
    const env = { TAKEDOWN_VAULT: everyVault };
    const everyStamps = path.join(everyVault, 'cases', everyCase, 'proofs', 'timestamps');
    for (const [i, text] of ['one', 'two'].entries()) {
      const result = await ok('vault.append', { case: everyCase, record: note(text) }, env);
      assert.equal(result.record.seq, i);
      assert.equal(result.timestamp.ok, true, JSON.stringify(result.timestamp));
      assert.equal(result.timestamp.seq, i);
      assert.match(result.timestamp.gen_time, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
      assert.match(openssl(['ts', '-verify', '-digest', result.record.hash, '-in', path.join(everyStamps, `${i}.tsr`),
        '-CAfile', tsaCa]), /Verification: OK/);
      assert.equal((await ok('vault.timestamp_verify', { case: everyCase, seq: i }, env)).ok, true);
    }

    // A mirrored batch of two gets one token, for the last of them (it pins the one before).
    const mirrorCase = 'case-every-mirror';
    const sealed = [];
    const plainVault = newVault('every-record-source');
    for (const text of ['m0', 'm1']) {
      sealed.push((await ok('vault.append', { case: mirrorCase, record: note(text) }, { TAKEDOWN_VAULT: plainVault })).record);
    }
    assert.equal(fs.existsSync(path.join(plainVault, 'cases', mirrorCase, 'proofs')), false, 'off by default');
    const mirrored = await ok('vault.mirror', { case: mirrorCase, records: sealed }, env);
    assert.equal(mirrored.added, 2);
    assert.equal(mirrored.timestamp.ok, true, JSON.stringify(mirrored.timestamp));
    assert.equal(mirrored.timestamp.seq, 1);
    const mirrorStamps = path.join(everyVault, 'cases', mirrorCase, 'proofs', 'timestamps');
    assert.deepEqual(fs.readdirSync(mirrorStamps).sort(), ['1.json', '1.tsq', '1.tsr']);
    // Mirroring the same records again adds nothing and stamps nothing.
    const again = await ok('vault.mirror', { case: mirrorCase, records: sealed }, env);
    assert.equal(again.added, 0);
    assert.equal(again.timestamp, undefined);

    // The environment switch works without config.json's flag, and =0 turns it off.
    const envOn = await ok('vault.append', { case: 'case-env', record: note('env switch') },
      { ...tsaEnv(), TAKEDOWN_VAULT: newVault('every-record-env'), TAKEDOWN_TSA_EVERY_RECORD: '1' });
    assert.equal(envOn.timestamp.ok, true);
    assert.equal(envOn.timestamp.seq, envOn.record.seq);
    const envOff = await ok('vault.append', { case: everyCase, record: note('switched off') },
      { ...env, TAKEDOWN_TSA_EVERY_RECORD: '0' });
    assert.equal(envOff.timestamp, undefined);
  });

  test('every_record with the TSA down: the append still succeeds, timestamp.ok is false, the log says why', async () => {
    const downVault = newVault('every-record-down');
    const deadPort = await new Promise((resolve) => {
      const probe = https.createServer();
      probe.listen(0, '127.0.0.1', () => { const { port } = probe.address(); probe.close(() => resolve(port)); });
    });
    const logFile = path.join(work, 'down-host.log');
    const env = { TAKEDOWN_VAULT: downVault, TAKEDOWN_TSA_URL: `http://127.0.0.1:${deadPort}/tsr`, TAKEDOWN_TSA_CA: tsaCa,
      TAKEDOWN_TSA_EVERY_RECORD: '1', TAKEDOWN_HOST_LOG: logFile };
    const result = await ok('vault.append', { case: 'case-down', record: note('kept anyway') }, env);
    assert.equal(result.record.seq, 0);
    assert.equal(result.timestamp.ok, false);
    assert.equal(result.timestamp.problem.kind, 'tsa_failed');
    assert.ok(result.timestamp.problem.message.length > 0);
    const kept = fs.readFileSync(path.join(downVault, 'cases', 'case-down', 'log.jsonl'), 'utf8').trim().split('\n');
    assert.equal(JSON.parse(kept[0]).hash, result.record.hash, 'the record is durable');
    assert.match(fs.readFileSync(logFile, 'utf8'), /timestamp of record 0 of case case-down failed \(the record is kept\): tsa_failed: /);
    assert.equal(fs.existsSync(path.join(downVault, 'cases', 'case-down', 'proofs')), false, 'no token stored');
  });

  describe('a dossier with a timestamped tag manifest (export --timestamp)', () => {
    const bag = path.join(work, 'stamped-bag');
    const bagRun = (args, env = {}) => host(['vault', 'timestamp', 'verify', '--bag', ...args], { env });

    before(async () => {
      const run = await host(['vault', 'export', '--case', caseId, '--out', bag, '--vault', vault, '--timestamp'], { env: tsaEnv() });
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stdout, /timestamped: tagmanifest-sha256\.txt existed at \S+Z \(token serial [0-9a-f]+\)/);
    });

    test('the .tsq/.tsr lie beside the tag manifest, unlisted, and openssl ts -verify -data passes', () => {
      assert.ok(fs.existsSync(path.join(bag, 'tagmanifest-sha256.txt.tsq')));
      for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
        assert.doesNotMatch(fs.readFileSync(path.join(bag, manifest), 'utf8'), /tagmanifest-sha256\.txt\.ts[qr]/,
          `${manifest} lists no token of the tag manifest`);
      }
      for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
        const check = spawnSync('sha256sum', ['-c', '--strict', manifest], { cwd: bag, encoding: 'utf8' });
        assert.equal(check.status, 0, check.stdout + check.stderr);
      }
      assert.match(openssl(['ts', '-verify', '-data', 'tagmanifest-sha256.txt', '-in', 'tagmanifest-sha256.txt.tsr',
        '-CAfile', tsaCa], { cwd: bag }), /Verification: OK/);
      assert.match(openssl(['ts', '-verify', '-queryfile', 'tagmanifest-sha256.txt.tsq', '-in', 'tagmanifest-sha256.txt.tsr',
        '-CAfile', tsaCa], { cwd: bag }), /Verification: OK/);
    });

    test('vault timestamp verify --bag: ok, then a wrong CA and every kind of change fail', async () => {
      const good = await bagRun([bag, '--ca', tsaCa]);
      assert.equal(good.code, 0, good.stderr);
      assert.match(good.stdout, /verifies: tagmanifest-sha256\.txt \([0-9a-f]{64}\) existed at .*files match the bag's manifests/);
      const fromEnv = await bagRun([bag], { TAKEDOWN_TSA_CA: tsaCa });
      assert.equal(fromEnv.code, 0, fromEnv.stderr);
      const wrong = await bagRun([bag, '--ca', wrongCa]);
      assert.equal(wrong.code, 6);
      assert.match(wrong.stderr, /does not verify: untrusted: /);

      const changedCopy = (change) => {
        const copy = path.join(work, `bag-${crypto.randomUUID()}`);
        fs.cpSync(bag, copy, { recursive: true });
        change(copy);
        return copy;
      };
      // A changed tag manifest: openssl and the host both refuse.
      const tagChanged = changedCopy((dir) => fs.appendFileSync(path.join(dir, 'tagmanifest-sha256.txt'), 'x'));
      const opensslRun = spawnSync('openssl', ['ts', '-verify', '-data', 'tagmanifest-sha256.txt', '-in',
        'tagmanifest-sha256.txt.tsr', '-CAfile', tsaCa], { cwd: tagChanged, encoding: 'utf8' });
      assert.notEqual(opensslRun.status, 0, 'openssl refuses a changed tag manifest');
      const tagRun = await bagRun([tagChanged, '--ca', tsaCa]);
      assert.equal(tagRun.code, 6);
      assert.match(tagRun.stderr, /does not verify: tagmanifest_changed: /);
      // A changed payload file: the token still matches the tag manifest, but the bag does not.
      const logChanged = changedCopy((dir) => {
        const file = path.join(dir, 'data', 'log.jsonl');
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('first note', 'FIRST note'));
      });
      const logRun = await bagRun([logChanged, '--ca', tsaCa]);
      assert.equal(logRun.code, 6);
      assert.match(logRun.stderr, /does not verify: bag_changed: data\/log\.jsonl has changed/);
      // A file slipped into data/, in no manifest.
      const extra = changedCopy((dir) => fs.writeFileSync(path.join(dir, 'data', 'extra.txt'), 'new'));
      const extraRun = await bagRun([extra, '--ca', tsaCa]);
      assert.equal(extraRun.code, 6);
      assert.match(extraRun.stderr, /bag_changed: data\/extra\.txt is in the bag but in no manifest/);
      // No token at all.
      const unstamped = changedCopy((dir) => fs.rmSync(path.join(dir, 'tagmanifest-sha256.txt.tsr')));
      const unstampedRun = await bagRun([unstamped, '--ca', tsaCa]);
      assert.equal(unstampedRun.code, 6);
      assert.match(unstampedRun.stderr, /does not verify: timestamp_missing: /);

      const usage = await host(['vault', 'timestamp', 'verify', '--bag', bag, '--case', caseId]);
      assert.equal(usage.code, 2);
      assert.match(usage.stderr, /takes no --case or --seq/);
    });

    test('a zip export carries the token too; with the TSA unreachable nothing is written', async () => {
      const zip = path.join(work, 'stamped.zip');
      const run = await host(['vault', 'export', '--case', caseId, '--out', zip, '--vault', vault, '--timestamp'], { env: tsaEnv() });
      assert.equal(run.code, 0, run.stderr);
      const unzipped = path.join(work, 'unzipped');
      fs.mkdirSync(unzipped);
      const unzip = spawnSync('unzip', ['-q', zip, '-d', unzipped], { encoding: 'utf8' });
      assert.equal(unzip.status, 0, unzip.stderr);
      const inZip = await bagRun([path.join(unzipped, caseId), '--ca', tsaCa]);
      assert.equal(inZip.code, 0, inZip.stderr);

      const failedOut = path.join(work, 'never-written');
      const failed = await host(['vault', 'export', '--case', caseId, '--out', failedOut, '--vault', vault, '--timestamp'],
        { env: { ...tsaEnv(), TAKEDOWN_TSA_URL: 'http://127.0.0.1:1/tsr' } });
      assert.equal(failed.code, 1);
      assert.match(failed.stderr, /tsa_failed: /);
      assert.equal(fs.existsSync(failedOut), false);
      const unconfigured = await host(['vault', 'export', '--case', caseId, '--out', failedOut, '--vault', vault, '--timestamp'],
        { env: { TAKEDOWN_TSA_URL: '', TAKEDOWN_TSA_CA: '' } });
      assert.equal(unconfigured.code, 1);
      assert.match(unconfigured.stderr, /tsa_not_configured: /);
      assert.equal(fs.existsSync(failedOut), false);
    });
  });
});

describe('second witness against a local HTTPS server', () => {
  const vault = newVault('witness-vault');
  const caseId = 'case-witness';
  const body = crypto.randomBytes(100000);
  const bigBody = crypto.randomBytes(300000);
  let server;
  let wrongServer;
  let base;
  let serverCert;
  const open = new Set();
  const env = (extra = {}) => ({ TAKEDOWN_VAULT: vault, TAKEDOWN_EXTRA_CA: path.join(certs, 'web-ca.pem'),
    TAKEDOWN_WITNESS_TIMEOUT_MS: '1500', TAKEDOWN_WITNESS_MAX_BYTES: '200000', ...extra });

  function route(req, res) {
    const url = new URL(req.url, 'https://localhost');
    const redirect = (to, status = 302) => { res.writeHead(status, { Location: to }); res.end(); };
    const hop = url.pathname.match(/^\/chain\/(\d+)$/);
    if (url.pathname === '/plain') {
      res.writeHead(200, { 'Content-Type': 'video/mp4', 'X-Test': 'Yes', 'Content-Length': body.length });
      res.end(body);
    } else if (url.pathname === '/r1') redirect('/r2', 301);
    else if (url.pathname === '/r2') redirect(`${base}/r3`, 307);
    else if (url.pathname === '/r3') redirect('plain', 308);
    else if (url.pathname === '/loop-a') redirect('/loop-b');
    else if (url.pathname === '/loop-b') redirect('/loop-a');
    else if (hop) redirect(Number(hop[1]) > 0 ? `/chain/${Number(hop[1]) - 1}` : '/plain');
    else if (url.pathname === '/downgrade') redirect(`http://127.0.0.1:${new URL(base).port}/plain`);
    else if (url.pathname === '/slow') { /* never answers */ }
    else if (url.pathname === '/big') {
      res.writeHead(200, { 'Content-Length': bigBody.length });
      res.end(bigBody);
    } else if (url.pathname === '/big-chunked') {
      res.writeHead(200);  // no length: chunked, so only counting can stop it
      res.write(bigBody.subarray(0, 150000));
      setTimeout(() => res.end(bigBody.subarray(150000)), 50);
    } else if (url.pathname === '/forbidden') {
      res.writeHead(403, { 'Content-Type': 'text/html' });
      res.end('<p>Log in to see this</p>');
    } else {
      res.writeHead(404);
      res.end();
    }
  }

  function listen(httpsServer) {
    httpsServer.on('connection', (socket) => { open.add(socket); socket.on('close', () => open.delete(socket)); });
    return new Promise((resolve) => httpsServer.listen(0, '127.0.0.1', () => resolve(httpsServer.address().port)));
  }

  before(async () => {
    makeCa('web-ca');
    const good = makeLeaf('localhost', 'web-ca', 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth');
    const wrong = makeLeaf('wrong', 'web-ca', 'subjectAltName=DNS:wrong.example\nextendedKeyUsage=serverAuth');
    serverCert = new crypto.X509Certificate(fs.readFileSync(good.cert));
    server = https.createServer({ key: fs.readFileSync(good.key), cert: fs.readFileSync(good.cert) }, route);
    base = `https://localhost:${await listen(server)}`;
    wrongServer = https.createServer({ key: fs.readFileSync(wrong.key), cert: fs.readFileSync(wrong.cert) }, route);
    wrongServer.port = await listen(wrongServer);
    await ok('vault.append', { case: caseId, record: note('witness case') }, { TAKEDOWN_VAULT: vault });
  });
  after(() => {
    for (const socket of open) socket.destroy();
    server?.close();
    wrongServer?.close();
  });

  async function witness(url, extra) {
    const result = await ok('vault.witness', { case: caseId, url }, env(extra), WITNESS_HOST);
    // Every result, success or not, is also a file in the case.
    const stored = JSON.parse(fs.readFileSync(path.join(vault, 'cases', caseId, result.file), 'utf8'));
    assert.deepEqual(stored, result);
    assert.match(result.file, /^proofs\/witness\/\d{8}T\d{6}Z-\d+\.json$/);
    assert.ok(Date.parse(result.started_utc) <= Date.parse(result.ended_utc));
    return result;
  }

  function blob(sha) {
    return fs.readFileSync(path.join(vault, 'blobs', 'sha256', sha.slice(0, 2), sha));
  }

  test('plain fetch: bytes, SHA-256, headers verbatim, TLS and the certificate fingerprint', async () => {
    const result = await witness(`${base}/plain?x=1#frag`);
    assert.equal(result.ok, true);
    assert.equal(result.status, 200);
    assert.equal(result.bytes, body.length);
    assert.equal(result.sha256, crypto.createHash('sha256').update(body).digest('hex'));
    assert.deepEqual(blob(result.sha256), body);
    assert.equal(result.final_url, `${base}/plain?x=1`);
    assert.deepEqual(result.hops.map((h) => [h.url, h.status]), [[`${base}/plain?x=1`, 200]]);
    assert.match(result.hops[0].remote, /^127\.0\.0\.1:\d+$/);
    assert.ok(result.headers.some(([name, value]) => name === 'X-Test' && value === 'Yes'), 'header case kept');
    assert.ok(result.headers.some(([name, value]) => name === 'Content-Type' && value === 'video/mp4'));
    assert.equal(result.peer_cert_sha256, serverCert.fingerprint256.replace(/:/g, '').toLowerCase());
    assert.match(result.tls.version, /^TLSv1\.[23]$/);
    assert.ok(result.tls.cipher.length > 0);
    assert.equal(result.error, undefined);
  });

  test('three redirects are followed, each hop recorded', async () => {
    const result = await witness(`${base}/r1`);
    assert.equal(result.ok, true);
    assert.deepEqual(result.hops.map((h) => [h.url, h.status]),
      [[`${base}/r1`, 301], [`${base}/r2`, 307], [`${base}/r3`, 308], [`${base}/plain`, 200]]);
    assert.equal(result.final_url, `${base}/plain`);
    assert.equal(result.sha256, crypto.createHash('sha256').update(body).digest('hex'));
  });

  test('five redirects are fine, a sixth is too many', async () => {
    const five = await witness(`${base}/chain/4`);
    assert.equal(five.ok, true);
    assert.equal(five.hops.length, 6);
    const six = await witness(`${base}/chain/5`);
    assert.equal(six.ok, false);
    assert.equal(six.error.kind, 'too_many_redirects');
    assert.equal(six.hops.length, 6);
    assert.equal(six.sha256, null);
  });

  test('a redirect loop is a result, not an endless fetch', async () => {
    const result = await witness(`${base}/loop-a`);
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'redirect_loop');
    assert.deepEqual(result.hops.map((h) => h.status), [302, 302]);
  });

  test('https -> http is refused', async () => {
    const result = await witness(`${base}/downgrade`);
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'insecure_redirect');
  });

  test('a slow server: timeout', async () => {
    const started = Date.now();
    const result = await witness(`${base}/slow`, { TAKEDOWN_WITNESS_TIMEOUT_MS: '700' });
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'timeout');
    assert.match(result.error.message, /700 ms/);
    assert.equal(result.status, 0);
    assert.ok(Date.now() - started < 15000);
  });

  test('a body over the cap, announced or chunked: too_large', async () => {
    const announced = await witness(`${base}/big`);
    assert.equal(announced.ok, false);
    assert.equal(announced.error.kind, 'too_large');
    assert.match(announced.error.message, /Content-Length: 300000/);
    assert.equal(announced.status, 200);
    assert.equal(announced.bytes, null);
    const chunked = await witness(`${base}/big-chunked`);
    assert.equal(chunked.ok, false);
    assert.equal(chunked.error.kind, 'too_large');
    const raised = await witness(`${base}/big`, { TAKEDOWN_WITNESS_MAX_BYTES: '400000' });
    assert.equal(raised.ok, true);
    assert.equal(raised.bytes, bigBody.length);
  });

  test('a certificate for another host name is refused', async () => {
    const result = await witness(`https://localhost:${wrongServer.port}/plain`);
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'certificate');
    assert.match(result.error.message, /hostname mismatch/);
    assert.equal(result.status, 0);
  });

  test('a CA the host does not trust is refused', async () => {
    const result = await witness(`${base}/plain`, { TAKEDOWN_EXTRA_CA: '' });
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'certificate');
    assert.match(result.error.message, /local issuer/);
  });

  test('403 (a login wall) is a result with its status and the page kept', async () => {
    const result = await witness(`${base}/forbidden`);
    assert.equal(result.ok, false);
    assert.equal(result.status, 403);
    assert.equal(result.error.kind, 'http_status');
    assert.match(result.error.message, /403 Forbidden/);
    assert.equal(blob(result.sha256).toString(), '<p>Log in to see this</p>');
  });

  test('not an http(s) URL, or an unknown case: invalid_params', async () => {
    for (const binary of [HOST, WITNESS_HOST]) {
      assert.equal((await call('vault.witness', { case: caseId, url: 'file:///etc/passwd' }, env(), binary)).error.code, 'invalid_params');
      assert.equal((await call('vault.witness', { case: 'no-such-case', url: `${base}/plain` }, env(), binary)).error.code, 'invalid_params');
      assert.equal((await call('vault.witness', { case: caseId }, env(), binary)).error.code, 'invalid_params');
    }
  });
});

// `takedown-host vault list | verify | export`: output, exit codes, a tampered blob named by verify,
// and an exported bag checked with `sha256sum -c` (bagit.py is not packaged in Debian 12).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { Session, capture, cli, fromHostPath, note, removeDir, tempDir, upload } from './vault-support.mjs';

const MEDIA = Buffer.from(Array.from({ length: 70000 }, (_, i) => (i * 7) % 256));

// A vault with two cases filled through a real session; returns the blob's hash.
async function fill(vault) {
  const session = new Session(vault);
  const hash = await upload(session, MEDIA, 16 * 1024);
  await session.call('vault.append', { case: 'case-one', record: note('found it') });
  await session.call('vault.append', { case: 'case-one', record: capture(MEDIA) });
  await session.call('vault.append', { case: 'case-two', record: note('another') });
  assert.deepEqual(await session.close(), { code: 0, signal: null });
  return hash;
}

function sha256sumCheck(dir, manifest) {
  const run = spawnSync('sha256sum', ['-c', '--strict', manifest], { cwd: dir });
  return { code: run.status, stdout: run.stdout.toString('utf8') };
}

test('vault list and verify on a filled vault', async () => {
  const vault = tempDir('takedown-vault-cli-');
  try {
    await fill(vault);
    const list = cli(['vault', 'list', '--vault', vault]);
    assert.equal(list.code, 0, list.stderr);
    const lines = list.stdout.trim().split('\n');
    assert.equal(lines[0], 'case\trecords\thead_seq\thead_hash');
    assert.match(lines[1], /^case-one\t2\t1\t[0-9a-f]{64}$/);
    assert.match(lines[2], /^case-two\t1\t0\t[0-9a-f]{64}$/);
    const json = JSON.parse(cli(['vault', 'list', '--json', `--vault=${vault}`]).stdout);
    assert.equal(fromHostPath(json.root), vault);
    assert.deepEqual(json.cases.map((c) => [c.case, c.records]), [['case-one', 2], ['case-two', 1]]);

    const verify = cli(['vault', 'verify', '--vault', vault]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^ok\tcase-one\t2 records checked$/m);
    assert.match(verify.stdout, /^vault verify: ok \(2 cases, 1 blobs re-hashed\)$/m);
    // TAKEDOWN_VAULT works as well as --vault.
    const viaEnv = cli(['vault', 'verify', '--case', 'case-two'], { env: { ...process.env, TAKEDOWN_VAULT: vault } });
    assert.equal(viaEnv.code, 0);
    assert.match(viaEnv.stdout, /^ok\tcase-two\t1 records checked$/m);
  } finally {
    removeDir(vault);
  }
});

test('vault verify names a tampered blob and exits 6', async () => {
  const vault = tempDir('takedown-vault-cli-');
  try {
    const hash = await fill(vault);
    const blob = path.join(vault, 'blobs', 'sha256', hash.slice(0, 2), hash);
    // Read-only: mode 0400; the Windows build sets the read-only attribute, which Wine shows as 0444.
    assert.equal(fs.statSync(blob).mode & 0o777, process.env.TAKEDOWN_HOST_OS === 'windows' ? 0o444 : 0o400, 'blobs are read-only');
    fs.chmodSync(blob, 0o600);
    const bytes = fs.readFileSync(blob);
    bytes[1000] ^= 0xff;
    fs.writeFileSync(blob, bytes);

    const verify = cli(['vault', 'verify', '--vault', vault]);
    assert.equal(verify.code, 6, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^FAILED\tcase-one\t1 records checked\tartifact_mismatch at seq 1: /m);
    assert.match(verify.stdout, /^ok\tcase-two\t/m);
    assert.match(verify.stdout, new RegExp(`^FAILED\\tblob\\tblobs/sha256/${hash.slice(0, 2)}/${hash}: its bytes hash to [0-9a-f]{64}, not to its name$`, 'm'));
    assert.match(verify.stdout, /^vault verify: FAILED/m);
    const json = JSON.parse(cli(['vault', 'verify', '--json', '--case', 'case-one', '--vault', vault]).stdout);
    assert.equal(json.ok, false);
    assert.match(json.cases[0].problem, /^artifact_mismatch at seq 1/);
  } finally {
    removeDir(vault);
  }
});

test('vault export writes a bag that sha256sum -c accepts, as a folder and as a zip', async () => {
  const vault = tempDir('takedown-vault-cli-');
  const out = tempDir('takedown-vault-export-');
  try {
    const hash = await fill(vault);
    const bag = path.join(out, 'dossier');
    const exported = cli(['vault', 'export', '--case', 'case-one', '--out', bag, '--vault', vault]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /2 records, 3 payload files, tagmanifest-sha256.txt [0-9a-f]{64}/);
    for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
      const check = sha256sumCheck(bag, manifest);
      assert.equal(check.code, 0, check.stdout);
    }
    assert.deepEqual(fs.readdirSync(bag).sort(), ['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    assert.deepEqual(fs.readdirSync(path.join(bag, 'data')).sort(), ['artifacts', 'log.jsonl', 'report.html']);
    assert.deepEqual(fs.readFileSync(path.join(bag, 'data', 'artifacts', `${hash}.png`)), MEDIA);
    assert.equal(fs.readFileSync(path.join(bag, 'data', 'log.jsonl'), 'utf8'),
      fs.readFileSync(path.join(vault, 'cases', 'case-one', 'log.jsonl'), 'utf8'));
    const manifest = fs.readFileSync(path.join(bag, 'manifest-sha256.txt'), 'utf8');
    assert.match(manifest, new RegExp(`^${hash}  data/artifacts/${hash}\\.png$`, 'm'));
    const oxum = fs.readFileSync(path.join(bag, 'bag-info.txt'), 'utf8').match(/^Payload-Oxum: (\d+)\.(\d+)$/m);
    const payloadBytes = ['artifacts/' + `${hash}.png`, 'log.jsonl', 'report.html']
      .reduce((sum, file) => sum + fs.statSync(path.join(bag, 'data', file)).size, 0);
    assert.deepEqual([Number(oxum[1]), Number(oxum[2])], [payloadBytes, 3]);

    // A bag changed after export fails the same check.
    fs.appendFileSync(path.join(bag, 'data', 'log.jsonl'), 'x');
    assert.notEqual(sha256sumCheck(bag, 'manifest-sha256.txt').code, 0);

    const zip = path.join(out, 'dossier.zip');
    assert.equal(cli(['vault', 'export', '--case', 'case-one', '--out', zip, '--vault', vault]).code, 0);
    const unzipped = path.join(out, 'unzipped');
    const unzip = spawnSync('unzip', ['-q', zip, '-d', unzipped]);
    assert.equal(unzip.status, 0, unzip.stderr?.toString());
    for (const manifest of ['manifest-sha256.txt', 'tagmanifest-sha256.txt']) {
      assert.equal(sha256sumCheck(path.join(unzipped, 'case-one'), manifest).code, 0, `zip: ${manifest}`);
    }

    const again = cli(['vault', 'export', '--case', 'case-one', '--out', bag, '--vault', vault]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already exists/);
  } finally {
    removeDir(vault);
    removeDir(out);
  }
});

test('vault usage: --help, unknown commands and flags, missing arguments, an unusable vault', () => {
  for (const args of [['vault', '--help'], ['vault', 'verify', '--help'], ['vault', 'export', '--help']]) {
    const run = cli(args);
    assert.equal(run.code, 0, args.join(' '));
    assert.match(run.stdout, /takedown-host vault export --case ID --out PATH/);
  }
  assert.match(cli(['--help']).stdout, /takedown-host vault list \| verify \| export/);
  for (const args of [['vault'], ['vault', 'frobnicate'], ['vault', 'list', '--case'], ['vault', 'verify', '--bogus'],
    ['vault', 'export', '--case', 'x'], ['vault', 'list', '--vault', 'a', '--vault', 'b']]) {
    const run = cli(args);
    assert.equal(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
    assert.match(run.stderr, /Run 'takedown-host vault --help' for usage/);
  }
  const notAFolder = tempDir('takedown-vault-cli-');
  try {
    fs.writeFileSync(path.join(notAFolder, 'file'), 'x');
    const run = cli(['vault', 'list', '--vault', path.join(notAFolder, 'file')]);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /vault_unavailable: .*is not a folder/);
    const badCase = cli(['vault', 'verify', '--case', '../etc', '--vault', notAFolder]);
    assert.equal(badCase.code, 1);
    assert.match(badCase.stderr, /invalid_params/);
  } finally {
    removeDir(notAFolder);
  }
});

// Issue #13: vault.redact through a real host session deletes the blob a redaction record names;
// `vault verify` then passes and names the removal, the export carries no bytes of it, and a
// second redact changes nothing.
test('vault.redact deletes a redacted blob; verify names the redaction; export leaves it out', async () => {
  const vault = tempDir('takedown-vault-cli-');
  const out = path.join(tempDir('takedown-vault-cli-out-'), 'bag');
  try {
    const hash = await fill(vault);
    const session = new Session(vault);
    const redaction = { ...note('x'), type: 'redaction',
      data: { artifacts: [{ seq: 1, name: 'media.png', sha256: hash }], reason: 'child_sexual_image' } };
    await session.call('vault.append', { case: 'case-one', record: redaction });
    const removed = await session.call('vault.redact', { case: 'case-one' });
    assert.deepEqual(removed, { case: 'case-one', removed: [hash], absent: [], kept: [] });
    assert.deepEqual((await session.call('vault.redact', { case: 'case-one' })).absent, [hash]);
    const checked = await session.call('vault.verify', { case: 'case-one' });
    assert.equal(checked.ok, true, JSON.stringify(checked));
    assert.equal(checked.cases[0].artifacts_redacted, 1);
    assert.deepEqual(checked.cases[0].redacted, [{ seq: 1, name: 'media.png', sha256: hash, by_seq: 2, reason: 'child_sexual_image' }]);
    await assert.rejects(session.call('vault.redact', { case: 'no-such-case' }), /invalid_params/);
    assert.deepEqual(await session.close(), { code: 0, signal: null });
    assert.equal(fs.existsSync(path.join(vault, 'blobs', 'sha256', hash.slice(0, 2), hash)), false);

    const verify = cli(['vault', 'verify', '--vault', vault]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, new RegExp(`^redacted\\tcase-one\\tmedia\\.png of record 1 \\(${hash}\\) removed by record 2: child_sexual_image$`, 'm'));
    const exported = cli(['vault', 'export', '--case', 'case-one', '--out', out, '--vault', vault]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.equal(fs.existsSync(path.join(out, 'data', 'artifacts')) && fs.readdirSync(path.join(out, 'data', 'artifacts')).length > 0, false);
    assert.equal(sha256sumCheck(out, 'manifest-sha256.txt').code, 0);
    assert.match(fs.readFileSync(path.join(out, 'data', 'report.html'), 'utf8'), /removed by record 2/);
  } finally {
    removeDir(vault);
    removeDir(path.dirname(out));
  }
});

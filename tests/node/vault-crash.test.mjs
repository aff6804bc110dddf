// Crash safety (issue #5): 50 host sessions (25 under Wine) appending records and uploading blobs, each killed with
// SIGKILL at a random moment of its work. Afterwards every acknowledged record is in the log with its hash, every
// acknowledged upload is a blob, and `takedown-host vault verify` passes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

import { Session, capture, cli, logRecords, note, removeDir, sha256, tempDir, upload } from './vault-support.mjs';

// Under Wine each host start costs about 0.5 s more, so the Windows run (tests/CMakeLists.txt) kills 25.
const RUNS = Number(process.env.TAKEDOWN_CRASH_RUNS ?? 50);
const CASES = ['crash-a', 'crash-b'];

// A seeded PRNG (mulberry32), so a failing run can be replayed with the same delays.
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Appends (and now and then uploads a blob and captures it) until the session dies; records every
// acknowledgement in `acked`.
async function work(session, random, run, acked) {
  for (let i = 0; ; i++) {
    const caseId = CASES[i % CASES.length];
    let record = note(`run ${run} record ${i}`);
    if (i % 5 === 4) {
      const bytes = Buffer.alloc(48 * 1024 + Math.floor(random() * 200000), `${run}:${i}:`);
      const hash = await upload(session, bytes, 32 * 1024);
      acked.blobs.add(hash);
      record = capture(bytes);
    }
    const { record: sealed } = await session.call('vault.append', { case: caseId, record });
    acked.records.push({ case: caseId, seq: sealed.seq, hash: sealed.hash });
  }
}

test('records and blobs acknowledged before a SIGKILL survive it, and the vault verifies', { timeout: 120000 }, async (t) => {
  const vault = tempDir('takedown-vault-crash-');
  const random = mulberry32(0x5eed);
  const acked = { records: [], blobs: new Set() };
  const started = Date.now();
  try {
    for (let run = 0; run < RUNS; run++) {
      const session = new Session(vault);
      // The random moment counts from the host's first answer: a start-up can take longer than the
      // whole window (under Wine, on a loaded machine), and a host killed before it worked proves nothing.
      await session.call('ping', {});
      const working = work(session, random, run, acked).catch(() => {});  // ends when the host is killed
      await new Promise((resolve) => setTimeout(resolve, 30 + Math.floor(random() * 400)));
      const { signal } = await session.kill();
      assert.equal(signal, 'SIGKILL', `run ${run}: the host was still working when killed`);
      await working;

      // Every acknowledged record is at its seq with its hash, whatever the kill cut short.
      for (const caseId of CASES) {
        const bySeq = new Map(logRecords(vault, caseId).map((record) => [record.seq, record.hash]));
        for (const ack of acked.records.filter((a) => a.case === caseId)) {
          assert.equal(bySeq.get(ack.seq), ack.hash, `run ${run}: ${caseId} seq ${ack.seq} is in the log with its hash`);
        }
      }
      for (const hash of acked.blobs) {
        const blob = path.join(vault, 'blobs', 'sha256', hash.slice(0, 2), hash);
        assert.equal(sha256(fs.readFileSync(blob)), hash, `run ${run}: blob ${hash} is complete`);
      }
    }
    assert.ok(acked.records.length >= RUNS, `work was acknowledged (${acked.records.length} records, ${acked.blobs.size} blobs)`);

    const recovered = CASES.flatMap((caseId) => {
      const dir = path.join(vault, 'cases', caseId, 'recovered');
      return fs.existsSync(dir) ? fs.readdirSync(dir) : [];
    });
    t.diagnostic(`${acked.records.length} records and ${acked.blobs.size} blobs acknowledged; ${recovered.length} torn lines recovered`);

    const verify = cli(['vault', 'verify', '--vault', vault]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /vault verify: ok \(2 cases, /);
    const list = JSON.parse(cli(['vault', 'list', '--json', '--vault', vault]).stdout);
    for (const entry of list.cases) {
      const acks = acked.records.filter((a) => a.case === entry.case);
      assert.ok(entry.records >= acks.length, `${entry.case}: ${entry.records} records, ${acks.length} acknowledged`);
    }
    assert.ok(Date.now() - started < 90000, 'the crash runs stay well inside their time budget');
  } finally {
    removeDir(vault);
  }
});

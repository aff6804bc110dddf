// Several host processes at once (each connectNative starts one): two sessions append 500 records
// each to the same case, all requests written at once. The case lock serialises them: 1,000 records,
// seqs 0..999 without duplicates, a valid chain, and every acknowledgement in the log.
import assert from 'node:assert/strict';
import { test } from 'node:test';

import { Session, cli, logRecords, note, removeDir, tempDir } from './vault-support.mjs';

const PER_PROCESS = 500;

async function appendAll(session, name) {
  const replies = await Promise.all(Array.from({ length: PER_PROCESS }, (_, i) =>
    session.request('vault.append', { case: 'shared', record: note(`${name} ${i}`) })));
  for (const reply of replies) assert.equal(reply.ok, true, JSON.stringify(reply.error));
  return replies.map((reply) => reply.result.record);
}

test('two host processes append 500 records each to one case: 1,000 records, one valid chain', { timeout: 120000 }, async (t) => {
  const vault = tempDir('takedown-vault-concurrency-');
  try {
    const first = new Session(vault);
    const second = new Session(vault);
    const [a, b] = await Promise.all([appendAll(first, 'first'), appendAll(second, 'second')]);
    assert.deepEqual(await first.close(), { code: 0, signal: null });
    assert.deepEqual(await second.close(), { code: 0, signal: null });

    const records = logRecords(vault, 'shared');
    assert.equal(records.length, 2 * PER_PROCESS);
    assert.deepEqual(records.map((r) => r.seq), Array.from({ length: 2 * PER_PROCESS }, (_, i) => i), 'seqs 0..999, each once');
    for (let i = 1; i < records.length; i++) assert.equal(records[i].prev, records[i - 1].hash, `seq ${i} chains onto ${i - 1}`);
    const logged = new Map(records.map((r) => [r.seq, r.hash]));
    for (const sealed of [...a, ...b]) assert.equal(logged.get(sealed.seq), sealed.hash, `acknowledged seq ${sealed.seq} is in the log`);
    // How far the two processes interleaved (flock grants no order, so this is reported, not asserted).
    const spanOfA = a.at(-1).seq - a[0].seq + 1;
    t.diagnostic(`the first process's records span seqs ${a[0].seq}..${a.at(-1).seq} (${spanOfA} for ${PER_PROCESS})`);

    const verify = cli(['vault', 'verify', '--case', 'shared', '--vault', vault]);
    assert.equal(verify.code, 0, verify.stdout + verify.stderr);
    assert.match(verify.stdout, /^ok\tshared\t1000 records checked$/m);
  } finally {
    removeDir(vault);
  }
});

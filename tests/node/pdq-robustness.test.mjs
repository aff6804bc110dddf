// The PDQ variants beyond plain PDQ (docs/pdq.md) on a small fixed set made by ffmpeg: padded,
// white-canvas, captioned and 8%-cropped JPEG copies of generated patterns and of the PDQ vector
// images are found at >= 80% each (plain PDQ finds far fewer), and nothing matches a picture it is
// not a copy of. bench/pdq-robustness.mjs measures the same on a larger set.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { KINDS, measure, sources } from '../../bench/pdq-robustness.mjs';
import { wasmClient } from './wasm-core.mjs';

test('padded, canvas, captioned and cropped copies are found; unrelated pictures are not', async () => {
  const core = await wasmClient();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'takedown-pdq-robust-'));
  try {
    const result = await measure(core, sources(work, { generated: 8 }));
    assert.ok(result.sources >= 12, `${result.sources} sources`);
    for (const kind of KINDS) {
      const r = result.rates[kind];
      assert.ok(r.found / r.copies >= 0.8, `${kind}: ${r.found}/${r.copies} found (${JSON.stringify(result.via)})`);
    }
    // Plain PDQ misses most padded, captioned and cropped copies: the variants do the work.
    assert.ok(result.rates.padded.plain < result.rates.padded.found);
    assert.ok(result.rates.cropped.plain < result.rates.cropped.found);
    assert.deepEqual(result.falseMatches, [], 'no false matches');
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

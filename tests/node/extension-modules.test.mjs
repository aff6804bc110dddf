// Every ES module of the assembled extensions imports only names its imports export: a wrong name
// would stop the whole background from loading, with no error a person could see.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { requiredEnv } from '../e2e/harness.mjs';

const build = requiredEnv('TAKEDOWN_WASM_DIR');

function exportedNames(source) {
  const names = new Set();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|class|const|let|var)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]);
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().split(/\s+as\s+/).pop();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\b/.test(source)) names.add('default');
  return names;
}

for (const variant of ['extension', 'extension-test']) {
  for (const browser of ['chromium', 'firefox']) {
    test(`${variant}/${browser}: every named import exists`, () => {
      const root = path.join(build, variant, browser);
      const files = fs.readdirSync(root, { recursive: true }).filter((f) => /\.(m?js)$/.test(f) && !f.startsWith('content'));
      const problems = [];
      for (const file of files) {
        const source = fs.readFileSync(path.join(root, file), 'utf8');
        for (const m of source.matchAll(/import\s+(?:([A-Za-z_$][\w$]*)\s*,?\s*)?(?:\{([^}]*)\})?\s*from\s*'([^']+)'/g)) {
          const target = path.join(root, path.dirname(file), m[3]);
          if (!fs.existsSync(target)) {
            problems.push(`${file}: ${m[3]} does not exist`);
            continue;
          }
          const names = exportedNames(fs.readFileSync(target, 'utf8'));
          if (m[1] && !names.has('default')) problems.push(`${file}: ${m[3]} has no default export`);
          for (const part of (m[2] ?? '').split(',')) {
            const name = part.trim().split(/\s+as\s+/)[0];
            if (name && !names.has(name)) problems.push(`${file}: ${m[3]} does not export ${name}`);
          }
        }
      }
      assert.deepEqual(problems, []);
    });
  }
}

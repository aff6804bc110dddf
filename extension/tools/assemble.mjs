#!/usr/bin/env node
// Assembles one browser's unpacked extension into a build folder (never into the source tree):
// common sources, the browser's same-named platform files, the merged manifest, the generated
// protocol module and the wasm core.
// Usage: assemble.mjs --browser chromium|firefox --out DIR --wasm-glue FILE --wasm-binary FILE
//                     --protocol-json FILE --protocol-js FILE --core-client FILE --version X.Y.Z
//                     [--test-hooks DIR] [--node-modules DIR]
// The WACZ writer's libraries are vendored here from npm (never committed into src/): warcio's
// self-contained ESM bundle and client-zip, with their licences, under vendor/. --node-modules
// defaults to the repository's node_modules.
// --test-hooks adds the e2e tests' hooks (tests/e2e/extension-hooks) under test/ and makes
// test/background.js, which imports the real background first, the background entry point.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: Object.fromEntries(
    ['browser', 'out', 'wasm-glue', 'wasm-binary', 'protocol-json', 'protocol-js', 'core-client', 'version', 'test-hooks', 'node-modules']
      .map((k) => [k, { type: 'string' }]),
  ),
});
for (const key of ['browser', 'out', 'wasm-glue', 'wasm-binary', 'protocol-json', 'protocol-js', 'core-client', 'version']) {
  if (!args[key]) fail(`--${key} is required`);
}
if (!['chromium', 'firefox'].includes(args.browser)) fail(`unknown browser "${args.browser}"`);

// [file under node_modules, name under vendor/]: pinned in package.json / package-lock.json.
const VENDORED = [
  ['warcio/dist/index.all.js', 'warcio.js'], ['warcio/LICENSE', 'warcio.LICENSE.txt'],
  ['client-zip/index.js', 'client-zip.js'], ['client-zip/LICENSE.txt', 'client-zip.LICENSE.txt'],
];

const LICENCE_FILES = ['LICENSE', 'THIRD_PARTY_NOTICES'];

const sourceDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(args.out);
const identity = JSON.parse(fs.readFileSync(args['protocol-json'], 'utf8')).identity;

fs.rmSync(out, { recursive: true, force: true });
copyTree(path.join(sourceDir, 'src'), out, (rel) => !rel.startsWith(`platform${path.sep}`));
copyTree(path.join(sourceDir, 'src', 'platform', args.browser), path.join(out, 'platform'));
copyTree(path.join(sourceDir, '_locales'), path.join(out, '_locales'));
copyFile(args['protocol-js'], path.join(out, 'common', 'protocol.js'));
copyFile(args['core-client'], path.join(out, 'wasm', 'core-client.js'));
copyFile(args['wasm-glue'], path.join(out, 'wasm', 'takedown-core.mjs'));
copyFile(args['wasm-binary'], path.join(out, 'wasm', 'takedown-core.wasm'));
if (args['test-hooks']) copyTree(args['test-hooks'], path.join(out, 'test'));
// The project's licence and the notices of what the package ships (vendor/ below) sit at its root.
for (const name of LICENCE_FILES) copyFile(path.join(sourceDir, '..', name), path.join(out, name));
const nodeModules = path.resolve(args['node-modules'] ?? path.join(sourceDir, '..', 'node_modules'));
for (const [from, to] of VENDORED) {
  const file = path.join(nodeModules, from);
  if (!fs.existsSync(file)) fail(`${file} is missing: run scripts/bootstrap (npm ci) first`);
  copyFile(file, path.join(out, 'vendor', to));
}

const manifest = merge(readJson(path.join(sourceDir, 'manifest', 'base.json')),
                       readJson(path.join(sourceDir, 'manifest', `${args.browser}.json`)));
manifest.version = args.version;
if (args.browser === 'chromium') manifest.key = identity.chromium_public_key;
if (args.browser === 'firefox') manifest.browser_specific_settings.gecko.id = identity.firefox_addon_id;
if (args['test-hooks']) {
  if (manifest.background.service_worker) manifest.background.service_worker = 'test/background.js';
  if (manifest.background.scripts) manifest.background.scripts = ['test/background.js'];
}
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
console.log(`assembled ${args.browser} extension in ${out}`);

function readJson(file) {
  const value = JSON.parse(fs.readFileSync(file, 'utf8'));
  delete value.comment;
  return value;
}

// Objects merge key by key; arrays and scalars from the patch replace the base's. A key written
// "+name" appends its array to the base's "name" (one browser's extra permissions).
function merge(base, patch) {
  const result = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (key.startsWith('+')) {
      const name = key.slice(1);
      result[name] = [...(result[name] ?? []), ...value];
      continue;
    }
    const both = isObject(result[key]) && isObject(value);
    result[key] = both ? merge(result[key], value) : value;
  }
  return result;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function copyTree(from, to, keep = () => true) {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const rel = path.relative(from, file);
    if (keep(rel)) copyFile(file, path.join(to, rel));
  }
}

function copyFile(from, to) {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  fs.copyFileSync(from, to);
}

function fail(message) {
  console.error(`assemble: ${message}`);
  process.exit(2);
}

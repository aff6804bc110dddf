// Imports a backup made by backup-export.js. Everything is read and checked first (the zip's
// structure, every artifact's CRC-32 and SHA-256, every case's chain through the core's
// evidence.verify); only then is anything written, in one IndexedDB transaction, so a bad file
// changes nothing. A case already here with the same records (or more, continuing them) is
// skipped; a case with the same id but other records is refused: nothing is ever overwritten.
import { CHUNK_BYTES, caseRecordsRange, requestResult, transact } from './store.js';
import { readStoredZip, ZipReadError } from './zip-read.js';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-export.js';
import { redactedArtifacts } from './safe-case.js';

export class BackupError extends Error {
  // code: not_zip | unsupported | damaged | not_backup | newer | changed | conflict;
  // detail: what the page names (a case id, a record's seq, an artifact's hash).
  constructor(code, message, detail = {}) {
    super(message);
    this.name = 'BackupError';
    this.code = code;
    this.detail = detail;
  }
}

const MAX_BACKUP_JSON = 128 << 20;
const MAX_CASES = 10_000;
// evidence.verify takes at most 1 MiB of params and 10,000 records: long logs go in slices.
const VERIFY_SLICE_BYTES = 900 << 10;
const VERIFY_SLICE_RECORDS = 10_000;
const CASE_ID = /^[a-z0-9-]{1,64}$/;
const SHA256 = /^[0-9a-f]{64}$/;
const PROFILE_FIELDS = ['given_name', 'family_name', 'full_name', 'email', 'phone', 'street_address', 'postal_code', 'city',
  'country', 'signature_name', 'represented_name', 'acting_for', 'letter_language'];
// Settings kept in the profile as true/false (the options page).
const PROFILE_SWITCHES = ['notifications_detailed'];
const encoder = new TextEncoder();

// onProgress({ done, total }) in bytes checked. Resolves to a report:
// { added: [case ids], skipped: [case ids], records, artifacts, profileRestored }.
export async function importBackup({ api, core, file, onProgress = () => {} }) {
  const { backup, artifactEntries } = await readBackup(file);
  const checked = await checkArtifacts(core, backup, artifactEntries, onProgress);
  for (const { entry, records } of backup.cases) await verifyChain(core, entry.id, records, checked);
  const report = await writeAll(backup, checked);
  const { profile } = await api.storage.local.get('profile');
  report.profileRestored = false;
  if (backup.profile && !profile) {
    await api.storage.local.set({ profile: backup.profile });
    report.profileRestored = true;
  }
  return report;
}

async function readBackup(file) {
  let entries;
  try {
    entries = await readStoredZip(file);
  } catch (error) {
    if (error instanceof ZipReadError) throw new BackupError(error.code, error.message);
    throw error;
  }
  const json = entries.find((e) => e.name === 'backup.json');
  if (!json) throw new BackupError('not_backup', 'the zip holds no backup.json');
  if (json.size > MAX_BACKUP_JSON) throw new BackupError('unsupported', `backup.json is ${json.size} bytes; at most ${MAX_BACKUP_JSON} are read`);
  const artifactEntries = new Map();
  for (const entry of entries) {
    if (entry === json) continue;
    const match = /^artifacts\/([0-9a-f]{64})$/.exec(entry.name);
    if (!match) throw new BackupError('not_backup', `the zip holds "${entry.name}", which a Takedown backup does not`);
    artifactEntries.set(match[1], entry);
  }
  const bytes = new Uint8Array(await json.data.arrayBuffer());
  if (crc32Of(bytes) !== json.crc32) throw new BackupError('damaged', 'backup.json does not match its CRC-32');
  let backup;
  try {
    backup = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new BackupError('not_backup', 'backup.json is not JSON');
  }
  checkShape(backup, artifactEntries);
  return { backup, artifactEntries };
}

// A small table CRC for backup.json alone (artifacts go through the core's streaming CRC).
let crcTable = null;
function crc32Of(bytes) {
  crcTable ??= Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const notBackup = (why) => new BackupError('not_backup', `backup.json: ${why}`);

// The frame around the records; the records themselves are checked by the core (evidence.verify).
function checkShape(backup, artifactEntries) {
  if (!isObject(backup) || backup.format !== BACKUP_FORMAT) throw notBackup(`format is not "${BACKUP_FORMAT}"`);
  if (!Number.isInteger(backup.version) || backup.version < 1) throw notBackup('version is not a positive integer');
  if (backup.version > BACKUP_VERSION) throw new BackupError('newer', `the backup is version ${backup.version}; this Takedown reads version ${BACKUP_VERSION}`);
  if (!Array.isArray(backup.cases) || backup.cases.length > MAX_CASES) throw notBackup(`cases is not a list of at most ${MAX_CASES}`);
  if (!Array.isArray(backup.artifacts)) throw notBackup('artifacts is not a list');
  if (backup.profile !== null && backup.profile !== undefined) backup.profile = checkProfile(backup.profile);
  const ids = new Set();
  for (const [i, item] of backup.cases.entries()) {
    const entry = item?.entry;
    if (!isObject(entry) || typeof entry.id !== 'string' || !CASE_ID.test(entry.id)) throw notBackup(`cases[${i}].entry.id is not a case id`);
    if (typeof entry.created_utc !== 'string' || entry.created_utc.length > 64) throw notBackup(`cases[${i}].entry.created_utc is not a time`);
    if (typeof entry.title !== 'string' || entry.title.length > 300) throw notBackup(`cases[${i}].entry.title is not a title`);
    if (ids.has(entry.id)) throw notBackup(`case ${entry.id} is there twice`);
    ids.add(entry.id);
    if (!Array.isArray(item.records)) throw notBackup(`cases[${i}].records is not a list`);
    for (const [j, record] of item.records.entries()) {
      if (!isObject(record) || record.case !== entry.id) throw notBackup(`cases[${i}].records[${j}] belongs to another case`);
    }
    item.entry = { id: entry.id, created_utc: entry.created_utc, title: entry.title };
  }
  const listed = new Set();
  for (const [i, artifact] of backup.artifacts.entries()) {
    if (!isObject(artifact) || !SHA256.test(artifact.sha256 ?? '') || !Number.isSafeInteger(artifact.size) || typeof artifact.mime !== 'string') {
      throw notBackup(`artifacts[${i}] is not {sha256, size, mime}`);
    }
    if (!artifactEntries.has(artifact.sha256)) {
      throw new BackupError('changed', `the file of artifact ${artifact.sha256} is missing from the zip`, { artifact: artifact.sha256 });
    }
    listed.add(artifact.sha256);
  }
  for (const sha256 of artifactEntries.keys()) {
    if (!listed.has(sha256)) throw notBackup(`artifacts/${sha256} is not listed in backup.json`);
  }
}

function checkProfile(profile) {
  if (!isObject(profile)) throw notBackup('profile is not an object');
  const kept = {};
  for (const name of PROFILE_FIELDS) {
    const value = profile[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string' || value.length > 1000) throw notBackup(`profile.${name} is not a short text`);
    kept[name] = value;
  }
  for (const name of PROFILE_SWITCHES) {
    const value = profile[name];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean') throw notBackup(`profile.${name} is not true or false`);
    if (value) kept[name] = true;
  }
  return kept;
}

// Reads every artifact once, computing its CRC-32 (is the zip intact?) and SHA-256 (is it the
// artifact its name says?). Resolves to Map sha256 -> { size, mime, data }.
async function checkArtifacts(core, backup, artifactEntries, onProgress) {
  const total = backup.artifacts.reduce((sum, a) => sum + a.size, 0);
  let done = 0;
  onProgress({ done, total });
  const checked = new Map();
  for (const { sha256, size, mime } of backup.artifacts) {
    const entry = artifactEntries.get(sha256);
    if (entry.size !== size) throw new BackupError('changed', `artifact ${sha256} is ${entry.size} bytes, the backup says ${size}`, { artifact: sha256 });
    const hasher = await core.createSha256();
    const crc = await core.createCrc32();
    for (let at = 0; at < entry.size; at += CHUNK_BYTES) {
      const bytes = new Uint8Array(await entry.data.slice(at, at + CHUNK_BYTES).arrayBuffer());
      hasher.update(bytes);
      crc.update(bytes);
      done += bytes.length;
      onProgress({ done, total });
    }
    const hashed = hasher.digestHex();
    if (crc.value() !== entry.crc32) throw new BackupError('damaged', `artifacts/${sha256} does not match its CRC-32`, { artifact: sha256 });
    if (hashed !== sha256) throw new BackupError('changed', `artifacts/${sha256} has been changed: its bytes hash to ${hashed}`, { artifact: sha256 });
    checked.set(sha256, { size, mime, data: entry.data });
  }
  return checked;
}

// The core checks the chain in slices that fit its input limit, each continuing from the last.
async function verifyChain(core, caseId, records, checked) {
  let prev = null;
  // Redactions (files removed on purpose) made by a record in a later slice: each slice is told.
  const redactions = [...redactedArtifacts(records).entries()].map(([key, r]) => {
    const cut = key.indexOf('/');
    return { seq: Number(key.slice(0, cut)), name: key.slice(cut + 1), sha256: r.sha256, by_seq: r.by_seq, reason: typeof r.reason === 'string' ? r.reason.slice(0, 64) : '' };
  }).filter((r) => Number.isInteger(r.seq) && r.seq >= 0 && r.name.length > 0 && r.name.length <= 128 && /^[0-9a-f]{64}$/.test(r.sha256 ?? '') && Number.isInteger(r.by_seq));
  for (let start = 0; start < records.length;) {
    const slice = [];
    const artifacts = {};
    let bytes = 0;
    while (start + slice.length < records.length && slice.length < VERIFY_SLICE_RECORDS) {
      const record = records[start + slice.length];
      const named = (Array.isArray(record.artifacts) ? record.artifacts : []).map((a) => a?.sha256).filter((h) => typeof h === 'string');
      const size = encoder.encode(JSON.stringify(record)).length + named.length * 200;
      if (slice.length > 0 && bytes + size > VERIFY_SLICE_BYTES) break;
      slice.push(record);
      bytes += size;
      for (const sha256 of named) {
        const found = checked.get(sha256);
        artifacts[sha256] = found ? { size: found.size, sha256 } : null;
      }
    }
    const last = slice.at(-1)?.seq;
    const later = redactions.filter((r) => Number.isInteger(last) && r.by_seq > last);
    const params = { records: slice, artifacts, ...(prev ? { prev } : {}), ...(later.length ? { later_redactions: later } : {}) };
    const result = await core.call('evidence.verify', params);
    if (!result.ok) {
      const problem = result.first_problem;
      throw new BackupError('changed', `case ${caseId}: ${problem.message}`, { caseId, seq: problem.seq, kind: problem.kind });
    }
    prev = result.head;
    start += slice.length;
  }
}

// One transaction: cases and records added, artifacts stored once (an artifact already here is
// kept as it is). A conflict aborts the transaction, so nothing of this backup is written.
async function writeAll(backup, checked) {
  const report = { added: [], skipped: [], records: 0, artifacts: 0 };
  const wanted = new Set();
  await transact(['cases', 'records', 'artifacts', 'chunks'], 'readwrite', async (s) => {
    for (const { entry, records } of backup.cases) {
      const existing = await requestResult(s.cases.get(entry.id));
      if (existing) {
        const here = await requestResult(s.records.getAll(caseRecordsRange(entry.id)));
        const continues = records.length <= here.length && records.every((r, i) => r.hash === here[i].hash);
        if (!continues) {
          throw new BackupError('conflict', `case ${entry.id} is already here with other records`, { caseId: entry.id, title: existing.title || entry.title });
        }
        report.skipped.push(entry.id);
        continue;
      }
      s.cases.add(entry);
      for (const record of records) s.records.add(record);
      for (const record of records) for (const a of record.artifacts ?? []) wanted.add(a.sha256);
      report.added.push(entry.id);
      report.records += records.length;
    }
    for (const sha256 of wanted) {
      if (await requestResult(s.artifacts.get(sha256))) continue;
      const { size, mime, data } = checked.get(sha256);
      const upload = `import-${Date.now().toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(36)}-${report.artifacts}`;
      const chunks = Math.ceil(size / CHUNK_BYTES);
      s.artifacts.add({ sha256, size, mime, upload, chunks });
      for (let index = 0; index < chunks; index++) s.chunks.add({ upload, index, blob: data.slice(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES) });
      report.artifacts += 1;
    }
  });
  return report;
}

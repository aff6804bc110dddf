// Reads a stored (uncompressed) zip such as common/zip.js writes, from a Blob or File, without
// loading it whole: the central directory is parsed and checked, every local header is checked
// against it, and each entry comes back as a Blob slice of its bytes. The CRC-32 of an entry is
// returned, not checked: the caller checks it while it reads the bytes anyway (for SHA-256).
// Anything this reader does not understand is refused with a code, never guessed at.
export class ZipReadError extends Error {
  constructor(code, message) {
    super(message);
    this.name = 'ZipReadError';
    this.code = code;   // not_zip | unsupported | damaged
  }
}

const END_SIZE = 22;
const MAX_COMMENT = 0xffff;
const MAX_CENTRAL_BYTES = 64 << 20;
const decoder = new TextDecoder('utf-8', { fatal: true });

const bytesOf = async (blob, start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer());

// Resolves to [{ name, size, crc32, data: Blob }] in the order of the central directory.
export async function readStoredZip(blob, { maxEntries = 100_000 } = {}) {
  const end = await findEnd(blob);
  const entries = await readCentral(blob, end, maxEntries);
  const names = new Set();
  for (const entry of entries) {
    if (names.has(entry.name)) throw new ZipReadError('damaged', `the zip holds "${entry.name}" twice`);
    names.add(entry.name);
  }
  // Every entry's bytes must lie before the central directory and apart from every other entry's.
  const byOffset = [...entries].sort((a, b) => a.offset - b.offset);
  let free = 0;
  for (const entry of byOffset) {
    if (entry.offset < free) throw new ZipReadError('damaged', `"${entry.name}" overlaps the entry before it`);
    const start = await checkLocalHeader(blob, entry);
    free = start + entry.size;
    if (free > end.centralOffset) throw new ZipReadError('damaged', `"${entry.name}" runs past the end of its data`);
    entry.data = blob.slice(start, free);
  }
  return entries.map(({ name, size, crc32, data }) => ({ name, size, crc32, data }));
}

// The end-of-central-directory record: the last 22 bytes, or further back when a comment follows.
async function findEnd(blob) {
  if (blob.size < END_SIZE) throw new ZipReadError('not_zip', 'the file is too short to be a zip');
  const from = Math.max(0, blob.size - END_SIZE - MAX_COMMENT);
  const tail = await bytesOf(blob, from, blob.size);
  const view = new DataView(tail.buffer);
  for (let at = tail.length - END_SIZE; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    if (at + END_SIZE + view.getUint16(at + 20, true) !== tail.length) continue;
    const disk = view.getUint16(at + 4, true);
    const centralDisk = view.getUint16(at + 6, true);
    const onDisk = view.getUint16(at + 8, true);
    const count = view.getUint16(at + 10, true);
    const centralSize = view.getUint32(at + 12, true);
    const centralOffset = view.getUint32(at + 16, true);
    if (disk !== 0 || centralDisk !== 0 || onDisk !== count) throw new ZipReadError('unsupported', 'the zip is split into parts');
    if (count === 0xffff || centralSize === 0xffffffff || centralOffset === 0xffffffff) {
      throw new ZipReadError('unsupported', 'the zip uses the Zip64 format');
    }
    const position = from + at;
    if (centralOffset + centralSize > position) throw new ZipReadError('damaged', 'the central directory lies outside the file');
    if (centralSize > MAX_CENTRAL_BYTES) throw new ZipReadError('unsupported', 'the zip\'s central directory is too large');
    return { count, centralSize, centralOffset };
  }
  throw new ZipReadError('not_zip', 'no end of central directory: the file is not a zip, or it is cut off');
}

async function readCentral(blob, { count, centralSize, centralOffset }, maxEntries) {
  if (count > maxEntries) throw new ZipReadError('unsupported', `the zip holds ${count} entries; at most ${maxEntries} are read`);
  const central = await bytesOf(blob, centralOffset, centralOffset + centralSize);
  const view = new DataView(central.buffer);
  const entries = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > central.length || view.getUint32(at, true) !== 0x02014b50) {
      throw new ZipReadError('damaged', `central directory entry ${i} is damaged`);
    }
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > central.length) throw new ZipReadError('damaged', `central directory entry ${i} runs past its end`);
    const nameBytes = central.slice(at + 46, at + 46 + nameLength);
    const name = decodeName(nameBytes, i);
    if (flags & 0x0001) throw new ZipReadError('unsupported', `"${name}" is encrypted`);
    if (method !== 0) throw new ZipReadError('unsupported', `"${name}" is compressed; only stored entries are read`);
    if (flags & 0x0008) throw new ZipReadError('unsupported', `"${name}" keeps its sizes after its data`);
    if (compressed !== size) throw new ZipReadError('damaged', `"${name}" has two different sizes`);
    entries.push({ name, nameBytes, size, crc32, offset });
    at = next;
  }
  if (at !== central.length) throw new ZipReadError('damaged', 'the central directory holds more than its entries');
  return entries;
}

function decodeName(bytes, index) {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ZipReadError('damaged', `the name of entry ${index} is not UTF-8`);
  }
}

// Checks that the local header agrees with the central directory; resolves to where the data starts.
async function checkLocalHeader(blob, entry) {
  const header = await bytesOf(blob, entry.offset, entry.offset + 30);
  const view = new DataView(header.buffer);
  if (header.length < 30 || view.getUint32(0, true) !== 0x04034b50) throw new ZipReadError('damaged', `the header of "${entry.name}" is damaged`);
  const nameLength = view.getUint16(26, true);
  const extraLength = view.getUint16(28, true);
  const sameFacts = view.getUint16(8, true) === 0 && view.getUint32(14, true) === entry.crc32
    && view.getUint32(18, true) === entry.size && view.getUint32(22, true) === entry.size;
  const name = await bytesOf(blob, entry.offset + 30, entry.offset + 30 + nameLength);
  const sameName = name.length === entry.nameBytes.length && name.every((byte, i) => byte === entry.nameBytes[i]);
  if (!sameFacts || !sameName) throw new ZipReadError('damaged', `the header of "${entry.name}" does not match the zip's directory`);
  return entry.offset + 30 + nameLength + extraLength;
}

// A zip archive (stored, not compressed: media do not compress and hashes stay easy to check) built
// as a Blob from parts, so stored Blobs are referenced rather than copied into memory. Sizes up to
// 4 GiB per file and in total (no Zip64); names are UTF-8.
const encoder = new TextEncoder();

// entries: [{ path, blobs: [Blob...] }]; crc32: async (blobs) => uint32; at: Date (for the entries' time).
export async function zipBlob(entries, crc32, at = new Date()) {
  const parts = [];
  const central = [];
  let offset = 0;
  const { time, date } = dosDateTime(at);
  for (const entry of entries) {
    const name = encoder.encode(entry.path);
    const size = entry.blobs.reduce((sum, blob) => sum + blob.size, 0);
    if (size >= 2 ** 32 || offset >= 2 ** 32) throw new Error(`${entry.path}: the dossier is larger than 4 GiB, which this zip writer does not support`);
    const crc = await crc32(entry.blobs);
    const local = header(30 + name.length, [
      [4, 0x04034b50], [2, 20], [2, 0x0800], [2, 0], [2, time], [2, date], [4, crc], [4, size], [4, size], [2, name.length], [2, 0],
    ]);
    local.set(name, 30);
    parts.push(local, ...entry.blobs);
    const record = header(46 + name.length, [
      [4, 0x02014b50], [2, 20], [2, 20], [2, 0x0800], [2, 0], [2, time], [2, date], [4, crc], [4, size], [4, size],
      [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, offset],
    ]);
    record.set(name, 46);
    central.push(record);
    offset += local.length + size;
  }
  const centralSize = central.reduce((sum, part) => sum + part.length, 0);
  const end = header(22, [[4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, centralSize], [4, offset], [2, 0]]);
  return new Blob([...parts, ...central, end], { type: 'application/zip' });
}

function header(length, fields) {
  const bytes = new Uint8Array(length);
  const view = new DataView(bytes.buffer);
  let at = 0;
  for (const [width, value] of fields) {
    if (width === 2) view.setUint16(at, value, true);
    else view.setUint32(at, value >>> 0, true);
    at += width;
  }
  return bytes;
}

// MS-DOS time and date fields, in UTC so the same export gives the same archive anywhere.
function dosDateTime(at) {
  const year = Math.max(1980, at.getUTCFullYear());
  return {
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | Math.floor(at.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
  };
}

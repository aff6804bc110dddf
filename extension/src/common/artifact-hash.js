// Streams stored Blobs through the wasm core's hash functions, one chunk in memory at a time.
export async function sha256OfBlobs(core, blobs) {
  const hasher = await core.createSha256();
  for (const blob of blobs) hasher.update(new Uint8Array(await blob.arrayBuffer()));
  return hasher.digestHex();
}

export async function crc32OfBlobs(core, blobs) {
  const crc = await core.createCrc32();
  for (const blob of blobs) crc.update(new Uint8Array(await blob.arrayBuffer()));
  return crc.value();
}

#ifndef TAKEDOWN_CORE_C_API_H
#define TAKEDOWN_CORE_C_API_H
/* The plain C ABI over takedown::core::call, exported from the wasm module and usable natively. */
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Runs a core method. `method` and `params` are UTF-8 byte ranges (not necessarily NUL-terminated).
 * Returns a malloc'd, NUL-terminated UTF-8 JSON envelope that the caller releases with
 * takedown_free; returns NULL only when memory for the answer itself cannot be allocated. */
char* takedown_call(const char* method, size_t method_len, const char* params, size_t params_len);

/* Releases an answer of takedown_call. NULL is allowed. */
void takedown_free(char* answer);

/* Streaming SHA-256 (FIPS 180-4) over raw bytes, for artifacts of any size: create, feed byte
 * ranges of any length in order, then take the digest. No JSON, no copies beyond the caller's.
 *   takedown_sha256* h = takedown_sha256_new();           NULL only when out of memory
 *   takedown_sha256_update(h, bytes, n);                  any number of times, any n (n = 0 is fine)
 *   takedown_sha256_final(h, digest);                     writes 32 bytes and releases h
 * takedown_sha256_free releases a hasher without a digest (an abandoned upload). Passing NULL as
 * the hasher is a no-op everywhere; `data` may be NULL only when `size` is 0. */
typedef struct takedown_sha256 takedown_sha256;
takedown_sha256* takedown_sha256_new(void);
void takedown_sha256_update(takedown_sha256* hasher, const uint8_t* data, size_t size);
void takedown_sha256_final(takedown_sha256* hasher, uint8_t digest[32]);
void takedown_sha256_free(takedown_sha256* hasher);

/* CRC-32 as zip writes it (polynomial 0xEDB88320, pre- and post-inverted). Start with crc = 0
 * and pass each result back in for the next range: update(update(0, a), b) == update(0, a+b). */
uint32_t takedown_crc32_update(uint32_t crc, const uint8_t* data, size_t size);

/* PDQ perceptual hash of raw pixels (row-major, tightly packed): `channels` is 1 (grey), 3 (RGB)
 * or 4 (RGBA; alpha is ignored, so composite first). Writes 260 bytes to `out`: the quality
 * (0..100) as a little-endian int32, then the 8 dihedral hashes (orig, rot90, rot180, rot270,
 * flipx, flipy, flipplus1, flipminus1), each 32 bytes in the order of its hex form.
 * Returns 0, or 1 when the arguments do not describe a buffer of that size (or it is over
 * 64 Mi pixels), or 2 when memory ran out. Under 5 pixels on a side: zeros, quality 0. */
#define TAKEDOWN_PDQ_OUT_BYTES 260
int takedown_pdq_hash(const uint8_t* pixels, size_t size, uint32_t width, uint32_t height, uint32_t channels,
                      uint8_t out[TAKEDOWN_PDQ_OUT_BYTES]);

/* The PDQ variants kept for one picture (docs/pdq.md, "Variants"): the image as given ("full"),
 * inside uniform borders ("trimmed"), without a caption bar ("uncaptioned") and, for role 0 (a
 * reference: a captured picture), centre crops ("crop_96", "crop_92", "crop_88"); role 1 is a
 * candidate (a picture seen on a page). Pixels as for takedown_pdq_hash. Writes `*count` records
 * (at most TAKEDOWN_PDQ_MAX_VARIANTS), each TAKEDOWN_PDQ_VARIANT_BYTES: the name (ASCII, padded
 * with NULs to 16 bytes), then the 260 bytes takedown_pdq_hash writes for that variant.
 * Returns 0, 1 (bad arguments, as takedown_pdq_hash, or a role other than 0 and 1) or 2 (no memory). */
#define TAKEDOWN_PDQ_MAX_VARIANTS 8
#define TAKEDOWN_PDQ_VARIANT_BYTES (16 + TAKEDOWN_PDQ_OUT_BYTES)
int takedown_pdq_fingerprint(const uint8_t* pixels, size_t size, uint32_t width, uint32_t height, uint32_t channels,
                             uint32_t role, uint8_t out[TAKEDOWN_PDQ_MAX_VARIANTS * TAKEDOWN_PDQ_VARIANT_BYTES],
                             uint32_t* count);

#ifdef __cplusplus
}
#endif
#endif

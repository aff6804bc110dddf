#include <takedown/core/c_api.h>
#include <takedown/core/call.hpp>

#include <cstdlib>
#include <algorithm>
#include <cstring>
#include <new>
#include <string_view>

#include "evidence/crc32.hpp"
#include "evidence/sha256.hpp"
#include "pdq/fingerprint.hpp"
#include "pdq/pdq.hpp"

struct takedown_sha256 {
  takedown::evidence::Sha256 state;
};

extern "C" char* takedown_call(const char* method, size_t method_len, const char* params, size_t params_len) {
  const std::string_view method_text = method != nullptr ? std::string_view(method, method_len) : std::string_view();
  const std::string_view params_text = params != nullptr ? std::string_view(params, params_len) : std::string_view();
  const std::string answer = takedown::core::call(method_text, params_text);
  auto* out = static_cast<char*>(std::malloc(answer.size() + 1));
  if (out == nullptr) return nullptr;
  std::memcpy(out, answer.c_str(), answer.size() + 1);
  return out;
}

extern "C" void takedown_free(char* answer) { std::free(answer); }

extern "C" takedown_sha256* takedown_sha256_new(void) { return new (std::nothrow) takedown_sha256; }

extern "C" void takedown_sha256_update(takedown_sha256* hasher, const uint8_t* data, size_t size) {
  if (hasher == nullptr || data == nullptr) return;
  hasher->state.update(data, size);
}

extern "C" void takedown_sha256_final(takedown_sha256* hasher, uint8_t digest[32]) {
  if (hasher == nullptr) return;
  const auto result = hasher->state.finish();
  if (digest != nullptr) std::memcpy(digest, result.data(), result.size());
  delete hasher;
}

extern "C" void takedown_sha256_free(takedown_sha256* hasher) { delete hasher; }

extern "C" uint32_t takedown_crc32_update(uint32_t crc, const uint8_t* data, size_t size) {
  if (data == nullptr) return crc;
  return takedown::evidence::crc32_update(crc, data, size);
}

namespace {

// The 260-byte form of one PDQ result: quality (int32 LE), then the 8 dihedral hashes.
void write_pdq(const takedown::pdq::Result& result, uint8_t* out) {
  const auto quality = static_cast<uint32_t>(result.quality);
  for (int i = 0; i < 4; ++i) out[i] = static_cast<uint8_t>(quality >> (8 * i));
  for (std::size_t x = 0; x < result.hashes.size(); ++x) {
    const auto bytes = takedown::pdq::to_bytes(result.hashes[x]);
    std::memcpy(out + 4 + 32 * x, bytes.data(), bytes.size());
  }
}

}  // namespace

extern "C" int takedown_pdq_hash(const uint8_t* pixels, size_t size, uint32_t width, uint32_t height, uint32_t channels,
                                 uint8_t out[TAKEDOWN_PDQ_OUT_BYTES]) {
  if (pixels == nullptr || out == nullptr || !takedown::pdq::pixels_fit(size, width, height, channels)) return 1;
  try {
    write_pdq(takedown::pdq::hash_pixels({pixels, size}, width, height, channels), out);
    return 0;
  } catch (const std::bad_alloc&) {
    return 2;
  }
}

extern "C" int takedown_pdq_fingerprint(const uint8_t* pixels, size_t size, uint32_t width, uint32_t height,
                                        uint32_t channels, uint32_t role,
                                        uint8_t out[TAKEDOWN_PDQ_MAX_VARIANTS * TAKEDOWN_PDQ_VARIANT_BYTES],
                                        uint32_t* count) {
  if (pixels == nullptr || out == nullptr || count == nullptr || role > 1 ||
      !takedown::pdq::pixels_fit(size, width, height, channels)) {
    return 1;
  }
  static_assert(takedown::pdq::max_fingerprint_variants <= TAKEDOWN_PDQ_MAX_VARIANTS);
  try {
    const auto variants = takedown::pdq::fingerprint({{pixels, size}, width, height, channels},
                                                     role == 0 ? takedown::pdq::Role::reference : takedown::pdq::Role::candidate);
    for (std::size_t i = 0; i < variants.size(); ++i) {
      uint8_t* record = out + i * TAKEDOWN_PDQ_VARIANT_BYTES;
      std::memset(record, 0, 16);
      std::memcpy(record, variants[i].name.data(), std::min<std::size_t>(variants[i].name.size(), 15));
      write_pdq(variants[i].result, record + 16);
    }
    *count = static_cast<uint32_t>(variants.size());
    return 0;
  } catch (const std::bad_alloc&) {
    return 2;
  }
}

#pragma once
// SHA-256 (FIPS 180-4), streaming: feed byte ranges of any size with update(), then finish().
// Used for every artifact (in wasm, through takedown_sha256_*) and for every record's hash.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace takedown::evidence {

using Sha256Digest = std::array<std::uint8_t, 32>;

class Sha256 {
 public:
  Sha256() noexcept { reset(); }

  void reset() noexcept;
  void update(const std::uint8_t* data, std::size_t size) noexcept;
  void update(std::string_view bytes) noexcept {
    update(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  // Pads the message, returns its digest and resets, so the object can start a new message.
  Sha256Digest finish() noexcept;

 private:
  std::array<std::uint32_t, 8> state_{};
  std::array<std::uint8_t, 64> block_{};  // a partial block waiting for more bytes
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;  // message bytes so far (the padding holds it in bits, mod 2^64)
};

Sha256Digest sha256(std::string_view bytes) noexcept;
// Lowercase hex, the only spelling records, manifests and the protocol use.
std::string to_hex(const Sha256Digest& digest);
std::string sha256_hex(std::string_view bytes);
// 64 lowercase hex digits.
bool is_sha256_hex(std::string_view text) noexcept;

}  // namespace takedown::evidence

#pragma once
// A 256-bit PDQ hash: bit k is bit (k % 16) of word k / 16, as the reference stores it. Its hex form
// prints word 15 first, four digits per word, so bit 0 is the lowest bit of the last digit.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::pdq {

struct Hash256 {
  std::array<std::uint16_t, 16> words{};

  void set_bit(int k) { words[static_cast<std::size_t>(k >> 4)] |= static_cast<std::uint16_t>(1u << (k & 15)); }
  bool operator==(const Hash256&) const = default;
};

// 64 lowercase hex digits.
std::string to_hex(const Hash256& hash);
// Reads 64 hex digits (either case); nothing else is accepted.
std::optional<Hash256> from_hex(std::string_view text);
// The hex form's bytes: 32 bytes, first byte = the first two hex digits.
std::array<std::uint8_t, 32> to_bytes(const Hash256& hash);

int hamming_distance(const Hash256& a, const Hash256& b);

}  // namespace takedown::pdq

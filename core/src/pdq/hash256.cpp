#include "hash256.hpp"

#include <bit>

namespace takedown::pdq {

std::string to_hex(const Hash256& hash) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(64);
  for (std::size_t w = 16; w-- > 0;) {
    for (int shift = 12; shift >= 0; shift -= 4) out.push_back(digits[(hash.words[w] >> shift) & 0xF]);
  }
  return out;
}

std::optional<Hash256> from_hex(std::string_view text) {
  if (text.size() != 64) return std::nullopt;
  Hash256 hash;
  for (std::size_t i = 0; i < 64; ++i) {
    const char c = text[i];
    int value = 0;
    if (c >= '0' && c <= '9') value = c - '0';
    else if (c >= 'a' && c <= 'f') value = c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') value = c - 'A' + 10;
    else return std::nullopt;
    const std::size_t word = 15 - i / 4;
    hash.words[word] = static_cast<std::uint16_t>(hash.words[word] | (value << (12 - 4 * static_cast<int>(i % 4))));
  }
  return hash;
}

std::array<std::uint8_t, 32> to_bytes(const Hash256& hash) {
  std::array<std::uint8_t, 32> out{};
  for (std::size_t i = 0; i < 16; ++i) {
    const std::uint16_t word = hash.words[15 - i];
    out[2 * i] = static_cast<std::uint8_t>(word >> 8);
    out[2 * i + 1] = static_cast<std::uint8_t>(word & 0xFF);
  }
  return out;
}

int hamming_distance(const Hash256& a, const Hash256& b) {
  int distance = 0;
  for (std::size_t i = 0; i < 16; ++i) distance += std::popcount(static_cast<unsigned>(a.words[i] ^ b.words[i]));
  return distance;
}

}  // namespace takedown::pdq

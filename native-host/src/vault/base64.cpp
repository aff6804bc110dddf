#include "vault/base64.hpp"

#include <array>
#include <cstdint>

namespace takedown::host::vault {
namespace {

constexpr std::string_view base64_alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr std::uint8_t not_base64 = 0xff;

constexpr std::array<std::uint8_t, 256> decoding_table() {
  std::array<std::uint8_t, 256> table{};
  table.fill(not_base64);
  for (std::size_t i = 0; i < base64_alphabet.size(); ++i) {
    table[static_cast<unsigned char>(base64_alphabet[i])] = static_cast<std::uint8_t>(i);
  }
  return table;
}

constexpr auto sextets = decoding_table();

std::uint8_t sextet(char c) { return sextets[static_cast<unsigned char>(c)]; }

std::size_t padding_of(std::string_view text) {
  if (text.empty() || text.back() != '=') return 0;
  return text[text.size() - 2] == '=' ? 2 : 1;
}

}  // namespace

std::string encode_base64(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    const std::size_t left = bytes.size() - i;
    std::uint32_t n = static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes[i])) << 16;
    if (left > 1) n |= static_cast<std::uint32_t>(static_cast<std::uint8_t>(bytes[i + 1])) << 8;
    if (left > 2) n |= static_cast<std::uint8_t>(bytes[i + 2]);
    out += base64_alphabet[(n >> 18) & 63];
    out += base64_alphabet[(n >> 12) & 63];
    out += left > 1 ? base64_alphabet[(n >> 6) & 63] : '=';
    out += left > 2 ? base64_alphabet[n & 63] : '=';
  }
  return out;
}

std::optional<std::size_t> base64_decoded_size(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  return text.size() / 4 * 3 - padding_of(text);
}

std::optional<std::size_t> decode_base64_into(std::string_view text, char* out) {
  if (text.size() % 4 != 0) return std::nullopt;
  const std::size_t padding = padding_of(text);
  const std::size_t full_groups = text.size() / 4 - (padding > 0 ? 1 : 0);
  const char* in = text.data();
  char* const start = out;
  // The hot loop: four table lookups per three bytes; a character outside the alphabet (or a "="
  // before the last group) maps to 0xff and fails the whole text.
  for (std::size_t g = 0; g < full_groups; ++g, in += 4, out += 3) {
    const std::uint32_t a = sextet(in[0]), b = sextet(in[1]), c = sextet(in[2]), d = sextet(in[3]);
    if ((a | b | c | d) > 63) return std::nullopt;
    const std::uint32_t group = a << 18 | b << 12 | c << 6 | d;
    out[0] = static_cast<char>(group >> 16);
    out[1] = static_cast<char>(group >> 8);
    out[2] = static_cast<char>(group);
  }
  if (padding > 0) {
    const std::uint32_t a = sextet(in[0]), b = sextet(in[1]), c = padding == 2 ? 0 : sextet(in[2]);
    if ((a | b | c) > 63) return std::nullopt;
    const std::uint32_t group = a << 18 | b << 12 | c << 6;
    // Canonical: the bits a padded group leaves over must be zero, so one text means one byte string.
    if ((padding == 1 && (group & 0xff) != 0) || (padding == 2 && (group & 0xffff) != 0)) return std::nullopt;
    *out++ = static_cast<char>(group >> 16);
    if (padding == 1) *out++ = static_cast<char>(group >> 8);
  }
  return static_cast<std::size_t>(out - start);
}

std::optional<std::string> decode_base64(std::string_view text) {
  if (text.size() % 4 != 0) return std::nullopt;
  std::string bytes(text.size() / 4 * 3, '\0');
  const auto written = decode_base64_into(text, bytes.data());
  if (!written) return std::nullopt;
  bytes.resize(*written);
  return bytes;
}

}  // namespace takedown::host::vault

#include "sha256.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace takedown::evidence {
namespace {

// FIPS 180-4 §4.2.2: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
constexpr std::array<std::uint32_t, 64> k = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

// §5.3.3: the first 32 bits of the fractional parts of the square roots of the first 8 primes.
constexpr std::array<std::uint32_t, 8> initial = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                                  0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

inline std::uint32_t load_be32(const std::uint8_t* p) noexcept {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

inline void store_be32(std::uint8_t* p, std::uint32_t v) noexcept {
  p[0] = static_cast<std::uint8_t>(v >> 24);
  p[1] = static_cast<std::uint8_t>(v >> 16);
  p[2] = static_cast<std::uint8_t>(v >> 8);
  p[3] = static_cast<std::uint8_t>(v);
}

// §4.1.2 functions.
inline std::uint32_t big_sigma0(std::uint32_t x) noexcept { return std::rotr(x, 2) ^ std::rotr(x, 13) ^ std::rotr(x, 22); }
inline std::uint32_t big_sigma1(std::uint32_t x) noexcept { return std::rotr(x, 6) ^ std::rotr(x, 11) ^ std::rotr(x, 25); }
inline std::uint32_t small_sigma0(std::uint32_t x) noexcept { return std::rotr(x, 7) ^ std::rotr(x, 18) ^ (x >> 3); }
inline std::uint32_t small_sigma1(std::uint32_t x) noexcept { return std::rotr(x, 17) ^ std::rotr(x, 19) ^ (x >> 10); }
inline std::uint32_t choose(std::uint32_t x, std::uint32_t y, std::uint32_t z) noexcept { return z ^ (x & (y ^ z)); }
inline std::uint32_t majority(std::uint32_t x, std::uint32_t y, std::uint32_t z) noexcept { return (x & y) | (z & (x | y)); }

// One round of §6.2.2 step 3 without moving the eight working variables: the caller rotates the
// roles instead, so only d and h change.
inline void round(std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t& d, std::uint32_t e, std::uint32_t f,
                  std::uint32_t g, std::uint32_t& h, std::uint32_t k_plus_w) noexcept {
  const std::uint32_t t1 = h + big_sigma1(e) + choose(e, f, g) + k_plus_w;
  d += t1;
  h = t1 + big_sigma0(a) + majority(a, b, c);
}

// §6.2.2 for `count` consecutive 64-byte blocks.
void compress(std::array<std::uint32_t, 8>& state, const std::uint8_t* blocks, std::size_t count) noexcept {
  std::uint32_t w[64];
  for (; count > 0; --count, blocks += 64) {
    for (int t = 0; t < 16; ++t) w[t] = load_be32(blocks + 4 * t);
    for (int t = 16; t < 64; ++t) w[t] = small_sigma1(w[t - 2]) + w[t - 7] + small_sigma0(w[t - 15]) + w[t - 16];

    std::uint32_t a = state[0], b = state[1], c = state[2], d = state[3];
    std::uint32_t e = state[4], f = state[5], g = state[6], h = state[7];
    for (int t = 0; t < 64; t += 8) {
      round(a, b, c, d, e, f, g, h, k[t + 0] + w[t + 0]);
      round(h, a, b, c, d, e, f, g, k[t + 1] + w[t + 1]);
      round(g, h, a, b, c, d, e, f, k[t + 2] + w[t + 2]);
      round(f, g, h, a, b, c, d, e, k[t + 3] + w[t + 3]);
      round(e, f, g, h, a, b, c, d, k[t + 4] + w[t + 4]);
      round(d, e, f, g, h, a, b, c, k[t + 5] + w[t + 5]);
      round(c, d, e, f, g, h, a, b, k[t + 6] + w[t + 6]);
      round(b, c, d, e, f, g, h, a, k[t + 7] + w[t + 7]);
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }
}

}  // namespace

void Sha256::reset() noexcept {
  state_ = initial;
  buffered_ = 0;
  length_ = 0;
}

void Sha256::update(const std::uint8_t* data, std::size_t size) noexcept {
  if (size == 0) return;
  length_ += size;
  if (buffered_ > 0) {
    const std::size_t take = std::min(size, block_.size() - buffered_);
    std::memcpy(block_.data() + buffered_, data, take);
    buffered_ += take;
    data += take;
    size -= take;
    if (buffered_ < block_.size()) return;
    compress(state_, block_.data(), 1);
    buffered_ = 0;
  }
  // Whole blocks straight from the caller's memory, no copy.
  const std::size_t whole = size / 64;
  compress(state_, data, whole);
  data += whole * 64;
  size -= whole * 64;
  if (size > 0) {
    std::memcpy(block_.data(), data, size);
    buffered_ = size;
  }
}

Sha256Digest Sha256::finish() noexcept {
  // §5.1.1: a 1 bit, zeros up to 56 mod 64 bytes, then the length in bits as 64-bit big-endian.
  const std::uint64_t bits = length_ * 8;
  block_[buffered_++] = 0x80;
  if (buffered_ > 56) {
    std::fill(block_.begin() + static_cast<std::ptrdiff_t>(buffered_), block_.end(), std::uint8_t{0});
    compress(state_, block_.data(), 1);
    buffered_ = 0;
  }
  std::fill(block_.begin() + static_cast<std::ptrdiff_t>(buffered_), block_.begin() + 56, std::uint8_t{0});
  store_be32(block_.data() + 56, static_cast<std::uint32_t>(bits >> 32));
  store_be32(block_.data() + 60, static_cast<std::uint32_t>(bits));
  compress(state_, block_.data(), 1);

  Sha256Digest digest;
  for (std::size_t i = 0; i < state_.size(); ++i) store_be32(digest.data() + 4 * i, state_[i]);
  reset();
  return digest;
}

Sha256Digest sha256(std::string_view bytes) noexcept {
  Sha256 hasher;
  hasher.update(bytes);
  return hasher.finish();
}

std::string to_hex(const Sha256Digest& digest) {
  constexpr std::string_view digits = "0123456789abcdef";
  std::string out(digest.size() * 2, '0');
  for (std::size_t i = 0; i < digest.size(); ++i) {
    out[2 * i] = digits[digest[i] >> 4];
    out[2 * i + 1] = digits[digest[i] & 0x0F];
  }
  return out;
}

std::string sha256_hex(std::string_view bytes) { return to_hex(sha256(bytes)); }

bool is_sha256_hex(std::string_view text) noexcept {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace takedown::evidence

// CRC-32 (zip's) against known values, chained updates, and its C ABI.
#include "evidence/crc32.hpp"

#include <takedown/core/c_api.h>

#include <doctest/doctest.h>
#include <cstdint>
#include <string>

namespace crc32_test {  // one per file: the unity build joins test files

using takedown::evidence::crc32;
using takedown::evidence::crc32_update;

namespace {
const std::uint8_t* bytes_of(const std::string& s) { return reinterpret_cast<const std::uint8_t*>(s.data()); }
}  // namespace

TEST_CASE("known CRC-32 values") {
  CHECK(crc32("") == 0u);
  CHECK(crc32("123456789") == 0xCBF43926u);  // the standard check value of CRC-32/ISO-HDLC
  CHECK(crc32("The quick brown fox jumps over the lazy dog") == 0x414FA339u);
  CHECK(crc32(std::string(1'000'000, 'a')) == 0xDC25BFBCu);  // as zlib.crc32 computes it
}

TEST_CASE("chained updates over every split of a message equal one pass") {
  std::string message;
  for (int i = 0; i < 300; ++i) message += static_cast<char>((i * 31 + 7) % 251);
  const std::uint32_t whole = crc32(message);
  for (std::size_t split = 0; split <= message.size(); ++split) {
    CAPTURE(split);
    const std::uint32_t first = crc32_update(0, bytes_of(message), split);
    CHECK(crc32_update(first, bytes_of(message) + split, message.size() - split) == whole);
  }
}

TEST_CASE("a 1,000,003-byte pattern in odd pieces") {
  std::string bytes(1'000'003, '\0');
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<char>((i * 31 + 7) % 251);
  CHECK(crc32(bytes) == 0xAC01ADF2u);
  std::uint32_t crc = 0;
  for (std::size_t at = 0, step = 1; at < bytes.size(); at += step, step = step * 3 % 8191 + 1) {
    crc = crc32_update(crc, bytes_of(bytes) + at, std::min(step, bytes.size() - at));
  }
  CHECK(crc == 0xAC01ADF2u);
}

TEST_CASE("the C ABI: takedown_crc32_update chains, and NULL data changes nothing") {
  const std::string a = "12345";
  const std::string b = "6789";
  const std::uint32_t first = takedown_crc32_update(0, bytes_of(a), a.size());
  CHECK(takedown_crc32_update(first, bytes_of(b), b.size()) == 0xCBF43926u);
  CHECK(takedown_crc32_update(first, nullptr, 0) == first);
}

}  // namespace crc32_test

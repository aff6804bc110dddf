// SHA-256 against FIPS 180-4 / CAVP vectors, streaming in odd chunk sizes, and its C ABI.
#include "evidence/sha256.hpp"

#include <takedown/core/c_api.h>

#include <doctest/doctest.h>
#include <cstdint>
#include <string>
#include <vector>

namespace sha256_test {  // one per file: the unity build joins test files

using takedown::evidence::Sha256;
using takedown::evidence::sha256_hex;
using takedown::evidence::to_hex;

namespace {

// The same deterministic bytes the expected values were computed over (Python's hashlib).
std::string pattern(std::size_t size, unsigned mul, unsigned add, unsigned mod) {
  std::string out(size, '\0');
  for (std::size_t i = 0; i < size; ++i) out[i] = static_cast<char>((i * mul + add) % mod);
  return out;
}

std::string streamed(const std::string& bytes, const std::vector<std::size_t>& chunks) {
  Sha256 hasher;
  std::size_t at = 0;
  for (std::size_t i = 0; at < bytes.size(); ++i) {
    const std::size_t take = std::min(chunks[i % chunks.size()], bytes.size() - at);
    hasher.update(std::string_view(bytes).substr(at, take));
    at += take;
  }
  return to_hex(hasher.finish());
}

}  // namespace

TEST_CASE("FIPS 180-4 example messages") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // 448 bits: the padding's length field no longer fits in the message's block.
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrst"
                   "nopqrstu") == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

TEST_CASE("one million 'a', fed whole and in 1000-byte and 997-byte pieces") {
  const std::string million(1'000'000, 'a');
  const std::string expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
  CHECK(sha256_hex(million) == expected);
  CHECK(streamed(million, {1000}) == expected);
  CHECK(streamed(million, {997}) == expected);
}

TEST_CASE("CAVP short messages of one and two bytes") {
  CHECK(sha256_hex("\xd3") == "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1");
  CHECK(sha256_hex("\x11\xaf") == "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98");
}

TEST_CASE("lengths around the padding boundaries (55, 56, 63, 64, 65, 119, 120, 127, 128 bytes)") {
  const std::pair<std::size_t, const char*> cases[] = {
      {55, "16fa57a0a3423a715d594516339f36189d6b5f93754a9714fef202616a9fabfe"},
      {56, "c37b44e5f1b18554b36966f4f8e08bfbf3164c4b6c10374d12d89850892073c5"},
      {63, "bbba992d2c85af960fb2987a1fd05e0aa82a3db3c740dd8982a9e273b75e36a3"},
      {64, "66bd4633ed6f71c4ecfa4763bf7ba1c8ec7612de9aa6c0578a7b675207c71e0b"},
      {65, "9f7dc47107b750a1f3d35db5d9547f24ef40da5b731b9540d4f43710a154f6c9"},
      {119, "a3ed307b730fa77c07531300c6e4a282330011d4d4caf6bb7b63ae05950f4b66"},
      {120, "8e3b15d9fea7472655aa069620b7f8c2e55ee1499f763200a7515fe826e99d20"},
      {127, "44480fb9672845177f5368a08b69ea263275f2a5ec42e06a933370fe0d2968a4"},
      {128, "e462c130fef8c97e34f7dc3ff3ad2f8b3533ab849af21c10531552a2852387a4"},
  };
  for (const auto& [size, expected] : cases) {
    const auto input_size = size;  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(input_size);
    const std::string bytes = pattern(size, 7, 1, 256);
    CHECK(sha256_hex(bytes) == expected);
    CHECK(streamed(bytes, {1}) == expected);
    CHECK(streamed(bytes, {63, 2}) == expected);
  }
}

TEST_CASE("streaming across odd chunk sizes equals one shot") {
  const std::string bytes = pattern(1'000'003, 31, 7, 251);
  const std::string expected = "a79aaccf39831e39ad9382f03c515510dcde695830c65a91620160cbe434b410";
  REQUIRE(sha256_hex(bytes) == expected);
  const std::vector<std::vector<std::size_t>> plans = {
      {1}, {3}, {7}, {63}, {64}, {65}, {4097}, {1 << 20}, {1, 64, 127, 5, 65536, 13}, {0, 9}};
  for (const auto& plan : plans) {
    CAPTURE(plan.front());
    if (plan.front() == 0) {
      // Zero-length updates anywhere change nothing.
      Sha256 hasher;
      hasher.update("");
      hasher.update(std::string_view(bytes).substr(0, 9));
      hasher.update("");
      hasher.update(std::string_view(bytes).substr(9));
      CHECK(to_hex(hasher.finish()) == expected);
    } else {
      CHECK(streamed(bytes, plan) == expected);
    }
  }
}

TEST_CASE("finish resets the hasher for a new message") {
  Sha256 hasher;
  hasher.update("some bytes");
  (void)hasher.finish();
  hasher.update("abc");
  CHECK(to_hex(hasher.finish()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST_CASE("is_sha256_hex accepts only 64 lowercase hex digits") {
  using takedown::evidence::is_sha256_hex;
  CHECK(is_sha256_hex(sha256_hex("x")));
  CHECK_FALSE(is_sha256_hex(""));
  CHECK_FALSE(is_sha256_hex(std::string(63, 'a')));
  CHECK_FALSE(is_sha256_hex(std::string(65, 'a')));
  CHECK_FALSE(is_sha256_hex(std::string(64, 'A')));
  CHECK_FALSE(is_sha256_hex(std::string(63, 'a') + "g"));
}

TEST_CASE("the C ABI: new, update in pieces, final writes 32 bytes and releases") {
  const std::string message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
  takedown_sha256* hasher = takedown_sha256_new();
  REQUIRE(hasher != nullptr);
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(message.data());
  takedown_sha256_update(hasher, bytes, 5);
  takedown_sha256_update(hasher, bytes + 5, 0);
  takedown_sha256_update(hasher, nullptr, 0);
  takedown_sha256_update(hasher, bytes + 5, message.size() - 5);
  takedown::evidence::Sha256Digest digest{};
  takedown_sha256_final(hasher, digest.data());
  CHECK(to_hex(digest) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST_CASE("the C ABI tolerates NULL hashers and abandoned hashers") {
  takedown_sha256_update(nullptr, reinterpret_cast<const std::uint8_t*>("x"), 1);
  std::uint8_t digest[32] = {};
  takedown_sha256_final(nullptr, digest);
  takedown_sha256_free(nullptr);
  takedown_sha256* abandoned = takedown_sha256_new();
  REQUIRE(abandoned != nullptr);
  takedown_sha256_update(abandoned, reinterpret_cast<const std::uint8_t*>("x"), 1);
  takedown_sha256_free(abandoned);  // ASan's leak check proves it is released
}

}  // namespace sha256_test

// Resumable uploads: begin, chunks at the right offset only, resume after a break, commit checks.
#include <doctest/doctest.h>

#include "vault/base64.hpp"
#include "vault/core_bridge.hpp"
#include "vault/vault.hpp"
#include "vault_test_support.hpp"

namespace vault_upload_test {  // one per file: the unity build joins test files

namespace fs = std::filesystem;
using namespace takedown::host::vault;
using takedown::protocol::ErrorCode;
using test::TempDir;

namespace {

std::string bytes_of(std::size_t size) {
  std::string bytes(size, '\0');
  for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>((i * 131 + 7) % 251);
  return bytes;
}

}  // namespace

TEST_CASE("vault: an upload in chunks, resumed after a break, becomes a read-only blob") {
  TempDir dir;
  const std::string bytes = bytes_of(300000);
  const std::string sha256 = sha256_hex(bytes);
  {
    const Vault vault = Vault::open(dir.path / "vault");
    const UploadState fresh = vault.upload_begin(sha256, 300000);
    CHECK(fresh.offset == 0);
    CHECK_FALSE(fresh.complete);
    CHECK(vault.upload_chunk(sha256, 0, std::string_view(bytes).substr(0, 100000)) == 100000);
  }
  // A new process (the browser reconnected): begin again reports where to resume.
  const Vault vault = Vault::open(dir.path / "vault");
  const UploadState resumed = vault.upload_begin(sha256, 300000);
  CHECK(resumed.offset == 100000);
  try {
    vault.upload_chunk(sha256, 0, std::string_view(bytes).substr(0, 100000));
    FAIL("no error");
  } catch (const VaultError& e) {
    CHECK(e.code == ErrorCode::upload_offset);
    CHECK(std::string(e.what()).find("offset 100000") != std::string::npos);
  }
  CHECK(vault.upload_chunk(sha256, 100000, std::string_view(bytes).substr(100000)) == 300000);
  CHECK_FALSE(vault.has_blob(sha256));
  CHECK(vault.upload_commit(sha256) == 300000);
  CHECK(vault.has_blob(sha256));
  CHECK(test::read_file(vault.blob_path(sha256)) == bytes);
  CHECK_FALSE(fs::exists(vault.root() / "uploads" / (sha256 + ".part")));
  CHECK_FALSE(fs::exists(vault.root() / "uploads" / (sha256 + ".size")));
  // Committing again, or beginning again, finds the blob complete.
  CHECK(vault.upload_commit(sha256) == 300000);
  const UploadState done = vault.upload_begin(sha256, 300000);
  CHECK(done.complete);
  CHECK(done.offset == 300000);
}

TEST_CASE("vault: upload errors: no begin, past the size, wrong bytes, another size") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string bytes = bytes_of(1000);
  const std::string sha256 = sha256_hex(bytes);

  SUBCASE("a chunk without begin") {
    CHECK_THROWS_AS(vault.upload_chunk(sha256, 0, bytes), VaultError);
    CHECK_THROWS_AS(vault.upload_commit(sha256), VaultError);
  }
  SUBCASE("a chunk past the announced size") {
    vault.upload_begin(sha256, 999);
    try {
      vault.upload_chunk(sha256, 0, bytes);
      FAIL("no error");
    } catch (const VaultError& e) {
      CHECK(e.code == ErrorCode::invalid_params);
    }
    CHECK(vault.upload_begin(sha256, 999).offset == 0);
  }
  SUBCASE("bytes that do not hash to the sha256: the part is deleted") {
    vault.upload_begin(sha256, 1000);
    std::string wrong = bytes;
    wrong[500] ^= 1;
    vault.upload_chunk(sha256, 0, wrong);
    try {
      vault.upload_commit(sha256);
      FAIL("no error");
    } catch (const VaultError& e) {
      CHECK(e.code == ErrorCode::upload_mismatch);
    }
    CHECK_FALSE(vault.has_blob(sha256));
    CHECK_FALSE(fs::exists(vault.root() / "uploads" / (sha256 + ".part")));
    CHECK(vault.upload_begin(sha256, 1000).offset == 0);
  }
  SUBCASE("fewer bytes than announced at commit") {
    vault.upload_begin(sha256, 1000);
    vault.upload_chunk(sha256, 0, std::string_view(bytes).substr(0, 10));
    CHECK_THROWS_AS(vault.upload_commit(sha256), VaultError);
  }
  SUBCASE("begin with another size starts over") {
    vault.upload_begin(sha256, 1000);
    vault.upload_chunk(sha256, 0, std::string_view(bytes).substr(0, 10));
    CHECK(vault.upload_begin(sha256, 2000).offset == 0);
  }
  SUBCASE("bad sha256 and size") {
    CHECK_THROWS_AS(vault.upload_begin("../x", 10), VaultError);
    CHECK_THROWS_AS(vault.upload_begin(sha256, -1), VaultError);
    CHECK_THROWS_AS(vault.upload_begin(sha256, limits::blob_bytes + 1), VaultError);
  }
}

TEST_CASE("vault: a base64 chunk is decoded piece by piece into the part; a bad one leaves the part as it was") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  // Larger than one decoding step, and sizes that end in each padding.
  const std::string bytes = bytes_of(1'000'001);
  const std::string sha256 = sha256_hex(bytes);
  vault.upload_begin(sha256, static_cast<std::int64_t>(bytes.size()));
  const std::string first = encode_base64(std::string_view(bytes).substr(0, 600'000));
  CHECK(vault.upload_chunk_base64(sha256, 0, first) == 600'000);

  SUBCASE("a bad character deep in the chunk: invalid_params, nothing kept") {
    std::string bad = encode_base64(std::string_view(bytes).substr(600'000));
    bad[bad.size() - 10] = '-';
    try {
      vault.upload_chunk_base64(sha256, 600'000, bad);
      FAIL("no error");
    } catch (const VaultError& e) {
      CHECK(e.code == ErrorCode::invalid_params);
    }
    CHECK(vault.upload_begin(sha256, static_cast<std::int64_t>(bytes.size())).offset == 600'000);
  }
  SUBCASE("padding before the end of a long chunk is refused") {
    std::string padded = encode_base64(std::string_view(bytes).substr(600'000, 299'999)) + encode_base64(std::string_view(bytes).substr(899'999));
    CHECK_THROWS_AS(vault.upload_chunk_base64(sha256, 600'000, padded), VaultError);
    CHECK(vault.upload_begin(sha256, static_cast<std::int64_t>(bytes.size())).offset == 600'000);
  }
  SUBCASE("not a multiple of four characters") {
    CHECK_THROWS_AS(vault.upload_chunk_base64(sha256, 600'000, "QUJD" "QQ"), VaultError);
  }
  SUBCASE("the rest, padded, completes the blob") {
    CHECK(vault.upload_chunk_base64(sha256, 600'000, encode_base64(std::string_view(bytes).substr(600'000))) == 1'000'001);
    CHECK(vault.upload_commit(sha256) == 1'000'001);
    CHECK(test::read_file(vault.blob_path(sha256)) == bytes);
  }
}

}  // namespace vault_upload_test

// The vault's file layer: durable writes, names and paths, symlinks, base64, root resolution.
#include <doctest/doctest.h>

#include "vault/base64.hpp"
#include "vault/vault.hpp"
#include "vault_test_support.hpp"

namespace vault_files_test {  // one per file: the unity build joins test files

namespace fs = std::filesystem;
using namespace takedown::host::vault;
using takedown::protocol::ErrorCode;
using test::TempDir;

TEST_CASE("vault: write_durably replaces a file whole and leaves no temporary file") {
  TempDir dir;
  const fs::path file = dir.path / "config.json";
  write_durably(file, "first");
  CHECK(test::read_file(file) == "first");
  write_durably(file, "second, longer");
  CHECK(test::read_file(file) == "second, longer");
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir.path)) ++entries;
  CHECK(entries == 1);
  CHECK(takedown::host::test::is_owner_writable_file(file));
}

TEST_CASE("vault: write_durably into a missing folder fails with vault_io and names the file") {
  TempDir dir;
  try {
    write_durably(dir.path / "missing" / "file", "x");
    FAIL("no error");
  } catch (const VaultError& e) {
    CHECK(e.code == ErrorCode::vault_io);
    CHECK(std::string(e.what()).find("missing") != std::string::npos);
  }
}

TEST_CASE("vault: case ids and sha256s are validated before any path is built") {
  CHECK(is_case_id("case-20261128-1a2b3c4d"));
  CHECK_FALSE(is_case_id(""));
  CHECK_FALSE(is_case_id(".."));
  CHECK_FALSE(is_case_id("../etc"));
  CHECK_FALSE(is_case_id("/etc"));
  CHECK_FALSE(is_case_id("Case"));
  CHECK_FALSE(is_case_id(std::string(65, 'a')));
  CHECK(is_sha256(std::string(64, 'a')));
  CHECK_FALSE(is_sha256(std::string(64, 'A')));
  CHECK_FALSE(is_sha256(std::string(63, 'a')));

  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  for (const char* bad : {"..", "../x", "/tmp", "a/b", "", "A"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(vault.case_dir(bad), VaultError);
    CHECK_THROWS_AS(vault.append(bad, test::note("x")), VaultError);
  }
  CHECK_THROWS_AS(vault.blob_path("../../etc/passwd"), VaultError);
  CHECK(vault.case_dir("abc") == vault.root() / "cases" / "abc");
  for (const char* bad : {"..", "a/../b", "/abs", "a//b", "", "a/./b"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(vault.ensure_case_subdir("abc", bad), VaultError);
  }
  CHECK(vault.ensure_case_subdir("abc", "proofs/timestamps") == vault.root() / "cases" / "abc" / "proofs" / "timestamps");
  CHECK(fs::is_directory(vault.root() / "cases" / "abc" / "proofs" / "timestamps"));
}

#ifndef _WIN32
// Wine shows Linux symlinks to Windows programs as plain files and cannot create reparse points
// (notes/windows.md §4), so on Windows this needs a real system: docs/windows.md names the check.
TEST_CASE("vault: a symlink inside the vault is refused, not followed") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const fs::path outside = dir.path / "outside";
  fs::create_directories(outside);

  SUBCASE("a case folder that is a symlink") {
    fs::create_directory_symlink(outside, vault.root() / "cases" / "evil");
    try {
      vault.append("evil", test::note("x"));
      FAIL("no error");
    } catch (const VaultError& e) {
      CHECK(e.code == ErrorCode::vault_unavailable);
      CHECK(std::string(e.what()).find("symlink") != std::string::npos);
    }
    CHECK_THROWS_AS(vault.read_log("evil"), VaultError);
    CHECK(fs::is_empty(outside));
  }
  SUBCASE("a log that is a symlink") {
    vault.append("c1", test::note("first"));
    const fs::path log = vault.root() / "cases" / "c1" / "log.jsonl";
    fs::rename(log, outside / "log.jsonl");
    fs::create_symlink(outside / "log.jsonl", log);
    CHECK_THROWS_AS(vault.append("c1", test::note("second")), VaultError);
    CHECK_THROWS_AS(vault.read_log("c1"), VaultError);
  }
  SUBCASE("the blobs folder is a symlink") {
    fs::create_directory_symlink(outside, vault.root() / "blobs");
    CHECK_THROWS_AS(vault.put_blob("bytes"), VaultError);
    CHECK(fs::is_empty(outside));
  }
}

TEST_CASE("vault: a symlink to the root itself is the person's choice") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "a" / "vault");
  fs::create_directory_symlink(vault.root(), dir.path / "link");
  const Vault via_link = Vault::open(dir.path / "link");
  CHECK(via_link.root() == vault.root());
}
#endif

TEST_CASE("vault: the root is created for the current user only, and what is below it inherits that") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "a" / "vault");
  CHECK(takedown::host::test::is_owner_only_folder(vault.root()));
  const std::string sha256 = vault.put_blob("only mine");
  CHECK(vault.has_blob(sha256));
  if (takedown::host::test::running_under_wine()) {
    // Folders below the root get no access list of their own: on Windows they inherit the root's.
    // Wine ignores inheritance and derives lists from Unix modes, so only a real Windows shows it.
    MESSAGE("Wine cannot show inherited access lists; docs/windows.md names the check on a real Windows");
  } else {
    CHECK(takedown::host::test::is_owner_only_folder(vault.root() / "blobs" / "sha256"));
  }
}

TEST_CASE("vault: a root named outside ASCII (a user folder such as Zoë's) is that folder, from flag or environment") {
  TempDir dir;
  const std::string name = "Zo\xc3\xab \xce\xa9mega";  // "Zoë Ωmega" in UTF-8, as argv and getenv give it
  const fs::path expected = dir.path / fs::path(u8"Zo\u00eb \u03a9mega");
  CHECK(resolve_root((dir.path / fs::path(u8"Zo\u00eb \u03a9mega")).string()) == expected);
  takedown::host::test::set_env("TAKEDOWN_VAULT", dir.path.string() + "/" + name);
  const Vault vault = Vault::open(resolve_root(std::nullopt));
  takedown::host::test::unset_env("TAKEDOWN_VAULT");
  const std::string sha256 = vault.put_blob("bytes in a folder named outside ASCII");
  CHECK(fs::is_regular_file(expected / "blobs" / "sha256" / sha256.substr(0, 2) / sha256));
}

TEST_CASE("vault: resolve_root prefers the flag, then TAKEDOWN_VAULT, then the system's default") {
  using takedown::host::test::set_env;
  using takedown::host::test::unset_env;
  const fs::path base = fs::temp_directory_path();
  set_env("TAKEDOWN_VAULT", (base / "from-env").string());
  CHECK(resolve_root((base / "from-flag").string()) == base / "from-flag");
  CHECK(resolve_root(std::nullopt) == base / "from-env");
  CHECK(resolve_root((base / "trailing").string() + "/") == base / "trailing");
  unset_env("TAKEDOWN_VAULT");
#ifdef _WIN32
  const char* local = std::getenv("LOCALAPPDATA");
  REQUIRE(local != nullptr);
  CHECK(resolve_root(std::nullopt) == fs::path(local) / "Takedown" / "vault");
#else
  const char* xdg = std::getenv("XDG_DATA_HOME");
  const std::string saved = xdg ? xdg : "";
  set_env("XDG_DATA_HOME", "/tmp/xdg");
  CHECK(resolve_root(std::nullopt) == "/tmp/xdg/takedown/vault");
  set_env("XDG_DATA_HOME", "relative/ignored");
  CHECK(resolve_root(std::nullopt) == fs::path(std::getenv("HOME")) / ".local/share/takedown/vault");
  if (xdg) set_env("XDG_DATA_HOME", saved); else unset_env("XDG_DATA_HOME");
#endif
}

TEST_CASE("vault: blobs are content-addressed, read-only and written once") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string sha256 = vault.put_blob("hello");
  CHECK(sha256 == "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  CHECK(vault.blob_path(sha256) == vault.root() / "blobs" / "sha256" / "2c" / sha256);
  CHECK(vault.has_blob(sha256));
  CHECK(test::read_file(vault.blob_path(sha256)) == "hello");
  CHECK(takedown::host::test::is_read_only_file(vault.blob_path(sha256)));
  CHECK(vault.put_blob("hello") == sha256);
  CHECK(vault.blob_count() == 1);
  CHECK_FALSE(vault.has_blob(std::string(64, '0')));
}

TEST_CASE("vault: base64 decoding is strict") {
  CHECK(encode_base64("") == "");
  CHECK(encode_base64("hello") == "aGVsbG8=");
  CHECK(encode_base64("hell") == "aGVsbA==");
  CHECK(encode_base64(std::string("\xff\x00\xfe", 3)) == "/wD+");
  CHECK(decode_base64("") == std::string());
  CHECK(decode_base64("aGVsbG8=") == std::string("hello"));
  CHECK(decode_base64("aGVsbA==") == std::string("hell"));
  CHECK(decode_base64("aGVs") == std::string("hel"));
  CHECK(decode_base64("AP8=") == std::string("\x00\xff", 2));
  CHECK_FALSE(decode_base64("aGVsbG8").has_value());     // no padding
  CHECK_FALSE(decode_base64("aGV sbG8=").has_value());   // whitespace
  CHECK_FALSE(decode_base64("aG=sbG8=").has_value());    // padding inside
  CHECK_FALSE(decode_base64("aGVsbG9=").has_value());    // non-zero leftover bits
  CHECK_FALSE(decode_base64("aGVs-_==").has_value());    // the URL alphabet
  CHECK_FALSE(decode_base64("====").has_value());
  CHECK_FALSE(decode_base64("a===").has_value());
}

TEST_CASE("vault: base64 decodes in pieces of whole groups, sized from the text alone") {
  CHECK(base64_decoded_size("aGVsbG8=") == 5u);
  CHECK(base64_decoded_size("aGVsbA==") == 4u);
  CHECK(base64_decoded_size("aGVs") == 3u);
  CHECK(base64_decoded_size("") == 0u);
  CHECK_FALSE(base64_decoded_size("aGV").has_value());
  // "hello world!" in two pieces of two groups each, then a padded tail.
  std::string out(12, '\0');
  CHECK(decode_base64_into("aGVsbG8g", out.data()) == 6u);
  CHECK(decode_base64_into("d29ybGQh", out.data() + 6) == 6u);
  CHECK(out == "hello world!");
  CHECK(decode_base64_into("IQ==", out.data()) == 1u);
  CHECK(out[0] == '!');
  CHECK_FALSE(decode_base64_into("aGV=bG8g", out.data()).has_value());
}

}  // namespace vault_files_test

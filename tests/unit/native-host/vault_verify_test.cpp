// vault verify and vault export: tampering is found and named; the exported bag's manifests hold.
#include <doctest/doctest.h>


#include "vault/bag_export.hpp"
#include "vault/core_bridge.hpp"
#include "vault/vault.hpp"
#include "vault_test_support.hpp"

namespace vault_verify_test {  // one per file: the unity build joins test files

namespace fs = std::filesystem;
using namespace takedown::host::vault;
using nlohmann::json;
using test::TempDir;

namespace {

struct Filled {
  std::string sha256;
};

// Two cases; c1 has a capture with one blob.
Filled fill(const Vault& vault) {
  const std::string sha256 = vault.put_blob("pretend these are PNG bytes");
  vault.append("c1", test::note("first"));
  vault.append("c1", test::capture_with(sha256, 27));
  vault.append("c1", test::note("third"));
  vault.append("c2", test::note("other case"));
  return {sha256};
}

using takedown::host::test::make_writable;

}  // namespace

TEST_CASE("vault: verify passes an intact vault and names a changed blob byte") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const Filled filled = fill(vault);
  VerifyReport clean = vault.verify(std::nullopt);
  CHECK(clean.ok);
  CHECK(clean.cases.size() == 2);
  CHECK(clean.cases[0].checked == 3);
  CHECK(clean.blobs.checked == 1);

  const fs::path blob = vault.blob_path(filled.sha256);
  make_writable(blob);
  std::string bytes = test::read_file(blob);
  bytes[3] ^= 0x20;
  test::write_file(blob, bytes);

  const VerifyReport report = vault.verify(std::nullopt);
  CHECK_FALSE(report.ok);
  CHECK_FALSE(report.cases[0].ok);
  CHECK(report.cases[0].checked == 1);
  REQUIRE(report.cases[0].problem.has_value());
  CHECK(report.cases[0].problem->starts_with("artifact_mismatch at seq 1"));
  CHECK(report.cases[1].ok);
  REQUIRE(report.blobs.problems.size() == 1);
  CHECK(report.blobs.problems[0].find(filled.sha256) != std::string::npos);

  const VerifyReport only_c2 = vault.verify("c2");
  CHECK(only_c2.ok);
  CHECK(only_c2.cases.size() == 1);
}

TEST_CASE("vault: verify names a changed record and a missing blob") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const Filled filled = fill(vault);

  SUBCASE("a record's text changed in the log") {
    const fs::path log = vault.case_dir("c1") / "log.jsonl";
    std::string text = test::read_file(log);
    const auto at = text.find("\"first\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 7, "\"FIRST\"");
    test::write_file(log, text);
    const VerifyReport report = vault.verify("c1");
    CHECK_FALSE(report.ok);
    REQUIRE(report.cases[0].problem.has_value());
    CHECK(report.cases[0].problem->starts_with("hash_mismatch at seq 0"));
    CHECK(report.cases[0].checked == 0);
  }
  SUBCASE("a blob deleted") {
    takedown::host::test::remove_by_hand(vault.blob_path(filled.sha256));
    const VerifyReport report = vault.verify("c1");
    CHECK_FALSE(report.ok);
    CHECK(report.cases[0].problem->starts_with("artifact_missing at seq 1"));
  }
  SUBCASE("a record cut off the end is a valid shorter chain") {
    // The log alone cannot know its own length; the extension's copy and exports pin it (docs/vault.md).
    const fs::path log = vault.case_dir("c1") / "log.jsonl";
    std::string text = test::read_file(log);
    text.resize(text.rfind('\n', text.size() - 2) + 1);
    test::write_file(log, text);
    CHECK(vault.verify("c1").ok);
    CHECK(vault.verify("c1").cases[0].checked == 2);
  }
  CHECK_THROWS_AS(vault.verify("no-such-case"), VaultError);
}

TEST_CASE("vault: export writes the extension's bag layout and its manifests hash correctly") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const Filled filled = fill(vault);
  write_durably(vault.ensure_case_subdir("c1", "proofs/timestamps") / "1.tsr", "token bytes");

  const fs::path out = dir.path / "dossier";
  const ExportResult result = export_bag(vault, {"c1", out, "nl"});
  CHECK(result.records == 3);
  CHECK(result.payload_files == 4);  // the artifact, log.jsonl, the proof, report.html
  for (const char* tag : {"bagit.txt", "bag-info.txt", "manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
    CAPTURE(tag);
    CHECK(fs::is_regular_file(out / tag));
  }
  const fs::path artifact = out / "data" / "artifacts" / (filled.sha256 + ".png");
  CHECK(test::read_file(artifact) == "pretend these are PNG bytes");
  CHECK(test::read_file(out / "data" / "log.jsonl") == test::read_file(vault.case_dir("c1") / "log.jsonl"));
  CHECK(test::read_file(out / "data" / "proofs" / "timestamps" / "1.tsr") == "token bytes");
  CHECK(test::read_file(out / "data" / "report.html").find("<html") != std::string::npos);
  CHECK(test::read_file(out / "bagit.txt") == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");

  // Every manifest line: "<sha256>  <path>", and the file at that path hashes to it.
  std::size_t lines = 0;
  for (const char* manifest : {"manifest-sha256.txt", "tagmanifest-sha256.txt"}) {
    const std::string text = test::read_file(out / manifest);
    std::size_t start = 0;
    while (start < text.size()) {
      const auto end = text.find('\n', start);
      const std::string line = text.substr(start, end - start);
      start = end + 1;
      REQUIRE(line.size() > 66);
      CAPTURE(line);
      CHECK(line.substr(64, 2) == "  ");
      CHECK(hash_file(out / line.substr(66)).sha256 == line.substr(0, 64));
      ++lines;
    }
  }
  CHECK(lines == 4 + 3);
  CHECK(result.tagmanifest_sha256 == hash_file(out / "tagmanifest-sha256.txt").sha256);
  CHECK(test::read_file(out / "bag-info.txt").find("External-Identifier: c1") != std::string::npos);

  // A second export to the same place is refused; a .zip gets the case id as its top folder.
  CHECK_THROWS_AS(export_bag(vault, {"c1", out, "en"}), VaultError);
  const fs::path zip = dir.path / "dossier.zip";
  export_bag(vault, {"c1", zip, "en"});
  const std::string zipped = test::read_file(zip);
  CHECK(zipped.starts_with("PK\x03\x04"));
  CHECK(zipped.find("c1/data/artifacts/" + filled.sha256 + ".png") != std::string::npos);
  CHECK(zipped.find("c1/bagit.txt") != std::string::npos);
  CHECK_THROWS_AS(export_bag(vault, {"no-records", dir.path / "x", "en"}), VaultError);
}

}  // namespace vault_verify_test

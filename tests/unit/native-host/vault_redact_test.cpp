// vault.redact and verify with redactions (issue #13): the blobs a case's redaction record names are
// deleted, unless a record no redaction covers still needs them; verify then names them as redacted,
// and still fails on a blob gone without a redaction or a redaction of a file that never was.
#include <doctest/doctest.h>

#include "vault/vault.hpp"
#include "vault_test_support.hpp"

namespace vault_redact_test {  // one per file: the unity build joins test files

namespace fs = std::filesystem;
using namespace takedown::host::vault;
using nlohmann::json;
using test::TempDir;

namespace {

json redaction(std::int64_t seq, const std::string& name, const std::string& sha256) {
  return {{"type", "redaction"},
          {"at", {{"utc", "2026-11-29T09:00:00.000Z"}, {"tz", "Europe/Amsterdam"}, {"offset_minutes", 60}}},
          {"data", {{"artifacts", {{{"seq", seq}, {"name", name}, {"sha256", sha256}}}}, {"reason", "child_sexual_image"}}},
          {"artifacts", json::array()}};
}

}  // namespace

TEST_CASE("vault: redact deletes the named blob and verify reports it as redacted") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string picture = vault.put_blob("pretend these are the child's picture bytes");
  vault.append("c1", test::note("first"));
  vault.append("c1", test::capture_with(picture, 43));
  vault.append("c1", redaction(1, "media.png", picture));

  const RedactResult result = vault.redact("c1");
  CHECK(result.removed == std::vector<std::string>{picture});
  CHECK(result.kept.empty());
  CHECK_FALSE(vault.has_blob(picture));

  const VerifyReport report = vault.verify(std::nullopt);
  CHECK(report.ok);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0].checked == 3);
  CHECK(report.cases[0].redacted == 1);
  REQUIRE(report.cases[0].redactions.size() == 1);
  CHECK(report.cases[0].redactions[0]["by_seq"] == 2);
  CHECK(report.cases[0].redactions[0]["reason"] == "child_sexual_image");

  // Running it again changes nothing: the blob is already gone.
  const RedactResult again = vault.redact("c1");
  CHECK(again.removed.empty());
  CHECK(again.absent == std::vector<std::string>{picture});
}

TEST_CASE("vault: redact keeps a blob another case still names, and says which") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string picture = vault.put_blob("the same bytes captured in two cases");
  vault.append("c1", test::capture_with(picture, 36));
  vault.append("c2", test::capture_with(picture, 36));
  vault.append("c1", redaction(0, "media.png", picture));

  const RedactResult result = vault.redact("c1");
  CHECK(result.removed.empty());
  REQUIRE(result.kept.size() == 1);
  CHECK(result.kept[0].case_id == "c2");
  CHECK(result.kept[0].seq == 0);
  CHECK(vault.has_blob(picture));
  CHECK(vault.verify(std::nullopt).ok);

  // Once the other case redacts it too, the blob goes.
  vault.append("c2", redaction(0, "media.png", picture));
  CHECK(vault.redact("c2").removed == std::vector<std::string>{picture});
  CHECK(vault.verify(std::nullopt).ok);
}

TEST_CASE("vault: a blob gone without a redaction, or a redaction of a file that never was, still fails") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string picture = vault.put_blob("picture");
  const std::string other = vault.put_blob("another picture");
  vault.append("c1", test::capture_with(picture, 7));
  vault.append("c1", test::capture_with(other, 15));

  SUBCASE("deleted by hand, no redaction") {
    takedown::host::test::remove_by_hand(vault.blob_path(other));
    const VerifyReport report = vault.verify("c1");
    CHECK_FALSE(report.ok);
    REQUIRE(report.cases[0].problem.has_value());
    CHECK(report.cases[0].problem->starts_with("artifact_missing at seq 1"));
  }
  SUBCASE("a redaction names a hash the record never held") {
    vault.append("c1", redaction(0, "media.png", std::string(64, 'e')));
    const VerifyReport report = vault.verify("c1");
    CHECK_FALSE(report.ok);
    REQUIRE(report.cases[0].problem.has_value());
    CHECK(report.cases[0].problem->starts_with("redaction_mismatch at seq 2"));
    // Nothing it names is deleted: the record never held that hash, and the real picture stays.
    CHECK(vault.redact("c1").removed.empty());
    CHECK(vault.has_blob(picture));
  }
  SUBCASE("the redaction covers one picture; the other is deleted by hand") {
    vault.append("c1", redaction(0, "media.png", picture));
    CHECK(vault.redact("c1").removed == std::vector<std::string>{picture});
    CHECK(vault.verify("c1").ok);
    takedown::host::test::remove_by_hand(vault.blob_path(other));
    CHECK_FALSE(vault.verify("c1").ok);
  }
}

TEST_CASE("vault: mirror takes a capture whose redacted bytes never arrive, not one whose bytes are just missing") {
  TempDir dir;
  const Vault source = Vault::open(dir.path / "source");
  const Vault target = Vault::open(dir.path / "target");
  const std::string picture = source.put_blob("a picture the browser already removed");
  source.append("c1", test::capture_with(picture, 37));
  source.append("c1", test::note("second"));
  source.append("c1", redaction(0, "media.png", picture));
  const std::vector<json> records = source.read_log("c1");

  // Without the redaction record in the batch the capture's blob is required.
  const std::vector<json> first{records[0]};
  CHECK_THROWS_AS(target.mirror("c1", first), VaultError);
  const MirrorResult result = target.mirror("c1", records);
  CHECK(result.added == 3);
  CHECK_FALSE(target.has_blob(picture));
  const VerifyReport report = target.verify("c1");
  CHECK(report.ok);
  CHECK(report.cases[0].redacted == 1);
}

TEST_CASE("vault: a damaged case log does not keep a redacted blob") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string picture = vault.put_blob("a picture both cases hold");
  vault.append("c1", test::capture_with(picture, 25));
  vault.append("c2", test::capture_with(picture, 25));
  vault.append("c2", test::note("after"));
  vault.append("c1", redaction(0, "media.png", picture));
  const fs::path log = vault.case_dir("c2") / "log.jsonl";
  std::string text = test::read_file(log);
  text[0] = 'X';   // the first line of c2 is no longer JSON: the log cannot be read
  test::write_file(log, text);
  const RedactResult result = vault.redact("c1");
  CHECK(result.removed == std::vector<std::string>{picture});
  CHECK(result.kept.empty());
  const VerifyReport report = vault.verify(std::nullopt);
  CHECK_FALSE(report.ok);  // c2 stays named as damaged
  CHECK(report.cases[0].ok);
  CHECK_FALSE(report.cases[1].ok);
}

}  // namespace vault_redact_test

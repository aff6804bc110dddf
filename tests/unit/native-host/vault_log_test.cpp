// The case log: sealing and appending, mirroring records made by the extension, torn-line recovery.
#include <doctest/doctest.h>

#include <functional>

#include <takedown/core/call.hpp>

#include "vault/case_log.hpp"
#include "vault/vault.hpp"
#include "vault_test_support.hpp"

namespace vault_log_test {  // one per file: the unity build joins test files

namespace fs = std::filesystem;
using namespace takedown::host::vault;
using nlohmann::json;
using takedown::protocol::ErrorCode;
using test::TempDir;

namespace {

// Seals records as the extension does (the core's evidence.seal), independently of the vault.
std::vector<json> sealed_chain(const std::string& case_id, int count) {
  std::vector<json> records;
  json prev = nullptr;
  for (int seq = 0; seq < count; ++seq) {
    json record = test::note("note " + std::to_string(seq));
    record["case"] = case_id;
    record["seq"] = seq;
    const json answer = json::parse(takedown::core::call("evidence.seal", json{{"record", record}, {"prev", prev}}.dump()));
    REQUIRE(answer["ok"] == true);
    records.push_back(answer["result"]);
    prev = {{"seq", seq}, {"hash", answer["result"]["hash"]}};
  }
  return records;
}

bool chain_valid(const std::vector<json>& records) {
  const json answer = json::parse(takedown::core::call("evidence.verify", json{{"records", records}}.dump()));
  return answer["ok"] == true && answer["result"]["ok"] == true;
}

ErrorCode code_of(const std::function<void()>& action) {
  try {
    action();
  } catch (const VaultError& e) {
    return e.code;
  }
  FAIL("no VaultError");
  return ErrorCode::internal;
}

}  // namespace

TEST_CASE("vault: append seals onto the head and each line is the record's canonical form") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  CHECK_FALSE(vault.head("c1").has_value());
  const json first = vault.append("c1", test::note("first"));
  const json second = vault.append("c1", test::note("second"));
  CHECK(first["seq"] == 0);
  CHECK(second["seq"] == 1);
  CHECK(second["prev"] == first["hash"]);
  const auto head = vault.head("c1");
  REQUIRE(head.has_value());
  CHECK(head->seq == 1);
  CHECK(head->hash == second["hash"]);
  const std::vector<json> records = vault.read_log("c1");
  REQUIRE(records.size() == 2);
  CHECK(chain_valid(records));
  const json canonical = json::parse(takedown::core::call("evidence.canonicalize", json{{"value", first}}.dump()));
  const std::string log = test::read_file(vault.case_dir("c1") / "log.jsonl");
  CHECK(log.starts_with(canonical["result"]["text"].get<std::string>() + "\n"));
  CHECK(vault.list().size() == 1);
  CHECK(vault.list()[0].records == 2);
}

TEST_CASE("vault: append refuses host-owned fields, bad records and missing blobs") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  json with_seq = test::note("x");
  with_seq["seq"] = 5;
  CHECK(code_of([&] { vault.append("c1", with_seq); }) == ErrorCode::invalid_params);
  json bad = test::note("x");
  bad["type"] = "nonsense";
  CHECK(code_of([&] { vault.append("c1", bad); }) == ErrorCode::invalid_params);
  const std::string missing(64, 'b');
  try {
    vault.append("c1", test::capture_with(missing, 5));
    FAIL("no error");
  } catch (const VaultError& e) {
    CHECK(e.code == ErrorCode::vault_blob_missing);
    CHECK(std::string(e.what()).find(missing) != std::string::npos);
  }
  CHECK(vault.read_log("c1").empty());
  const std::string sha256 = vault.put_blob("media");
  CHECK(vault.append("c1", test::capture_with(sha256, 5))["seq"] == 0);
}

TEST_CASE("vault: mirror is idempotent and appends exactly the next records") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::vector<json> chain = sealed_chain("c1", 5);
  MirrorResult first = vault.mirror("c1", std::span(chain).first(3));
  CHECK(first.added == 3);
  CHECK(first.skipped == 0);
  MirrorResult again = vault.mirror("c1", chain);
  CHECK(again.added == 2);
  CHECK(again.skipped == 3);
  REQUIRE(again.head.has_value());
  CHECK(again.head->seq == 4);
  MirrorResult none = vault.mirror("c1", chain);
  CHECK(none.added == 0);
  CHECK(none.skipped == 5);
  CHECK(vault.read_log("c1") == chain);
  CHECK(test::read_file(vault.case_dir("c1") / "log.jsonl").size() > 0);
}

TEST_CASE("vault: mirror refuses what does not continue the chain, all or nothing") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::vector<json> chain = sealed_chain("c1", 4);
  vault.mirror("c1", std::span(chain).first(2));

  SUBCASE("a gap") { CHECK(code_of([&] { vault.mirror("c1", std::span(chain).subspan(3)); }) == ErrorCode::vault_conflict); }
  SUBCASE("another record at a seq the vault holds") {
    json changed = chain[1];
    changed["hash"] = std::string(64, 'c');
    CHECK(code_of([&] { vault.mirror("c1", std::vector<json>{changed}); }) == ErrorCode::vault_conflict);
  }
  SUBCASE("a record whose hash does not match its content") {
    json tampered = chain[2];
    tampered["data"]["text"] = "changed after sealing";
    CHECK(code_of([&] { vault.mirror("c1", std::vector<json>{tampered, chain[3]}); }) == ErrorCode::vault_conflict);
  }
  SUBCASE("a record of another case") {
    json elsewhere = chain[2];
    elsewhere["case"] = "c2";
    CHECK(code_of([&] { vault.mirror("c1", std::vector<json>{elsewhere}); }) == ErrorCode::invalid_params);
  }
  SUBCASE("a good record followed by a bad one adds neither") {
    json tampered = chain[3];
    tampered["prev"] = std::string(64, '1');
    CHECK(code_of([&] { vault.mirror("c1", std::vector<json>{chain[2], tampered}); }) == ErrorCode::vault_conflict);
  }
  CHECK(vault.read_log("c1").size() == 2);
}

TEST_CASE("vault: mirror names the blobs it lacks, then accepts the records once they are uploaded") {
  TempDir dir;
  const Vault vault = Vault::open(dir.path / "vault");
  const std::string bytes = "the media bytes";
  const std::string sha256 = Vault::open(dir.path / "scratch").put_blob(bytes);  // its hash, from another vault
  json record = test::capture_with(sha256, static_cast<std::int64_t>(bytes.size()));
  record["case"] = "c1";
  record["seq"] = 0;
  const json sealed = json::parse(takedown::core::call("evidence.seal", json{{"record", record}, {"prev", nullptr}}.dump()))["result"];
  try {
    vault.mirror("c1", std::vector<json>{sealed});
    FAIL("no error");
  } catch (const VaultError& e) {
    CHECK(e.code == ErrorCode::vault_blob_missing);
    CHECK(std::string(e.what()).find(sha256) != std::string::npos);
  }
  CHECK(vault.read_log("c1").empty());
  vault.put_blob(bytes);
  CHECK(vault.mirror("c1", std::vector<json>{sealed}).added == 1);
}

TEST_CASE("vault: a torn last line is kept in recovered/, cut from the log and noted in a sealed record") {
  TempDir dir;
  const fs::path root = dir.path / "vault";
  std::vector<json> before;
  {
    const Vault vault = Vault::open(root);
    vault.append("c1", test::note("one"));
    vault.append("c1", test::note("two"));
    before = vault.read_log("c1");
  }
  const fs::path log = root / "cases" / "c1" / "log.jsonl";
  const std::string torn = R"({"artifacts":[],"at":{"offset_minutes":60,"tz":"Europe/Ams)";
  test::write_file(log, torn, true);

  SUBCASE("readers skip the torn tail until a writer repairs it") {
    CHECK(read_case_log(root, "c1") == before);
    CHECK(read_case_head(root, "c1")->seq == 1);
  }
  SUBCASE("reopening repairs it") {
    const Vault vault = Vault::open(root);
    const std::vector<json> records = vault.read_log("c1");
    REQUIRE(records.size() == 3);
    CHECK(std::vector<json>(records.begin(), records.begin() + 2) == before);
    CHECK(records[2]["type"] == "note");
    const std::string text = records[2]["data"]["text"].get<std::string>();
    CHECK(text.starts_with("recovered: a torn last line of " + std::to_string(torn.size()) + " bytes was kept in recovered/"));
    CHECK(chain_valid(records));
    std::vector<fs::path> kept;
    for (const auto& entry : fs::directory_iterator(root / "cases" / "c1" / "recovered")) kept.push_back(entry.path());
    REQUIRE(kept.size() == 1);
    CHECK(test::read_file(kept[0]) == torn);
    CHECK(text.ends_with(kept[0].filename().string()));
    CHECK(vault.verify("c1").ok);
  }
  SUBCASE("an append repairs it first") {
    // Torn after open (another process crashed meanwhile): the next writer repairs before it appends.
    const Vault same = Vault::open(root);
    test::write_file(log, "{\"half", true);
    const json appended = same.append("c1", test::note("three"));
    const std::vector<json> records = same.read_log("c1");
    REQUIRE(records.size() == 5);  // two, the note of the open's repair, the note of this repair, three
    CHECK(appended["seq"] == 4);
    CHECK(chain_valid(records));
  }
  SUBCASE("a complete last line that is not JSON counts as torn too") {
    test::write_file(log, "\n", true);  // "...Europe/Ams\n": a line, but not a record
    const Vault vault = Vault::open(root);
    const std::vector<json> records = vault.read_log("c1");
    REQUIRE(records.size() == 3);
    CHECK(records[2]["data"]["text"].get<std::string>().find(std::to_string(torn.size() + 1) + " bytes") != std::string::npos);
  }
}

TEST_CASE("vault: damage before the last line is not repaired silently") {
  TempDir dir;
  const fs::path root = dir.path / "vault";
  const Vault vault = Vault::open(root);
  vault.append("c1", test::note("one"));
  vault.append("c1", test::note("two"));
  const fs::path log = root / "cases" / "c1" / "log.jsonl";
  std::string text = test::read_file(log);
  text[0] = 'X';
  test::write_file(log, text);
  CHECK_THROWS_AS(vault.read_log("c1"), VaultError);
  const VerifyReport report = vault.verify(std::nullopt);
  CHECK_FALSE(report.ok);
  REQUIRE(report.cases.size() == 1);
  CHECK(report.cases[0].problem->find("line 1") != std::string::npos);
}

}  // namespace vault_log_test

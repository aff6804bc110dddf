// vault verify: each case's chain through the core's evidence.verify (in slices that fit the core's
// 1 MiB params), each record's case id, and every artifact's blob re-hashed; without a case, every
// blob file too. Answers stay small: one named problem per case, at most 16 blob problems.
#include <algorithm>
#include <map>
#include <set>

#include "vault/core_bridge.hpp"
#include "vault/redactions.hpp"
#include "vault/vault.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

constexpr std::size_t slice_bytes = 700 * 1024;  // records per evidence.verify call, well under 1 MiB with the artifacts

// Re-hashes each blob at most once per verify run.
class BlobHashes {
 public:
  explicit BlobHashes(const Vault& vault) : vault_(vault) {}

  // {size, sha256: what the bytes hash to now} or null when the blob is absent.
  json found(const std::string& sha256) {
    auto at = cache_.find(sha256);
    if (at == cache_.end()) at = cache_.emplace(sha256, look(sha256)).first;
    return at->second;
  }
  std::size_t hashed() const { return cache_.size(); }
  const std::map<std::string, json>& all() const { return cache_; }

 private:
  json look(const std::string& sha256) {
    const fs::path path = vault_.blob_path(sha256);
    if (!vault_.has_blob(sha256)) return nullptr;
    const FileDigest digest = hash_file(path);
    return json{{"size", digest.size}, {"sha256", digest.sha256}};
  }
  const Vault& vault_;
  std::map<std::string, json> cache_;
};

std::string describe(const json& problem) {
  std::string text = problem.value("kind", std::string("problem"));
  if (problem.contains("seq") && problem["seq"].is_number_integer()) text += " at seq " + std::to_string(problem["seq"].get<std::int64_t>());
  return text + ": " + problem.value("message", std::string());
}

CaseCheck check_case(const Vault& vault, const std::string& case_id, BlobHashes& blobs) {
  CaseCheck check{case_id, true, 0, std::nullopt, 0, {}};
  std::vector<json> records;
  try {
    records = vault.read_log(case_id);
  } catch (const VaultError& e) {
    return {case_id, false, 0, std::string("unreadable: ") + e.what(), 0, {}};
  }
  // Each slice is told about the redactions that later slices make; whether each names an artifact
  // its record really held is checked against the whole log once the chain holds.
  const std::vector<RedactionEntry> redactions = redaction_entries(records);
  json prev = nullptr;
  std::size_t at = 0;
  while (at < records.size()) {
    json slice = json::array();
    json artifacts = json::object();
    std::size_t bytes = 0;
    while (at < records.size() && (slice.empty() || bytes < slice_bytes)) {
      const json& record = records[at];
      if (record.value("case", std::string()) != case_id) {
        check.ok = false;
        check.problem = "case_mismatch at record " + std::to_string(at) + ": it names case \"" +
                        (record.contains("case") && record["case"].is_string() ? record["case"].get<std::string>() : std::string("?")) +
                        "\", not " + case_id;
        return check;
      }
      bytes += record.dump().size();
      if (record.contains("artifacts") && record["artifacts"].is_array()) {
        for (const json& artifact : record["artifacts"]) {
          if (artifact.is_object() && artifact.contains("sha256") && artifact["sha256"].is_string() &&
              is_sha256(artifact["sha256"].get_ref<const std::string&>())) {
            const std::string& sha256 = artifact["sha256"].get_ref<const std::string&>();
            artifacts[sha256] = blobs.found(sha256);
          }
        }
      }
      slice.push_back(record);
      ++at;
    }
    json later = json::array();
    for (const RedactionEntry& entry : redactions) {
      if (entry.by_seq >= static_cast<std::int64_t>(at)) later.push_back(to_json(entry));
    }
    json params{{"records", std::move(slice)}, {"artifacts", std::move(artifacts)}};
    if (!prev.is_null()) params["prev"] = prev;
    if (!later.empty()) params["later_redactions"] = std::move(later);
    const json result = core_result("evidence.verify", params);
    check.checked += result["checked"].get<std::size_t>();
    check.redacted += result["artifacts_redacted"].get<std::size_t>();
    for (const json& entry : result["redacted"]) check.redactions.push_back(entry);
    if (!result["ok"].get<bool>()) {
      check.ok = false;
      json problem = result["first_problem"];
      check.problem = describe(problem);
      return check;
    }
    prev = result["head"];
  }
  for (const RedactionEntry& entry : redactions) {
    bool held = false;
    if (entry.seq >= 0 && entry.seq < entry.by_seq && static_cast<std::size_t>(entry.seq) < records.size()) {
      const json& target = records[static_cast<std::size_t>(entry.seq)];
      for (const json& a : target["artifacts"]) held = held || (a["name"] == entry.name && a["sha256"] == entry.sha256);
    }
    if (!held) {
      check.ok = false;
      check.problem = "redaction_mismatch at seq " + std::to_string(entry.by_seq) + ": it says it removed " + entry.name + " (" +
                      entry.sha256 + ") of record " + std::to_string(entry.seq) + ", which holds no such artifact";
      return check;
    }
  }
  return check;
}

// Every blob file in the vault: named by a sha256 under the right prefix, its bytes hashing to it.
void check_all_blobs(const Vault& vault, BlobHashes& hashes, BlobCheck& report) {
  const fs::path dir = vault.root() / "blobs" / "sha256";
  auto note = [&](std::string problem) {
    if (report.problems.size() < limits::verify_problems) report.problems.push_back(std::move(problem));
  };
  std::error_code error;
  if (!fs::exists(fs::symlink_status(dir, error))) return;
  for (const auto& prefix : fs::directory_iterator(dir, error)) {
    const std::string prefix_name = prefix.path().filename().string();
    if (prefix.is_symlink() || !prefix.is_directory()) {
      note("blobs/sha256/" + prefix_name + ": not a folder of blobs");
      continue;
    }
    for (const auto& entry : fs::directory_iterator(prefix.path(), error)) {
      const std::string name = entry.path().filename().string();
      if (name.starts_with(".")) continue;  // a temporary file a crash left behind
      const std::string where = "blobs/sha256/" + prefix_name + "/" + name;
      if (!is_sha256(name) || name.substr(0, 2) != prefix_name || entry.is_symlink() || !entry.is_regular_file()) {
        note(where + ": not a blob (a blob is a file named by its sha256 under its first two digits)");
        continue;
      }
      ++report.checked;
      const json found = hashes.found(name);
      if (found.is_null()) {
        note(where + ": unreadable");
      } else if (found["sha256"] != name) {
        note(where + ": its bytes hash to " + found["sha256"].get<std::string>() + ", not to its name");
      }
    }
  }
  if (error) note("blobs/sha256: cannot be listed: " + error.message());
}

}  // namespace

VerifyReport Vault::verify(std::optional<std::string_view> case_id) const {
  VerifyReport report;
  BlobHashes hashes(*this);
  std::vector<std::string> cases;
  if (case_id) {
    case_dir(*case_id);  // validates the id
    if (!exists_no_symlink(case_dir(*case_id))) {
      throw VaultError(ErrorCode::invalid_params, "the vault holds no case " + std::string(*case_id));
    }
    cases.emplace_back(*case_id);
  } else {
    for (const CaseSummary& summary : list()) cases.push_back(summary.case_id);
  }
  for (const std::string& id : cases) {
    report.cases.push_back(check_case(*this, id, hashes));
    if (!report.cases.back().ok) report.ok = false;
  }
  if (!case_id) {
    check_all_blobs(*this, hashes, report.blobs);
    if (!report.blobs.problems.empty()) report.ok = false;
  } else {
    report.blobs.checked = hashes.hashed();
  }
  return report;
}

}  // namespace takedown::host::vault

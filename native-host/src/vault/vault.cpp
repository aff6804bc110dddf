#include "vault/vault.hpp"

#include <algorithm>
#include <set>

#include "vault/case_log.hpp"
#include "vault/core_bridge.hpp"
#include "vault/redactions.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

void check_case_id(std::string_view case_id) {
  if (!is_case_id(case_id)) throw VaultError(ErrorCode::invalid_params, "a case id must match ^[a-z0-9-]{1,64}$");
}

// The case folders under cases/, sorted; anything else there (a stray file, a symlink) is skipped.
std::vector<std::string> case_ids(const fs::path& root) {
  std::vector<std::string> ids;
  const fs::path dir = root / "cases";
  if (!exists_no_symlink(dir)) return ids;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator(dir, error)) {
    const std::string name = entry.path().filename().string();
    if (is_case_id(name) && !entry.is_symlink() && entry.is_directory()) ids.push_back(name);
  }
  if (error) throw VaultError(ErrorCode::vault_io, "cannot list " + dir.string() + ": " + error.message());
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The artifacts' sha256s that have no blob in the vault.
void collect_missing(const Vault& vault, const json& record, std::set<std::string>& missing) {
  if (!record.contains("artifacts") || !record["artifacts"].is_array()) return;
  for (const json& artifact : record["artifacts"]) {
    if (!artifact.is_object() || !artifact.contains("sha256") || !artifact["sha256"].is_string()) continue;
    const std::string& sha256 = artifact["sha256"].get_ref<const std::string&>();
    if (is_sha256(sha256) && !vault.has_blob(sha256)) missing.insert(sha256);
  }
}

[[noreturn]] void blobs_missing(const std::set<std::string>& missing) {
  std::string list;
  for (const std::string& sha256 : missing) list += (list.empty() ? "" : ", ") + sha256;
  throw VaultError(ErrorCode::vault_blob_missing, "upload these artifacts first: " + list);
}

[[noreturn]] void conflict(std::size_t index, const std::string& what) {
  throw VaultError(ErrorCode::vault_conflict, "params.records[" + std::to_string(index) + "] " + what);
}

}  // namespace

Vault Vault::open(fs::path root) {
  ensure_root(root);
  std::error_code error;
  fs::path real = fs::canonical(root, error);  // a symlink to the root is the person's choice; none below it
  if (error) throw VaultError(ErrorCode::vault_unavailable, "cannot open " + root.string() + ": " + error.message());
  Vault vault(real);
  ensure_dirs(real, "cases");
  // Repair what a crash may have torn; a damaged case stays as it is for verify to name.
  for (const std::string& id : case_ids(real)) {
    if (!exists_no_symlink(real / "cases" / id / "log.jsonl")) continue;
    try {
      LogWriter repair(real, id);
    } catch (const VaultError&) {
    }
  }
  return vault;
}

fs::path Vault::case_dir(std::string_view case_id) const {
  check_case_id(case_id);
  return root_ / "cases" / std::string(case_id);
}

fs::path Vault::ensure_case_subdir(std::string_view case_id, std::string_view relative) const {
  check_case_id(case_id);
  fs::path parts;
  std::size_t start = 0;
  while (start <= relative.size()) {
    const auto end = std::min(relative.find('/', start), relative.size());
    const std::string_view part = relative.substr(start, end - start);
    const bool plain = !part.empty() && part != "." && part != ".." &&
                       std::all_of(part.begin(), part.end(), [](char c) {
                         return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
                       });
    if (!plain) throw VaultError(ErrorCode::invalid_params, "\"" + std::string(relative) + "\" is not a plain relative folder");
    parts /= std::string(part);
    start = end + 1;
  }
  return ensure_dirs(root_, fs::path("cases") / std::string(case_id) / parts);
}

std::vector<json> Vault::read_log(std::string_view case_id) const {
  check_case_id(case_id);
  return read_case_log(root_, case_id);
}

std::optional<Head> Vault::head(std::string_view case_id) const {
  check_case_id(case_id);
  return read_case_head(root_, case_id);
}

std::vector<CaseSummary> Vault::list() const {
  std::vector<CaseSummary> cases;
  for (const std::string& id : case_ids(root_)) {
    CaseSummary summary{id, 0, std::nullopt, std::nullopt};
    try {
      const std::vector<json> records = read_case_log(root_, id);
      summary.records = records.size();
      if (!records.empty()) summary.head = head_of(records.back(), root_ / "cases" / id / "log.jsonl");
    } catch (const VaultError& e) {
      summary.problem = e.what();  // one damaged case does not hide the others
    }
    cases.push_back(std::move(summary));
  }
  return cases;
}

json Vault::append(std::string_view case_id, const json& unsealed_record) const {
  check_case_id(case_id);
  if (!unsealed_record.is_object()) throw VaultError(ErrorCode::invalid_params, "params.record must be an object");
  for (const char* owned : {"case", "seq", "prev", "hash"}) {
    if (unsealed_record.contains(owned)) {
      throw VaultError(ErrorCode::invalid_params, std::string("params.record.") + owned + " is set by the host; leave it out");
    }
  }
  std::set<std::string> missing;
  collect_missing(*this, unsealed_record, missing);
  if (!missing.empty()) blobs_missing(missing);
  LogWriter log(root_, case_id);
  return log.seal_and_append(unsealed_record);
}

MirrorResult Vault::mirror(std::string_view case_id, std::span<const json> sealed) const {
  check_case_id(case_id);
  if (sealed.size() > limits::mirror_records) {
    throw VaultError(ErrorCode::invalid_params, "params.records holds at most " + std::to_string(limits::mirror_records) + " records");
  }
  LogWriter log(root_, case_id);
  std::optional<Head> head = log.head();
  std::optional<std::vector<json>> existing;  // read only when a record may already be there
  std::vector<json> to_add;
  std::set<std::string> missing;
  MirrorResult result;
  for (std::size_t i = 0; i < sealed.size(); ++i) {
    const json& record = sealed[i];
    const std::string where = "params.records[" + std::to_string(i) + "]";
    if (!record.is_object() || !record.contains("seq") || !record["seq"].is_number_integer() || !record.contains("hash") ||
        !record["hash"].is_string()) {
      throw VaultError(ErrorCode::invalid_params, where + " must be a sealed record (with seq and hash)");
    }
    if (!record.contains("case") || record["case"] != case_id) throw VaultError(ErrorCode::invalid_params, where + ".case is not params.case");
    const std::int64_t seq = record["seq"].get<std::int64_t>();
    const std::string& hash = record["hash"].get_ref<const std::string&>();
    if (head && seq <= head->seq && to_add.empty()) {
      if (!existing) existing = log.records();
      const auto found = std::find_if(existing->begin(), existing->end(), [&](const json& r) { return r.value("seq", std::int64_t{-1}) == seq; });
      if (found == existing->end()) conflict(i, "has seq " + std::to_string(seq) + ", which the vault's log does not hold");
      if ((*found)["hash"] != hash) {
        conflict(i, "differs from the vault's record at seq " + std::to_string(seq) + " (hash " +
                        (*found)["hash"].get<std::string>() + ", not " + hash + ")");
      }
      ++result.skipped;
      continue;
    }
    const std::int64_t next = head ? head->seq + 1 : 0;
    if (seq != next) conflict(i, "has seq " + std::to_string(seq) + "; the vault's next seq is " + std::to_string(next));
    json params{{"records", json::array({record})}};
    if (head) params["prev"] = {{"seq", head->seq}, {"hash", head->hash}};
    const json checked = core_result("evidence.verify", params);
    if (!checked["ok"].get<bool>()) {
      const json& problem = checked["first_problem"];
      conflict(i, "does not continue the vault's chain: " + problem.value("kind", std::string()) + ": " + problem.value("message", std::string()));
    }
    collect_missing(*this, record, missing);
    to_add.push_back(record);
    head = Head{seq, hash};
  }
  // Files removed on purpose (a redaction record in the log or in this batch names them) never arrive.
  if (!missing.empty()) {
    std::vector<json> known = existing ? *existing : log.records();
    known.insert(known.end(), to_add.begin(), to_add.end());
    const std::vector<RedactionEntry> entries = redaction_entries(known);
    missing.clear();
    for (const json& record : to_add) {
      for (const json& artifact : record["artifacts"]) {
        const std::string& sha256 = artifact["sha256"].get_ref<const std::string&>();
        if (!is_redacted(entries, record["seq"].get<std::int64_t>(), artifact["name"].get<std::string>(), sha256) && !has_blob(sha256)) {
          missing.insert(sha256);
        }
      }
    }
  }
  if (!missing.empty()) blobs_missing(missing);
  log.append_sealed(to_add);
  result.added = to_add.size();
  result.head = log.head();
  return result;
}

Vault::Erased Vault::erase() const {
  Erased erased{case_ids(root_).size(), blob_count()};
  for (const char* dir : {"cases", "blobs", "uploads"}) remove_tree(root_ / dir);
  sync_directory(root_);
  ensure_dirs(root_, "cases");
  return erased;
}

}  // namespace takedown::host::vault

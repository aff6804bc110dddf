// vault.redact: deletes the blobs that a case's redaction records name. The log is what authorises
// it: a blob is deleted only when a sealed redaction record of that case names it, and kept while
// any record (of any case) that no redaction covers still names it, so no other case breaks.
#include <map>
#include <system_error>

#include "vault/case_log.hpp"
#include "vault/redactions.hpp"
#include "vault/vault.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

// Every hash some record (of any case) names without a redaction covering it, with the first such
// record: those blobs are still needed. One pass over the vault, however many hashes are redacted.
std::map<std::string, RedactKept> still_named(const Vault& vault) {
  std::map<std::string, RedactKept> needed;
  for (const CaseSummary& summary : vault.list()) {
    // A log that cannot be read is damaged already (verify names it); it does not keep a child's
    // picture in the vault.
    if (summary.problem) continue;
    const std::vector<json> records = vault.read_log(summary.case_id);
    const std::vector<RedactionEntry> entries = redaction_entries(records);
    for (const json& record : records) {
      if (!record.is_object() || !record.contains("artifacts") || !record["artifacts"].is_array() || !record.contains("seq") ||
          !record["seq"].is_number_integer()) {
        continue;
      }
      const std::int64_t seq = record["seq"].get<std::int64_t>();
      for (const json& artifact : record["artifacts"]) {
        if (!artifact.is_object() || !artifact.contains("sha256") || !artifact["sha256"].is_string()) continue;
        const std::string& sha256 = artifact["sha256"].get_ref<const std::string&>();
        if (!is_redacted(entries, seq, artifact.value("name", std::string()), sha256)) needed.try_emplace(sha256, RedactKept{sha256, summary.case_id, seq});
      }
    }
  }
  return needed;
}

}  // namespace

RedactResult Vault::redact(std::string_view case_id) const {
  if (!exists_no_symlink(case_dir(case_id))) throw VaultError(ErrorCode::invalid_params, "the vault holds no case " + std::string(case_id));
  RedactResult result;
  std::set<std::string> named;
  for (const RedactionEntry& entry : redaction_entries(read_log(case_id))) {
    if (is_sha256(entry.sha256)) named.insert(entry.sha256);
  }
  const std::map<std::string, RedactKept> needed = named.empty() ? std::map<std::string, RedactKept>{} : still_named(*this);
  for (const std::string& sha256 : named) {
    if (const auto kept = needed.find(sha256); kept != needed.end()) {
      result.kept.push_back(kept->second);
      continue;
    }
    // A resumable upload of the same bytes would bring them back: it goes too.
    for (const char* suffix : {".part", ".size"}) remove_file(root_ / "uploads" / (sha256 + suffix));
    if (!has_blob(sha256)) {
      result.absent.push_back(sha256);
      continue;
    }
    const fs::path path = blob_path(sha256);
    if (!remove_file(path)) throw VaultError(ErrorCode::vault_io, "cannot delete " + path.string() + ": it is gone");
    sync_directory(path.parent_path());
    result.removed.push_back(sha256);
  }
  return result;
}

}  // namespace takedown::host::vault

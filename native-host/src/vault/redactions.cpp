#include "vault/redactions.hpp"

namespace takedown::host::vault {

using nlohmann::json;

std::vector<RedactionEntry> redaction_entries(std::span<const json> records) {
  std::vector<RedactionEntry> out;
  for (const json& record : records) {
    if (!record.is_object() || record.value("type", json()) != "redaction" || !record.contains("seq") ||
        !record["seq"].is_number_integer() || !record.contains("data") || !record["data"].is_object()) {
      continue;
    }
    const json& data = record["data"];
    if (!data.contains("artifacts") || !data["artifacts"].is_array()) continue;
    const std::string reason = data.contains("reason") && data["reason"].is_string() ? data["reason"].get<std::string>() : "";
    for (const json& entry : data["artifacts"]) {
      if (!entry.is_object() || !entry.contains("seq") || !entry["seq"].is_number_integer() || !entry.contains("name") ||
          !entry["name"].is_string() || !entry.contains("sha256") || !entry["sha256"].is_string()) {
        continue;
      }
      out.push_back({entry["seq"].get<std::int64_t>(), entry["name"].get<std::string>(), entry["sha256"].get<std::string>(),
                     record["seq"].get<std::int64_t>(), reason});
    }
  }
  return out;
}

bool is_redacted(const std::vector<RedactionEntry>& entries, std::int64_t seq, const std::string& name, const std::string& sha256) {
  for (const RedactionEntry& e : entries) {
    if (e.seq == seq && e.name == name && e.sha256 == sha256 && e.seq < e.by_seq) return true;
  }
  return false;
}

json to_json(const RedactionEntry& e) {
  return {{"seq", e.seq}, {"name", e.name}, {"sha256", e.sha256}, {"by_seq", e.by_seq}, {"reason", e.reason}};
}

}  // namespace takedown::host::vault

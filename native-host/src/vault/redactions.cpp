#include "vault/redactions.hpp"

namespace takedown::host::vault {

using nlohmann::json;

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

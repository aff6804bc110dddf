#pragma once
// Redaction records in a case log (docs/evidence.md, "Redaction"): which artifacts of earlier
// records were removed on purpose. Read by vault.redact (which blobs it may delete), by verify (a
// redacted blob may be gone) and by mirror (a redacted artifact's bytes never arrive).
#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace takedown::host::vault {

struct RedactionEntry {
  std::int64_t seq = 0;     // the record that held the artifact
  std::string name;
  std::string sha256;
  std::int64_t by_seq = 0;  // the redaction record
  std::string reason;
};

// The well-formed entries of every redaction record among `records` (the core checks the rest).
std::vector<RedactionEntry> redaction_entries(std::span<const nlohmann::json> records);

// Whether a record's artifact (seq, name) is covered by one of `entries` with the same hash.
bool is_redacted(const std::vector<RedactionEntry>& entries, std::int64_t seq, const std::string& name, const std::string& sha256);

// As evidence.verify's later_redactions param.
nlohmann::json to_json(const RedactionEntry& entry);

}  // namespace takedown::host::vault

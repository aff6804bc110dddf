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

#include "evidence/chain.hpp"

namespace takedown::host::vault {

// The core's reader of redaction records (evidence/chain.hpp), so the vault and evidence.verify agree.
using RedactionEntry = evidence::Redacted;
using evidence::redaction_entries;

// Whether a record's artifact (seq, name) is covered by one of `entries` with the same hash.
bool is_redacted(const std::vector<RedactionEntry>& entries, std::int64_t seq, const std::string& name, const std::string& sha256);

// As evidence.verify's later_redactions param.
nlohmann::json to_json(const RedactionEntry& entry);

}  // namespace takedown::host::vault

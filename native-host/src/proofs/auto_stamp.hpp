#pragma once
// Stamping every new record (config.json "tsa.every_record" or TAKEDOWN_TSA_EVERY_RECORD=1): after
// vault.append or vault.mirror added records, the new head is stamped once. One stamp per call is
// enough: the head's hash covers every record before it.
#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "vault/vault.hpp"

namespace takedown::host::proofs {

// nullopt when stamping every record is off. Otherwise what the method's answer carries as
// `timestamp`: {ok: true, seq, gen_time} for a token that verifies, else {ok: false, problem: {kind,
// message}} (plus seq and gen_time when a token was kept that does not verify). Never throws: the
// records are already durable, and a TSA that is down must not turn their append into an error; a
// failure is also written to the host log.
std::optional<nlohmann::json> stamp_new_head(const vault::Vault& vault, std::string_view case_id, std::int64_t seq) noexcept;

}  // namespace takedown::host::proofs

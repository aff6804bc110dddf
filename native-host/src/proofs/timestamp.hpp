#pragma once
// RFC 3161 timestamps of vault records: cases/<case>/proofs/timestamps/<seq>.tsq (the query),
// <seq>.tsr (the TSA's reply, byte for byte) and <seq>.json (what we read from them). Timestamping a
// record also vouches for every record before it: each record's hash covers its predecessor's.
#include <cstdint>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>

#include "proofs/tsa_config.hpp"
#include "vault/vault.hpp"

namespace takedown::host::proofs {

// Stamps record `seq` (default: the head) of `case_id` at config.url and returns
// {case, seq, hash, tsa, gen_time, serial, verified, files: {tsq, tsr}, problem?}. A record that already
// has a token answers with it (checked again, no second request). Throws vault::VaultError:
// tsa_not_configured, tsa_failed (no usable reply), invalid_params (no such case or record), vault_io.
nlohmann::json stamp_record(const vault::Vault& vault, std::string_view case_id, std::optional<std::int64_t> seq,
                            const TsaConfig& config);

// Checks a stored token again: the record is intact, the query is for its hash, the reply answers the
// query and is signed by a TSA that chains to `trust`. {case, seq, ok, hash, gen_time, serial, problem?}
// with problem {kind, message}, kind one of: timestamp_missing, record_missing, record_changed,
// query_unreadable, query_mismatch, reply_unreadable, not_granted, imprint_mismatch, untrusted,
// token_invalid, ca_unreadable. Throws vault::VaultError only for an invalid case id or I/O failures.
nlohmann::json verify_stamp(const vault::Vault& vault, std::string_view case_id, std::int64_t seq, const TsaTrust& trust);

}  // namespace takedown::host::proofs

#pragma once
// One RFC 3161 exchange with the configured TSA: a query for a SHA-256 digest posted, the reply read
// and checked against the query. Shared by record stamps (timestamp.*) and a dossier's tag manifest
// stamp (bag_timestamp.*).
#include <optional>
#include <string>

#include "proofs/problem.hpp"
#include "proofs/timestamp_query.hpp"
#include "proofs/timestamp_token.hpp"
#include "proofs/tsa_config.hpp"

namespace takedown::host::proofs {

struct TsaExchange {
  TimestampQuery query;
  std::string reply;                     // the TSA's DER reply, byte for byte
  std::string requested_utc;
  TokenFacts facts;
  std::optional<Problem> trust_problem;  // the signature is bad or does not chain to the CA (kept anyway)
};

// Throws vault::VaultError: tsa_not_configured (no or an unusable URL), tsa_failed (unreachable, no
// complete reply, not granted, or a reply to another query: nothing worth keeping).
TsaExchange request_token(const TsaConfig& config, const Digest32& imprint);

}  // namespace takedown::host::proofs

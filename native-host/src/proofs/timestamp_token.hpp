#pragma once
// Reading and verifying an RFC 3161 TimeStampResp with OpenSSL's TS API (notes §2.4).
#include <optional>
#include <string>
#include <string_view>

#include "proofs/problem.hpp"
#include "proofs/timestamp_query.hpp"

namespace takedown::host::proofs {

struct TokenFacts {
  std::string gen_time;   // the TSA's time, ISO 8601 UTC as the token gives it ("2026-11-28T10:20:00Z")
  std::string serial;     // the token's serial number, lowercase hex
  std::string policy;     // the TSA policy OID
  std::string tsa_name;   // the TSA's name when the token carries one
  std::string nonce_hex;  // empty when the token has no nonce
  std::optional<Digest32> imprint;  // the SHA-256 hashed message, when the token uses SHA-256
};

struct ReplyReading {
  std::optional<TokenFacts> facts;
  std::optional<Problem> problem;  // reply_unreadable, not_granted
};

// Parses a DER TimeStampResp: status granted (or granted with modifications) and a readable token.
ReplyReading read_reply(std::string_view tsr_der);

// Where the TSA's CA comes from: a PEM file, or (no file) the system store.
struct TsaTrust {
  std::optional<std::string> ca_file;
};

// Checks that the reply answers the query (version, imprint, nonce, policy when asked) and, when
// `check_signature`, that the token's signature is valid and its signer chains to `trust` with the
// critical timeStamping EKU. Problems: query_unreadable, reply_unreadable, query_mismatch (nonce),
// imprint_mismatch, untrusted (the chain), token_invalid (the signature or anything else), ca_unreadable.
std::optional<Problem> verify_reply(std::string_view tsq_der, std::string_view tsr_der, const TsaTrust& trust,
                                    bool check_signature);

// "20261128102000.5Z" -> "2026-11-28T10:20:00.5Z"; anything unexpected is returned as it is.
std::string generalized_time_iso(std::string_view generalized);

}  // namespace takedown::host::proofs

#pragma once
// RFC 3161 TimeStampReq: what we ask a TSA to sign. The message imprint is SHA-256 with the record's
// own hash as the hashed message: a record's hash already is the SHA-256 of its canonical text
// (docs/evidence.md), so anyone can check a token with
//   openssl ts -verify -digest <record hash> -in <seq>.tsr -CAfile tsa-ca.pem
// or with `-data` over the record's canonical text without "hash".
#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace takedown::host::proofs {

using Digest32 = std::array<std::uint8_t, 32>;

struct TimestampQuery {
  std::string der;        // application/timestamp-query body
  std::string nonce_hex;  // the random 64-bit nonce, so a replayed reply cannot pass
};

// Version 1, SHA-256 imprint, a random nonce, certReq = true (the TSA includes its certificate, so
// the token can be verified against the CA alone). Throws std::runtime_error on OpenSSL failure.
TimestampQuery build_query(const Digest32& imprint);

// The SHA-256 imprint of a DER TimeStampReq, or nullopt when it is not one (or not SHA-256).
std::optional<Digest32> query_imprint(std::string_view der);

// 64 hex digits -> 32 bytes; nullopt for anything else.
std::optional<Digest32> digest_from_hex(std::string_view hex);
std::string digest_hex(const Digest32& digest);
std::string bytes_hex(std::span<const std::uint8_t> bytes);

}  // namespace takedown::host::proofs

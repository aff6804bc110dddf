#pragma once
// The second witness: the host fetches a URL itself, like a stranger's browser would (no cookies, no
// login), and keeps what it got: the body as a vault blob and a result file
// cases/<case>/proofs/witness/<utc>-<n>.json. A refusal (403, a login wall, an expired link, a timeout,
// a bad certificate, a redirect loop, a body over the cap) is a finding, so it is a result with ok=false
// and error {kind, message}, stored like any other.
#include <string_view>

#include <nlohmann/json.hpp>

#include "vault/vault.hpp"

namespace takedown::host::proofs {

// {ok, url, status, final_url, hops: [{url, status, remote, refused}], headers: [[name, value], ...],
//  peer_cert_sha256, tls: {version, cipher} | null, bytes, sha256, started_utc, ended_utc,
//  request: {method, cookies, credentials, user_agent, accept, upgraded_to_https}, file, error?}.
// Only https and public addresses (proofs/witness_fetch.hpp): error.kind address_not_public, insecure_url.
// Throws vault::VaultError: invalid_params (bad case id, unknown case, a URL that is not http(s)), vault_io.
nlohmann::json witness_url(const vault::Vault& vault, std::string_view case_id, std::string_view url);

}  // namespace takedown::host::proofs

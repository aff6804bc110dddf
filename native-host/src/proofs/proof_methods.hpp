#pragma once
// The host methods of the proofs (protocol.json host_methods; docs/protocol.md "Proofs"): params as
// JSON text in, a core-style envelope out, like every HostHandler.
#include <string>
#include <string_view>

namespace takedown::host::proofs {

std::string vault_timestamp(std::string_view params_json);         // {case, seq?}
std::string vault_timestamp_verify(std::string_view params_json);  // {case, seq}
std::string vault_timestamp_digest(std::string_view params_json);  // {sha256}
std::string vault_witness(std::string_view params_json);           // {case, url}

}  // namespace takedown::host::proofs

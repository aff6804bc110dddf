#pragma once
// The host methods of the proofs (protocol.json host_methods; docs/protocol.md "Proofs"): parsed params
// in, a core-style envelope out, like every HostHandler.
#include <string>

#include <nlohmann/json.hpp>

namespace takedown::host::proofs {

std::string vault_timestamp(const nlohmann::json& params);         // {case, seq?}
std::string vault_timestamp_verify(const nlohmann::json& params);  // {case, seq}
std::string vault_timestamp_digest(const nlohmann::json& params);  // {sha256}
std::string vault_witness(const nlohmann::json& params);           // {case, url}

}  // namespace takedown::host::proofs

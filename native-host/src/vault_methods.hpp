#pragma once
// The vault.* host methods (docs/protocol.md): params in as parsed JSON, a core-style envelope out.
// The vault is the one at TAKEDOWN_VAULT or the default folder (the browser starts the host without
// flags), opened on first use.
#include <string>

#include <nlohmann/json.hpp>

namespace takedown::host {

std::string vault_info(const nlohmann::json& params);
std::string vault_list(const nlohmann::json& params);
std::string vault_head(const nlohmann::json& params);
std::string vault_append(const nlohmann::json& params);
std::string vault_mirror(const nlohmann::json& params);
std::string vault_upload_begin(const nlohmann::json& params);
std::string vault_upload_chunk(const nlohmann::json& params);
std::string vault_upload_commit(const nlohmann::json& params);
std::string vault_verify(const nlohmann::json& params);
std::string vault_redact(const nlohmann::json& params);
std::string vault_erase(const nlohmann::json& params);

}  // namespace takedown::host

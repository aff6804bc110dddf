#pragma once
// The vault.* host methods (docs/protocol.md): params in as JSON text, a core-style envelope out.
// The vault is the one at TAKEDOWN_VAULT or the default folder (the browser starts the host without
// flags), opened on first use.
#include <string>
#include <string_view>

namespace takedown::host {

std::string vault_info(std::string_view params_json);
std::string vault_list(std::string_view params_json);
std::string vault_head(std::string_view params_json);
std::string vault_append(std::string_view params_json);
std::string vault_mirror(std::string_view params_json);
std::string vault_upload_begin(std::string_view params_json);
std::string vault_upload_chunk(std::string_view params_json);
std::string vault_upload_commit(std::string_view params_json);
std::string vault_verify(std::string_view params_json);
std::string vault_redact(std::string_view params_json);
std::string vault_erase(std::string_view params_json);

}  // namespace takedown::host

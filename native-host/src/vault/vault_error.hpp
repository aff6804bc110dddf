#pragma once
// The one exception the vault throws: a protocol error code (vault_io, vault_conflict, ...) and a
// message that names the file or record, so a host method can answer with it as it is.
#include <stdexcept>
#include <string>

#include <takedown/protocol.hpp>

namespace takedown::host::vault {

struct VaultError : std::runtime_error {
  VaultError(protocol::ErrorCode error_code, const std::string& message) : std::runtime_error(message), code(error_code) {}
  protocol::ErrorCode code;
};

}  // namespace takedown::host::vault

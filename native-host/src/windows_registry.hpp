#pragma once
// The per-user registry keys through which Windows browsers find native messaging hosts
// (compiled on Windows only). Keys are written as "HKCU\Software\...\<host name>" or "HKLM\...".
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::windows_registry {

// Sets the key's default value to `value` (REG_SZ), creating the key and its missing parents; a new
// key also lists (value TakedownCreatedKeys) the parents this call created. Returns an error sentence,
// or nullopt.
std::optional<std::string> set_default_value(std::string_view key, std::string_view value);
// Deletes the key (it must have no subkeys), then the parents it lists as created by install, as far
// as they are empty: exactly what install wrote. `existed` tells whether the key was there. Returns an
// error sentence, or nullopt.
std::optional<std::string> delete_key(std::string_view key, bool& existed);
// The key's default value, or nullopt when the key or its value is missing.
std::optional<std::string> default_value(std::string_view key);

}  // namespace takedown::host::windows_registry

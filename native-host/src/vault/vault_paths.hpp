#pragma once
// Where the vault lives and which names may appear in it.
#include <filesystem>
#include <optional>
#include <string_view>

namespace takedown::host::vault {

// Linux: $XDG_DATA_HOME/takedown/vault (default ~/.local/share/takedown/vault); macOS:
// ~/Library/Application Support/Takedown/vault; Windows: %LOCALAPPDATA%\Takedown\vault.
// Throws VaultError(vault_unavailable) when the home folder is unknown.
std::filesystem::path default_root();
// `flag` (--vault DIR) > env TAKEDOWN_VAULT > default_root(); made absolute.
std::filesystem::path resolve_root(std::optional<std::string_view> flag);

bool is_case_id(std::string_view text) noexcept;  // ^[a-z0-9-]{1,64}$
bool is_sha256(std::string_view text) noexcept;   // ^[0-9a-f]{64}$

}  // namespace takedown::host::vault

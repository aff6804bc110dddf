#include "vault/vault_paths.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "utf8_path.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;

std::string env(const char* name) {
  const char* value = std::getenv(name);
  return value == nullptr ? std::string() : std::string(value);
}

[[noreturn]] void no_home(std::string_view what) {
  throw VaultError(protocol::ErrorCode::vault_unavailable,
                   std::string(what) + " is not set, so the vault has no default folder; set TAKEDOWN_VAULT");
}

}  // namespace

fs::path default_root() {
#if defined(_WIN32)
  const std::string local = env("LOCALAPPDATA");
  if (local.empty()) no_home("LOCALAPPDATA");
  return utf8_path(local) / "Takedown" / "vault";
#elif defined(__APPLE__)
  const std::string home = env("HOME");
  if (home.empty()) no_home("HOME");
  return utf8_path(home) / "Library" / "Application Support" / "Takedown" / "vault";
#else
  // XDG Base Directory: a relative XDG_DATA_HOME is invalid and must be ignored.
  const std::string data_home = env("XDG_DATA_HOME");
  if (!data_home.empty() && utf8_path(data_home).is_absolute()) return utf8_path(data_home) / "takedown" / "vault";
  const std::string home = env("HOME");
  if (home.empty()) no_home("HOME");
  return utf8_path(home) / ".local" / "share" / "takedown" / "vault";
#endif
}

fs::path resolve_root(std::optional<std::string_view> flag) {
  fs::path chosen;
  if (flag && !flag->empty()) {
    chosen = utf8_path(*flag);
  } else if (const std::string from_env = env("TAKEDOWN_VAULT"); !from_env.empty()) {
    chosen = utf8_path(from_env);
  } else {
    chosen = default_root();
  }
  std::error_code error;
  fs::path absolute = fs::absolute(chosen, error);
  if (error) throw VaultError(protocol::ErrorCode::vault_unavailable, "cannot resolve " + chosen.string() + ": " + error.message());
  absolute = absolute.lexically_normal();
  if (!absolute.has_filename() && absolute.has_relative_path()) absolute = absolute.parent_path();  // "dir/" -> "dir"
  return absolute;
}

bool is_case_id(std::string_view text) noexcept {
  return !text.empty() && text.size() <= 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

bool is_sha256(std::string_view text) noexcept {
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= 'a' && c <= 'f') || (c >= '0' && c <= '9'); });
}

}  // namespace takedown::host::vault

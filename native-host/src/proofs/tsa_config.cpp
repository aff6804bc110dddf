#include "proofs/tsa_config.hpp"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "vault/posix_file.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::proofs {
namespace {

std::optional<std::string> env_text(const char* name) {
  const char* value = std::getenv(name);
  if (value == nullptr || *value == '\0') return std::nullopt;
  return std::string(value);
}

std::optional<std::string> config_text(const nlohmann::json& tsa, const char* field, const std::filesystem::path& file) {
  if (!tsa.contains(field)) return std::nullopt;
  if (!tsa[field].is_string()) {
    throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + ": tsa." + field + " must be a string");
  }
  return tsa[field].get<std::string>();
}

}  // namespace

TsaConfig tsa_config(const std::filesystem::path& vault_root) {
  TsaConfig config;
  // The environment names the pair together, so a URL from one place never meets a CA from another.
  config.url = env_text("TAKEDOWN_TSA_URL");
  config.ca_file = env_text("TAKEDOWN_TSA_CA");
  if (config.url || config.ca_file) return config;
  const std::filesystem::path file = vault_root / "config.json";
  const vault::Fd fd = vault::open_if_exists(file);
  if (fd.get() >= 0) {
    const nlohmann::json parsed = nlohmann::json::parse(vault::read_all(fd, file), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + " is not a JSON object");
    }
    if (parsed.contains("tsa")) {
      const nlohmann::json& tsa = parsed["tsa"];
      if (!tsa.is_object()) throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + ": tsa must be an object");
      config.url = config_text(tsa, "url", file);
      config.ca_file = config_text(tsa, "ca_file", file);
    }
  }
  return config;
}

}  // namespace takedown::host::proofs

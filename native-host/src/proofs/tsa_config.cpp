#include "proofs/tsa_config.hpp"

#include <cstdlib>

#include <nlohmann/json.hpp>

#include "vault/file_io.hpp"
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
  const bool pair_from_env = config.url || config.ca_file;
  const std::optional<std::string> every_record_env = env_text("TAKEDOWN_TSA_EVERY_RECORD");
  if (every_record_env) config.every_record = *every_record_env == "1";
  if (pair_from_env && every_record_env) return config;
  const std::filesystem::path file = vault_root / "config.json";
  const vault::Fd fd = vault::open_if_exists(file);
  if (fd.valid()) {
    const nlohmann::json parsed = nlohmann::json::parse(vault::read_all(fd, file), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) {
      throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + " is not a JSON object");
    }
    if (parsed.contains("tsa")) {
      const nlohmann::json& tsa = parsed["tsa"];
      if (!tsa.is_object()) throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + ": tsa must be an object");
      if (!pair_from_env) {
        config.url = config_text(tsa, "url", file);
        config.ca_file = config_text(tsa, "ca_file", file);
      }
      if (!every_record_env && tsa.contains("every_record")) {
        if (!tsa["every_record"].is_boolean()) {
          throw vault::VaultError(protocol::ErrorCode::vault_io, file.string() + ": tsa.every_record must be true or false");
        }
        config.every_record = tsa["every_record"].get<bool>();
      }
    }
  }
  return config;
}

}  // namespace takedown::host::proofs

#pragma once
// Which Time Stamping Authority the host asks and which CA it trusts for the tokens:
// env TAKEDOWN_TSA_URL / TAKEDOWN_TSA_CA (a PEM file) when either is set, else <vault>/config.json
// {"tsa": {"url": "...", "ca_file": "..."}}. Without a CA file, tokens are checked against the system store.
// Whether every new record is stamped: env TAKEDOWN_TSA_EVERY_RECORD ("1" on, anything else off) when
// set, else config.json "tsa.every_record" (a boolean; off when absent).
#include <filesystem>
#include <optional>
#include <string>

#include "proofs/timestamp_token.hpp"

namespace takedown::host::proofs {

struct TsaConfig {
  std::optional<std::string> url;
  std::optional<std::string> ca_file;
  bool every_record = false;
  TsaTrust trust() const { return TsaTrust{ca_file}; }
};

// Throws vault::VaultError(vault_io) when config.json exists but cannot be read as that shape.
TsaConfig tsa_config(const std::filesystem::path& vault_root);

}  // namespace takedown::host::proofs

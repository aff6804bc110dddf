#pragma once
// The vault's calls into the core: the same methods the extension calls through wasm, so both sides
// seal, canonicalise and verify with one implementation. Failures become VaultError with the core's
// error code.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace takedown::host::vault {

// core::call(method, params) -> result, or throws VaultError(code, message).
nlohmann::json core_result(std::string_view method, const nlohmann::json& params);

// The record's RFC 8785 text (evidence.canonicalize): the bytes of its log line, without "\n".
std::string canonical_text(const nlohmann::json& record);

struct FileDigest {
  std::string sha256;
  std::int64_t size = 0;
};
// Lowercase hex SHA-256 of `bytes` (the core's raw-byte hasher).
std::string sha256_hex(std::string_view bytes);

// Streams the file (O_NOFOLLOW) through OpenSSL's SHA-256: the same function as the core's, several
// times faster where the CPU has SHA extensions (uploads' commit and verify re-hash whole files).
// Throws VaultError(vault_io).
FileDigest hash_file(const std::filesystem::path& file);

// Now in UTC as records write it: 2026-11-28T10:15:30.123Z.
std::string utc_now_text();
// Now as a file-name-safe stamp: 20261128T101530.123456Z.
std::string utc_file_stamp();

}  // namespace takedown::host::vault

#include "vault/core_bridge.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <memory>
#include <vector>

#include <openssl/evp.h>

#include <takedown/core/c_api.h>
#include <takedown/core/call.hpp>
#include <takedown/protocol.hpp>

#include "net/utc_time.hpp"
#include "vault/file_io.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

using nlohmann::json;
using protocol::ErrorCode;

ErrorCode code_named(std::string_view name) {
  for (std::size_t i = 0; i < protocol::error_names.size(); ++i) {
    if (protocol::error_names[i] == name) return static_cast<ErrorCode>(i);
  }
  return ErrorCode::internal;
}

std::string hex_of(const std::uint8_t (&digest)[32]) {
  static constexpr char hex[] = "0123456789abcdef";
  std::string text;
  for (const std::uint8_t byte : digest) {
    text.push_back(hex[byte >> 4]);
    text.push_back(hex[byte & 15]);
  }
  return text;
}

std::tm utc_parts(std::chrono::system_clock::time_point now) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(now);
  return net::utc_fields(seconds);
}

}  // namespace

json core_result(std::string_view method, const json& params) {
  const std::string params_text = params.dump(-1, ' ', false, json::error_handler_t::strict);
  const json envelope = json::parse(core::call(method, params_text), nullptr, false);
  if (envelope.is_discarded() || !envelope.is_object()) throw VaultError(ErrorCode::internal, std::string(method) + " gave no envelope");
  if (envelope.value("ok", false)) return envelope["result"];
  const json& error = envelope["error"];
  throw VaultError(code_named(error.value("code", "internal")), error.value("message", std::string(method) + " failed"));
}

std::string canonical_text(const json& record) {
  return core_result("evidence.canonicalize", json{{"value", record}})["text"].get<std::string>();
}

FileDigest hash_file(const std::filesystem::path& file) {
  const Fd fd = open_file(file, OpenMode::read);
  const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
    throw VaultError(ErrorCode::internal, "SHA-256 unavailable");
  }
  std::vector<char> buffer(256 * 1024);  // small: after an upload of small chunks, the commit sets the peak memory
  std::int64_t size = 0;
  for (;;) {
    const std::size_t n = read_some(fd, buffer.data(), buffer.size(), file);
    if (n == 0) break;
    EVP_DigestUpdate(context.get(), buffer.data(), n);
    size += static_cast<std::int64_t>(n);
  }
  std::uint8_t digest[32];  // EVP_sha256 writes exactly 32 bytes
  unsigned int length = 0;
  if (EVP_DigestFinal_ex(context.get(), digest, &length) != 1 || length != 32) {
    throw VaultError(ErrorCode::internal, "SHA-256 failed");
  }
  return {hex_of(digest), size};
}

std::string sha256_hex(std::string_view bytes) {
  takedown_sha256* hasher = takedown_sha256_new();
  if (hasher == nullptr) throw VaultError(ErrorCode::internal, "out of memory");
  takedown_sha256_update(hasher, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  std::uint8_t digest[32];
  takedown_sha256_final(hasher, digest);
  return hex_of(digest);
}

std::string utc_now_text() {
  const auto now = std::chrono::system_clock::now();
  const std::tm parts = utc_parts(now);
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  char text[96];  // room for any int the format could print, so no truncation is possible
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                parts.tm_hour, parts.tm_min, parts.tm_sec, static_cast<int>(millis));
  return text;
}

std::string utc_file_stamp() {
  const auto now = std::chrono::system_clock::now();
  const std::tm parts = utc_parts(now);
  const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count() % 1000000;
  char text[96];
  std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02d.%06dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                parts.tm_hour, parts.tm_min, parts.tm_sec, static_cast<int>(micros));
  return text;
}

}  // namespace takedown::host::vault

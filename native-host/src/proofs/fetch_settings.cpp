#include "proofs/fetch_settings.hpp"

#include <charconv>
#include <cstdlib>
#include <cstring>
#include <optional>

namespace takedown::host::proofs {
namespace {

std::optional<std::uint64_t> env_number(const char* name) {
  const char* text = std::getenv(name);
  if (text == nullptr || *text == '\0') return std::nullopt;
  std::uint64_t value = 0;
  const char* end = text + std::strlen(text);
  const auto [stop, error] = std::from_chars(text, end, value);
  if (error != std::errc{} || stop != end || value == 0) return std::nullopt;  // ignored, defaults stay
  return value;
}

void apply_timeout_override(net::FetchLimits& limits) {
  if (const auto ms = env_number("TAKEDOWN_WITNESS_TIMEOUT_MS")) {
    limits.connect_timeout = limits.read_timeout = std::chrono::milliseconds(static_cast<std::int64_t>(*ms));
  }
}

}  // namespace

net::FetchLimits witness_limits() {
  net::FetchLimits limits;
  apply_timeout_override(limits);
  if (const auto bytes = env_number("TAKEDOWN_WITNESS_MAX_BYTES")) limits.max_body_bytes = *bytes;
  return limits;
}

net::FetchLimits tsa_limits() {
  net::FetchLimits limits;
  limits.total_timeout = std::chrono::seconds(60);
  limits.max_body_bytes = 1u << 20;  // a token is a few KiB
  limits.max_redirects = 0;
  apply_timeout_override(limits);
  return limits;
}

net::Trust transport_trust() {
  net::Trust trust;
  if (const char* extra = std::getenv("TAKEDOWN_EXTRA_CA"); extra != nullptr && *extra != '\0') trust.ca_files.emplace_back(extra);
  return trust;
}

}  // namespace takedown::host::proofs

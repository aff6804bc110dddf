#pragma once
// Absolute http(s) URLs as the fetcher needs them: scheme, host, port and request target. Beast has no
// URL type in Boost 1.74 (Boost.URL came in 1.81), so this small parser is ours; it is strict on purpose:
// whatever it cannot read unambiguously is refused rather than guessed.
#include <cstdint>
#include <string>
#include <string_view>
#include <variant>

namespace takedown::host::net {

struct Url {
  std::string scheme;  // "http" or "https", lower case
  std::string host;    // lower-cased name, IPv4 dotted quad, or IPv6 literal without brackets
  std::uint16_t port = 0;
  std::string target;  // path + query, always starting with '/'; the fragment is dropped (never sent)

  bool https() const noexcept { return scheme == "https"; }
  bool default_port() const noexcept { return port == (https() ? 443 : 80); }
  bool host_is_ipv6() const noexcept { return host.find(':') != std::string::npos; }
  // The Host header value: host (IPv6 in brackets), ":port" only when not the scheme's default.
  std::string authority() const;
  // The URL written out again, normalised (lower-case scheme and host, no default port, no fragment).
  std::string text() const;
};

inline constexpr std::size_t url_max_bytes = 16384;

// Parses an absolute http:// or https:// URL; anything else (other schemes, user:password@, spaces,
// control bytes, bad ports, empty hosts) is a problem named in the string.
std::variant<Url, std::string> parse_url(std::string_view text);

// Resolves a Location header against the URL that answered with it (RFC 3986 §5.2 for the forms
// servers send: absolute, scheme-relative "//host/…", absolute path "/…", relative path, "?query").
std::variant<Url, std::string> resolve_location(const Url& base, std::string_view location);

// True when `host` is an IPv4 dotted quad or an IPv6 literal (no SNI and IP-address certificate checks).
bool is_ip_literal(std::string_view host) noexcept;

}  // namespace takedown::host::net

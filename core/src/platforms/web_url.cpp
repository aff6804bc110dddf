#include "web_url.hpp"

#include "text/ascii.hpp"

#include <algorithm>
#include <cstdint>

namespace takedown::platforms {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int hex_value(char c) {
  if (text::is_ascii_digit(c)) return c - '0';
  const char lower = text::ascii_lower(c);
  if (lower >= 'a' && lower <= 'f') return lower - 'a' + 10;
  return -1;
}

// The WHATWG "forbidden host code points", plus '%' (hosts are percent-decoded before this check).
bool is_forbidden_in_host(unsigned char c) {
  if (c <= 0x20 || c == 0x7f) return true;
  constexpr std::string_view forbidden = "#%/:<>?@[\\]^|";
  return forbidden.find(static_cast<char>(c)) != std::string_view::npos;
}

std::string_view trim_c0_and_space(std::string_view text) {
  const auto is_trimmed = [](char c) { return static_cast<unsigned char>(c) <= 0x20; };
  while (!text.empty() && is_trimmed(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_trimmed(text.back())) text.remove_suffix(1);
  return text;
}

// Decodes %XX in a host; a decoded byte outside printable ASCII is refused (IDN must come unencoded).
std::optional<std::string> percent_decode_host(std::string_view host) {
  std::string out;
  out.reserve(host.size());
  for (std::size_t i = 0; i < host.size(); ++i) {
    if (host[i] != '%') {
      out.push_back(host[i]);
      continue;
    }
    if (i + 2 >= host.size()) return std::nullopt;
    const int high = hex_value(host[i + 1]);
    const int low = hex_value(host[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    const int byte = high * 16 + low;
    if (byte <= 0x20 || byte >= 0x7f) return std::nullopt;
    out.push_back(static_cast<char>(byte));
    i += 2;
  }
  return out;
}

std::optional<std::string> check_ipv6_literal(std::string_view inside) {
  if (inside.empty() || inside.size() > 45) return "has an IPv6 address that is empty or too long";
  const bool ok = std::all_of(inside.begin(), inside.end(),
                              [](char c) { return hex_value(c) >= 0 || c == ':' || c == '.'; });
  if (!ok || inside.find(':') == std::string_view::npos) return "has a malformed IPv6 address";
  return std::nullopt;
}

std::optional<std::string> check_host_name(std::string_view host) {
  if (host.empty()) return "has no host";
  if (host.size() > 253) return "has a host longer than 253 bytes";
  for (const char c : host) {
    if (is_forbidden_in_host(static_cast<unsigned char>(c))) return "has a character a host cannot contain";
  }
  std::size_t label_start = 0;
  for (std::size_t i = 0; i <= host.size(); ++i) {
    if (i == host.size() || host[i] == '.') {
      if (i == label_start) return "has an empty label in its host";
      if (i - label_start > 63) return "has a host label longer than 63 bytes";
      label_start = i + 1;
    }
  }
  return std::nullopt;
}

}  // namespace

std::variant<WebUrl, std::string> parse_web_url(std::string_view text) {
  if (text.size() > web_url_max_bytes) return "is longer than " + std::to_string(web_url_max_bytes) + " bytes";
  text = trim_c0_and_space(text);
  const auto is_control_or_space = [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte <= 0x20 || byte == 0x7f;
  };
  if (std::any_of(text.begin(), text.end(), is_control_or_space)) return "contains spaces or control characters";

  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return "is not an address (it has no scheme)";
  WebUrl url;
  for (const char c : text.substr(0, colon)) {
    if (!is_ascii_alpha(c)) return "is not an address (its scheme is malformed)";
    url.scheme.push_back(text::ascii_lower(c));
  }
  if (url.scheme != "http" && url.scheme != "https") return "must be an http or https address";
  // Browsers also accept "https:host" and "https:\\host"; addresses they hand out always have "//".
  if (text.substr(colon + 1, 2) != "//") return "must have \"//\" after its scheme";

  const std::string_view rest = text.substr(colon + 3);
  const auto authority_end = rest.find_first_of("/\\?#");
  std::string_view authority = rest.substr(0, authority_end);
  const std::string_view after = authority_end == std::string_view::npos ? std::string_view{} : rest.substr(authority_end);

  // WHATWG: everything up to the last '@' is userinfo, so "a.com@b.org" is host b.org.
  if (const auto at = authority.rfind('@'); at != std::string_view::npos) authority.remove_prefix(at + 1);

  std::string_view host_text = authority;
  std::string_view port_text;
  bool has_port = false;
  if (!authority.empty() && authority.front() == '[') {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return "has an unclosed IPv6 address";
    if (auto problem = check_ipv6_literal(authority.substr(1, close - 1))) return *problem;
    host_text = authority.substr(0, close + 1);
    const std::string_view tail = authority.substr(close + 1);
    if (!tail.empty()) {
      if (tail.front() != ':') return "has text after its IPv6 address";
      has_port = true;
      port_text = tail.substr(1);
    }
    url.host_is_ip_literal = true;
  } else if (const auto port_colon = authority.rfind(':'); port_colon != std::string_view::npos) {
    host_text = authority.substr(0, port_colon);
    port_text = authority.substr(port_colon + 1);
    has_port = true;
  }
  if (has_port && !port_text.empty()) {
    if (port_text.size() > 5 || !std::all_of(port_text.begin(), port_text.end(), text::is_ascii_digit)) return "has a malformed port";
    const int port = std::stoi(std::string(port_text));
    if (port > 65535) return "has a port above 65535";
    url.port = port;
  }

  if (url.host_is_ip_literal) {
    for (const char c : host_text) url.host.push_back(text::ascii_lower(c));
  } else {
    auto decoded = percent_decode_host(host_text);
    if (!decoded) return "has a malformed percent-escape in its host";
    std::string host = std::move(*decoded);
    std::transform(host.begin(), host.end(), host.begin(), text::ascii_lower);
    if (!host.empty() && host.back() == '.') host.pop_back();  // "youtube.com." is youtube.com
    if (auto problem = check_host_name(host)) return *problem;
    url.host = std::move(host);
  }

  const auto path_end = after.find_first_of("?#");
  std::string path(after.substr(0, path_end));
  std::replace(path.begin(), path.end(), '\\', '/');
  url.path = path.empty() ? "/" : std::move(path);
  return url;
}

}  // namespace takedown::platforms

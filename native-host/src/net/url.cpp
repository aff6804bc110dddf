#include "url.hpp"

#include <algorithm>
#include <charconv>

namespace takedown::host::net {
namespace {

char lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string to_lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

// `"text" what`, built by appends: GCC 12 at -O3 warns falsely (-Wrestrict) on "literal" + std::string.
std::string quoted(std::string_view text, std::string_view what) {
  std::string out;
  out.reserve(text.size() + what.size() + 3);
  out += '"';
  out += text;
  out += "\" ";
  out += what;
  return out;
}

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_hex(char c) noexcept { return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

// Bytes a request target may carry as they are; anything else (space, controls, non-ASCII, quotes,
// angle brackets) is refused: a browser would have percent-encoded it, and a server log must show the
// same target we sent.
bool target_byte_ok(char c) noexcept {
  const auto u = static_cast<unsigned char>(c);
  if (u <= 0x20 || u >= 0x7f) return false;
  return c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' && c != '}';
}

bool valid_host_name(std::string_view host) {
  if (host.empty() || host.size() > 253) return false;
  std::size_t label = 0;
  for (std::size_t i = 0; i < host.size(); ++i) {
    const char c = host[i];
    if (c == '.') {
      if (label == 0) return false;
      label = 0;
      continue;
    }
    if (!(is_alpha(c) || is_digit(c) || c == '-' || c == '_')) return false;
    if (++label > 63) return false;
  }
  return label > 0;
}

bool valid_ipv6(std::string_view text) {
  if (text.size() < 2 || text.size() > 45) return false;
  int groups = 0;
  bool double_colon = false;
  std::size_t i = 0;
  if (text.starts_with("::")) {
    double_colon = true;
    i = 2;
    if (i == text.size()) return true;
  }
  while (i < text.size()) {
    std::size_t j = i;
    while (j < text.size() && is_hex(text[j])) ++j;
    if (j < text.size() && text[j] == '.') {  // an embedded IPv4 tail counts as two groups
      if (!is_ip_literal(text.substr(i))) return false;
      groups += 2;
      i = text.size();
      break;
    }
    if (j == i || j - i > 4) return false;
    ++groups;
    i = j;
    if (i == text.size()) break;
    if (text[i] != ':') return false;
    ++i;
    if (i < text.size() && text[i] == ':') {
      if (double_colon) return false;
      double_colon = true;
      ++i;
      if (i == text.size()) break;
    } else if (i == text.size()) {
      return false;  // a single trailing colon
    }
  }
  return double_colon ? groups < 8 : groups == 8;
}

bool valid_ipv4(std::string_view text) {
  int parts = 0;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) ++j;
    if (j == i || j - i > 3 || (j - i > 1 && text[i] == '0')) return false;
    int value = 0;
    std::from_chars(text.data() + i, text.data() + j, value);
    if (value > 255) return false;
    ++parts;
    if (j == text.size()) break;
    if (text[j] != '.') return false;
    i = j + 1;
  }
  return parts == 4;
}

// The authority part "host[:port]" into url.host / url.port.
std::string parse_authority(std::string_view authority, Url& url) {
  if (authority.find('@') != std::string_view::npos) return "user names and passwords in URLs are not supported";
  std::string_view host = authority;
  std::string_view port;
  if (authority.starts_with('[')) {
    const auto close = authority.find(']');
    if (close == std::string_view::npos) return "the IPv6 address has no closing ]";
    host = authority.substr(1, close - 1);
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty()) {
      if (rest[0] != ':') return "unexpected text after the IPv6 address";
      port = rest.substr(1);
    }
    if (!valid_ipv6(host)) return quoted(host, "is not an IPv6 address");
  } else {
    if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
      host = authority.substr(0, colon);
      port = authority.substr(colon + 1);
    }
    if (host.ends_with('.')) host.remove_suffix(1);  // "example.org." names the same host
    if (!valid_host_name(host)) return quoted(host, "is not a host name");
    const bool all_numeric =
        std::all_of(host.begin(), host.end(), [](char c) { return is_digit(c) || c == '.'; });
    if (all_numeric && !valid_ipv4(host)) return quoted(host, "is not an IPv4 address");
  }
  url.host = to_lower(host);
  url.port = url.https() ? 443 : 80;
  if (!port.empty()) {
    unsigned value = 0;
    const auto [end, error] = std::from_chars(port.data(), port.data() + port.size(), value);
    if (error != std::errc{} || end != port.data() + port.size() || value == 0 || value > 65535) {
      return quoted(port, "is not a port number");
    }
    url.port = static_cast<std::uint16_t>(value);
  }
  return {};
}

// Removes "." and ".." segments (RFC 3986 §5.2.4), so a redirect cannot climb above the root.
std::string remove_dot_segments(std::string_view path) {
  std::string out;
  std::size_t i = 0;
  while (i < path.size()) {
    std::size_t next = path.find('/', i + 1);
    if (next == std::string_view::npos) next = path.size();
    const std::string_view segment = path.substr(i, next - i);  // with its leading '/'
    if (segment == "/." || segment == "/..") {
      if (segment == "/..") {
        const auto cut = out.rfind('/');
        out.erase(cut == std::string::npos ? 0 : cut);
      }
      if (next == path.size()) out += '/';
    } else {
      out += segment;
    }
    i = next;
  }
  return out.empty() ? "/" : out;
}

std::string check_target(std::string_view target) {
  for (const char c : target) {
    if (!target_byte_ok(c)) return "the URL holds a byte that must be percent-encoded";
  }
  for (std::size_t i = 0; i < target.size(); ++i) {
    if (target[i] == '%' && (i + 2 >= target.size() || !is_hex(target[i + 1]) || !is_hex(target[i + 2]))) {
      return "the URL holds a % that does not start an escape";
    }
  }
  return {};
}

// Splits "path?query#fragment" into a normalised target without the fragment; sets `problem` instead
// when the target holds bytes a request may not carry.
std::string make_target(std::string_view rest, std::string& problem) {
  if (const auto hash = rest.find('#'); hash != std::string_view::npos) rest = rest.substr(0, hash);
  problem = check_target(rest);
  if (!problem.empty()) return {};
  const auto question = rest.find('?');
  const std::string_view path = rest.substr(0, question);
  const std::string_view query = question == std::string_view::npos ? std::string_view{} : rest.substr(question);
  return remove_dot_segments(path.empty() ? "/" : path) + std::string(query);
}

}  // namespace

bool is_ip_literal(std::string_view host) noexcept {
  return host.find(':') != std::string_view::npos ? valid_ipv6(host) : valid_ipv4(host);
}

std::string Url::authority() const {
  std::string out;
  if (host_is_ipv6()) {
    out += '[';
    out += host;
    out += ']';
  } else {
    out = host;
  }
  if (!default_port()) {
    out += ':';
    out += std::to_string(port);
  }
  return out;
}

std::string Url::text() const { return scheme + "://" + authority() + target; }

std::variant<Url, std::string> parse_url(std::string_view text) {
  if (text.size() > url_max_bytes) return std::string("the URL is longer than ") + std::to_string(url_max_bytes) + " bytes";
  const auto colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return std::string("not an absolute URL (no scheme)");
  Url url;
  url.scheme = to_lower(text.substr(0, colon));
  if (url.scheme != "http" && url.scheme != "https") {
    return "only http and https URLs can be fetched, not " + url.scheme + ":";
  }
  std::string_view rest = text.substr(colon + 1);
  if (!rest.starts_with("//")) return std::string("the URL has no host (expected ://)");
  rest.remove_prefix(2);
  const auto end = rest.find_first_of("/?#");
  const std::string_view authority = rest.substr(0, end);
  if (authority.empty()) return std::string("the URL has no host");
  if (auto problem = parse_authority(authority, url); !problem.empty()) return problem;
  std::string problem;
  url.target = make_target(end == std::string_view::npos ? std::string_view{} : rest.substr(end), problem);
  if (!problem.empty()) return problem;
  return url;
}

std::variant<Url, std::string> resolve_location(const Url& base, std::string_view location) {
  while (!location.empty() && (location.front() == ' ' || location.front() == '\t')) location.remove_prefix(1);
  while (!location.empty() && (location.back() == ' ' || location.back() == '\t')) location.remove_suffix(1);
  if (location.empty()) return std::string("the redirect has an empty Location");
  // An absolute URL has a scheme: letters, digits, + - . before the first ':' and before any / ? #.
  const auto first_special = location.find_first_of(":/?#");
  if (first_special != std::string_view::npos && location[first_special] == ':' && first_special > 0 &&
      is_alpha(location[0])) {
    return parse_url(location);
  }
  if (location.starts_with("//")) return parse_url(base.scheme + ":" + std::string(location));
  std::string joined;
  if (location.starts_with('/')) {
    joined = std::string(location);
  } else if (location.starts_with('?')) {
    joined = base.target.substr(0, base.target.find('?')) + std::string(location);
  } else if (location.starts_with('#')) {
    joined = base.target;
  } else {
    const std::string base_path = base.target.substr(0, base.target.find('?'));
    joined = base_path.substr(0, base_path.rfind('/') + 1) + std::string(location);
  }
  return parse_url(base.scheme + "://" + base.authority() + joined);
}

}  // namespace takedown::host::net

#include "host_pattern.hpp"

namespace takedown::platforms {
namespace {

bool is_label_char(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }

bool is_valid_label(std::string_view label) {
  if (label.empty() || label.size() > 63 || label.front() == '-' || label.back() == '-') return false;
  for (const char c : label) {
    if (!is_label_char(c)) return false;
  }
  return true;
}

}  // namespace

std::optional<HostPattern> parse_host_pattern(std::string_view text) {
  HostPattern pattern;
  if (text.substr(0, 2) == "*.") {
    pattern.subdomains = true;
    text.remove_prefix(2);
  }
  if (text.size() > 253) return std::nullopt;
  std::size_t labels = 0;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '.') {
      if (!is_valid_label(text.substr(start, i - start))) return std::nullopt;
      ++labels;
      start = i + 1;
    }
  }
  if (labels < 2) return std::nullopt;  // a bare top-level domain would claim a whole country
  pattern.base = std::string(text);
  return pattern;
}

bool host_matches(const HostPattern& pattern, std::string_view host) {
  if (host == pattern.base) return true;
  if (!pattern.subdomains || host.size() <= pattern.base.size()) return false;
  const auto dot = host.size() - pattern.base.size() - 1;
  return host[dot] == '.' && host.substr(dot + 1) == pattern.base;
}

}  // namespace takedown::platforms

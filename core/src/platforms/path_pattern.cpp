#include "path_pattern.hpp"

#include "text/ascii.hpp"

#include <algorithm>

namespace takedown::platforms {
namespace {

bool is_user_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || text::is_ascii_digit(c) || c == '_'; }
bool is_domain_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || text::is_ascii_digit(c) || c == '-' || c == '.'; }

bool is_id(std::string_view s) { return !s.empty() && s.size() <= 20 && std::all_of(s.begin(), s.end(), text::is_ascii_digit); }

// "alice" or "alice@example.org".
bool is_account(std::string_view s) {
  const auto at = s.find('@');
  const auto user = s.substr(0, at);
  if (user.empty() || user.size() > 64 || !std::all_of(user.begin(), user.end(), is_user_char)) return false;
  if (at == std::string_view::npos) return true;
  const auto domain = s.substr(at + 1);
  return !domain.empty() && domain.size() <= 253 && domain.find('.') != std::string_view::npos &&
         std::all_of(domain.begin(), domain.end(), is_domain_char);
}

bool segment_matches(std::string_view pattern, std::string_view segment) {
  if (pattern == "{id}") return is_id(segment);
  if (pattern == "{account}") return is_account(segment);
  if (pattern == "@{account}") return segment.size() > 1 && segment.front() == '@' && is_account(segment.substr(1));
  return pattern == segment;
}

// The next '/'-separated segment of `text` after position `start` (which points past a '/').
std::string_view next_segment(std::string_view text, std::size_t& start) {
  const auto end = std::min(text.find('/', start), text.size());
  const auto segment = text.substr(start, end - start);
  start = end + 1;
  return segment;
}

}  // namespace

bool path_matches(std::string_view pattern, std::string_view path) {
  if (pattern.empty() || pattern.front() != '/' || path.empty() || path.front() != '/') return false;
  if (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  std::size_t p = 1;
  std::size_t q = 1;
  while (p <= pattern.size() && q <= path.size()) {
    if (!segment_matches(next_segment(pattern, p), next_segment(path, q))) return false;
  }
  return p > pattern.size() && q > path.size();
}

}  // namespace takedown::platforms

#pragma once
// A hostname entry of the registry: "youtu.be" names that host only; "*.fbcdn.net" names fbcdn.net
// and every host below it (scontent-ams2-1.xx.fbcdn.net), always on a label boundary.
#include <optional>
#include <string>
#include <string_view>

namespace takedown::platforms {

struct HostPattern {
  std::string base;         // "fbcdn.net"
  bool subdomains = false;  // true for "*.fbcdn.net"
};

// The pattern, or nothing when `text` is not lower-case ASCII letters, digits and hyphens in at
// least two labels of 1 to 63 bytes (no leading or trailing hyphen), optionally after "*.".
std::optional<HostPattern> parse_host_pattern(std::string_view text);

// Whether `host` (as parse_web_url gives it) is named by `pattern`.
bool host_matches(const HostPattern& pattern, std::string_view host);

}  // namespace takedown::platforms

#pragma once
// A strict reader of http(s) addresses, enough to find a platform by host and path. It follows the
// WHATWG URL rules where they decide which host a browser would contact (the last '@' ends the
// userinfo, '\' ends the host like '/'), and refuses what it does not need to understand rather than
// guess: a wrong host here would send a person's report to the wrong platform.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace takedown::platforms {

inline constexpr std::size_t web_url_max_bytes = 8192;

struct WebUrl {
  std::string scheme;        // "http" or "https"
  std::string host;          // lower-case ASCII, no trailing dot; "[…]" for an IPv6 literal; IDN left as given
  std::optional<int> port;   // when the address names one
  std::string path;          // from the first '/' up to '?' or '#', '\' read as '/'; "/" when empty
  bool host_is_ip_literal = false;
};

// The parts of `text`, or why it is not an http(s) address (a sentence to follow "params.url ...").
std::variant<WebUrl, std::string> parse_web_url(std::string_view text);

}  // namespace takedown::platforms

#pragma once
// Path patterns for instance-based platforms (Mastodon has no fixed hostname, but its post addresses
// have a fixed shape): "/@{account}/{id}" matches "/@alice/109876543210" and "/@alice@example.org/42/".
#include <string_view>

namespace takedown::platforms {

// Whether `path` (from parse_web_url, without query) has the shape of `pattern`. Segments of the
// pattern: literal text, {id} (1 to 20 digits), {account} (a user name, optionally "@domain"), and
// @{account}. One trailing slash in the path is allowed.
bool path_matches(std::string_view pattern, std::string_view path);

}  // namespace takedown::platforms

#pragma once
// Parses a request body like core::parse_bounded (same bounds, same failures), but fast for upload
// chunks. nlohmann's lexer copies a string value byte by byte, twice (its token and its error
// context), each growing by doubling: a 10 MiB base64 value cost about 40 % of the host's time and
// four times its size in memory. Long string values that need no unescaping (printable ASCII, no
// backslash: base64, hex) are therefore cut out of the text before nlohmann sees it and put back
// into the parsed tree with one exact-size copy each.
#include <cstddef>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>

namespace takedown::host {

// String values at least this long are lifted; shorter ones cost nlohmann little.
inline constexpr std::size_t lift_min_bytes = 64 * 1024;

std::variant<nlohmann::json, core::Failure> parse_lifting_long_strings(std::string_view text, core::JsonBounds bounds,
                                                                       std::string_view what);

}  // namespace takedown::host

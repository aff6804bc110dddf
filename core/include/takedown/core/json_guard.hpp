#pragma once
// Bounded JSON parsing for every boundary: size and nesting depth are checked on the raw text before
// nlohmann sees it (its parser recurses, so unbounded depth would overflow the stack, in wasm too).
#include <cstddef>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

namespace takedown::core {

struct JsonBounds {
  std::size_t max_bytes;
  std::size_t max_depth;
};

// The deepest nesting of arrays and objects in `text`, ignoring brackets inside strings.
// Stops counting at `stop_at` + 1 so a hostile input costs no more than one pass.
std::size_t json_depth(std::string_view text, std::size_t stop_at) noexcept;

// Parses `text` as UTF-8 JSON within `bounds`; `what` names the input in error messages.
std::variant<nlohmann::json, Failure> parse_bounded(std::string_view text, JsonBounds bounds, std::string_view what);

}  // namespace takedown::core

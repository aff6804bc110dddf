#include <takedown/core/json_guard.hpp>

#include <string>

namespace takedown::core {

std::size_t json_depth(std::string_view text, std::size_t stop_at) noexcept {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    switch (c) {
      case '"': in_string = true; break;
      case '[':
      case '{':
        if (++depth > deepest) {
          deepest = depth;
          if (deepest > stop_at) return deepest;
        }
        break;
      case ']':
      case '}':
        if (depth > 0) --depth;
        break;
      default: break;
    }
  }
  return deepest;
}

std::variant<nlohmann::json, Failure> parse_bounded(std::string_view text, JsonBounds bounds, std::string_view what) {
  using protocol::ErrorCode;
  if (text.size() > bounds.max_bytes) {
    return Failure{ErrorCode::too_large, std::string(what) + " is " + std::to_string(text.size()) +
                                             " bytes; the limit is " + std::to_string(bounds.max_bytes)};
  }
  if (json_depth(text, bounds.max_depth) > bounds.max_depth) {
    return Failure{ErrorCode::too_deep,
                   std::string(what) + " nests deeper than " + std::to_string(bounds.max_depth) + " levels"};
  }
  // nlohmann stops at a NUL byte as if the input ended there; a raw NUL is never valid JSON.
  if (text.find('\0') != std::string_view::npos) {
    return Failure{ErrorCode::bad_json, std::string(what) + " contains a NUL byte"};
  }
  // The lexer also rejects invalid UTF-8 inside strings, so whatever parses can be dumped again safely.
  nlohmann::json value = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) {
    return Failure{ErrorCode::bad_json, std::string(what) + " is not valid UTF-8 JSON"};
  }
  return value;
}

}  // namespace takedown::core

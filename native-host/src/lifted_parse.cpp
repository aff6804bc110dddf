#include "lifted_parse.hpp"

#include <cstring>
#include <string>
#include <vector>

namespace takedown::host {
namespace {

using nlohmann::json;

struct Span {
  std::size_t from;  // the first byte after the opening quote
  std::size_t size;
};

// Stands in for lifted string n. It holds an escaped NUL, which no lifted string (printable ASCII)
// can; a text that already contains the escape is parsed without lifting, so markers never collide.
constexpr std::string_view marker_prefix = "\\u0000lifted:";
constexpr std::string_view parsed_marker_prefix = std::string_view("\0lifted:", 8);

// Whether every byte of `text` is printable ASCII; no early exit, so the compiler vectorises it.
bool all_printable(std::string_view text) {
  unsigned bad = 0;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    bad |= static_cast<unsigned>(byte < 0x20) | static_cast<unsigned>(byte >= 0x7f);
  }
  return bad == 0;
}

// The long plain string values of `text`, in order. Keys are never lifted (a marker key would stay).
std::vector<Span> long_plain_values(std::string_view text) {
  std::vector<Span> spans;
  const char* const begin = text.data();
  const char* const end = begin + text.size();
  const char* at = begin;
  while (at < end) {
    const char* open = static_cast<const char*>(std::memchr(at, '"', static_cast<std::size_t>(end - at)));
    if (!open) break;
    // The closing quote is the first one not escaped; a string with any backslash is never plain.
    bool escapes = false;
    const char* close = open + 1;
    for (;;) {
      close = static_cast<const char*>(std::memchr(close, '"', static_cast<std::size_t>(end - close)));
      if (!close) return spans;  // unterminated: the parser reports it
      std::size_t slashes = 0;
      while (close - slashes - 1 > open && close[-static_cast<std::ptrdiff_t>(slashes) - 1] == '\\') ++slashes;
      escapes = escapes || slashes > 0;
      if (slashes % 2 == 0) break;
      ++close;
    }
    const std::string_view value(open + 1, static_cast<std::size_t>(close - open - 1));
    const char* after = close + 1;
    while (after < end && (*after == ' ' || *after == '\t' || *after == '\n' || *after == '\r')) ++after;
    const bool is_key = after < end && *after == ':';
    if (!is_key && value.size() >= lift_min_bytes && !escapes && value.find('\\') == std::string_view::npos &&
        all_printable(value)) {
      spans.push_back({static_cast<std::size_t>(value.data() - begin), value.size()});
    }
    at = close + 1;
  }
  return spans;
}

// Puts every lifted string back where its marker was parsed.
void restore(json& node, std::string_view text, const std::vector<Span>& spans) {
  if (node.is_string()) {
    const auto& value = node.get_ref<const std::string&>();
    if (!std::string_view(value).starts_with(parsed_marker_prefix)) return;
    const Span span = spans.at(std::stoul(value.substr(parsed_marker_prefix.size())));
    node = std::string(text.substr(span.from, span.size));
  } else if (node.is_structured()) {
    for (auto& child : node) restore(child, text, spans);
  }
}

}  // namespace

std::variant<json, core::Failure> parse_lifting_long_strings(std::string_view text, core::JsonBounds bounds,
                                                              std::string_view what) {
  if (text.size() < lift_min_bytes || text.size() > bounds.max_bytes || text.find(marker_prefix) != std::string_view::npos) {
    return core::parse_bounded(text, bounds, what);
  }
  const std::vector<Span> spans = long_plain_values(text);
  if (spans.empty()) return core::parse_bounded(text, bounds, what);

  std::size_t lifted = 0;
  for (const Span& span : spans) lifted += span.size;
  std::string rest;
  rest.reserve(text.size() - lifted + spans.size() * (marker_prefix.size() + 20));
  std::size_t copied = 0;
  for (std::size_t i = 0; i < spans.size(); ++i) {
    rest.append(text.substr(copied, spans[i].from - copied));
    rest.append(marker_prefix);
    rest.append(std::to_string(i));
    copied = spans[i].from + spans[i].size;
  }
  rest.append(text.substr(copied));
  // The text was within max_bytes; what is left is smaller, and depth and UTF-8 are judged the same.
  auto parsed = core::parse_bounded(rest, bounds, what);
  if (auto* value = std::get_if<json>(&parsed)) restore(*value, text, spans);
  return parsed;
}

}  // namespace takedown::host

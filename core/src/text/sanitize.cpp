#include "sanitize.hpp"

#include <cstdint>

namespace takedown::core {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";

// Decodes one UTF-8 sequence at `at`; returns its code point and length, or length 0 when invalid.
struct Decoded {
  std::uint32_t code_point;
  std::size_t length;
};

Decoded decode(std::string_view text, std::size_t at) {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(at);
  if (lead < 0x80) return {lead, 1};
  struct Shape {
    std::uint8_t mask, marker, payload;
    std::size_t length;
    std::uint32_t minimum;  // smaller values are overlong encodings
  };
  constexpr Shape shapes[] = {{0xE0, 0xC0, 0x1F, 2, 0x80}, {0xF0, 0xE0, 0x0F, 3, 0x800}, {0xF8, 0xF0, 0x07, 4, 0x10000}};
  const Shape* shape = nullptr;
  for (const auto& s : shapes) {
    if ((lead & s.mask) == s.marker) shape = &s;
  }
  if (shape == nullptr) return {0, 0};
  const std::size_t length = shape->length;
  const std::uint32_t minimum = shape->minimum;
  std::uint32_t value = lead & shape->payload;
  if (at + length > text.size()) return {0, 0};
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return {0, 0};
    value = (value << 6) | (byte(at + i) & 0x3Fu);
  }
  if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return {0, 0};
  return {value, length};
}

bool breaks_line_or_controls(std::uint32_t c) {
  return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

bool reorders_or_hides(std::uint32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
         c == 0xFEFF;
}

}  // namespace

std::string single_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (std::size_t at = 0; at < text.size();) {
    const Decoded d = decode(text, at);
    const std::size_t length = d.length == 0 ? 1 : d.length;
    if (d.length != 0 && reorders_or_hides(d.code_point)) {
      at += length;
      continue;
    }
    if (d.length != 0 && (d.code_point == ' ' || breaks_line_or_controls(d.code_point))) {
      pending_space = !out.empty();
      at += length;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    if (d.length == 0) {
      out += replacement;
    } else {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  return out;
}

std::string html_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace takedown::core

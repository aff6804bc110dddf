#include "fold.hpp"

#include <cstdint>

namespace takedown::forms {
namespace {

// Decodes one UTF-8 sequence at `pos`; malformed input yields U+FFFD and advances one byte.
char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(pos);
  if (lead < 0x80) {
    ++pos;
    return lead;
  }
  std::size_t length = 0;
  char32_t cp = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    ++pos;
    return 0xFFFD;
  }
  if (pos + length > text.size()) {
    ++pos;
    return 0xFFFD;
  }
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  pos += length;
  return cp;
}

// Latin-1 Supplement letters U+00C0..U+00FF, folded; "" marks a non-letter (× and ÷).
constexpr std::string_view latin1[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};

// Latin Extended-A U+0100..U+017F comes in runs of one base letter (upper and lower case alternating).
struct Run {
  char32_t last;
  std::string_view folded;
};
constexpr Run latin_extended_a[] = {
    {0x0105, "a"}, {0x010D, "c"}, {0x0111, "d"}, {0x011B, "e"}, {0x0123, "g"}, {0x0127, "h"},
    {0x0131, "i"}, {0x0133, "ij"}, {0x0135, "j"}, {0x0138, "k"}, {0x0142, "l"}, {0x014B, "n"},
    {0x0151, "o"}, {0x0153, "oe"}, {0x0159, "r"}, {0x0161, "s"}, {0x0167, "t"}, {0x0173, "u"},
    {0x0175, "w"}, {0x0178, "y"}, {0x017E, "z"}, {0x017F, "s"},
};

enum class Kind { letter, digit, mark, other };

// The folded ASCII of one code point; `kind` says whether it joins a word, vanishes or separates.
std::string_view fold_code_point(char32_t cp, char& ascii, Kind& kind) noexcept {
  kind = Kind::letter;
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') {
      ascii = static_cast<char>(cp - 'A' + 'a');
      return {&ascii, 1};
    }
    if (cp >= 'a' && cp <= 'z') {
      ascii = static_cast<char>(cp);
      return {&ascii, 1};
    }
    if (cp >= '0' && cp <= '9') {
      kind = Kind::digit;
      ascii = static_cast<char>(cp);
      return {&ascii, 1};
    }
    kind = Kind::other;
    return {};
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    const std::string_view folded = latin1[cp - 0xC0];
    if (folded.empty()) kind = Kind::other;
    return folded;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    for (const auto& run : latin_extended_a) {
      if (cp <= run.last) return run.folded;
    }
  }
  switch (cp) {
    case 0x0218: case 0x0219: case 0x015E: return "s";   // Romanian ș with comma
    case 0x021A: case 0x021B: return "t";
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      kind = Kind::mark;   // soft hyphen and zero-width characters join what is around them
      return {};
    default:
      break;
  }
  if (cp >= 0x0300 && cp <= 0x036F) {
    kind = Kind::mark;   // combining accents (decomposed text): the base letter stays
    return {};
  }
  kind = Kind::other;
  return {};
}

bool is_upper_ascii(char32_t cp) { return cp >= 'A' && cp <= 'Z'; }
bool is_lower_ascii(char32_t cp) { return cp >= 'a' && cp <= 'z'; }
bool is_digit_ascii(char32_t cp) { return cp >= '0' && cp <= '9'; }

std::string fold(std::string_view text, bool identifier) {
  std::string out = " ";
  out.reserve(text.size() + 2);
  char32_t previous = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t after = pos;
    const char32_t cp = next_code_point(text, after);
    if (identifier && out.back() != ' ') {
      // Word boundaries inside identifiers: firstName, HTMLName (before the last capital), address2, 2nd.
      bool split = (is_lower_ascii(previous) && is_upper_ascii(cp)) ||
                   (is_digit_ascii(previous) != is_digit_ascii(cp) && (is_digit_ascii(previous) || is_digit_ascii(cp)) &&
                    (previous < 0x80 && cp < 0x80));
      if (!split && is_upper_ascii(previous) && is_upper_ascii(cp) && after < text.size()) {
        std::size_t peek = after;
        split = is_lower_ascii(next_code_point(text, peek));
      }
      if (split) out += ' ';
    }
    char ascii = 0;
    Kind kind = Kind::other;
    const std::string_view folded = fold_code_point(cp, ascii, kind);
    if (kind == Kind::other) {
      if (out.back() != ' ') out += ' ';
    } else if (kind != Kind::mark) {
      out += folded;
    }
    if (kind != Kind::mark) previous = cp;
    pos = after;
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

}  // namespace

std::string fold_text(std::string_view text) { return fold(text, false); }

std::string fold_identifier(std::string_view identifier) { return fold(identifier, true); }

std::size_t character_count(std::string_view text) noexcept {
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    next_code_point(text, pos);
    ++count;
  }
  return count;
}

}  // namespace takedown::forms

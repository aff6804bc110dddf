#include "jcs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

namespace takedown::evidence {
namespace {

// A decimal approximation d1.d2d3...dk × 10^exponent with k significant digits.
struct Decimal {
  std::string digits;
  int exponent = 0;
};

// Formats `value` (finite, > 0) as %.{digits-1}e: the correctly rounded decimal with that many digits.
Decimal rounded(double value, int digits) {
  char text[40];
  std::snprintf(text, sizeof text, "%.*e", digits - 1, value);
  Decimal d;
  const char* p = text;
  for (; *p != 'e'; ++p) {
    if (*p != '.') d.digits += *p;
  }
  d.exponent = std::atoi(p + 1);
  return d;
}

double value_of(const Decimal& d) {
  // Into a fixed buffer: at most 17 digits, a point, "e" and a 4-digit exponent.
  char text[40];
  std::snprintf(text, sizeof text, "%c.%se%d", d.digits[0], d.digits.size() > 1 ? d.digits.c_str() + 1 : "0", d.exponent);
  return std::strtod(text, nullptr);
}

// The neighbour of `d` one unit of its last digit up or down (same digit count, carry handled).
Decimal step(Decimal d, bool up) {
  std::size_t i = d.digits.size();
  if (up) {
    while (i > 0 && d.digits[i - 1] == '9') d.digits[--i] = '0';
    if (i == 0) {
      d.digits.insert(d.digits.begin(), '1');
      d.digits.pop_back();
      ++d.exponent;
    } else {
      ++d.digits[i - 1];
    }
  } else {
    while (i > 0 && d.digits[i - 1] == '0') d.digits[--i] = '9';
    if (i > 0) --d.digits[i - 1];
    if (d.digits[0] == '0') {  // 1000 -> 0999: one digit fewer
      d.digits.erase(d.digits.begin());
      d.digits.push_back('9');
      --d.exponent;
    }
  }
  return d;
}

// The k-digit decimal that reads back as `value`, the closest one when several do, if any. The
// correctly rounded k-digit decimal is the closest; when it does not read back, only its neighbour
// on the other side of `value` can (the rounding interval is at most one unit wide and, next to a
// power of two, lopsided), so two candidates per length suffice.
std::optional<Decimal> reading_back(double value, int k) {
  const Decimal closest = rounded(value, k);
  const double back = value_of(closest);
  if (back == value) return closest;
  Decimal other = step(closest, back < value);
  if (value_of(other) == value) return other;
  return std::nullopt;
}

// The shortest decimal that reads back as `value` (finite, > 0), the closest one when several
// have that length: ECMAScript Number::toString step 5. If k digits can read back, so can k + 1
// (append a zero), so the shortest length is found by bisection over 1..17 (17 always reads back).
Decimal shortest(double value) {
  int low = 1;
  int high = 17;
  while (low < high) {
    const int middle = (low + high) / 2;
    if (reading_back(value, middle)) {
      high = middle;
    } else {
      low = middle + 1;
    }
  }
  if (auto found = reading_back(value, low)) return *found;
  return rounded(value, 17);
}

void append_number(std::string& out, double value) {
  if (value == 0) {  // both zeros
    out += '0';
    return;
  }
  if (value < 0) {
    out += '-';
    value = -value;
  }
  Decimal d = shortest(value);
  while (d.digits.size() > 1 && d.digits.back() == '0') d.digits.pop_back();
  const std::string& s = d.digits;
  const int k = static_cast<int>(s.size());
  const int n = d.exponent + 1;  // value = 0.s × 10^n
  if (k <= n && n <= 21) {
    out += s;
    out.append(static_cast<std::size_t>(n - k), '0');
  } else if (0 < n && n <= 21) {
    out.append(s, 0, static_cast<std::size_t>(n));
    out += '.';
    out.append(s, static_cast<std::size_t>(n));
  } else if (-6 < n && n <= 0) {
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += s;
  } else {
    out += s[0];
    if (k > 1) {
      out += '.';
      out.append(s, 1);
    }
    out += n - 1 < 0 ? "e-" : "e+";
    out += std::to_string(std::abs(n - 1));
  }
}

constexpr std::int64_t exact_integer_limit = std::int64_t{1} << 53;

// Within ±2^53 every integer is a double and ES prints it digit for digit; beyond, it is first
// rounded to a double (to nearest, ties to even, as JSON.parse does).
void append_integer(std::string& out, std::int64_t value) {
  if (value >= -exact_integer_limit && value <= exact_integer_limit) {
    out += std::to_string(value);
  } else {
    append_number(out, static_cast<double>(value));
  }
}

void append_unsigned(std::string& out, std::uint64_t value) {
  if (value <= static_cast<std::uint64_t>(exact_integer_limit)) {
    out += std::to_string(value);
  } else {
    append_number(out, static_cast<double>(value));
  }
}

// Decodes a UTF-8 sequence at `at` (length 0 when invalid: overlong, surrogate, > U+10FFFF, cut).
std::size_t utf8_length(std::string_view text, std::size_t at, std::uint32_t& code_point) noexcept {
  const auto byte = [&](std::size_t i) { return static_cast<std::uint8_t>(text[i]); };
  const std::uint8_t lead = byte(at);
  std::size_t length = 0;
  std::uint32_t minimum = 0;
  if (lead < 0x80) {
    code_point = lead;
    return 1;
  }
  if ((lead & 0xE0) == 0xC0) {
    length = 2, minimum = 0x80, code_point = lead & 0x1Fu;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, minimum = 0x800, code_point = lead & 0x0Fu;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, minimum = 0x10000, code_point = lead & 0x07u;
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code_point = (code_point << 6) | (byte(at + i) & 0x3Fu);
  }
  if (code_point < minimum || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return 0;
  return length;
}

bool append_string(std::string& out, std::string_view text) {
  constexpr std::string_view hex = "0123456789abcdef";
  out += '"';
  for (std::size_t at = 0; at < text.size();) {
    const auto c = static_cast<unsigned char>(text[at]);
    if (c >= 0x80) {
      std::uint32_t code_point = 0;
      const std::size_t length = utf8_length(text, at, code_point);
      if (length == 0) return false;
      out.append(text, at, length);
      at += length;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += hex[c >> 4];
          out += hex[c & 0x0F];
        } else {
          out += static_cast<char>(c);
        }
    }
    ++at;
  }
  out += '"';
  return true;
}

bool append_value(std::string& out, const nlohmann::json& value, std::string* problem) {
  using value_t = nlohmann::json::value_t;
  switch (value.type()) {
    case value_t::null: out += "null"; return true;
    case value_t::boolean: out += value.get<bool>() ? "true" : "false"; return true;
    case value_t::number_integer: append_integer(out, value.get<std::int64_t>()); return true;
    case value_t::number_unsigned: append_unsigned(out, value.get<std::uint64_t>()); return true;
    case value_t::number_float: {
      const double number = value.get<double>();
      if (!std::isfinite(number)) {
        if (problem) *problem = "a number is NaN or infinite, which JSON cannot carry";
        return false;
      }
      append_number(out, number);
      return true;
    }
    case value_t::string:
      if (!append_string(out, value.get_ref<const std::string&>())) {
        if (problem) *problem = "a string is not valid UTF-8";
        return false;
      }
      return true;
    case value_t::array: {
      out += '[';
      bool first = true;
      for (const auto& element : value) {
        if (!first) out += ',';
        first = false;
        if (!append_value(out, element, problem)) return false;
      }
      out += ']';
      return true;
    }
    case value_t::object: {
      std::vector<const std::string*> names;
      names.reserve(value.size());
      for (const auto& [name, member] : value.items()) names.push_back(&name);
      std::sort(names.begin(), names.end(),
                [](const std::string* a, const std::string* b) { return compare_utf16(*a, *b) < 0; });
      out += '{';
      bool first = true;
      for (const std::string* name : names) {
        if (!first) out += ',';
        first = false;
        if (!append_string(out, *name)) {
          if (problem) *problem = "a member name is not valid UTF-8";
          return false;
        }
        out += ':';
        if (!append_value(out, value.find(*name).value(), problem)) return false;
      }
      out += '}';
      return true;
    }
    case value_t::binary:
    case value_t::discarded: break;
  }
  if (problem) *problem = "the value is not JSON";
  return false;
}

// The first UTF-16 code unit of a code point.
std::uint32_t first_unit(std::uint32_t code_point) noexcept {
  return code_point < 0x10000 ? code_point : 0xD800 + ((code_point - 0x10000) >> 10);
}

}  // namespace

std::optional<std::string> canonicalize(const nlohmann::json& value, std::string* problem) {
  std::string out;
  if (!append_value(out, value, problem)) return std::nullopt;
  return out;
}

std::string es_number(double value) {
  std::string out;
  append_number(out, value);
  return out;
}

int compare_utf16(std::string_view a, std::string_view b) noexcept {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    std::uint32_t x = 0;
    std::uint32_t y = 0;
    const std::size_t lx = utf8_length(a, i, x);
    const std::size_t ly = utf8_length(b, j, y);
    if (lx == 0 || ly == 0) {  // not UTF-8: fall back to bytes so that the order stays total
      const auto bx = static_cast<unsigned char>(a[i]);
      const auto by = static_cast<unsigned char>(b[j]);
      if (bx != by) return bx < by ? -1 : 1;
      ++i, ++j;
      continue;
    }
    if (x != y) {
      // Same first unit means both are above U+FFFF with the same high surrogate: the low
      // surrogates then order as the code points do.
      const std::uint32_t ux = first_unit(x);
      const std::uint32_t uy = first_unit(y);
      if (ux != uy) return ux < uy ? -1 : 1;
      return x < y ? -1 : 1;
    }
    i += lx;
    j += ly;
  }
  if (i < a.size()) return 1;
  if (j < b.size()) return -1;
  return 0;
}

}  // namespace takedown::evidence

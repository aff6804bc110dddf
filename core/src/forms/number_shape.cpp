#include "number_shape.hpp"

#include <cctype>
#include <string>

namespace takedown::forms {
namespace {

// The shortest phone number worth filling has 7 characters ("1234567" in a small country); the
// national numbers of the countries Takedown serves have 8 or more.
constexpr int shortest_phone = 7;
constexpr int longest_code = 8;

bool digit_like(char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == 'x' || c == 'X' || c == '*' || c == '#'; }

// A placeholder's characters, bullets ("•", U+2022, and "●", U+25CF) read as digits.
std::string shape_text(std::string_view placeholder) {
  std::string out;
  for (std::size_t i = 0; i < placeholder.size(); ++i) {
    const auto c = static_cast<unsigned char>(placeholder[i]);
    if (c == 0xE2 && i + 2 < placeholder.size() &&
        ((placeholder[i + 1] == '\x80' && placeholder[i + 2] == '\xA2') ||
         (placeholder[i + 1] == '\x97' && placeholder[i + 2] == '\x8F'))) {
      out.push_back('0');
      i += 2;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

// "1234 1234 1234 1234", "•••• •••• •••• ••••", "0000-0000-0000-0000": four or more groups of four digits.
bool card_placeholder(const std::string& p) {
  int groups = 0;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t run = 0;
    while (i + run < p.size() && digit_like(p[i + run])) ++run;
    if (run != 4) return false;
    ++groups;
    i += run;
    if (i == p.size()) break;
    if (p[i] != ' ' && p[i] != '-') return false;
    ++i;
  }
  return groups >= 4;
}

// "123456", "••••••", "0000", "xxx": a few digit-like characters and nothing else.
bool code_placeholder(const std::string& p) {
  if (p.size() < 3 || p.size() > static_cast<std::size_t>(longest_code)) return false;
  for (const char c : p) {
    if (!digit_like(c)) return false;
  }
  return true;
}

// "MM/YY", "MM / YYYY", "MM/AA", "MM/JJ", "12/25", "mm-yy".
bool expiry_placeholder(const std::string& p) {
  std::string s;
  for (const char c : p) {
    if (c != ' ') s.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  const auto slash = s.find_first_of("/-");
  if (slash != 2) return false;
  const std::string month = s.substr(0, 2);
  const std::string year = s.substr(3);
  const bool month_ok = month == "mm" || (std::isdigit(static_cast<unsigned char>(month[0])) && std::isdigit(static_cast<unsigned char>(month[1])));
  const bool year_ok = year == "yy" || year == "yyyy" || year == "aa" || year == "aaaa" || year == "jj" || year == "jjjj" ||
                       ((year.size() == 2 || year.size() == 4) &&
                        year.find_first_not_of("0123456789") == std::string::npos);
  return month_ok && year_ok;
}

}  // namespace

std::optional<int> digits_of_pattern(std::string_view pattern) {
  std::string_view p = pattern;
  if (!p.empty() && p.front() == '^') p.remove_prefix(1);
  if (!p.empty() && p.back() == '$') p.remove_suffix(1);
  int total = 0;
  bool any = false;
  while (!p.empty()) {
    if (p.substr(0, 2) == "\\d") {
      p.remove_prefix(2);
    } else if (p.substr(0, 5) == "[0-9]") {
      p.remove_prefix(5);
    } else {
      return std::nullopt;
    }
    int count = 1;
    if (!p.empty() && (p.front() == '*' || p.front() == '+')) return std::nullopt;
    if (!p.empty() && p.front() == '{') {
      const auto close = p.find('}');
      if (close == std::string_view::npos) return std::nullopt;
      const std::string_view inside = p.substr(1, close - 1);
      const auto comma = inside.find(',');
      const std::string_view most = comma == std::string_view::npos ? inside : inside.substr(comma + 1);
      if (most.empty() || most.size() > 3 || most.find_first_not_of("0123456789") != std::string_view::npos) return std::nullopt;
      count = std::stoi(std::string(most));
      p.remove_prefix(close + 1);
    }
    total += count;
    any = true;
  }
  return any ? std::optional<int>(total) : std::nullopt;
}

std::optional<NumberShape> number_shape(const SnapshotField& field) {
  if (field.tag != Tag::input) return std::nullopt;
  const std::string placeholder = shape_text(field.placeholder);
  if (card_placeholder(placeholder)) return NumberShape::card;
  if (expiry_placeholder(placeholder)) return NumberShape::expiry;
  if (code_placeholder(placeholder)) return NumberShape::code;
  if (const auto digits = digits_of_pattern(field.pattern)) {
    if (*digits < shortest_phone || (*digits <= longest_code && field.inputmode == "numeric")) return NumberShape::code;
  }
  if (field.maxlength > 0 && field.maxlength < shortest_phone) return NumberShape::too_short;
  // A numeric keyboard (not the phone keyboard) for at most 8 characters: a code.
  if (field.inputmode == "numeric" && field.maxlength > 0 && field.maxlength <= longest_code) return NumberShape::code;
  return std::nullopt;
}

}  // namespace takedown::forms

#include "date_format.hpp"

#include "text/ascii.hpp"

#include <array>
#include <vector>

namespace takedown::forms {
namespace {

enum class Part { day, month, year };

struct Format {
  std::array<Part, 3> order{};
  std::array<std::size_t, 3> width{};  // digits per part (1: no zero padding)
  char separator = '-';
};

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }
bool is_separator(char c) { return c == '-' || c == '/' || c == '.'; }


// A run of one letter ("dd", "jjjj") names a part by its letter and length.
std::optional<Part> letter_part(std::string_view run) {
  for (const char c : run) {
    if (c != run.front()) return std::nullopt;
  }
  const char c = run.front();
  if (run.size() == 4 && (c == 'y' || c == 'j' || c == 'a' || c == 'r')) return Part::year;
  if (run.size() <= 2 && c == 'm') return Part::month;
  if (run.size() <= 2 && (c == 'd' || c == 't' || c == 'j' || c == 'g')) return Part::day;
  return std::nullopt;
}

std::optional<Format> read_groups(const std::array<std::string_view, 3>& groups, char separator) {
  Format format;
  format.separator = separator;
  bool digits = true;
  for (const auto& g : groups) digits = digits && text::is_ascii_digit(g.front());
  if (digits) {
    // An example date: the four-digit group is the year, a number above 12 the day.
    int year_at = -1;
    for (int i = 0; i < 3; ++i) {
      if (groups[static_cast<std::size_t>(i)].size() == 4) year_at = i;
    }
    if (year_at < 0) return std::nullopt;
    std::vector<int> others;
    for (int i = 0; i < 3; ++i) {
      if (i != year_at) others.push_back(i);
    }
    const auto number = [&](int i) { return std::stoi(std::string(groups[static_cast<std::size_t>(i)])); };
    int day_at = -1;
    if (number(others[0]) > 12 && number(others[1]) <= 12) day_at = others[0];
    if (number(others[1]) > 12 && number(others[0]) <= 12) day_at = others[1];
    if (day_at < 0) return std::nullopt;
    for (int i = 0; i < 3; ++i) {
      const auto at = static_cast<std::size_t>(i);
      format.order[at] = i == year_at ? Part::year : i == day_at ? Part::day : Part::month;
      format.width[at] = groups[at].size() == 1 ? 1 : groups[at].size() == 4 ? 4 : 2;
    }
    return format;
  }
  std::array<bool, 3> seen{};
  for (std::size_t i = 0; i < 3; ++i) {
    if (!is_letter(groups[i].front())) return std::nullopt;
    const auto part = letter_part(groups[i]);
    if (!part || seen[static_cast<std::size_t>(*part)]) return std::nullopt;
    seen[static_cast<std::size_t>(*part)] = true;
    format.order[i] = *part;
    format.width[i] = groups[i].size();
  }
  return format;
}

// The first "xx?xx?xxxx" shape with one separator kind in `text`.
std::optional<Format> find_format(std::string_view text) {
  std::string lowered(text);
  for (char& c : lowered) c = text::ascii_lower(c);
  for (std::size_t start = 0; start < lowered.size(); ++start) {
    if (start > 0 && (is_letter(lowered[start - 1]) || text::is_ascii_digit(lowered[start - 1]))) continue;
    std::array<std::string_view, 3> groups;
    std::size_t pos = start;
    char separator = 0;
    bool ok = true;
    for (std::size_t g = 0; g < 3 && ok; ++g) {
      const std::size_t begin = pos;
      while (pos < lowered.size() && (is_letter(lowered[pos]) || text::is_ascii_digit(lowered[pos])) && pos - begin < 5) ++pos;
      if (pos == begin || pos - begin > 4) {
        ok = false;
        break;
      }
      groups[g] = std::string_view(lowered).substr(begin, pos - begin);
      if (g < 2) {
        if (pos >= lowered.size() || !is_separator(lowered[pos]) || (separator && lowered[pos] != separator)) {
          ok = false;
          break;
        }
        separator = lowered[pos++];
      }
    }
    if (!ok || (pos < lowered.size() && (is_letter(lowered[pos]) || text::is_ascii_digit(lowered[pos])))) continue;
    if (auto format = read_groups(groups, separator)) return format;
  }
  return std::nullopt;
}

std::string padded(int value, std::size_t width) {
  std::string digits = std::to_string(value);
  if (width == 2 && digits.size() == 1) digits.insert(digits.begin(), '0');
  return digits;
}

std::string write(const time::CivilDate& date, const Format& format) {
  std::string out;
  for (std::size_t i = 0; i < 3; ++i) {
    if (i > 0) out += format.separator;
    switch (format.order[i]) {
      case Part::day: out += padded(date.day, format.width[i]); break;
      case Part::month: out += padded(date.month, format.width[i]); break;
      case Part::year: out += padded(date.year, 4); break;
    }
  }
  return out;
}

}  // namespace

std::optional<std::string> write_date(const time::CivilDate& date, const SnapshotField& field, std::optional<Lang> page) {
  if (field.type == "date") return time::format_date(date);
  if (field.type == "datetime-local") return std::nullopt;
  for (const std::string_view text : {std::string_view(field.placeholder), std::string_view(field.title),
                                      std::string_view(field.description)}) {
    if (auto format = find_format(text)) return write(date, *format);
  }
  for (const auto& label : field.labels) {
    if (auto format = find_format(label.text)) return write(date, *format);
  }
  if (!page || *page == Lang::en) return std::nullopt;
  Format format;
  format.order = {Part::day, Part::month, Part::year};
  format.width = {2, 2, 4};
  format.separator = *page == Lang::nl ? '-' : (*page == Lang::de || *page == Lang::pl) ? '.' : '/';
  return write(date, format);
}

}  // namespace takedown::forms

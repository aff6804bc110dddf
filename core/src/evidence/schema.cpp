#include "schema.hpp"

#include <algorithm>

namespace takedown::evidence {

bool Schema::fail(std::string_view path, std::string_view what) {
  if (!problem_) problem_ = std::string(path) + " " + std::string(what);
  return false;
}

bool Schema::object(const nlohmann::json& value, std::string_view path, std::initializer_list<std::string_view> required,
                    std::initializer_list<std::string_view> optional) {
  if (!ok()) return false;
  if (!value.is_object()) return fail(path, std::string("must be an object, not ") + value.type_name());
  for (const auto name : required) {
    if (!value.contains(name)) return fail(member_path(path, name), "is required");
  }
  for (const auto& item : value.items()) {
    const std::string& key = item.key();  // a plain reference: clang 14 lambdas cannot capture bindings
    const auto is_key = [&](std::string_view name) { return name == key; };
    if (std::none_of(required.begin(), required.end(), is_key) && std::none_of(optional.begin(), optional.end(), is_key)) {
      return fail(member_path(path, key), "is not a known field");
    }
  }
  return true;
}

bool Schema::string(const nlohmann::json& value, std::string_view path, std::size_t min_bytes, std::size_t max_bytes,
                    bool single_line) {
  if (!ok()) return false;
  if (!value.is_string()) return fail(path, std::string("must be a string, not ") + value.type_name());
  const auto& text = value.get_ref<const std::string&>();
  if (text.size() < min_bytes) return fail(path, min_bytes == 1 ? "must not be empty" : "is too short");
  if (text.size() > max_bytes) {
    return fail(path, "is " + std::to_string(text.size()) + " bytes; the limit is " + std::to_string(max_bytes));
  }
  if (single_line && has_control_characters(text)) return fail(path, "must not contain control characters or line breaks");
  return true;
}

bool Schema::integer(const nlohmann::json& value, std::string_view path, std::int64_t min, std::int64_t max) {
  if (!ok()) return false;
  if (!value.is_number_integer()) return fail(path, std::string("must be an integer, not ") + value.type_name());
  // Positive numbers arrive as unsigned; those above INT64_MAX must not wrap around.
  if (value.is_number_unsigned() && value.get<std::uint64_t>() > static_cast<std::uint64_t>(max)) {
    return fail(path, "must be at most " + std::to_string(max));
  }
  const auto number = value.get<std::int64_t>();
  if (number < min) return fail(path, "must be at least " + std::to_string(min));
  if (number > max) return fail(path, "must be at most " + std::to_string(max));
  return true;
}

bool Schema::map(const nlohmann::json& value, std::string_view path, std::size_t max_entries) {
  if (!ok()) return false;
  if (!value.is_object()) return fail(path, std::string("must be an object, not ") + value.type_name());
  if (value.size() > max_entries) {
    return fail(path, "has " + std::to_string(value.size()) + " entries; the limit is " + std::to_string(max_entries));
  }
  return true;
}

bool Schema::array(const nlohmann::json& value, std::string_view path, std::size_t max_items) {
  if (!ok()) return false;
  if (!value.is_array()) return fail(path, std::string("must be an array, not ") + value.type_name());
  if (value.size() > max_items) {
    return fail(path, "has " + std::to_string(value.size()) + " items; the limit is " + std::to_string(max_items));
  }
  return true;
}

bool Schema::one_of(const nlohmann::json& value, std::string_view path, std::span<const std::string_view> choices) {
  if (!ok()) return false;
  if (value.is_string()) {
    const auto& text = value.get_ref<const std::string&>();
    if (std::find(choices.begin(), choices.end(), text) != choices.end()) return true;
  }
  std::string list;
  for (const auto choice : choices) list += (list.empty() ? "" : ", ") + std::string(choice);
  return fail(path, "must be one of " + list);
}

bool Schema::boolean(const nlohmann::json& value, std::string_view path) {
  if (!ok()) return false;
  if (!value.is_boolean()) return fail(path, std::string("must be true or false, not ") + value.type_name());
  return true;
}

bool Schema::shaped(const nlohmann::json& value, std::string_view path, bool (*matches)(std::string_view),
                    std::string_view shape) {
  if (!ok()) return false;
  if (!value.is_string()) return fail(path, std::string("must be a string, not ") + value.type_name());
  if (!matches(value.get_ref<const std::string&>())) return fail(path, "must be " + std::string(shape));
  return true;
}

std::string member_path(std::string_view path, std::string_view name) {
  const bool plain = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
  return plain ? std::string(path) + "." + std::string(name) : key_path(path, name);
}

std::string key_path(std::string_view path, std::string_view key) {
  // Page-derived names (meta keys) are quoted and cut, so a message stays short and one line.
  std::string quoted;
  for (const char c : key.substr(0, 64)) {
    const auto byte = static_cast<unsigned char>(c);
    quoted += (byte < 0x20 || byte == 0x7F) ? '?' : (c == '"' || c == '\\') ? '\'' : c;
  }
  return std::string(path) + "[\"" + quoted + (key.size() > 64 ? "…" : "") + "\"]";
}

std::string element_path(std::string_view path, std::size_t index) {
  return std::string(path) + "[" + std::to_string(index) + "]";
}

namespace {

bool digits(std::string_view text, std::size_t from, std::size_t count) noexcept {
  if (from + count > text.size()) return false;
  return std::all_of(text.begin() + static_cast<std::ptrdiff_t>(from),
                     text.begin() + static_cast<std::ptrdiff_t>(from + count), [](char c) { return c >= '0' && c <= '9'; });
}

int number(std::string_view text, std::size_t from, std::size_t count) noexcept {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
  return value;
}

bool real_day(int year, int month, int day) noexcept {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= days[month - 1] + (month == 2 && leap ? 1 : 0);
}

}  // namespace

bool is_id(std::string_view text) noexcept {
  return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_token(std::string_view text) noexcept {
  return !text.empty() && text.size() <= 64 && std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool is_date(std::string_view text) noexcept {
  return text.size() == 10 && digits(text, 0, 4) && text[4] == '-' && digits(text, 5, 2) && text[7] == '-' &&
         digits(text, 8, 2) && real_day(number(text, 0, 4), number(text, 5, 2), number(text, 8, 2));
}

bool is_utc_time(std::string_view text) noexcept {
  // YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z: what Date.prototype.toISOString writes (with .sss), in UTC only.
  if (text.size() < 20 || !is_date(text.substr(0, 10)) || text[10] != 'T' || !digits(text, 11, 2) || text[13] != ':' ||
      !digits(text, 14, 2) || text[16] != ':' || !digits(text, 17, 2)) {
    return false;
  }
  if (number(text, 11, 2) > 23 || number(text, 14, 2) > 59 || number(text, 17, 2) > 59) return false;
  std::size_t at = 19;
  if (text[at] == '.') {
    const std::size_t start = ++at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == start || at - start > 9) return false;
  }
  return at + 1 == text.size() && text[at] == 'Z';
}

bool is_time_zone(std::string_view text) noexcept {
  if (text.empty() || text.size() > 64 || text.front() == '/' || text.back() == '/' ||
      text.find("//") != std::string_view::npos || text.find("..") != std::string_view::npos) {
    return false;
  }
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '+' || c == '/' || c == '.';
  });
}

bool has_control_characters(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) return true;
    // C1 controls are U+0080..U+009F: C2 80..C2 9F in UTF-8.
    if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0x9F) return true;
  }
  return false;
}

}  // namespace takedown::evidence

#include "field_reader.hpp"

#include <algorithm>

#include "text/sanitize.hpp"

namespace takedown::core {
namespace {

const nlohmann::json& empty_array() {
  static const nlohmann::json value = nlohmann::json::array();
  return value;
}

const nlohmann::json& null_value() {
  static const nlohmann::json value;
  return value;
}

std::string joined(std::span<const std::string_view> values) {
  std::string out;
  for (const auto value : values) {
    if (!out.empty()) out += ", ";
    out += value;
  }
  return out;
}

}  // namespace

FieldReader::FieldReader(const nlohmann::json& object, std::string path)
    : FieldReader(object, std::move(path), std::make_shared<std::optional<Failure>>()) {}

FieldReader::FieldReader(const nlohmann::json& object, std::string path, std::shared_ptr<std::optional<Failure>> problem)
    : object_(object), path_(std::move(path)), problem_(std::move(problem)) {}

std::string FieldReader::path_of(std::string_view name) const { return path_ + "." + std::string(name); }

void FieldReader::fail(std::string_view name, std::string_view problem) const {
  if (problem_->has_value()) return;
  const std::string where = name.empty() ? path_ : path_of(name);
  *problem_ = Failure{protocol::ErrorCode::invalid_params, where + " " + std::string(problem)};
}

const nlohmann::json* FieldReader::field(std::string_view name) const {
  if (!object_.is_object()) return nullptr;
  const auto found = object_.find(name);
  return found == object_.end() ? nullptr : &*found;
}

FieldReader FieldReader::child(std::string_view name) const {
  const nlohmann::json* value = field(name);
  return FieldReader(value ? *value : null_value(), path_of(name), problem_);
}

FieldReader FieldReader::element(const nlohmann::json& value, std::size_t index, std::string_view array_name) const {
  return FieldReader(value, path_of(array_name) + "[" + std::to_string(index) + "]", problem_);
}

bool FieldReader::expect_object(std::initializer_list<std::string_view> known) const {
  if (!object_.is_object()) {
    fail("", std::string("must be an object, not ") + object_.type_name());
    return false;
  }
  for (const auto& item : object_.items()) {
    // No structured binding: clang 14 (Emscripten 3.1.6) cannot capture one in a lambda.
    const std::string& key = item.key();
    if (std::none_of(known.begin(), known.end(), [&](std::string_view k) { return k == key; })) {
      fail(key, "is not a known field");
      return false;
    }
  }
  return true;
}

bool FieldReader::has(std::string_view name) const { return field(name) != nullptr; }

std::vector<std::string> FieldReader::present_paths() const {
  std::vector<std::string> paths;
  if (!object_.is_object()) return paths;
  for (const auto& [key, value] : object_.items()) paths.push_back(path_of(key));
  return paths;
}

std::string FieldReader::choice(std::string_view name, std::initializer_list<std::string_view> values,
                                std::string_view absent) const {
  const std::span<const std::string_view> list(values.begin(), values.size());
  const std::size_t index = choice_index(name, list, values.size());
  return index < values.size() ? std::string(list[index]) : std::string(absent);
}

std::size_t FieldReader::choice_index(std::string_view name, std::span<const std::string_view> values,
                                      std::size_t absent) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) return absent;
  if (value->is_string()) {
    const auto& text = value->get_ref<const std::string&>();
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (values[i] == text) return i;
    }
  }
  fail(name, "must be one of " + joined(values));
  return absent;
}

std::string FieldReader::text(std::string_view name, std::size_t max_bytes, bool required) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) {
    if (required) fail(name, "is required");
    return {};
  }
  if (!value->is_string()) {
    fail(name, "must be a string");
    return {};
  }
  const auto& raw = value->get_ref<const std::string&>();
  if (raw.size() > max_bytes) {
    fail(name, "is longer than " + std::to_string(max_bytes) + " bytes");
    return {};
  }
  return single_line(raw);
}

std::optional<time::CivilDate> FieldReader::date(std::string_view name, bool required) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) {
    if (required) fail(name, "is required");
    return std::nullopt;
  }
  const auto parsed = value->is_string() ? time::parse_date(value->get_ref<const std::string&>()) : std::nullopt;
  if (!parsed) {
    fail(name, "must be a date written YYYY-MM-DD");
    return std::nullopt;
  }
  if (parsed->year < time::first_supported_year || parsed->year > time::last_supported_year) {
    fail(name, "must be in the years " + std::to_string(time::first_supported_year) + " to " +
                   std::to_string(time::last_supported_year));
    return std::nullopt;
  }
  return parsed;
}

std::optional<time::DateTime> FieldReader::date_time(std::string_view name) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) return std::nullopt;
  const auto parsed = value->is_string() ? time::parse_date_time(value->get_ref<const std::string&>()) : std::nullopt;
  if (!parsed) {
    fail(name, "must be a date and time written YYYY-MM-DDTHH:MM[:SS] with Z or a +HH:MM/-HH:MM offset");
    return std::nullopt;
  }
  if (parsed->date.year < time::first_supported_year || parsed->date.year > time::last_supported_year) {
    fail(name, "must be in the years " + std::to_string(time::first_supported_year) + " to " +
                   std::to_string(time::last_supported_year));
    return std::nullopt;
  }
  return parsed;
}

std::optional<bool> FieldReader::boolean(std::string_view name) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) return std::nullopt;
  if (!value->is_boolean()) {
    fail(name, "must be true or false");
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<int> FieldReader::integer(std::string_view name, int min, int max, bool required) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) {
    if (required) fail(name, "is required");
    return std::nullopt;
  }
  const bool in_range = (value->is_number_integer() && value->get<long long>() >= min && value->get<long long>() <= max);
  if (!in_range) {
    fail(name, "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(value->get<long long>());
}

const nlohmann::json& FieldReader::array(std::string_view name, std::size_t max_items) const {
  const nlohmann::json* value = field(name);
  if (value == nullptr) return empty_array();
  if (!value->is_array()) {
    fail(name, "must be an array");
    return empty_array();
  }
  if (value->size() > max_items) {
    fail(name, "has more than " + std::to_string(max_items) + " entries");
    return empty_array();
  }
  return *value;
}

std::vector<std::string> FieldReader::text_array(std::string_view name, std::size_t max_items,
                                                 std::size_t max_bytes) const {
  std::vector<std::string> out;
  const auto& items = array(name, max_items);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::string where = name.empty() ? std::string() : std::string(name) + "[" + std::to_string(i) + "]";
    if (!items[i].is_string()) {
      fail(where, "must be a string");
      return {};
    }
    const auto& raw = items[i].get_ref<const std::string&>();
    if (raw.size() > max_bytes) {
      fail(where, "is longer than " + std::to_string(max_bytes) + " bytes");
      return {};
    }
    out.push_back(single_line(raw));
  }
  return out;
}

}  // namespace takedown::core

#pragma once
// Typed, bounded reads of nested params objects. A reader records the first problem it meets (with
// the field's full path, e.g. "params.situation.depicted must be one of me, my_child, ...") and
// returns a harmless default from then on, so a method reads everything and checks once.
#include <cstddef>
#include <initializer_list>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

#include "time/civil_date.hpp"
#include "time/date_time.hpp"

namespace takedown::core {

class FieldReader {
 public:
  // Reads `object`, named `path` in messages; `object` must outlive the reader.
  FieldReader(const nlohmann::json& object, std::string path);

  // A reader for a nested object, sharing this reader's problem record.
  FieldReader child(std::string_view name) const;
  FieldReader element(const nlohmann::json& value, std::size_t index, std::string_view array_name) const;

  // Requires an object whose fields are all in `known` (a typo must not silently change a plan).
  bool expect_object(std::initializer_list<std::string_view> known) const;
  bool has(std::string_view name) const;
  // The full paths of the fields present ("params.case.sexual", ...), when the value is an object.
  std::vector<std::string> present_paths() const;
  // The raw value of a field, or null when absent: for fields that take more than one JSON type.
  const nlohmann::json* get(std::string_view name) const { return field(name); }

  std::string choice(std::string_view name, std::initializer_list<std::string_view> values,
                     std::string_view absent) const;
  // The index of the value in `values`, or `absent` when the field is missing or not one of them.
  std::size_t choice_index(std::string_view name, std::span<const std::string_view> values, std::size_t absent) const;
  // A string made single-line (see text/sanitize.hpp), at most `max_bytes` bytes as given.
  std::string text(std::string_view name, std::size_t max_bytes, bool required = false) const;
  std::optional<time::CivilDate> date(std::string_view name, bool required = false) const;
  std::optional<time::DateTime> date_time(std::string_view name) const;
  std::optional<bool> boolean(std::string_view name) const;
  std::optional<int> integer(std::string_view name, int min, int max, bool required = false) const;
  // The array at `name` (empty when absent), refused above `max_items` elements.
  const nlohmann::json& array(std::string_view name, std::size_t max_items) const;
  // The strings of an array, each single-lined and at most `max_bytes` long.
  std::vector<std::string> text_array(std::string_view name, std::size_t max_items, std::size_t max_bytes) const;

  void fail(std::string_view name, std::string_view problem) const;
  bool ok() const { return !problem_->has_value(); }
  const std::optional<Failure>& failure() const { return *problem_; }
  std::string path_of(std::string_view name) const;

 private:
  FieldReader(const nlohmann::json& object, std::string path, std::shared_ptr<std::optional<Failure>> problem);
  const nlohmann::json* field(std::string_view name) const;

  const nlohmann::json& object_;
  std::string path_;
  std::shared_ptr<std::optional<Failure>> problem_;
};

}  // namespace takedown::core

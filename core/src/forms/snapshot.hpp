#pragma once
// The snapshot of a form that the content script sends (docs/forms.md), read and bounded.
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

#include "label_quality.hpp"

namespace takedown::forms {

inline constexpr std::size_t max_fields = 2000;
inline constexpr std::size_t max_string_characters = 1000;
inline constexpr std::size_t max_options = 500;
inline constexpr std::size_t max_labels = 50;
inline constexpr std::size_t max_groups = 200;

enum class Tag { input, select, textarea, editable, custom };

struct Label {
  std::string text;
  TextSource source = TextSource::label_for;
};

struct Option {
  std::string value;
  std::string text;
};

struct SnapshotField {
  std::string ref;
  Tag tag = Tag::input;
  std::string type;  // lower-cased input type; "" for other tags
  std::string role;
  std::string autocomplete;
  std::string name;
  std::string id;
  std::vector<Label> labels;
  std::string placeholder;
  std::string title;
  std::string description;
  std::string section;
  std::string group;
  std::vector<Option> options;
  std::string value;
  bool checked = false;
  bool required = false;
  bool multiple = false;
  bool readonly = false;
  bool disabled = false;
  bool visible = true;
  int maxlength = -1;
  std::string form;       // the id of its group (FormGroup::id), "" when it has none
  std::string concealed;  // why a person cannot see it (offscreen, zero_size, ...), "" when they can
  std::string inputmode;  // lower-cased inputmode attribute ("numeric", "tel"...); "" when absent
  std::string pattern;    // the pattern attribute, as written

  bool checkable() const { return tag != Tag::select && (type == "checkbox" || type == "radio" || role == "checkbox" || role == "radio"); }
  bool is_radio() const { return type == "radio" || role == "radio"; }
  bool has_options() const { return tag == Tag::select || role == "listbox" || role == "combobox" || !options.empty(); }
  bool multi_line() const { return tag == Tag::textarea || tag == Tag::editable; }
};

// A group of fields: a <form> element, or the container of formless fields with a submit control.
struct FormGroup {
  std::string id;
  bool container = false;  // kind "container" (no <form> element)
  std::string name;
  std::string action_path;
  std::string heading;
  std::string submit_text;
};

struct Snapshot {
  std::string url;
  std::string lang;
  std::string title;
  std::vector<FormGroup> forms;
  bool grouped = false;     // the content script said which group each field is in ("forms" given, even empty)
  std::string target_form;  // the group around the right-clicked field, "" when not started from the menu
  std::vector<SnapshotField> fields;
};

// Reads `value` (named `path` in messages). Shape errors are invalid_params; more fields, options,
// labels or characters than the limits above are too_large.
std::variant<Snapshot, core::Failure> read_snapshot(const nlohmann::json& value, std::string_view path);

}  // namespace takedown::forms

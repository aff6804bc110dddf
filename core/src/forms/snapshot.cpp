#include "snapshot.hpp"

#include <optional>
#include <set>

#include "../field_reader.hpp"
#include "bounded_text.hpp"

namespace takedown::forms {
namespace {

using core::Failure;
using core::FieldReader;

// A FieldReader for shapes plus the first size problem, which is reported as too_large.
struct SnapshotReader {
  SizeProblem size;

  // A string field as given (refs and option values go back to the page unchanged).
  std::string text(const FieldReader& in, std::string_view name, bool required = false) {
    return bounded_text(in, name, max_string_characters, size, required);
  }

  const nlohmann::json& list(const FieldReader& in, std::string_view name, std::size_t limit) {
    static const nlohmann::json empty = nlohmann::json::array();
    const nlohmann::json* value = in.get(name);
    if (value == nullptr) return empty;
    if (!value->is_array()) {
      in.fail(name, "must be an array");
      return empty;
    }
    if (value->size() > limit) {
      size.record(in, name, "has more than " + std::to_string(limit) + " entries");
      return empty;
    }
    return *value;
  }

  std::vector<Label> labels(const FieldReader& in) {
    std::vector<Label> out;
    const auto& items = list(in, "labels", max_labels);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto item = in.element(items[i], i, "labels");
      if (!item.expect_object({"text", "source"})) break;
      Label label{text(item, "text", true), TextSource::label_for};
      const std::string source = text(item, "source", true);
      if (item.ok() && !label_source_from_name(source, label.source)) {
        item.fail("source", "must be one of for, wrap, labelledby, aria, sibling, after, ancestor");
      }
      out.push_back(std::move(label));
    }
    return out;
  }

  std::vector<Option> options(const FieldReader& in) {
    std::vector<Option> out;
    const auto& items = list(in, "options", max_options);
    for (std::size_t i = 0; i < items.size(); ++i) {
      const auto item = in.element(items[i], i, "options");
      if (!item.expect_object({"value", "text"})) break;
      out.push_back({text(item, "value"), text(item, "text")});
    }
    return out;
  }

  SnapshotField field(const FieldReader& in) {
    SnapshotField f;
    if (!in.expect_object({"ref", "tag", "type", "role", "autocomplete", "name", "id", "labels", "placeholder", "title",
                           "description", "section", "group", "options", "value", "checked", "required", "multiple",
                           "readonly", "disabled", "visible", "maxlength", "form", "concealed", "inputmode",
                           "pattern"})) {
      return f;
    }
    f.ref = text(in, "ref", true);
    if (in.ok() && f.ref.empty()) in.fail("ref", "must not be empty");
    const std::string tag = in.choice("tag", {"input", "select", "textarea", "editable", "custom"}, "");
    if (!in.has("tag")) in.fail("tag", "is required");
    f.tag = tag == "select" ? Tag::select : tag == "textarea" ? Tag::textarea : tag == "editable" ? Tag::editable
          : tag == "custom" ? Tag::custom : Tag::input;
    f.type = text(in, "type");
    for (char& c : f.type) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    f.role = text(in, "role");
    f.autocomplete = text(in, "autocomplete");
    f.name = text(in, "name");
    f.id = text(in, "id");
    f.labels = labels(in);
    f.placeholder = text(in, "placeholder");
    f.title = text(in, "title");
    f.description = text(in, "description");
    f.section = text(in, "section");
    f.group = text(in, "group");
    f.options = options(in);
    f.value = text(in, "value");
    f.checked = in.boolean("checked").value_or(false);
    f.required = in.boolean("required").value_or(false);
    f.multiple = in.boolean("multiple").value_or(false);
    f.readonly = in.boolean("readonly").value_or(false);
    f.disabled = in.boolean("disabled").value_or(false);
    f.visible = in.boolean("visible").value_or(true);
    f.maxlength = in.integer("maxlength", -1, 1 << 30).value_or(-1);
    f.form = text(in, "form");
    f.concealed = in.choice("concealed", {"", "offscreen", "zero_size", "transparent", "clipped", "aria_hidden", "inert",
                                          "covered", "collapsed", "not_rendered"}, "");
    f.inputmode = text(in, "inputmode");
    for (char& c : f.inputmode) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    f.pattern = text(in, "pattern");
    return f;
  }

  FormGroup group(const FieldReader& in) {
    FormGroup g;
    if (!in.expect_object({"id", "kind", "name", "action_path", "heading", "submit_text", "field_count"})) return g;
    g.id = text(in, "id", true);
    if (in.ok() && g.id.empty()) in.fail("id", "must not be empty");
    g.container = in.choice("kind", {"form", "container"}, "form") == "container";
    g.name = text(in, "name");
    g.action_path = text(in, "action_path");
    g.heading = text(in, "heading");
    g.submit_text = text(in, "submit_text");
    static_cast<void>(in.integer("field_count", 0, static_cast<int>(max_fields)));
    return g;
  }
};

}  // namespace

std::variant<Snapshot, Failure> read_snapshot(const nlohmann::json& value, std::string_view path) {
  const FieldReader in(value, std::string(path));
  SnapshotReader reader;
  Snapshot snapshot;
  if (in.expect_object({"url", "lang", "title", "forms", "target_form", "fields"})) {
    snapshot.url = reader.text(in, "url");
    snapshot.lang = reader.text(in, "lang");
    snapshot.title = reader.text(in, "title");
    snapshot.target_form = reader.text(in, "target_form");
    snapshot.grouped = in.has("forms");
    const auto& groups = reader.list(in, "forms", max_groups);
    std::set<std::string> ids;
    for (std::size_t i = 0; i < groups.size() && in.ok() && !reader.size.failure; ++i) {
      const auto item = in.element(groups[i], i, "forms");
      snapshot.forms.push_back(reader.group(item));
      if (item.ok() && !ids.insert(snapshot.forms.back().id).second) item.fail("id", "repeats an earlier group's id");
    }
    if (!in.has("fields")) in.fail("fields", "is required");
    const auto& fields = reader.list(in, "fields", max_fields);
    std::set<std::string> refs;
    snapshot.fields.reserve(fields.size());
    for (std::size_t i = 0; i < fields.size() && in.ok() && !reader.size.failure; ++i) {
      const auto item = in.element(fields[i], i, "fields");
      snapshot.fields.push_back(reader.field(item));
      if (item.ok() && !refs.insert(snapshot.fields.back().ref).second) item.fail("ref", "repeats an earlier field's ref");
    }
  }
  if (reader.size.failure) return *reader.size.failure;
  if (!in.ok()) return *in.failure();
  return snapshot;
}

}  // namespace takedown::forms

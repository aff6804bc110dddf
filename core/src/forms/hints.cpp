#include "hints.hpp"

#include "fold.hpp"

namespace takedown::forms {
namespace {

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

// The folded substring without its framing spaces ("  Your URL " -> "your url").
std::string folded_substring(std::string_view text) {
  std::string folded = fold_text(text);
  if (folded.size() <= 2) return {};
  return folded.substr(1, folded.size() - 2);
}

}  // namespace

std::vector<Hint> read_hints(const core::FieldReader& in) {
  std::vector<Hint> hints;
  const auto& items = in.array("hints", max_hints);
  for (std::size_t i = 0; i < items.size() && in.ok(); ++i) {
    const auto item = in.element(items[i], i, "hints");
    if (!item.expect_object({"type", "name", "label"})) break;
    Hint hint;
    const std::string type = item.text("type", 64, /*required=*/true);
    if (!item.ok()) break;
    const auto parsed = type_from_name(type);
    if (!parsed || *parsed == FieldType::unknown) {
      item.fail("type", "must be a field type of docs/forms.md other than unknown");
      break;
    }
    hint.type = *parsed;
    for (const auto& name : item.text_array("name", max_hint_substrings, max_hint_substring_characters)) {
      if (!name.empty()) hint.name.push_back(lower_ascii(name));
    }
    for (const auto& label : item.text_array("label", max_hint_substrings, max_hint_substring_characters)) {
      std::string folded = folded_substring(label);
      if (!folded.empty()) hint.label.push_back(std::move(folded));
    }
    if (item.ok() && hint.name.empty() && hint.label.empty()) item.fail("", "needs a name or a label substring");
    hints.push_back(std::move(hint));
  }
  return hints;
}

const Hint* matching_hint(const std::vector<Hint>& hints, const SnapshotField& field, std::string& matched) {
  if (hints.empty()) return nullptr;
  const std::string name = lower_ascii(field.name);
  const std::string id = lower_ascii(field.id);
  std::string labels;
  for (const auto& label : field.labels) labels += fold_text(label.text);
  labels += fold_text(field.placeholder);
  for (const auto& hint : hints) {
    for (const auto& part : hint.name) {
      if (name.find(part) != std::string::npos || id.find(part) != std::string::npos) {
        matched = part;
        return &hint;
      }
    }
    for (const auto& part : hint.label) {
      if (labels.find(part) != std::string::npos) {
        matched = part;
        return &hint;
      }
    }
  }
  return nullptr;
}

}  // namespace takedown::forms

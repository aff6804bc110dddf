#include "label_quality.hpp"

namespace takedown::forms {

double source_weight(TextSource source, bool checkable) noexcept {
  switch (source) {
    case TextSource::label_for: return 0.95;
    case TextSource::label_wrap: return 0.9;
    case TextSource::label_labelledby: return 0.9;
    case TextSource::label_aria: return 0.85;
    case TextSource::label_sibling: return checkable ? 0.7 : 0.8;
    case TextSource::label_after: return checkable ? 0.9 : 0.5;
    case TextSource::label_ancestor: return 0.6;
    case TextSource::placeholder: return 0.75;
    case TextSource::title: return 0.6;
    case TextSource::attribute_last_word: return 0.85;
    case TextSource::attribute_inner_word: return 0.55;
    case TextSource::group: return 0.9;
    case TextSource::description: return checkable ? 0.6 : 0.5;
    case TextSource::section: return 0.35;
    case TextSource::option: return 0.9;
  }
  return 0;
}

Pool pool_of(TextSource source) noexcept {
  switch (source) {
    case TextSource::placeholder: return Pool::placeholder;
    case TextSource::title: return Pool::title;
    case TextSource::attribute_last_word:
    case TextSource::attribute_inner_word: return Pool::attribute;
    case TextSource::group: return Pool::group;
    case TextSource::description:
    case TextSource::section:
    case TextSource::option: return Pool::context;
    default: return Pool::label;
  }
}

bool label_source_from_name(std::string_view name, TextSource& source) noexcept {
  struct Entry {
    std::string_view name;
    TextSource source;
  };
  constexpr Entry entries[] = {
      {"for", TextSource::label_for},         {"wrap", TextSource::label_wrap},
      {"labelledby", TextSource::label_labelledby}, {"aria", TextSource::label_aria},
      {"sibling", TextSource::label_sibling}, {"after", TextSource::label_after},
      {"ancestor", TextSource::label_ancestor},
  };
  for (const auto& entry : entries) {
    if (entry.name == name) {
      source = entry.source;
      return true;
    }
  }
  return false;
}

}  // namespace takedown::forms

#pragma once
// The files of lexicon/ (one per language), compiled into the core by cmake/embed_json.cmake.
#include <span>
#include <string_view>

namespace takedown::forms {

struct EmbeddedJsonFile {
  std::string_view name;  // "en.json"
  std::string_view text;
};

std::span<const EmbeddedJsonFile> embedded_lexicon_files() noexcept;

}  // namespace takedown::forms

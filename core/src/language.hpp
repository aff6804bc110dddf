#pragma once
// The two languages Takedown writes in. Every text the core produces exists in both.
#include <optional>
#include <string_view>

namespace takedown::core {

enum class Language { nl, en };

inline std::optional<Language> language_from_name(std::string_view name) noexcept {
  if (name == "nl") return Language::nl;
  if (name == "en") return Language::en;
  return std::nullopt;
}

inline std::string_view language_name(Language language) noexcept { return language == Language::nl ? "nl" : "en"; }

}  // namespace takedown::core

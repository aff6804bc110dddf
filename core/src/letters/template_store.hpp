#pragma once
// The letter templates compiled into the core (see embed_templates.cmake), found by kind and language.
#include <optional>
#include <span>
#include <string_view>

namespace takedown::letters {

struct EmbeddedTemplate {
  std::string_view name;  // "<kind>.<language>", e.g. "maker_erasure.nl"
  std::string_view text;
};

std::span<const EmbeddedTemplate> embedded_templates() noexcept;

// The template for `kind` in `language`, if there is one.
std::optional<std::string_view> find_template(std::string_view kind, std::string_view language) noexcept;

}  // namespace takedown::letters

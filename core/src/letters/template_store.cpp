#include "template_store.hpp"

#include <string>

namespace takedown::letters {

std::optional<std::string_view> find_template(std::string_view kind, std::string_view language) noexcept {
  for (const auto& entry : embedded_templates()) {
    const auto dot = entry.name.find('.');
    if (entry.name.substr(0, dot) == kind && dot != std::string_view::npos && entry.name.substr(dot + 1) == language) {
      return entry.text;
    }
  }
  return std::nullopt;
}

}  // namespace takedown::letters

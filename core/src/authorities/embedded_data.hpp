#pragma once
// The text of data/authorities.json, compiled into the core by cmake/embed_json.cmake.
#include <string_view>

namespace takedown::authorities {

std::string_view embedded_authorities_json() noexcept;

}  // namespace takedown::authorities

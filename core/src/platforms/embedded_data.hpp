#pragma once
// The text of data/platforms.json, compiled into the core by cmake/embed_json.cmake.
#include <string_view>

namespace takedown::platforms {

std::string_view embedded_platforms_json() noexcept;

}  // namespace takedown::platforms

#pragma once
// The text of data/platforms.json, compiled into the core by embed_data.cmake.
#include <string_view>

namespace takedown::platforms {

std::string_view embedded_platforms_json() noexcept;

}  // namespace takedown::platforms

#pragma once
// Small schema checks for method params: objects with known fields, nothing else.
#include <initializer_list>
#include <optional>
#include <string_view>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

namespace takedown::core {

// Checks that `params` is an object, that every field in `required` is present and that no field
// outside `required` and `optional` appears. An unknown field is an error, not ignored: a typo in a
// caller must not silently change what a method does.
std::optional<Failure> expect_fields(const nlohmann::json& params, std::initializer_list<std::string_view> required,
                                     std::initializer_list<std::string_view> optional = {});

}  // namespace takedown::core

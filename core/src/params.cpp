#include "params.hpp"

#include <algorithm>
#include <string>

namespace takedown::core {

std::optional<Failure> expect_fields(const nlohmann::json& params, std::initializer_list<std::string_view> required,
                                     std::initializer_list<std::string_view> optional) {
  using protocol::ErrorCode;
  if (!params.is_object()) {
    return Failure{ErrorCode::invalid_params, std::string("params must be an object, not ") + params.type_name()};
  }
  for (const auto name : required) {
    if (!params.contains(name)) {
      return Failure{ErrorCode::invalid_params, "params." + std::string(name) + " is required"};
    }
  }
  const auto known = [&](const std::string& key) {
    const auto is_key = [&](std::string_view name) { return name == key; };
    return std::any_of(required.begin(), required.end(), is_key) ||
           std::any_of(optional.begin(), optional.end(), is_key);
  };
  for (const auto& [key, value] : params.items()) {
    if (!known(key)) {
      return Failure{ErrorCode::invalid_params, "params." + key + " is not a known field"};
    }
  }
  return std::nullopt;
}

}  // namespace takedown::core

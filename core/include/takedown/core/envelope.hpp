#pragma once
// The one answer shape shared by the core, the native host and (mirrored in JS) the extension.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>
#include <takedown/protocol.hpp>

namespace takedown::core {

struct Failure {
  protocol::ErrorCode code;
  std::string message;
};

// {"ok":true,"result":<result>}
std::string ok_envelope(const nlohmann::json& result);
// {"ok":false,"error":{"code":"...","message":"..."}}
std::string error_envelope(const Failure& failure);

}  // namespace takedown::core

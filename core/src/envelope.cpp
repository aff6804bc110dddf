#include <takedown/core/envelope.hpp>

namespace takedown::core {

// Written by hand rather than through a json object so that "ok" always comes first.
std::string ok_envelope(const nlohmann::json& result) {
  return R"({"ok":true,"result":)" + result.dump() + "}";
}

std::string error_envelope(const Failure& failure) {
  const nlohmann::json error = {{"code", protocol::to_string(failure.code)}, {"message", failure.message}};
  // error_handler::replace: a message quoting bad input must never make the answer itself invalid.
  return R"({"ok":false,"error":)" + error.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "}";
}

}  // namespace takedown::core

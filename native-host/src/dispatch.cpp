#include "dispatch.hpp"

#include <exception>
#include <string>
#include <variant>

#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "host_methods.hpp"

namespace takedown::host {
namespace {

using core::Failure;
using nlohmann::json;
using protocol::ErrorCode;

struct Request {
  std::string method;
  std::string params_json;
};

Failure bad_message(std::string message) { return {ErrorCode::bad_message, std::move(message)}; }

// Checks the request envelope. `id` is set as soon as the id itself is valid, so that every later
// error can still be matched to its request by the caller.
std::variant<Request, Failure> parse_request(std::string_view text, json& id) {
  auto parsed = core::parse_bounded(text, {protocol::limits::host_frame_in_max_bytes, protocol::limits::json_max_depth},
                                    "request");
  if (auto* failure = std::get_if<Failure>(&parsed)) return *failure;
  const json& request = std::get<json>(parsed);
  if (!request.is_object()) return bad_message(std::string("request must be an object, not ") + request.type_name());

  const auto found_id = request.find("id");
  if (found_id == request.end()) return bad_message("request.id is required");
  if (found_id->is_string()) {
    const auto size = found_id->get_ref<const std::string&>().size();
    if (size > max_id_bytes) {
      return bad_message("request.id is " + std::to_string(size) + " bytes; the limit is " +
                         std::to_string(max_id_bytes));
    }
  } else if (!found_id->is_number_integer()) {
    return bad_message(std::string("request.id must be a string or an integer, not ") + found_id->type_name());
  }
  id = *found_id;

  for (const auto& [key, value] : request.items()) {
    if (key != "id" && key != "method" && key != "params") return bad_message("request." + key + " is not a known field");
  }
  const auto method = request.find("method");
  if (method == request.end()) return bad_message("request.method is required");
  if (!method->is_string()) return bad_message(std::string("request.method must be a string, not ") + method->type_name());

  const auto params = request.find("params");
  if (params == request.end()) return Request{method->get<std::string>(), "{}"};
  if (!params->is_object()) {
    return Failure{ErrorCode::invalid_params, std::string("params must be an object, not ") + params->type_name()};
  }
  return Request{method->get<std::string>(), params->dump()};
}

std::string answer(std::string_view text, json& id) {
  auto request = parse_request(text, id);
  if (auto* failure = std::get_if<Failure>(&request)) return with_id(id, core::error_envelope(*failure));
  const auto& [method, params_json] = std::get<Request>(request);
  std::string reply = with_id(id, call_method(method, params_json));
  if (reply.size() > protocol::limits::host_frame_out_max_bytes) {
    return with_id(id, core::error_envelope({ErrorCode::response_too_large,
                                             "the reply would be " + std::to_string(reply.size()) +
                                                 " bytes; the limit is " +
                                                 std::to_string(protocol::limits::host_frame_out_max_bytes)}));
  }
  return reply;
}

}  // namespace

std::string with_id(const json& id, std::string_view envelope) {
  // The envelope is always a JSON object ("{...}"); the id takes its place right after the brace.
  return R"({"id":)" + id.dump(-1, ' ', false, json::error_handler_t::replace) + "," + std::string(envelope.substr(1));
}

std::string dispatch(std::string_view request) noexcept {
  json id;  // null until the request's id has been checked
  try {
    return answer(request, id);
  } catch (const std::exception& e) {
    try {
      return with_id(id, core::error_envelope({ErrorCode::internal, e.what()}));
    } catch (...) {
    }
  } catch (...) {
  }
  // Only reached when even the error reply cannot be built (out of memory): a constant needs no allocation.
  return R"({"id":null,"ok":false,"error":{"code":"internal","message":"out of memory"}})";
}

}  // namespace takedown::host

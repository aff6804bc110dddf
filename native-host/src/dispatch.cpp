#include "dispatch.hpp"

#include <exception>
#include <string>
#include <variant>

#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "host_methods.hpp"
#include "lifted_parse.hpp"

namespace takedown::host {
namespace {

using core::Failure;
using nlohmann::json;
using protocol::ErrorCode;

Failure bad_message(std::string message) { return {ErrorCode::bad_message, std::move(message)}; }

// Checks the request envelope. `id` is set as soon as the id itself is valid, so that every later
// error can still be matched to its request by the caller.
std::variant<Request, Failure> parse_request(std::string_view text, json& id) {
  auto parsed = parse_lifting_long_strings(text, {protocol::limits::host_frame_in_max_bytes, protocol::limits::json_max_depth},
                                          "request");
  if (auto* failure = std::get_if<Failure>(&parsed)) return *failure;
  json& request = std::get<json>(parsed);
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
  if (params == request.end()) return Request{id, method->get<std::string>(), json::object()};
  if (!params->is_object()) {
    return Failure{ErrorCode::invalid_params, std::string("params must be an object, not ") + params->type_name()};
  }
  return Request{id, method->get<std::string>(), std::move(*params)};
}

std::string capped_answer(const Request& request) {
  std::string reply = with_id(request.id, call_parsed(request.method, request.params));
  if (reply.size() > protocol::limits::host_frame_out_max_bytes) {
    return with_id(request.id, core::error_envelope({ErrorCode::response_too_large,
                                                     "the reply would be " + std::to_string(reply.size()) +
                                                         " bytes; the limit is " +
                                                         std::to_string(protocol::limits::host_frame_out_max_bytes)}));
  }
  return reply;
}

// Only used when even an error reply cannot be built (out of memory): a constant needs no allocation.
constexpr std::string_view out_of_memory = R"({"id":null,"ok":false,"error":{"code":"internal","message":"out of memory"}})";

std::string internal_error(const json& id, const std::exception& e) noexcept {
  try {
    return with_id(id, core::error_envelope({ErrorCode::internal, e.what()}));
  } catch (...) {
    return std::string(out_of_memory);
  }
}

}  // namespace

std::string with_id(const json& id, std::string_view envelope) {
  // The envelope is always a JSON object ("{...}"); the id takes its place right after the brace.
  return R"({"id":)" + id.dump(-1, ' ', false, json::error_handler_t::replace) + "," + std::string(envelope.substr(1));
}

std::variant<Request, std::string> read_request(std::string_view body) noexcept {
  json id;  // null until the request's id has been checked
  try {
    auto request = parse_request(body, id);
    if (auto* failure = std::get_if<Failure>(&request)) return with_id(id, core::error_envelope(*failure));
    return std::get<Request>(std::move(request));
  } catch (const std::exception& e) {
    return internal_error(id, e);
  } catch (...) {
    return std::string(out_of_memory);
  }
}

std::string answer_request(const Request& request) noexcept {
  try {
    return capped_answer(request);
  } catch (const std::exception& e) {
    return internal_error(request.id, e);
  } catch (...) {
    return std::string(out_of_memory);
  }
}

std::string dispatch(std::string_view body) noexcept {
  auto request = read_request(body);
  if (auto* reply = std::get_if<std::string>(&request)) return std::move(*reply);
  return answer_request(std::get<Request>(request));
}

}  // namespace takedown::host

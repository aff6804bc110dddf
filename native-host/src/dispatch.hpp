#pragma once
// One request body in, one reply body out. Knows the request schema and the reply shape; knows
// nothing about framing or streams.
//   request: {"id": string (<= 64 bytes) or integer, "method": string, "params": object (optional, default {})}
//   reply:   {"id":<id>,"ok":true,"result":...}  or  {"id":<id or null>,"ok":false,"error":{"code":...,"message":...}}
#include <cstddef>
#include <string>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>

namespace takedown::host {

inline constexpr std::size_t max_id_bytes = 64;

// A request whose envelope has been checked: its params parsed once, never dumped and parsed again.
struct Request {
  nlohmann::json id;
  std::string method;
  nlohmann::json params;  // always an object
};

// Checks one request body. On failure the finished error reply comes back instead (with the id when
// it could be read), ready to be written. Never throws.
std::variant<Request, std::string> read_request(std::string_view body) noexcept;

// Answers a checked request: the reply carries its id and stays within the size cap. Never throws.
std::string answer_request(const Request& request) noexcept;

// read_request + answer_request. The reply is never larger than protocol::limits::host_frame_out_max_bytes: a bigger
// answer is replaced by a response_too_large error with the same id. Never throws.
std::string dispatch(std::string_view request) noexcept;

// {"id":<id>,...the envelope's fields}: "id" first, then the envelope exactly as the core wrote it.
std::string with_id(const nlohmann::json& id, std::string_view envelope);

}  // namespace takedown::host

#include "request.hpp"

#include <takedown/protocol.hpp>

namespace takedown::host::net {

std::vector<HeaderField> request_fields(const Request& request) {
  std::vector<HeaderField> fields{
      {"Host", request.url.authority()},
      {"User-Agent", request.user_agent.empty() ? "takedown-host/" + std::string(protocol::release) : request.user_agent},
      {"Accept", request.accept},
      {"Accept-Encoding", "identity"},
      {"Connection", "close"},
  };
  if (!request.body.empty() || request.method == "POST") {
    if (!request.content_type.empty()) fields.push_back({"Content-Type", request.content_type});
    fields.push_back({"Content-Length", std::to_string(request.body.size())});
  }
  return fields;
}

}  // namespace takedown::host::net

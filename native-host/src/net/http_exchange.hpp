#pragma once
// One request and its answer over one connection (no redirects): the only part of the host that
// includes Boost.Beast and Boost.Asio, which are header-heavy. fetch() builds on it.
#include <chrono>

#include "fetch.hpp"

namespace takedown::host::net {

struct Exchange {
  int status = 0;
  std::string reason;
  std::string remote;
  std::vector<std::string> refused;  // resolved addresses left out as not public, "address: why"
  std::vector<HeaderField> headers;
  std::optional<std::string> location;  // the Location header, when there is one
  std::optional<std::string> peer_cert_sha256;
  std::optional<TlsFacts> tls;
  bool body_complete = false;
  std::string body;
  std::optional<FetchError> error;
};

// Resolves the host once, keeps the addresses `reach` allows, connects to one of those, sends `request`
// and reads the answer within `limits` and before `deadline`. When `skip_redirect_body` is set, a
// redirect's body is not read (the connection closes after its header).
Exchange exchange(const Request& request, const FetchLimits& limits, const Trust& trust, Reach reach,
                  std::chrono::steady_clock::time_point deadline, bool skip_redirect_body);

}  // namespace takedown::host::net

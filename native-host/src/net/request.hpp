#pragma once
// What the fetcher sends: one request, its header fields in the order they go on the wire. Pure (no
// Beast) so the exact fields are unit-tested.
#include <string>
#include <vector>

#include "url.hpp"

namespace takedown::host::net {

struct HeaderField {
  std::string name;
  std::string value;
};

struct Request {
  std::string method = "GET";  // GET for the witness, POST for the TSA
  Url url;
  std::string accept = "*/*";
  std::string user_agent;    // empty: "takedown-host/<release>" (the TSA); the witness sends a browser's
  std::string content_type;  // only with a body
  std::string body;
};

// Host, User-Agent, Accept, Accept-Encoding: identity (so the bytes we hash are the resource itself,
// not a compressed transfer form; Beast decodes nothing), Connection: close (one request per
// connection: no pooling state to get wrong), and for a body Content-Type + Content-Length. No
// cookies and no credentials are ever sent: the witness sees what a stranger sees.
std::vector<HeaderField> request_fields(const Request& request);

}  // namespace takedown::host::net

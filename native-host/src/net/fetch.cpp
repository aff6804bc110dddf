#include "fetch.hpp"

#include <evidence/sha256.hpp>

#include "http_exchange.hpp"
#include "redirects.hpp"
#include "utc_time.hpp"

namespace takedown::host::net {

FetchResult fetch(const Request& request, const FetchLimits& limits, const Trust& trust, Reach reach) {
  FetchResult result;
  result.started_utc = utc_iso(std::chrono::system_clock::now());
  const auto deadline = std::chrono::steady_clock::now() + limits.total_timeout;
  Request current = request;
  std::vector<std::string> visited;
  int redirects = 0;
  for (;;) {
    visited.push_back(current.url.text());
    Exchange answer = exchange(current, limits, trust, reach, deadline, limits.max_redirects > 0);
    result.hops.push_back({current.url.text(), answer.status, answer.remote, std::move(answer.refused)});
    result.final_url = current.url.text();
    result.status = answer.status;
    result.reason = answer.reason;
    result.headers = std::move(answer.headers);
    result.tls = std::move(answer.tls);
    result.peer_cert_sha256 = std::move(answer.peer_cert_sha256);
    result.error = std::move(answer.error);
    if (result.error) break;
    if (limits.max_redirects > 0 && is_redirect_status(answer.status) && answer.location) {
      RedirectStep step = next_redirect(current.url, answer.location, visited, redirects, limits.max_redirects);
      if (step.error) {
        result.error = std::move(step.error);
        break;
      }
      ++redirects;
      current.url = std::move(*step.next);
      if (answer.status == 303 || (current.method == "POST" && (answer.status == 301 || answer.status == 302))) {
        current.method = "GET";  // as browsers do; 307/308 keep the method and body
        current.body.clear();
        current.content_type.clear();
      }
      continue;
    }
    result.body = std::move(answer.body);
    result.body_complete = answer.body_complete;
    if (result.body_complete) result.sha256 = evidence::sha256_hex(result.body);
    if (result.status < 200 || result.status > 299) {
      result.error = FetchError{"http_status", "the server answered " + std::to_string(result.status) +
                                                   (result.reason.empty() ? "" : " " + result.reason)};
    }
    break;
  }
  result.ok = !result.error && result.body_complete;
  result.ended_utc = utc_iso(std::chrono::system_clock::now());
  return result;
}

}  // namespace takedown::host::net

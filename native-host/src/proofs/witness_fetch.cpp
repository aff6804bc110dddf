#include "proofs/witness_fetch.hpp"

#include "proofs/fetch_settings.hpp"

namespace takedown::host::proofs {
namespace {

// The https attempt got no HTTP answer for one of these reasons, so it is not the page's https
// address that failed as a finding: the plain http address simply has no https twin we could reach.
bool https_unavailable(const net::FetchResult& fetched) {
  if (!fetched.error || fetched.hops.size() != 1 || fetched.hops.front().status != 0) return false;
  const std::string& kind = fetched.error->kind;
  return kind == "connect" || kind == "tls" || kind == "certificate" || kind == "timeout" || kind == "protocol";
}

}  // namespace

net::Request witness_request(const net::Url& url) {
  net::Request request;
  request.url = url;
  request.user_agent = std::string(witness_user_agent);
  request.accept = std::string(witness_accept);
  return request;
}

net::Url https_instead(const net::Url& url) {
  net::Url secure = url;
  secure.scheme = "https";
  if (url.port == 80) secure.port = 443;
  return secure;
}

WitnessFetch witness_fetch(const net::Url& url) {
  WitnessFetch out;
  out.upgraded = !url.https();
  const net::Url target = out.upgraded ? https_instead(url) : url;
  out.result = net::fetch(witness_request(target), witness_limits(), transport_trust(), net::Reach::public_only);
  if (out.upgraded && https_unavailable(out.result)) {
    const net::FetchError& failed = *out.result.error;
    out.result.error = net::FetchError{
        "insecure_url", "plain http is not fetched (anyone on the way could change the bytes); " + target.text() +
                            " was tried instead and failed (" + failed.kind + "): " + failed.message};
  }
  return out;
}

}  // namespace takedown::host::proofs

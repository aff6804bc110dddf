#pragma once
// How the second witness fetches: like a stranger's browser (a fixed, current desktop Chrome
// User-Agent and an image Accept, never a word about Takedown: a hostile site must not learn that the
// person uses it), over https only, and only to public addresses (net/address_policy.hpp).
#include <string_view>

#include "net/fetch.hpp"

namespace takedown::host::proofs {

// Chrome 143 on Windows, as its reduced User-Agent reads; changed only with a release of the host.
inline constexpr std::string_view witness_user_agent =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/143.0.0.0 Safari/537.36";
// What Chrome asks for when it loads an <img>; */* lets video and anything else through too.
inline constexpr std::string_view witness_accept = "image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8";

// The GET the witness sends for `url`: no cookies, no credentials, the headers above.
net::Request witness_request(const net::Url& url);

// The https form of a plain http URL: same host, path and query; port 80 becomes 443, any other
// explicit port stays (it is the only port the page named).
net::Url https_instead(const net::Url& url);

struct WitnessFetch {
  net::FetchResult result;
  bool upgraded = false;  // the URL was http and was fetched over https instead
};

// Fetches `url` (http is tried over https; when that gets no answer at all, the error is insecure_url
// with the https attempt's reason) from public addresses only, on every hop.
WitnessFetch witness_fetch(const net::Url& url);

}  // namespace takedown::host::proofs

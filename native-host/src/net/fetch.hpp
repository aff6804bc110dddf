#pragma once
// One HTTP(S) fetch as a witness records it: every hop, the final answer's status and headers exactly
// as received, the TLS facts and the body with its SHA-256. Failures a fetch can meet on the open web
// (timeouts, a body over the cap, a bad certificate, redirect loops) come back as `error`, never as
// exceptions: for evidence, "the server refused" is a finding.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "request.hpp"

namespace takedown::host::net {

struct FetchLimits {
  std::chrono::milliseconds connect_timeout{10000};  // DNS + TCP connect + TLS handshake, per hop
  std::chrono::milliseconds read_timeout{30000};     // each single write or read (an idle server)
  std::chrono::milliseconds total_timeout{600000};   // the whole fetch, redirects included (a slow drip)
  std::uint64_t max_body_bytes = 256ull << 20;
  std::uint32_t max_header_bytes = 64u << 10;
  int max_redirects = 5;  // 0: a redirect is answered as it is, not followed
};

// Whom TLS trusts: the system store (/etc/ssl/certs and OpenSSL's default paths) and extra PEM files.
struct Trust {
  bool system_store = true;
  std::vector<std::string> ca_files;
};

struct Hop {
  std::string url;
  int status = 0;       // 0 when no answer came
  std::string remote;   // "address:port" connected to, empty when the connection failed
  // Addresses the host name resolved to that were not used because they are not public, each as
  // "<address> is <rule>" (Reach::public_only only).
  std::vector<std::string> refused;
};

// Which addresses a fetch may connect to. The witness's URL comes from a page: public addresses only
// (address_policy.hpp), checked on the resolved addresses of every hop right before connecting. The
// TSA is the person's own choice and may be anywhere, loopback included.
enum class Reach { anywhere, public_only };

struct TlsFacts {
  std::string version;  // e.g. "TLSv1.3"
  std::string cipher;   // e.g. "TLS_AES_256_GCM_SHA384"
};

// kind: bad_url, dns, connect, timeout, tls, certificate, protocol, too_large, redirect_loop,
// too_many_redirects, insecure_redirect, bad_redirect, http_status, config, address_not_public (a hop's
// name resolved only to, or its URL named, addresses that are not public; the message names each
// address and its rule). The witness adds insecure_url (proofs/witness_fetch.hpp).
struct FetchError {
  std::string kind;
  std::string message;
};

struct FetchResult {
  bool ok = false;  // a 2xx answer whose whole body arrived
  int status = 0;   // the final hop's status, 0 when none
  std::string reason;
  std::string final_url;
  std::vector<Hop> hops;
  std::vector<HeaderField> headers;  // the final answer's, verbatim and in order
  std::optional<std::string> peer_cert_sha256;  // the final hop's leaf certificate (DER), https only
  std::optional<TlsFacts> tls;
  bool body_complete = false;
  std::string body;
  std::string sha256;  // of body, when body_complete
  std::string started_utc;
  std::string ended_utc;
  std::optional<FetchError> error;
};

inline constexpr bool is_redirect_status(int status) noexcept {
  return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// Follows up to limits.max_redirects redirects (GET only; a 303 turns a POST into a GET). Each hop
// resolves its host once and connects only to the addresses `reach` allows.
FetchResult fetch(const Request& request, const FetchLimits& limits, const Trust& trust, Reach reach);

}  // namespace takedown::host::net

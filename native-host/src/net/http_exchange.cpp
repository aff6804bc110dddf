#include "http_exchange.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <optional>

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <openssl/evp.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "address_policy.hpp"
#include "system_roots.hpp"
#include "test_allowance.hpp"

namespace takedown::host::net {
namespace {

namespace asio = boost::asio;
namespace ssl = boost::asio::ssl;
namespace http = boost::beast::http;
using tcp = boost::asio::ip::tcp;
using boost::system::error_code;
using Clock = std::chrono::steady_clock;

// Runs one asynchronous operation until it completes or `deadline` passes. Blocking Asio calls ignore
// timeouts (notes §3 pitfall 1), so every step is async and the io_context runs only until the deadline;
// then the socket is closed, which completes the operation with an error we replace by a timeout.
class Stepper {
 public:
  Stepper(asio::io_context& io, tcp::socket& socket) : io_(io), socket_(socket) {}

  template <class Start>
  error_code run(Clock::time_point deadline, Start start) {
    return run(deadline, start, [this] {
      error_code ignored;
      socket_.close(ignored);
    });
  }

  // `cancel` stops the operation on the deadline (closing the socket, or cancelling a DNS lookup).
  template <class Start, class Cancel>
  error_code run(Clock::time_point deadline, Start start, Cancel cancel) {
    std::optional<error_code> result;
    start([&result](error_code ec, auto&&...) { result = ec; });
    io().restart();
    io().run_until(deadline);
    if (result) return *result;
    cancel();
    io().restart();
    io().run();  // lets the cancelled operation finish before its buffers go away
    timed_out_ = true;
    return asio::error::timed_out;
  }

  bool timed_out() const noexcept { return timed_out_; }

 private:
  asio::io_context& io() { return io_; }
  asio::io_context& io_;
  tcp::socket& socket_;
  bool timed_out_ = false;
};

std::string hex(const unsigned char* bytes, unsigned size) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned i = 0; i < size; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

std::optional<std::string> peer_certificate_sha256(SSL* ssl) {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
  X509* cert = SSL_get1_peer_certificate(ssl);
#else
  X509* cert = SSL_get_peer_certificate(ssl);
#endif
  if (cert == nullptr) return std::nullopt;
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned size = 0;
  const bool done = X509_digest(cert, EVP_sha256(), digest.data(), &size) == 1;
  X509_free(cert);
  if (!done) return std::nullopt;
  return hex(digest.data(), size);
}

std::string ms(std::chrono::milliseconds duration) { return std::to_string(duration.count()) + " ms"; }

FetchError timeout_error(const std::string& what, std::chrono::milliseconds limit) {
  return {"timeout", "no progress within " + ms(limit) + " while " + what};
}

Clock::time_point earliest(Clock::time_point a, Clock::time_point b) { return std::min(a, b); }

// Writes the request and reads the answer on an open stream (a socket or a TLS stream over it).
template <class Stream>
void talk(Stream& stream, Stepper& step, const Request& request, const FetchLimits& limits,
          Clock::time_point deadline, bool skip_redirect_body, Exchange& out) {
  http::request<http::string_body> message;
  message.method_string(request.method);
  message.target(request.url.target);
  message.version(11);
  for (const HeaderField& field : request_fields(request)) message.insert(field.name, field.value);
  message.body() = request.body;

  auto step_deadline = [&] { return earliest(Clock::now() + limits.read_timeout, deadline); };
  error_code ec = step.run(step_deadline(), [&](auto done) { http::async_write(stream, message, done); });
  if (ec) {
    out.error = step.timed_out() ? timeout_error("sending the request", limits.read_timeout)
                                 : FetchError{"connect", "cannot send the request: " + ec.message()};
    return;
  }

  boost::beast::flat_buffer buffer;
  http::response_parser<http::string_body> parser;
  parser.header_limit(limits.max_header_bytes);
  // The cap is checked by hand: against Content-Length once the header is in, then after every read,
  // because header and body arriving in one read slip past Beast's own limit (pitfall 3), and Beast's
  // limit would fail the header read itself, losing the status and headers we record. Beast's limit is
  // lifted explicitly: its "no limit" (boost::none) fails every sized body (pitfall 2).
  parser.body_limit(std::numeric_limits<std::uint64_t>::max());
  ec = step.run(step_deadline(), [&](auto done) { http::async_read_header(stream, buffer, parser, done); });
  if (ec) {
    if (step.timed_out()) {
      out.error = timeout_error("waiting for the answer's header", limits.read_timeout);
    } else if (ec == http::error::header_limit) {
      out.error = FetchError{"too_large", "the answer's header is larger than " + std::to_string(limits.max_header_bytes) + " bytes"};
    } else {
      out.error = FetchError{"protocol", "no valid HTTP answer: " + ec.message()};
    }
    return;
  }
  const auto& head = parser.get();
  out.status = static_cast<int>(head.result_int());
  out.reason = std::string(head.reason());
  for (const auto& field : head) {
    out.headers.push_back({std::string(field.name_string()), std::string(field.value())});
    if (field.name() == http::field::location && !out.location) out.location = std::string(field.value());
  }
  if (skip_redirect_body && is_redirect_status(out.status) && out.location) return;

  const std::string too_large = "the body is larger than the cap of " + std::to_string(limits.max_body_bytes) + " bytes";
  if (const auto length = parser.content_length(); length && *length > limits.max_body_bytes) {
    out.error = FetchError{"too_large", too_large + " (Content-Length: " + std::to_string(*length) + ")"};
    return;
  }
  while (!parser.is_done()) {
    ec = step.run(step_deadline(), [&](auto done) { http::async_read_some(stream, buffer, parser, done); });
    if (parser.get().body().size() > limits.max_body_bytes || ec == http::error::body_limit) {
      out.error = FetchError{"too_large", too_large};
      return;
    }
    if (!ec) continue;
    // A TLS peer that just closes the TCP connection (no close_notify) ends a close-delimited body
    // the same way EOF does on plain HTTP (pitfall 5).
    if (ec == ssl::error::stream_truncated && parser.is_header_done() && parser.need_eof()) {
      error_code eof_ec;
      parser.put_eof(eof_ec);
      if (!eof_ec) break;
    }
    if (step.timed_out()) {
      out.error = timeout_error("reading the body (" + std::to_string(parser.get().body().size()) + " bytes so far)",
                                limits.read_timeout);
    } else {
      out.error = FetchError{"protocol", "the body ended early: " + ec.message()};
    }
    if (Clock::now() >= deadline) out.error->message += " (the fetch's total time limit has passed)";
    return;
  }
  out.body = std::move(parser.get().body());
  out.body_complete = true;
}

// Certificate problems get their own kind with OpenSSL's reason ("hostname mismatch", "unable to get
// local issuer certificate"), so a witness result says why the site was not trusted.
FetchError handshake_error(SSL* ssl, const Url& url, const error_code& ec) {
  const long verify = SSL_get_verify_result(ssl);
  if (verify != X509_V_OK) {
    return {"certificate", "the certificate of " + url.host + " was refused: " +
                               X509_verify_cert_error_string(verify)};
  }
  return {"tls", "TLS handshake with " + url.host + " failed: " + ec.message()};
}

std::optional<FetchError> configure_tls(ssl::context& context, const Trust& trust) {
  SSL_CTX_set_min_proto_version(context.native_handle(), TLS1_2_VERSION);
  context.set_verify_mode(ssl::verify_peer);
  error_code ec;
  if (trust.system_store && !add_system_roots(SSL_CTX_get_cert_store(context.native_handle()))) {
    return FetchError{"config", "cannot read the system's trusted certificates"};
  }
  for (const std::string& file : trust.ca_files) {
    context.load_verify_file(file, ec);
    if (ec) return FetchError{"config", "cannot load the CA file " + file + ": " + ec.message()};
  }
  return std::nullopt;
}

std::string endpoint_text(const tcp::endpoint& endpoint) {
  const auto address = endpoint.address();
  return (address.is_v6() ? "[" + address.to_string() + "]" : address.to_string()) + ":" + std::to_string(endpoint.port());
}

std::optional<NonPublic> judge_address(const asio::ip::address& address) {
  AddressRules rules;
  if (const TestAllowance* allowance = test_allowance()) rules.loopback_is_public = allowance->loopback_is_public;
  if (address.is_v4()) return non_public(address.to_v4().to_bytes(), rules);
  return non_public(address.to_v6().to_bytes(), rules);
}

// The test allowance's answer for `url.host`, when it has one (never in takedown-host).
std::optional<std::vector<tcp::endpoint>> test_answer(const Url& url, std::optional<FetchError>& problem) {
  const TestAllowance* allowance = test_allowance();
  if (allowance == nullptr || !allowance->resolve) return std::nullopt;
  auto texts = allowance->resolve(url.host);
  if (!texts) return std::nullopt;
  std::vector<tcp::endpoint> endpoints;
  for (const std::string& text : *texts) {
    error_code ec;
    const auto address = asio::ip::make_address(text, ec);
    if (ec) {
      problem = FetchError{"dns", "the test resolver answered " + text + " for " + url.host + ", which is not an address"};
      return endpoints;
    }
    endpoints.emplace_back(address, url.port);
  }
  if (endpoints.empty()) problem = FetchError{"dns", "cannot look up " + url.host + ": the test resolver has no address"};
  return endpoints;
}

// Keeps the endpoints a fetch may connect to and lists the others in `refused`; with none left, the
// error names every address and its rule.
std::optional<FetchError> keep_public(const Url& url, std::vector<tcp::endpoint>& endpoints, std::vector<std::string>& refused) {
  std::vector<tcp::endpoint> allowed;
  for (const tcp::endpoint& endpoint : endpoints) {
    if (auto verdict = judge_address(endpoint.address())) {
      refused.push_back(endpoint.address().to_string() + " is " + verdict->describe());
    } else {
      allowed.push_back(endpoint);
    }
  }
  endpoints = std::move(allowed);
  if (!endpoints.empty()) return std::nullopt;
  std::string why;
  for (const std::string& line : refused) why += (why.empty() ? "" : "; ") + line;
  return FetchError{"address_not_public", "refused to connect to " + url.host +
                                              ", which leads only to addresses that are not public: " + why};
}

}  // namespace

Exchange exchange(const Request& request, const FetchLimits& limits, const Trust& trust, Reach reach,
                  Clock::time_point deadline, bool skip_redirect_body) {
  Exchange out;
  asio::io_context io;
  tcp::resolver resolver(io);
  tcp::socket socket(io);
  Stepper step(io, socket);
  const Url& url = request.url;
  const auto connect_deadline = earliest(Clock::now() + limits.connect_timeout, deadline);

  // One lookup per hop; the connection goes only to what this lookup answered and the policy kept, so
  // a second, different DNS answer (rebinding) never reaches the socket.
  std::optional<FetchError> lookup_problem;
  std::vector<tcp::endpoint> endpoints;
  if (auto answer = test_answer(url, lookup_problem)) {
    endpoints = std::move(*answer);
  } else {
    tcp::resolver::results_type results;
    error_code lookup_ec = step.run(
        connect_deadline,
        [&](auto done) {
          resolver.async_resolve(url.host, std::to_string(url.port), [&results, done](error_code e, tcp::resolver::results_type r) {
            results = std::move(r);
            done(e);
          });
        },
        [&resolver] { resolver.cancel(); });
    if (lookup_ec) {
      lookup_problem = step.timed_out() ? timeout_error("looking up " + url.host, limits.connect_timeout)
                                        : FetchError{"dns", "cannot look up " + url.host + ": " + lookup_ec.message()};
    }
    for (const auto& entry : results) endpoints.push_back(entry.endpoint());
  }
  if (lookup_problem) {
    out.error = std::move(lookup_problem);
    return out;
  }
  if (reach == Reach::public_only) {
    if (auto refusal = keep_public(url, endpoints, out.refused)) {
      out.error = std::move(refusal);
      return out;
    }
  }
  error_code ec = step.run(connect_deadline, [&](auto done) { asio::async_connect(socket, endpoints, done); });
  if (ec) {
    out.error = step.timed_out() ? timeout_error("connecting to " + url.authority(), limits.connect_timeout)
                                 : FetchError{"connect", "cannot connect to " + url.authority() + ": " + ec.message()};
    return out;
  }
  const auto remote = socket.remote_endpoint(ec);
  if (!ec) out.remote = endpoint_text(remote);
  // The address actually connected to, checked once more: the only one that matters.
  if (reach == Reach::public_only) {
    const auto verdict = ec ? std::optional<NonPublic>(NonPublic{"", "unknown (the socket has no peer address)", "", ""})
                            : judge_address(remote.address());
    if (verdict) {
      socket.close(ec);
      out.error = FetchError{"address_not_public", "refused to talk to " + url.host + " at " + out.remote + ": the address is " +
                                                       verdict->describe()};
      return out;
    }
  }

  if (!url.https()) {
    talk(socket, step, request, limits, deadline, skip_redirect_body, out);
    return out;
  }

  ssl::context context(ssl::context::tls_client);
  if (auto problem = configure_tls(context, trust)) {
    out.error = std::move(problem);
    return out;
  }
  ssl::stream<tcp::socket&> stream(socket, context);
  SSL* handle = stream.native_handle();
  if (is_ip_literal(url.host)) {
    X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(handle), url.host.c_str());
  } else {
    SSL_set_tlsext_host_name(handle, url.host.c_str());  // SNI is not automatic (pitfall 6)
    SSL_set_hostflags(handle, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    SSL_set1_host(handle, url.host.c_str());  // hostname verification is opt-in (pitfall 7)
  }
  ec = step.run(connect_deadline, [&](auto done) { stream.async_handshake(ssl::stream_base::client, done); });
  if (ec) {
    out.error = step.timed_out() ? timeout_error("the TLS handshake with " + url.host, limits.connect_timeout)
                                 : handshake_error(handle, url, ec);
    return out;
  }
  out.tls = TlsFacts{SSL_get_version(handle), SSL_CIPHER_get_name(SSL_get_current_cipher(handle))};
  out.peer_cert_sha256 = peer_certificate_sha256(handle);
  talk(stream, step, request, limits, deadline, skip_redirect_body, out);
  return out;
}

}  // namespace takedown::host::net

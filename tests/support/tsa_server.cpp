// A Time Stamping Authority for tests, on loopback only: a Boost.Beast HTTP server that answers every
// POSTed application/timestamp-query with OpenSSL's TS responder (RFC 3161), signing with a key and
// certificate the test made with the openssl CLI. It prints its port on stdout and serves until killed.
//
//   takedown_test_tsa --cert tsa.pem --key tsa.key [--chain ca.pem] [--policy OID]
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/ts.h>

namespace {

namespace asio = boost::asio;
namespace http = boost::beast::http;
using tcp = asio::ip::tcp;

[[noreturn]] void die(const std::string& what) {
  std::fprintf(stderr, "takedown_test_tsa: %s\n", what.c_str());
  ERR_print_errors_fp(stderr);
  std::exit(2);
}

struct Options {
  std::string cert, key, chain, policy = "1.3.6.1.4.1.4146.1.99";
};

Options parse(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string_view flag = argv[i];
    std::string* slot = flag == "--cert" ? &options.cert : flag == "--key" ? &options.key : flag == "--chain" ? &options.chain
                        : flag == "--policy" ? &options.policy : nullptr;
    if (slot == nullptr) die("unknown flag " + std::string(flag));
    *slot = argv[i + 1];
  }
  if (options.cert.empty() || options.key.empty()) die("--cert and --key are required");
  return options;
}

X509* read_cert(const std::string& file) {
  BIO* in = BIO_new_file(file.c_str(), "r");
  if (in == nullptr) die("cannot open " + file);
  X509* cert = PEM_read_bio_X509(in, nullptr, nullptr, nullptr);
  BIO_free(in);
  if (cert == nullptr) die("no certificate in " + file);
  return cert;
}

// Serial numbers count up from 1, so two tokens never share one.
ASN1_INTEGER* next_serial(TS_RESP_CTX*, void* data) {
  auto* counter = static_cast<long*>(data);
  ASN1_INTEGER* serial = ASN1_INTEGER_new();
  if (serial != nullptr) ASN1_INTEGER_set(serial, ++*counter);
  return serial;
}

TS_RESP_CTX* make_responder(const Options& options, long* counter) {
  TS_RESP_CTX* context = TS_RESP_CTX_new();
  // set_signer_cert refuses a certificate without the critical timeStamping EKU, as RFC 3161 §2.3 wants.
  if (context == nullptr || TS_RESP_CTX_set_signer_cert(context, read_cert(options.cert)) != 1) die("signer certificate refused");
  BIO* in = BIO_new_file(options.key.c_str(), "r");
  EVP_PKEY* key = in != nullptr ? PEM_read_bio_PrivateKey(in, nullptr, nullptr, nullptr) : nullptr;
  BIO_free(in);
  if (key == nullptr || TS_RESP_CTX_set_signer_key(context, key) != 1) die("cannot use the key " + options.key);
  if (TS_RESP_CTX_set_signer_digest(context, EVP_sha256()) != 1) die("signer digest");
  ASN1_OBJECT* policy = OBJ_txt2obj(options.policy.c_str(), 1);
  if (policy == nullptr || TS_RESP_CTX_set_def_policy(context, policy) != 1) die("policy " + options.policy);
  if (TS_RESP_CTX_add_md(context, EVP_sha256()) != 1) die("md");
  if (TS_RESP_CTX_set_accuracy(context, 1, 0, 0) != 1) die("accuracy");
  TS_RESP_CTX_set_serial_cb(context, next_serial, counter);
  if (!options.chain.empty()) {
    STACK_OF(X509)* chain = sk_X509_new_null();
    sk_X509_push(chain, read_cert(options.chain));
    if (TS_RESP_CTX_set_certs(context, chain) != 1) die("chain");
  }
  return context;
}

std::string respond(TS_RESP_CTX* context, const std::string& query) {
  BIO* in = BIO_new_mem_buf(query.data(), static_cast<int>(query.size()));
  TS_RESP* reply = TS_RESP_create_response(context, in);  // a bad query still gets a "rejection" reply
  BIO_free(in);
  if (reply == nullptr) die("TS_RESP_create_response");
  BIO* out = BIO_new(BIO_s_mem());
  i2d_TS_RESP_bio(out, reply);
  char* data = nullptr;
  const long size = BIO_get_mem_data(out, &data);
  std::string der(data, static_cast<std::size_t>(size));
  BIO_free(out);
  TS_RESP_free(reply);
  return der;
}

void serve_one(tcp::socket& socket, TS_RESP_CTX* context) {
  boost::beast::flat_buffer buffer;
  http::request_parser<http::string_body> parser;
  parser.body_limit(64 * 1024);
  boost::system::error_code ec;
  http::read(socket, buffer, parser, ec);
  if (ec) return;
  const auto& request = parser.get();
  http::response<http::string_body> response;
  response.version(11);
  response.keep_alive(false);
  if (request.method() != http::verb::post || request[http::field::content_type] != "application/timestamp-query") {
    response.result(http::status::bad_request);
    response.set(http::field::content_type, "text/plain");
    response.body() = "POST an application/timestamp-query\n";
  } else {
    response.result(http::status::ok);
    response.set(http::field::content_type, "application/timestamp-reply");
    response.body() = respond(context, request.body());
  }
  response.prepare_payload();
  http::write(socket, response, ec);
  socket.shutdown(tcp::socket::shutdown_both, ec);
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = parse(argc, argv);
  long counter = 0;
  TS_RESP_CTX* context = make_responder(options, &counter);
  asio::io_context io;
  tcp::acceptor acceptor(io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0));
  std::printf("%u\n", static_cast<unsigned>(acceptor.local_endpoint().port()));
  std::fflush(stdout);
  for (;;) {
    tcp::socket socket(io);
    boost::system::error_code ec;
    acceptor.accept(socket, ec);
    if (!ec) serve_one(socket, context);
  }
}

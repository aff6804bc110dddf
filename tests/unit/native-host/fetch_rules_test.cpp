// The pure rules around the HTTP client: the request's header fields, the redirect policy, and the
// RFC 3161 query/token helpers that need no network.
#include <doctest/doctest.h>
#include <string>
#include <variant>
#include <vector>

#include "net/redirects.hpp"
#include "net/request.hpp"
#include "proofs/timestamp_query.hpp"
#include "proofs/timestamp_token.hpp"
#include "proofs/witness_fetch.hpp"

namespace fetch_rules_test {  // one per file: the unity build joins test files

using namespace takedown::host;

namespace {

net::Url url(std::string_view text) { return std::get<net::Url>(net::parse_url(text)); }

std::vector<std::string> lines(const std::vector<net::HeaderField>& fields) {
  std::vector<std::string> out;
  for (const auto& field : fields) out.push_back(field.name + ": " + field.value);
  return out;
}

}  // namespace

TEST_CASE("request: a GET sends no cookies, asks for identity encoding and closes") {
  net::Request get;
  get.url = url("https://Media.Example:8443/v/1.mp4?sig=abc");
  const auto fields = lines(net::request_fields(get));
  REQUIRE(fields.size() == 5);
  CHECK(fields[0] == "Host: media.example:8443");
  CHECK(fields[1].starts_with("User-Agent: takedown-host/"));
  CHECK(fields[2] == "Accept: */*");
  CHECK(fields[3] == "Accept-Encoding: identity");
  CHECK(fields[4] == "Connection: close");
  for (const auto& line : fields) {
    CHECK(line.find("Cookie") == std::string::npos);
    CHECK(line.find("Authorization") == std::string::npos);
  }
  net::Request ipv6;
  ipv6.url = url("http://[::1]/");
  CHECK(lines(net::request_fields(ipv6))[0] == "Host: [::1]");
}

TEST_CASE("request: the witness sends a browser's User-Agent and Accept, nothing that names Takedown") {
  const auto fields = lines(net::request_fields(proofs::witness_request(url("https://cdn.example/p/1.jpg"))));
  REQUIRE(fields.size() == 5);
  CHECK(fields[0] == "Host: cdn.example");
  CHECK(fields[1] == "User-Agent: " + std::string(proofs::witness_user_agent));
  CHECK(fields[1].starts_with("User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"));
  CHECK(fields[2] == "Accept: image/avif,image/webp,image/apng,image/svg+xml,image/*,*/*;q=0.8");
  CHECK(fields[3] == "Accept-Encoding: identity");
  for (const auto& line : fields) {
    std::string lower;
    for (const char c : line) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    CHECK(lower.find("takedown") == std::string::npos);
    CHECK(line.find("Cookie") == std::string::npos);
  }
}

TEST_CASE("witness: an http URL is fetched as its https twin") {
  CHECK(proofs::https_instead(url("http://Media.Example/a/b.png?x=1#f")).text() == "https://media.example/a/b.png?x=1");
  CHECK(proofs::https_instead(url("http://media.example:80/a")).text() == "https://media.example/a");
  CHECK(proofs::https_instead(url("http://media.example:8080/a")).text() == "https://media.example:8080/a");
  CHECK(proofs::https_instead(url("http://[2001:db8::1]/a")).text() == "https://[2001:db8::1]/a");
  CHECK(proofs::https_instead(url("https://media.example:8443/a")).text() == "https://media.example:8443/a");
}

TEST_CASE("request: a TSA POST carries its type and length") {
  net::Request post;
  post.method = "POST";
  post.url = url("http://tsa.example/tsr");
  post.accept = "application/timestamp-reply";
  post.content_type = "application/timestamp-query";
  post.body = std::string(59, 'x');
  const auto fields = lines(net::request_fields(post));
  REQUIRE(fields.size() == 7);
  CHECK(fields[0] == "Host: tsa.example");
  CHECK(fields[2] == "Accept: application/timestamp-reply");
  CHECK(fields[5] == "Content-Type: application/timestamp-query");
  CHECK(fields[6] == "Content-Length: 59");
}

TEST_CASE("redirects: followed within the limit, refused when looping, downgrading or too many") {
  const net::Url here = url("https://a.example/one");
  std::vector<std::string> visited{here.text()};

  auto step = net::next_redirect(here, std::string_view("/two"), visited, 0, 5);
  REQUIRE(step.next);
  CHECK_FALSE(step.error);
  CHECK(step.next->text() == "https://a.example/two");

  step = net::next_redirect(here, std::nullopt, visited, 0, 5);
  REQUIRE(step.error);
  CHECK(step.error->kind == "bad_redirect");

  step = net::next_redirect(here, std::string_view("http://a.example/two"), visited, 0, 5);
  REQUIRE(step.error);
  CHECK(step.error->kind == "insecure_redirect");

  step = net::next_redirect(url("http://a.example/"), std::string_view("https://a.example/secure"), {"http://a.example/"}, 0, 5);
  CHECK(step.next);  // upgrading is fine

  visited.push_back("https://a.example/two");
  step = net::next_redirect(url("https://a.example/two"), std::string_view("/one"), visited, 1, 5);
  REQUIRE(step.error);
  CHECK(step.error->kind == "redirect_loop");

  step = net::next_redirect(here, std::string_view("/six"), visited, 5, 5);
  REQUIRE(step.error);
  CHECK(step.error->kind == "too_many_redirects");
  CHECK(step.error->message.find("more than 5") != std::string::npos);

  step = net::next_redirect(here, std::string_view("ftp://a.example/"), visited, 0, 5);
  REQUIRE(step.error);
  CHECK(step.error->kind == "bad_redirect");
  CHECK(net::is_redirect_status(308));
  CHECK_FALSE(net::is_redirect_status(304));
}

TEST_CASE("timestamp query: a SHA-256 imprint of the record hash, a nonce, certReq") {
  const std::string hash = "8200b05db5fdcfa4541a8358c4e4a574a9c165037268a89178d304bad0a8f72f";
  const auto digest = proofs::digest_from_hex(hash);
  REQUIRE(digest);
  CHECK(proofs::digest_hex(*digest) == hash);
  CHECK_FALSE(proofs::digest_from_hex(hash.substr(1)));
  CHECK_FALSE(proofs::digest_from_hex(std::string(64, 'G')));

  const proofs::TimestampQuery first = proofs::build_query(*digest);
  const proofs::TimestampQuery second = proofs::build_query(*digest);
  CHECK(first.nonce_hex.size() == 16);
  CHECK(first.nonce_hex != second.nonce_hex);  // random: a replayed reply cannot pass
  CHECK(first.der != second.der);
  const auto imprint = proofs::query_imprint(first.der);
  REQUIRE(imprint);
  CHECK(proofs::digest_hex(*imprint) == hash);
  // The DER holds certReq TRUE (01 01 ff) and the SHA-256 OID 2.16.840.1.101.3.4.2.1.
  CHECK(first.der.find(std::string("\x01\x01\xff", 3)) != std::string::npos);
  CHECK(first.der.find(std::string("\x60\x86\x48\x01\x65\x03\x04\x02\x01", 9)) != std::string::npos);
  CHECK_FALSE(proofs::query_imprint("not DER"));

  const auto unreadable = proofs::read_reply("not DER either");
  REQUIRE(unreadable.problem);
  CHECK(unreadable.problem->kind == "reply_unreadable");
  const auto check = proofs::verify_reply(first.der, "junk", {}, true);
  REQUIRE(check);
  CHECK(check->kind == "reply_unreadable");
}

TEST_CASE("timestamp token: GeneralizedTime as ISO 8601") {
  CHECK(proofs::generalized_time_iso("20261128102000Z") == "2026-11-28T10:20:00Z");
  CHECK(proofs::generalized_time_iso("20261128102000.25Z") == "2026-11-28T10:20:00.25Z");
  CHECK(proofs::generalized_time_iso("garbage") == "garbage");
}

}  // namespace fetch_rules_test

// The fetcher's own URL parser (Boost 1.74 has no Boost.URL): what it accepts, how it normalises, and
// how a redirect's Location is resolved against the URL that sent it.
#include "net/url.hpp"

#include <doctest/doctest.h>
#include <string>
#include <variant>

namespace url_test {  // one per file: the unity build joins test files

using takedown::host::net::parse_url;
using takedown::host::net::resolve_location;
using takedown::host::net::Url;

namespace {

Url ok(std::string_view text) {
  auto parsed = parse_url(text);
  if (auto* problem = std::get_if<std::string>(&parsed)) FAIL_CHECK("refused " << text << ": " << *problem);
  REQUIRE(std::holds_alternative<Url>(parsed));
  return std::get<Url>(parsed);
}

std::string refused(std::string_view text) {
  auto parsed = parse_url(text);
  REQUIRE_MESSAGE(std::holds_alternative<std::string>(parsed), "accepted " << text);
  return std::get<std::string>(parsed);
}

std::string resolved(std::string_view base, std::string_view location) {
  auto next = resolve_location(ok(base), location);
  if (auto* problem = std::get_if<std::string>(&next)) return "refused: " + *problem;
  return std::get<Url>(next).text();
}

}  // namespace

TEST_CASE("url: scheme, host, port and target") {
  const Url a = ok("https://Example.ORG/a/b?x=1#frag");
  CHECK(a.scheme == "https");
  CHECK(a.host == "example.org");
  CHECK(a.port == 443);
  CHECK(a.target == "/a/b?x=1");
  CHECK(a.authority() == "example.org");
  CHECK(a.text() == "https://example.org/a/b?x=1");

  const Url b = ok("HTTP://127.0.0.1:8080");
  CHECK(b.scheme == "http");
  CHECK(b.port == 8080);
  CHECK(b.target == "/");
  CHECK(b.authority() == "127.0.0.1:8080");

  const Url c = ok("https://[::1]:8443/x");
  CHECK(c.host == "::1");
  CHECK(c.host_is_ipv6());
  CHECK(c.authority() == "[::1]:8443");
  CHECK(c.text() == "https://[::1]:8443/x");

  CHECK(ok("http://example.org:80/").text() == "http://example.org/");
  CHECK(ok("https://example.org:443").authority() == "example.org");
  CHECK(ok("https://example.org.?q").target == "/?q");
  CHECK(ok("https://example.org.?q").host == "example.org");
  CHECK(ok("https://h.example/a/./b/../c").target == "/a/c");
  CHECK(ok("https://h.example/../../etc").target == "/etc");
  CHECK(ok("https://h.example/%20x?a=%2F").target == "/%20x?a=%2F");
  CHECK(ok("https://[2001:db8::7]/").host == "2001:db8::7");
  CHECK(ok("https://[::ffff:192.0.2.1]/").host == "::ffff:192.0.2.1");
}

TEST_CASE("url: refused forms name their problem") {
  CHECK(refused("ftp://example.org/").find("only http and https") != std::string::npos);
  CHECK(refused("file:///etc/passwd").find("only http and https") != std::string::npos);
  CHECK(refused("javascript:alert(1)").find("only http and https") != std::string::npos);
  CHECK(refused("example.org/path").find("scheme") != std::string::npos);
  CHECK(refused("https:example.org").find("no host") != std::string::npos);
  CHECK(refused("https:///path").find("no host") != std::string::npos);
  CHECK(refused("https://user:pw@example.org/").find("passwords") != std::string::npos);
  CHECK(refused("https://example.org:0/").find("port") != std::string::npos);
  CHECK(refused("https://example.org:65536/").find("port") != std::string::npos);
  CHECK(refused("https://example.org:8x/").find("port") != std::string::npos);
  CHECK(refused("https://exa mple.org/").find("host name") != std::string::npos);
  CHECK(refused("https://example..org/").find("host name") != std::string::npos);
  CHECK(refused("https://256.1.1.1/").find("IPv4") != std::string::npos);
  CHECK(refused("https://1.2.3/").find("IPv4") != std::string::npos);
  CHECK(refused("https://[::1/").find("]") != std::string::npos);
  CHECK(refused("https://[1:2:3:4:5:6:7:8:9]/").find("IPv6") != std::string::npos);
  CHECK(refused("https://[1::2::3]/").find("IPv6") != std::string::npos);
  CHECK(refused("https://example.org/a b").find("percent-encoded") != std::string::npos);
  CHECK(refused("https://example.org/a\r\nX: y").find("percent-encoded") != std::string::npos);
  CHECK(refused("https://example.org/caf\xc3\xa9").find("percent-encoded") != std::string::npos);
  CHECK(refused("https://example.org/%zz").find("escape") != std::string::npos);
  CHECK(refused("https://example.org/" + std::string(20000, 'a')).find("longer") != std::string::npos);
}

TEST_CASE("url: a redirect's Location, resolved as RFC 3986 §5.2 does") {
  const std::string base = "https://a.example/dir/page?x=1";
  CHECK(resolved(base, "https://b.example/n") == "https://b.example/n");
  CHECK(resolved(base, "HTTP://b.example") == "http://b.example/");
  CHECK(resolved(base, "//c.example/p") == "https://c.example/p");
  CHECK(resolved(base, "/root?y") == "https://a.example/root?y");
  CHECK(resolved(base, "other") == "https://a.example/dir/other");
  CHECK(resolved(base, "../up") == "https://a.example/up");
  CHECK(resolved(base, "?z=2") == "https://a.example/dir/page?z=2");
  CHECK(resolved(base, "  /trimmed ") == "https://a.example/trimmed");
  CHECK(resolved("http://h.example:8080/a/b", "c") == "http://h.example:8080/a/c");
  CHECK(resolved(base, "").starts_with("refused"));
  CHECK(resolved(base, "mailto:x@example.org").starts_with("refused"));
}

}  // namespace url_test

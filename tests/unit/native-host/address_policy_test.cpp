// The witness's address classifier (issue #17): every non-public range with its first and last
// address and the public neighbours just outside, the IPv6 forms that carry an IPv4 address
// (IPv4-mapped, NAT64, 6to4) judged by that address, and the test-only loopback allowance.
#include "net/address_policy.hpp"

#include <doctest/doctest.h>
#include <string>

namespace address_policy_test {  // one per file: the unity build joins test files

using takedown::host::net::AddressRules;
using takedown::host::net::non_public;

namespace {

// The range that refuses `address`, or "public".
std::string verdict(std::string_view address, AddressRules rules = {}) {
  const auto found = non_public(address, rules);
  return found ? found->range : "public";
}

std::string carrier(std::string_view address) {
  const auto found = non_public(address);
  return found ? found->carrier : "public";
}

}  // namespace

TEST_CASE("address policy: every IPv4 range, its edges and the public addresses next to it") {
  struct Case {
    const char* first;
    const char* last;
    const char* range;
    const char* before;  // just below the range ("" when that is itself refused)
    const char* after;   // just above
  };
  const Case cases[] = {
      {"0.0.0.0", "0.255.255.255", "0.0.0.0/8", "", "1.0.0.0"},
      {"10.0.0.0", "10.255.255.255", "10.0.0.0/8", "9.255.255.255", "11.0.0.0"},
      {"100.64.0.0", "100.127.255.255", "100.64.0.0/10", "100.63.255.255", "100.128.0.0"},
      {"127.0.0.0", "127.255.255.255", "127.0.0.0/8", "126.255.255.255", "128.0.0.0"},
      {"169.254.0.0", "169.254.255.255", "169.254.0.0/16", "169.253.255.255", "169.255.0.0"},
      {"172.16.0.0", "172.31.255.255", "172.16.0.0/12", "172.15.255.255", "172.32.0.0"},
      {"192.0.0.0", "192.0.0.255", "192.0.0.0/24", "191.255.255.255", "192.0.1.0"},
      {"192.0.2.0", "192.0.2.255", "192.0.2.0/24", "192.0.1.255", "192.0.3.0"},
      {"192.168.0.0", "192.168.255.255", "192.168.0.0/16", "192.167.255.255", "192.169.0.0"},
      {"198.18.0.0", "198.19.255.255", "198.18.0.0/15", "198.17.255.255", "198.20.0.0"},
      {"198.51.100.0", "198.51.100.255", "198.51.100.0/24", "198.51.99.255", "198.51.101.0"},
      {"203.0.113.0", "203.0.113.255", "203.0.113.0/24", "203.0.112.255", "203.0.114.0"},
      {"224.0.0.0", "239.255.255.255", "224.0.0.0/4", "223.255.255.255", ""},
      {"240.0.0.0", "255.255.255.254", "240.0.0.0/4", "", ""},
      {"255.255.255.255", "255.255.255.255", "255.255.255.255/32", "", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.range);
    CHECK(verdict(c.first) == c.range);
    CHECK(verdict(c.last) == c.range);
    if (*c.before) CHECK(verdict(c.before) == "public");
    if (*c.after) CHECK(verdict(c.after) == "public");
  }
  CHECK(verdict("169.254.169.254") == "169.254.0.0/16");  // cloud metadata
  CHECK(verdict("8.8.8.8") == "public");
  CHECK(verdict("93.184.215.14") == "public");
  CHECK(verdict("223.255.255.255") == "public");
}

TEST_CASE("address policy: IPv6 ranges") {
  CHECK(verdict("::") == "::/128");
  CHECK(verdict("::1") == "::1/128");
  CHECK(verdict("::2") == "::/8");               // IPv4-compatible (deprecated) and the rest of ::/8
  CHECK(verdict("::127.0.0.1") == "::/8");
  CHECK(verdict("::8.8.8.8") == "::/8");
  CHECK(verdict("64:ff9b:1::1") == "::/8");      // local-use NAT64 (RFC 8215)
  CHECK(verdict("::ffff:0:808:808") == "::/8");  // SIIT's IPv4-translated form
  CHECK(verdict("100::") == "100::/64");
  CHECK(verdict("100::ffff:ffff:ffff:ffff") == "100::/64");
  CHECK(verdict("fc00::") == "fc00::/7");
  CHECK(verdict("fd12:3456:789a::1") == "fc00::/7");
  CHECK(verdict("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") == "fc00::/7");
  CHECK(verdict("fe80::") == "fe80::/10");
  CHECK(verdict("fe80::1%eth0") == "fe80::/10");
  CHECK(verdict("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff") == "fe80::/10");
  CHECK(verdict("fec0::1") == "fec0::/10");
  CHECK(verdict("ff00::") == "ff00::/8");
  CHECK(verdict("ff02::1") == "ff00::/8");
  CHECK(verdict("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff") == "ff00::/8");
  CHECK(verdict("2001:db8::") == "2001:db8::/32");
  CHECK(verdict("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff") == "2001:db8::/32");
  CHECK(verdict("2001:db9::1") == "public");
  CHECK(verdict("2001:db7:ffff::1") == "public");
  CHECK(verdict("2001::1") == "2001::/32");      // Teredo
  CHECK(verdict("2001:2::1") == "2001::/23");    // benchmarking, inside the IETF block
  CHECK(verdict("2001:1ff:ffff::1") == "2001::/23");
  CHECK(verdict("2001:200::1") == "public");     // the first regional allocation
  CHECK(verdict("3fff::1") == "3fff::/20");
  CHECK(verdict("3fff:fff::1") == "3fff::/20");
  CHECK(verdict("3fff:1000::1") == "public");
  CHECK(verdict("2000::") == "public");
  CHECK(verdict("2a00:1450:4001:81b::200e") == "public");
  CHECK(verdict("2606:4700::6810:84e5") == "public");
  CHECK(verdict("4000::1") == "outside 2000::/3");
  CHECK(verdict("1fff:ffff::1") == "outside 2000::/3");
  CHECK(verdict("5f00::1") == "outside 2000::/3");
}

TEST_CASE("address policy: IPv6 forms that carry an IPv4 address are judged by it") {
  // IPv4-mapped ::ffff:0:0/96, in both spellings.
  CHECK(verdict("::ffff:127.0.0.1") == "127.0.0.0/8");
  CHECK(verdict("::ffff:7f00:1") == "127.0.0.0/8");
  CHECK(verdict("::ffff:10.1.2.3") == "10.0.0.0/8");
  CHECK(verdict("::ffff:169.254.169.254") == "169.254.0.0/16");
  CHECK(verdict("::ffff:0.0.0.0") == "0.0.0.0/8");
  CHECK(verdict("::ffff:8.8.8.8") == "public");
  CHECK(carrier("::ffff:192.168.1.1") == "::ffff:0:0/96 (IPv4-mapped IPv6)");
  // NAT64 64:ff9b::/96.
  CHECK(verdict("64:ff9b::192.168.1.1") == "192.168.0.0/16");
  CHECK(verdict("64:ff9b::a9fe:a9fe") == "169.254.0.0/16");
  CHECK(verdict("64:ff9b::7f00:1") == "127.0.0.0/8");
  CHECK(verdict("64:ff9b::808:808") == "public");
  CHECK(carrier("64:ff9b::10.0.0.1") == "64:ff9b::/96 (NAT64)");
  CHECK(verdict("64:ff9b::1:0:0:1") == "::/8");  // not the /96 itself: no IPv4 to judge
  // 6to4 2002::/16: the IPv4 address sits in bits 16-47.
  CHECK(verdict("2002:c0a8:0101::1") == "192.168.0.0/16");
  CHECK(verdict("2002:7f00:1::") == "127.0.0.0/8");
  CHECK(verdict("2002:0a00:0001:1::1") == "10.0.0.0/8");
  CHECK(verdict("2002:0000:0000::1") == "0.0.0.0/8");
  CHECK(verdict("2002:e000:1::") == "224.0.0.0/4");
  CHECK(verdict("2002:0808:0808::1") == "public");
  CHECK(carrier("2002:ac10:1::") == "2002::/16 (6to4)");

  const auto mapped = non_public("::ffff:192.168.1.1");
  REQUIRE(mapped);
  CHECK(mapped->embedded == "192.168.1.1");
  CHECK(mapped->describe() ==
        "an address of the form ::ffff:0:0/96 (IPv4-mapped IPv6) carrying 192.168.1.1, which is in 192.168.0.0/16, "
        "private network (RFC 1918)");
}

TEST_CASE("address policy: the description names the range and its purpose") {
  const auto local = non_public("10.9.8.7");
  REQUIRE(local);
  CHECK(local->purpose == "private network (RFC 1918)");
  CHECK(local->carrier.empty());
  CHECK(local->describe() == "in 10.0.0.0/8, private network (RFC 1918)");
  CHECK(non_public("169.254.169.254")->describe().find("link-local") != std::string::npos);
  CHECK(non_public("::1")->describe() == "in ::1/128, loopback (this computer)");
}

TEST_CASE("address policy: text that is not an address is not public") {
  for (const char* text : {"", "localhost", "127.1", "2130706433", "0x7f.0.0.1", "127.0.0.1.", "1.2.3.4.5", "256.0.0.1",
                           "::ffff:1.2.3", "[::1]", "fe80::1::2"}) {
    CAPTURE(text);
    const auto found = non_public(text);
    REQUIRE(found);
    CHECK(found->purpose == "not an IP address");
  }
}

TEST_CASE("address policy: the test allowance counts 127.0.0.0/8 as public, and nothing else") {
  const AddressRules test{true};
  CHECK(verdict("127.0.0.1", test) == "public");
  CHECK(verdict("127.255.255.255", test) == "public");
  CHECK(verdict("::ffff:127.0.0.1", test) == "public");  // the same IPv4 address
  CHECK(verdict("::1", test) == "::1/128");
  CHECK(verdict("0.0.0.0", test) == "0.0.0.0/8");
  CHECK(verdict("10.0.0.1", test) == "10.0.0.0/8");
  CHECK(verdict("128.0.0.1", test) == "public");
  CHECK(verdict("126.255.255.255", test) == "public");
  CHECK(verdict("127.0.0.1") == "127.0.0.0/8");  // off by default
}

}  // namespace address_policy_test

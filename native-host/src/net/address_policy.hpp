#pragma once
// Which addresses the second witness may connect to: public unicast only. The URL comes from a page,
// so without this rule a page could make the person's own computer send a GET to their router, a
// printer or a service on loopback, outside the browser's private-network protections. Names are not
// trusted (DNS answers what its owner likes, and may answer differently the second time): only the
// resolved address, checked right before connecting, decides. Pure (no Asio) so every range is
// unit-tested.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::net {

using Ipv4Bytes = std::array<std::uint8_t, 4>;
using Ipv6Bytes = std::array<std::uint8_t, 16>;

// The rule that makes an address non-public. For IPv6 forms that carry an IPv4 address (IPv4-mapped,
// NAT64, 6to4) the IPv4 address is judged, and `carrier` names the IPv6 form it came in.
struct NonPublic {
  std::string range;    // e.g. "10.0.0.0/8", "fe80::/10"
  std::string purpose;  // e.g. "private network (RFC 1918)"
  std::string carrier;  // e.g. "::ffff:0:0/96 (IPv4-mapped IPv6)", empty when the address was judged as is
  std::string embedded; // the IPv4 address judged inside `carrier`, empty otherwise
  // "in 10.0.0.0/8, private network (RFC 1918)", or for a carried address
  // "an IPv4-mapped IPv6 address (::ffff:0:0/96) of 10.1.2.3, which is in 10.0.0.0/8, private network (RFC 1918)".
  std::string describe() const;
};

struct AddressRules {
  // Test-only: 127.0.0.0/8 counts as public, so tests can fetch from a local server. Only
  // net::install_test_allowance() (called by the test executable's main, never by takedown-host)
  // turns it on.
  bool loopback_is_public = false;
};

// nullopt: a public address the witness may connect to.
std::optional<NonPublic> non_public(const Ipv4Bytes& address, const AddressRules& rules = {});
std::optional<NonPublic> non_public(const Ipv6Bytes& address, const AddressRules& rules = {});

// The same for an address in text (dotted quad or IPv6, as inet_pton reads them; an IPv6 zone
// "%eth0" is ignored). An unreadable text is not public either: range "", purpose "not an IP address".
std::optional<NonPublic> non_public(std::string_view address_text, const AddressRules& rules = {});

}  // namespace takedown::host::net

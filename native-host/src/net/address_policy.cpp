#include "address_policy.hpp"

#ifdef _WIN32
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#endif

#include <cstring>

namespace takedown::host::net {
namespace {

struct Ipv4Range {
  std::uint32_t base;
  int bits;
  const char* range;
  const char* purpose;
};

constexpr std::uint32_t v4(std::uint8_t a, std::uint8_t b, std::uint8_t c, std::uint8_t d) {
  return (std::uint32_t{a} << 24) | (std::uint32_t{b} << 16) | (std::uint32_t{c} << 8) | d;
}

// IANA's special-purpose registry, the parts a fetch from this computer could land in something that
// is not the public web (the person's network, this computer, or nothing routable). Order matters only
// where ranges nest: the more specific name comes first.
constexpr Ipv4Range ipv4_ranges[] = {
    {v4(0, 0, 0, 0), 8, "0.0.0.0/8", "\"this network\" (0.0.0.0 reaches this computer)"},
    {v4(10, 0, 0, 0), 8, "10.0.0.0/8", "private network (RFC 1918)"},
    {v4(100, 64, 0, 0), 10, "100.64.0.0/10", "shared address space of a provider's NAT (RFC 6598)"},
    {v4(127, 0, 0, 0), 8, "127.0.0.0/8", "loopback (this computer)"},
    {v4(169, 254, 0, 0), 16, "169.254.0.0/16", "link-local (RFC 3927; also cloud metadata services)"},
    {v4(172, 16, 0, 0), 12, "172.16.0.0/12", "private network (RFC 1918)"},
    {v4(192, 0, 0, 0), 24, "192.0.0.0/24", "IETF protocol assignments (RFC 6890)"},
    {v4(192, 0, 2, 0), 24, "192.0.2.0/24", "documentation (TEST-NET-1, RFC 5737)"},
    {v4(192, 168, 0, 0), 16, "192.168.0.0/16", "private network (RFC 1918)"},
    {v4(198, 18, 0, 0), 15, "198.18.0.0/15", "network benchmarking (RFC 2544)"},
    {v4(198, 51, 100, 0), 24, "198.51.100.0/24", "documentation (TEST-NET-2, RFC 5737)"},
    {v4(203, 0, 113, 0), 24, "203.0.113.0/24", "documentation (TEST-NET-3, RFC 5737)"},
    {v4(224, 0, 0, 0), 4, "224.0.0.0/4", "multicast"},
    {v4(255, 255, 255, 255), 32, "255.255.255.255/32", "limited broadcast"},
    {v4(240, 0, 0, 0), 4, "240.0.0.0/4", "reserved (RFC 1112)"},
};

bool in_v4(std::uint32_t address, const Ipv4Range& range) {
  const std::uint32_t mask = range.bits == 0 ? 0 : ~std::uint32_t{0} << (32 - range.bits);
  return (address & mask) == (range.base & mask);
}

// Whether the first `bits` bits of `address` equal those of `prefix` (given as its leading bytes).
template <std::size_t N>
bool in_v6(const Ipv6Bytes& address, const std::uint8_t (&prefix)[N], int bits) {
  for (int i = 0; i < bits; ++i) {
    const int byte = i / 8;
    const std::uint8_t bit = static_cast<std::uint8_t>(0x80 >> (i % 8));
    const std::uint8_t want = static_cast<std::size_t>(byte) < N ? prefix[byte] : 0;
    if ((address[static_cast<std::size_t>(byte)] & bit) != (want & bit)) return false;
  }
  return true;
}

std::string ipv4_text(const Ipv4Bytes& bytes) {
  return std::to_string(bytes[0]) + "." + std::to_string(bytes[1]) + "." + std::to_string(bytes[2]) + "." +
         std::to_string(bytes[3]);
}

// An IPv6 form that carries an IPv4 address is exactly as public as that IPv4 address.
std::optional<NonPublic> judge_carried(const Ipv6Bytes& address, std::size_t offset, const char* carrier,
                                       const AddressRules& rules) {
  const Ipv4Bytes inner{address[offset], address[offset + 1], address[offset + 2], address[offset + 3]};
  auto verdict = non_public(inner, rules);
  if (verdict) {
    verdict->carrier = carrier;
    verdict->embedded = ipv4_text(inner);
  }
  return verdict;
}

NonPublic rule(const char* range, const char* purpose) { return NonPublic{range, purpose, "", ""}; }

}  // namespace

std::string NonPublic::describe() const {
  const std::string where = range.empty() ? purpose : "in " + range + ", " + purpose;
  if (carrier.empty()) return where;
  return "an address of the form " + carrier + " carrying " + embedded + ", which is " + where;
}

std::optional<NonPublic> non_public(const Ipv4Bytes& address, const AddressRules& rules) {
  const std::uint32_t value = v4(address[0], address[1], address[2], address[3]);
  if (rules.loopback_is_public && address[0] == 127) return std::nullopt;
  for (const Ipv4Range& range : ipv4_ranges) {
    if (in_v4(value, range)) return rule(range.range, range.purpose);
  }
  return std::nullopt;
}

std::optional<NonPublic> non_public(const Ipv6Bytes& address, const AddressRules& rules) {
  static constexpr std::uint8_t zero[] = {0};
  static constexpr std::uint8_t loopback[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
  static constexpr std::uint8_t mapped[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
  static constexpr std::uint8_t nat64[] = {0x00, 0x64, 0xff, 0x9b};
  static constexpr std::uint8_t discard[] = {0x01, 0x00};
  static constexpr std::uint8_t unique_local[] = {0xfc};
  static constexpr std::uint8_t link_local[] = {0xfe, 0x80};
  static constexpr std::uint8_t site_local[] = {0xfe, 0xc0};
  static constexpr std::uint8_t multicast[] = {0xff};
  static constexpr std::uint8_t six_to_four[] = {0x20, 0x02};
  static constexpr std::uint8_t teredo[] = {0x20, 0x01, 0x00, 0x00};
  static constexpr std::uint8_t ietf[] = {0x20, 0x01};
  static constexpr std::uint8_t documentation[] = {0x20, 0x01, 0x0d, 0xb8};
  static constexpr std::uint8_t documentation_new[] = {0x3f, 0xff};
  static constexpr std::uint8_t global_unicast[] = {0x20};

  if (in_v6(address, zero, 128)) return rule("::/128", "the unspecified address (reaches this computer)");
  if (in_v6(address, loopback, 128)) return rule("::1/128", "loopback (this computer)");
  if (in_v6(address, mapped, 96)) return judge_carried(address, 12, "::ffff:0:0/96 (IPv4-mapped IPv6)", rules);
  if (in_v6(address, nat64, 96)) return judge_carried(address, 12, "64:ff9b::/96 (NAT64)", rules);
  if (in_v6(address, zero, 8)) {
    return rule("::/8", "reserved by the IETF (IPv4-compatible, local-use NAT64 and other forms)");
  }
  if (in_v6(address, discard, 64)) return rule("100::/64", "discard-only (RFC 6666)");
  if (in_v6(address, unique_local, 7)) return rule("fc00::/7", "unique-local, a private network (RFC 4193)");
  if (in_v6(address, link_local, 10)) return rule("fe80::/10", "link-local");
  if (in_v6(address, site_local, 10)) return rule("fec0::/10", "site-local, a private network (deprecated)");
  if (in_v6(address, multicast, 8)) return rule("ff00::/8", "multicast");
  if (in_v6(address, six_to_four, 16)) return judge_carried(address, 2, "2002::/16 (6to4)", rules);
  if (in_v6(address, teredo, 32)) return rule("2001::/32", "a Teredo tunnel (its IPv4 end cannot be judged)");
  if (in_v6(address, documentation, 32)) return rule("2001:db8::/32", "documentation (RFC 3849)");
  if (in_v6(address, ietf, 23)) return rule("2001::/23", "IETF protocol assignments (RFC 2928)");
  if (in_v6(address, documentation_new, 20)) return rule("3fff::/20", "documentation (RFC 9637)");
  if (!in_v6(address, global_unicast, 3)) return rule("outside 2000::/3", "not global unicast (unassigned or reserved)");
  return std::nullopt;
}

std::optional<NonPublic> non_public(std::string_view address_text, const AddressRules& rules) {
  std::string text(address_text);
  if (text.find(':') != std::string::npos) {
    if (const auto zone = text.find('%'); zone != std::string::npos) text.resize(zone);
    Ipv6Bytes bytes{};
    if (inet_pton(AF_INET6, text.c_str(), bytes.data()) == 1) return non_public(bytes, rules);
  } else {
    Ipv4Bytes bytes{};
    if (inet_pton(AF_INET, text.c_str(), bytes.data()) == 1) return non_public(bytes, rules);
  }
  return NonPublic{"", "not an IP address", "", ""};
}

}  // namespace takedown::host::net

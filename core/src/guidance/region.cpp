#include "region.hpp"

#include <algorithm>
#include <array>

namespace takedown::guidance {

std::optional<Region> region_of(std::string_view residence) noexcept {
  if (residence == "unknown") return Region::unknown;
  const auto is_capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  if (residence.size() != 2 || !is_capital(residence[0]) || !is_capital(residence[1])) return std::nullopt;
  // The EU's 27 members and the three other EEA states, where the GDPR applies as well.
  constexpr std::array<std::string_view, 29> eea{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
                                                 "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "PL",
                                                 "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO"};
  if (residence == "NL") return Region::nl;
  if (residence == "US") return Region::us;
  if (residence == "GB" || residence == "UK") return Region::gb;
  if (std::find(eea.begin(), eea.end(), residence) != eea.end()) return Region::eu;
  return Region::other;
}

std::string_view region_name(Region region) noexcept {
  switch (region) {
    case Region::nl: return "nl";
    case Region::eu: return "eu";
    case Region::us: return "us";
    case Region::gb: return "gb";
    case Region::other: return "other";
    case Region::unknown: return "unknown";
  }
  return "";
}

}  // namespace takedown::guidance

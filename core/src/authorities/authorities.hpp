#pragma once
// Who takes a complaint, by the country where the person lives: the data protection authority (GDPR
// Art. 77) and the Digital Services Coordinator (DSA Art. 53). The data is data/authorities.json
// (sources and licence inside it), embedded at build time.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace takedown::authorities {

struct Authority {
  std::string country;         // ISO 3166-1 alpha-2 ("NL", "GR", "GB")
  std::string land;            // German Land code ("BY"), for the Länder's authorities only
  std::string name;            // empty when the sources name none
  std::string postal_address;  // one line, commas between the lines of the address
  std::string complaint_url;   // the complaint page, or the website where no complaint page is known
  std::string email;
  std::string phone;
  std::string website;
  bool confirmed = false;      // false: the name (or, for DSCs, the designation) is not confirmed
  std::string source;
};

// The data protection authority for residents of `country`; nothing for Germany (each Land has its
// own: see german_land_dpas) and for countries outside the EU/EEA and the UK.
std::optional<Authority> dpa_for(std::string_view country);
// The 16 Länder's authorities for the private sector (Bavaria: the BayLDA, not the BayLfD).
const std::vector<Authority>& german_land_dpas();
// The Digital Services Coordinator of an EU member state; nothing elsewhere.
std::optional<Authority> dsc_for(std::string_view country);
// Every entry, for the data's own checks.
const std::vector<Authority>& all_dpas();
const std::vector<Authority>& all_dscs();

}  // namespace takedown::authorities

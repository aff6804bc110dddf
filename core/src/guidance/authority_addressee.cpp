#include "authority_addressee.hpp"

#include "../authorities/authorities.hpp"

namespace takedown::guidance {
namespace {

Addressee from_authority(std::string role, const authorities::Authority& a) {
  Addressee out;
  out.role = std::move(role);
  out.name = a.name;
  out.contact = a.email.empty() ? a.phone : a.email;
  out.postal_address = a.postal_address;
  out.complaint_url = a.complaint_url;
  out.confirmed = a.confirmed;
  return out;
}

}  // namespace

Addressee dpa_addressee(const Facts& f) {
  const auto country = f.country();
  if (country == "DE") {
    // Residence is known only by country, and each Land has its own authority: the person chooses.
    Addressee out{"dpa", "Datenschutzaufsicht des Bundeslandes (Landesdatenschutzbehörde)", ""};
    out.confirmed = false;
    for (const auto& land : authorities::german_land_dpas()) {
      Addressee choice = from_authority("", land);
      choice.land = land.land;
      out.alternatives.push_back(std::move(choice));
    }
    return out;
  }
  const auto authority = authorities::dpa_for(country);
  if (!authority) return {"dpa", "", ""};
  Addressee out = from_authority("dpa", *authority);
  if (country == "NL") {
    out.name = "Autoriteit Persoonsgegevens";
    out.contact = "088-1805 250";  // the AP's own line for people (legal-and-platforms.md section 4)
  }
  return out;
}

Addressee dsc_addressee(const Facts& f) {
  const auto authority = authorities::dsc_for(f.country());
  if (!authority) return {"dsc", "", ""};
  Addressee out = from_authority("dsc", *authority);
  return out;
}

}  // namespace takedown::guidance

#include "criminal_law.hpp"

namespace takedown::guidance {

std::vector<std::string_view> sexual_image_articles_nl(bool child, const std::optional<time::CivilDate>& act_date) {
  // Art. 1(2) Sr: after a change the law most favourable to the suspect applies, so the date of the
  // act (not of discovery) decides; unknown, both are named.
  const bool after = !act_date || !(*act_date < sexual_offences_act_start);
  const bool before = !act_date || *act_date < sexual_offences_act_start;
  std::vector<std::string_view> out;
  if (after) out.push_back("Sr art. 254ba");
  if (before) {
    if (act_date && *act_date < image_abuse_offence_start) {
      out.push_back("Sr art. 261");  // no specific offence yet: smaad and belediging
      out.push_back("Sr art. 266");
    } else {
      out.push_back("Sr art. 139h");
    }
  }
  if (child) {
    if (after) out.push_back("Sr art. 252");
    if (before) out.push_back("Sr art. 240b");
  }
  return out;
}

std::vector<std::string_view> use_articles(Use use, Region region, bool sexual) {
  if (region == Region::nl || region == Region::unknown) {
    switch (use) {
      case Use::extortion: return {"Sr art. 317", "Sr art. 318", "Sr art. 284"};
      case Use::fraud: return {"Sr art. 326"};
      case Use::threats: return {"Sr art. 285"};
      case Use::harassment: return {"Sr art. 285b", "Sr art. 261", "Sr art. 262"};
      case Use::impersonation: return {"Sr art. 231b", "Sr art. 261", "Sr art. 262"};
    }
  }
  if (region == Region::gb) {
    // Blackmail covers money or property; a demand for more images needs the threat offence of s. 66B(4).
    if (use == Use::extortion) {
      if (sexual) return {"Theft Act 1968 s. 21", "Sexual Offences Act 2003 s. 66B(4)"};
      return {"Theft Act 1968 s. 21"};
    }
    if (use == Use::threats && sexual) return {"Sexual Offences Act 2003 s. 66B(4)"};
  }
  if (region == Region::us) {
    if (use == Use::extortion) return {"18 U.S.C. § 875(d)"};
    if (use == Use::threats && sexual) return {"47 U.S.C. § 223(h)"};
  }
  return {};
}

}  // namespace takedown::guidance

#include "gdpr_scope.hpp"

namespace takedown::guidance {

GdprAnswer gdpr_scope(const Situation& s) {
  if (s.deceased == Tri::yes) return {GdprScope::no_deceased, texts::gdpr_deceased, {"notes.hard.deceased"}};
  if (s.shared_with == SharedWith::private_circle) {
    return {GdprScope::no_household_exemption, texts::gdpr_household, {"ap.make_share.household", "ap.remove.recognisable"}};
  }
  if (s.shared_with == SharedWith::unknown) {
    return {GdprScope::unclear, texts::gdpr_unclear_sharing, {"ap.make_share.household", "ap.make_share.outside_circle"}};
  }
  if (s.recognisable == Tri::no) {
    return {GdprScope::unclear, texts::gdpr_unclear_not_recognisable, {"ap.remove.recognisable"}};
  }
  if (outside_eu(s.region)) {
    return {GdprScope::unclear, texts::gdpr_unclear_outside_eu, {"ap.make_share.outside_circle"}};
  }
  return {GdprScope::yes, texts::gdpr_yes, {"ap.make_share.outside_circle", "ap.remove.recognisable"}};
}

std::string_view scope_name(GdprScope scope) noexcept {
  switch (scope) {
    case GdprScope::yes: return "yes";
    case GdprScope::no_household_exemption: return "no_household_exemption";
    case GdprScope::no_deceased: return "no_deceased";
    case GdprScope::unclear: return "unclear";
  }
  return "";
}

}  // namespace takedown::guidance

#include "facts.hpp"

#include <algorithm>

namespace takedown::guidance {

Facts::Facts(const Situation& situation)
    : s(situation),
      gdpr(gdpr_scope(situation)),
      progress(evaluate_history(situation)),
      gdpr_route(gdpr.scope != GdprScope::no_household_exemption && gdpr.scope != GdprScope::no_deceased),
      sexual(situation.sexual == Tri::yes),
      minor(situation.age_group == AgeGroup::minor ||
            (situation.age_group == AgeGroup::unknown && situation.depicted == Depicted::my_child)),
      dutch(situation.region == Region::nl || situation.region == Region::unknown),
      // Relatives act on their own portrait right for someone who has died, not on the person's behalf.
      for_other_adult(situation.deceased != Tri::yes &&
                      (situation.depicted == Depicted::someone_i_represent ||
                       (situation.depicted == Depicted::my_child && situation.age_group == AgeGroup::adult))),
      shared_widely(situation.shared_with == SharedWith::wider_or_public),
      child_case(minor && situation.sexual != Tri::no),
      deceased(situation.deceased == Tri::yes),
      police_reported(false),
      in_eu(situation.region == Region::nl || situation.region == Region::unknown ||
            (situation.region == Region::eu && situation.residence != "IS" && situation.residence != "LI" &&
             situation.residence != "NO")) {
  police_reported = asked(RequestTo::police);
}

bool Facts::used_for(Use use) const {
  return s.used_for && std::find(s.used_for->begin(), s.used_for->end(), use) != s.used_for->end();
}

std::vector<const RequestProgress*> Facts::requests_to(RequestTo to) const {
  std::vector<const RequestProgress*> found;
  for (const auto& p : progress) {
    if (p.entry->to == to) found.push_back(&p);
  }
  return found;
}

bool Facts::gdpr_request_escalates() const {
  for (const auto& p : progress) {
    const bool removal_request = p.entry->to == RequestTo::maker || p.entry->to == RequestTo::platform ||
                                 p.entry->to == RequestTo::search_engine;
    if (removal_request && p.entry->via == Via::gdpr && escalates(p)) return true;
  }
  return false;
}

bool Facts::dsa_notice_escalates() const {
  for (const auto& p : progress) {
    if (p.entry->to != RequestTo::platform) continue;
    if (p.status == RequestStatus::overdue || (p.entry->via == Via::dsa && escalates(p))) return true;
  }
  return false;
}

bool Facts::removal_escalates() const {
  for (const auto& p : progress) {
    if ((p.entry->to == RequestTo::maker || p.entry->to == RequestTo::platform) && escalates(p)) return true;
  }
  return false;
}

}  // namespace takedown::guidance

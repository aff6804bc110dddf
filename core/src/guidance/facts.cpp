#include "facts.hpp"

namespace takedown::guidance {

Facts::Facts(const Situation& situation)
    : s(situation),
      gdpr(gdpr_scope(situation)),
      progress(evaluate_history(situation)),
      gdpr_route(gdpr.scope != GdprScope::no_household_exemption),
      sexual(situation.sexual == Tri::yes),
      minor(situation.age_group == AgeGroup::minor ||
            (situation.age_group == AgeGroup::unknown && situation.depicted == Depicted::my_child)),
      dutch(situation.region == Region::nl || situation.region == Region::unknown),
      for_other_adult(situation.depicted == Depicted::someone_i_represent ||
                      (situation.depicted == Depicted::my_child && situation.age_group == AgeGroup::adult)),
      shared_widely(situation.shared_with == SharedWith::wider_or_public) {}

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

bool Facts::removal_escalates() const {
  for (const auto& p : progress) {
    if ((p.entry->to == RequestTo::maker || p.entry->to == RequestTo::platform) && escalates(p)) return true;
  }
  return false;
}

}  // namespace takedown::guidance

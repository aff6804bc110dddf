#pragma once
// What a plan's rules ask of a situation, worked out once: the GDPR answer, the history's state and a
// few derived flags, each named for the rule it serves.
#include <vector>

#include "gdpr_scope.hpp"
#include "progress.hpp"
#include "situation.hpp"

namespace takedown::guidance {

struct Facts {
  const Situation& s;
  GdprAnswer gdpr;
  std::vector<RequestProgress> progress;

  bool gdpr_route;       // GDPR steps are offered (the GDPR applies or may apply)
  bool sexual;           // said to be sexual
  bool minor;            // under 18, or the person's own child of unstated age
  bool dutch;            // lives in the Netherlands, or residence unknown (the plan's default)
  bool for_other_adult;  // acting for an adult other than oneself
  bool shared_widely;

  explicit Facts(const Situation& situation);

  // The progress entries of requests to `to`.
  std::vector<const RequestProgress*> requests_to(RequestTo to) const;
  bool asked(RequestTo to) const { return !requests_to(to).empty(); }
  // A request under the GDPR (to maker, platform or search engine) is late, refused or partly done.
  bool gdpr_request_escalates() const;
  // A request to the maker or a platform, by any route, is late, refused or partly done.
  bool removal_escalates() const;
};

}  // namespace takedown::guidance

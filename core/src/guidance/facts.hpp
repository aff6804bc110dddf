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
  bool child_case;         // a minor shown and the image not said to be non-sexual: the child's route
  bool deceased;           // the person shown has died
  bool police_reported;    // a police report is in the history
  bool in_eu;              // lives in an EU member state (or residence unknown: the Netherlands assumed)

  explicit Facts(const Situation& situation);

  // The progress entries of requests to `to`.
  std::vector<const RequestProgress*> requests_to(RequestTo to) const;
  bool asked(RequestTo to) const { return !requests_to(to).empty(); }
  bool used_for(Use use) const;
  bool any_use() const { return s.used_for && !s.used_for->empty(); }
  // The residence's ISO code, "NL" when unknown (the plan's default).
  std::string_view country() const { return s.region == Region::unknown ? "NL" : std::string_view(s.residence); }
  // A request under the GDPR (to maker, platform or search engine) is late, refused or partly done.
  bool gdpr_request_escalates() const;
  // A request to the maker or a platform, by any route, is late, refused or partly done.
  bool removal_escalates() const;
  // A DSA notice is late or refused, or a platform request of any kind is late: the DSC can be asked.
  bool dsa_notice_escalates() const;
};

}  // namespace takedown::guidance

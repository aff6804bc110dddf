#include "plan.hpp"

#include "facts.hpp"
#include "remarks.hpp"
#include "steps.hpp"

namespace takedown::guidance {

nlohmann::json build_plan(const Situation& situation) {
  const Facts facts(situation);
  auto steps = nlohmann::json::array();
  for (const auto& step : plan_steps(facts)) steps.push_back(step_to_json(step));
  return {
      {"child_case", facts.child_case},
      {"safe_capture", facts.child_case},  // the same rule today; two names, since callers use them for two things
      {"gdpr_applies", scope_name(facts.gdpr.scope)},
      {"gdpr_reason", text_json(facts.gdpr.reason)},
      {"gdpr_sources", facts.gdpr.sources},
      {"steps", steps},
      {"findings", findings(facts)},
      {"warnings", warnings(facts)},
      {"open_questions", open_questions(facts)},
      {"progress", progress_to_json(facts.progress)},
      {"situation", situation_to_json(situation)},
  };
}

}  // namespace takedown::guidance

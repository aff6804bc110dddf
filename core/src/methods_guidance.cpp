// guidance.plan: a situation in, the person's plan out.
#include "guidance/plan.hpp"
#include "methods.hpp"
#include "params.hpp"

namespace takedown::core {

MethodResult guidance_plan(const nlohmann::json& params) {
  if (auto failure = expect_fields(params, {}, {"situation"})) return *failure;
  auto situation = guidance::read_situation(params);
  if (auto* failure = std::get_if<Failure>(&situation)) return *failure;
  return guidance::build_plan(std::get<guidance::Situation>(situation));
}

}  // namespace takedown::core

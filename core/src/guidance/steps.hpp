#pragma once
// The rules that turn a situation into ordered steps. The order is the order to act in: keep proof,
// get support, involve the police before evidence can disappear (sexual deepfakes), ask the maker,
// the platforms and the search engines, stop copies, then wait and escalate.
#include <vector>

#include "facts.hpp"
#include "step.hpp"

namespace takedown::guidance {

std::vector<Step> plan_steps(const Facts& facts);

}  // namespace takedown::guidance

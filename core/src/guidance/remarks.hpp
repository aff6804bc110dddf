#pragma once
// What a plan says besides its steps: findings (what the facts already establish), warnings (where
// the law is not clear-cut) and open questions (which unknown answer would change the plan).
#include <nlohmann/json.hpp>

#include "facts.hpp"

namespace takedown::guidance {

nlohmann::json findings(const Facts& facts);
nlohmann::json warnings(const Facts& facts);
nlohmann::json open_questions(const Facts& facts);

}  // namespace takedown::guidance

#pragma once
// guidance.plan's answer: the Dutch DPA's deepfake guidance applied to one situation.
#include <nlohmann/json.hpp>

#include "situation.hpp"

namespace takedown::guidance {

// {child_case, safe_capture, gdpr_applies, gdpr_reason, gdpr_sources, steps, findings, warnings, open_questions, progress, situation}
nlohmann::json build_plan(const Situation& situation);

}  // namespace takedown::guidance

// deadlines.compute: a named rule (or a custom length) and a start in, the due date and why out.
#include "field_reader.hpp"
#include "methods.hpp"
#include "params.hpp"
#include "time/deadline.hpp"

namespace takedown::core {
namespace {

using time::DeadlineRule;
using time::DeadlineUnit;

// Generous but bounded: nobody needs a longer period, and a bound keeps every answer in 1900..2300.
int max_amount(DeadlineUnit unit) {
  switch (unit) {
    case DeadlineUnit::hours: return 8784;  // 366 days
    case DeadlineUnit::days: return 3660;
    case DeadlineUnit::weeks: return 520;
    case DeadlineUnit::months: return 120;
  }
  return 1;
}

}  // namespace

MethodResult deadlines_compute(const nlohmann::json& params) {
  if (auto failure = expect_fields(params, {"rule", "start"}, {"amount", "unit", "calendar"})) return *failure;
  const FieldReader in(params, "params");
  const auto rule_name = in.choice(
      "rule", {"gdpr_one_month", "gdpr_extended", "take_it_down_48_hours", "dsa_appeal_six_months", "custom"}, "custom");
  if (!in.ok()) return *in.failure();
  const DeadlineRule rule = *time::deadline_rule_from_name(rule_name);

  time::DeadlineSpec spec = time::spec_of(rule);
  if (rule == DeadlineRule::custom) {
    const auto unit = in.choice("unit", {"hours", "days", "weeks", "months"}, "");
    if (in.ok() && unit.empty()) in.fail("unit", "is required with rule custom");
    if (!in.ok()) return *in.failure();
    spec.unit = *time::deadline_unit_from_name(unit);
    const auto amount = in.integer("amount", 1, max_amount(spec.unit), /*required=*/true);
    const auto calendar = in.choice("calendar", {"nl", "weekends", "none"}, "nl");
    if (!in.ok()) return *in.failure();
    spec.amount = *amount;
    spec.calendar = *time::working_calendar_from_name(calendar);
    if (spec.unit == DeadlineUnit::hours && params.contains("calendar")) {
      in.fail("calendar", "does not apply to a period in hours (hours are never moved for weekends or holidays)");
      return *in.failure();
    }
  } else {
    for (const auto name : {"amount", "unit", "calendar"}) {
      if (params.contains(name)) in.fail(name, "is only used with rule custom");
    }
    if (!in.ok()) return *in.failure();
  }

  if (spec.unit == DeadlineUnit::hours) {
    const auto start = in.date_time("start");
    if (!in.ok()) return *in.failure();
    return time::deadline_to_json(time::compute_deadline(spec, *start));
  }
  const auto start = in.date("start", /*required=*/true);
  if (!in.ok()) return *in.failure();
  return time::deadline_to_json(time::compute_deadline(spec, *start));
}

}  // namespace takedown::core

#include "deadline.hpp"

namespace takedown::time {

std::optional<DeadlineRule> deadline_rule_from_name(std::string_view name) noexcept {
  for (const auto rule : {DeadlineRule::gdpr_one_month, DeadlineRule::gdpr_extended, DeadlineRule::take_it_down_48_hours,
                          DeadlineRule::dsa_appeal_six_months, DeadlineRule::custom}) {
    if (deadline_rule_name(rule) == name) return rule;
  }
  return std::nullopt;
}

std::string_view deadline_rule_name(DeadlineRule rule) noexcept {
  switch (rule) {
    case DeadlineRule::gdpr_one_month: return "gdpr_one_month";
    case DeadlineRule::gdpr_extended: return "gdpr_extended";
    case DeadlineRule::take_it_down_48_hours: return "take_it_down_48_hours";
    case DeadlineRule::dsa_appeal_six_months: return "dsa_appeal_six_months";
    case DeadlineRule::custom: return "custom";
  }
  return "";
}

std::optional<DeadlineUnit> deadline_unit_from_name(std::string_view name) noexcept {
  for (const auto unit : {DeadlineUnit::hours, DeadlineUnit::days, DeadlineUnit::weeks, DeadlineUnit::months}) {
    if (deadline_unit_name(unit) == name) return unit;
  }
  return std::nullopt;
}

std::string_view deadline_unit_name(DeadlineUnit unit) noexcept {
  switch (unit) {
    case DeadlineUnit::hours: return "hours";
    case DeadlineUnit::days: return "days";
    case DeadlineUnit::weeks: return "weeks";
    case DeadlineUnit::months: return "months";
  }
  return "";
}

DeadlineSpec spec_of(DeadlineRule rule) noexcept {
  switch (rule) {
    case DeadlineRule::gdpr_one_month: return {rule, 1, DeadlineUnit::months, WorkingCalendar::netherlands};
    // One period of three months from receipt rather than two chained periods: an extension lengthens
    // the same period, so Art. 3(4) applies once, at its end.
    case DeadlineRule::gdpr_extended: return {rule, 3, DeadlineUnit::months, WorkingCalendar::netherlands};
    // US law: no EU working-day rule; 48 hours are 48 hours.
    case DeadlineRule::take_it_down_48_hours: return {rule, 48, DeadlineUnit::hours, WorkingCalendar::none};
    case DeadlineRule::dsa_appeal_six_months: return {rule, 6, DeadlineUnit::months, WorkingCalendar::netherlands};
    case DeadlineRule::custom: return {rule, 1, DeadlineUnit::days, WorkingCalendar::netherlands};
  }
  return {};
}

std::vector<std::string_view> legal_bases_of(const DeadlineSpec& spec) {
  std::vector<std::string_view> bases;
  switch (spec.rule) {
    case DeadlineRule::gdpr_one_month:
    case DeadlineRule::gdpr_extended: bases.push_back("GDPR Art. 12(3)"); break;
    case DeadlineRule::take_it_down_48_hours: bases.push_back("TAKE IT DOWN Act (Pub. L. 119-12)"); break;
    case DeadlineRule::dsa_appeal_six_months: bases.push_back("DSA Art. 20(1)"); break;
    case DeadlineRule::custom: break;
  }
  if (spec.unit != DeadlineUnit::hours && spec.calendar != WorkingCalendar::none) bases.push_back("Reg. 1182/71 Art. 3");
  return bases;
}

Deadline compute_deadline(const DeadlineSpec& spec, CivilDate event_day) {
  PeriodUnit unit = PeriodUnit::days;
  if (spec.unit == DeadlineUnit::weeks) unit = PeriodUnit::weeks;
  if (spec.unit == DeadlineUnit::months) unit = PeriodUnit::months;
  return Deadline{spec, period_end(event_day, spec.amount, unit, spec.calendar), std::nullopt, std::nullopt};
}

Deadline compute_deadline(const DeadlineSpec& spec, const DateTime& start) {
  return Deadline{spec, std::nullopt, start, add_hours(start, spec.amount)};
}

std::string due_text(const Deadline& deadline) {
  return deadline.period ? format_date(deadline.period->end) : format_date_time(*deadline.due_moment);
}

std::string start_text(const Deadline& deadline) {
  return deadline.period ? format_date(deadline.period->event_day) : format_date_time(*deadline.start_moment);
}

}  // namespace takedown::time

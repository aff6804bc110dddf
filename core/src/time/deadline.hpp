#pragma once
// The named deadline rules of Takedown's legal routes and their computation. Each rule fixes its
// length, unit and calendar; `custom` takes them from the caller.
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "date_time.hpp"
#include "periods.hpp"

namespace takedown::time {

enum class DeadlineRule {
  gdpr_one_month,         // GDPR Art. 12(3): one month from receipt of the request
  gdpr_extended,          // GDPR Art. 12(3): the month extended by two further months (three in all)
  take_it_down_48_hours,  // TAKE IT DOWN Act: removal within 48 hours of a valid request
  dsa_appeal_six_months,  // DSA Art. 20(1): internal complaints open at least six months after a decision
  custom,                 // any length in hours, days, weeks or months
};

enum class DeadlineUnit { hours, days, weeks, months };

std::optional<DeadlineRule> deadline_rule_from_name(std::string_view name) noexcept;
std::string_view deadline_rule_name(DeadlineRule rule) noexcept;
std::optional<DeadlineUnit> deadline_unit_from_name(std::string_view name) noexcept;
std::string_view deadline_unit_name(DeadlineUnit unit) noexcept;

struct DeadlineSpec {
  DeadlineRule rule = DeadlineRule::custom;
  int amount = 1;
  DeadlineUnit unit = DeadlineUnit::days;
  WorkingCalendar calendar = WorkingCalendar::netherlands;
};

// The fixed length, unit and calendar of a named rule (for `custom`, a one-day placeholder).
DeadlineSpec spec_of(DeadlineRule rule) noexcept;
std::vector<std::string_view> legal_bases_of(const DeadlineSpec& spec);

struct Deadline {
  DeadlineSpec spec;
  std::optional<PeriodEnd> period;  // periods in days, weeks or months
  std::optional<DateTime> start_moment;  // periods in hours
  std::optional<DateTime> due_moment;
};

// A period counted from a day (days, weeks, months).
Deadline compute_deadline(const DeadlineSpec& spec, CivilDate event_day);
// A period counted from a moment (hours).
Deadline compute_deadline(const DeadlineSpec& spec, const DateTime& start);

// The due date as text: YYYY-MM-DD for day periods, the full moment for hour periods.
std::string due_text(const Deadline& deadline);
std::string start_text(const Deadline& deadline);

// The full answer of deadlines.compute: dates, moved-over days, legal bases and reasoning in nl and en.
nlohmann::json deadline_to_json(const Deadline& deadline);

}  // namespace takedown::time

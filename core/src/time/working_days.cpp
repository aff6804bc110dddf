#include "working_days.hpp"

namespace takedown::time {

std::optional<WorkingCalendar> working_calendar_from_name(std::string_view name) noexcept {
  if (name == "nl") return WorkingCalendar::netherlands;
  if (name == "weekends") return WorkingCalendar::weekends_only;
  if (name == "none") return WorkingCalendar::none;
  return std::nullopt;
}

std::string_view working_calendar_name(WorkingCalendar calendar) noexcept {
  switch (calendar) {
    case WorkingCalendar::netherlands: return "nl";
    case WorkingCalendar::weekends_only: return "weekends";
    case WorkingCalendar::none: return "none";
  }
  return "";
}

std::optional<NonWorkingDay> non_working_reason(CivilDate date, WorkingCalendar calendar) {
  if (calendar == WorkingCalendar::none) return std::nullopt;
  NonWorkingDay reason;
  reason.date = date;
  const Weekday day = weekday(date);
  reason.saturday = day == Weekday::saturday;
  reason.sunday = day == Weekday::sunday;
  if (calendar == WorkingCalendar::netherlands) reason.holidays = dutch_holidays_on(date);
  if (!reason.saturday && !reason.sunday && reason.holidays.empty()) return std::nullopt;
  return reason;
}

}  // namespace takedown::time

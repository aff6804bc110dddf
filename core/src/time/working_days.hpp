#pragma once
// Which days count as working days when a period's end is moved (EU Reg. 1182/71 Art. 3(4)).
#include <optional>
#include <string_view>
#include <vector>

#include "civil_date.hpp"
#include "dutch_holidays.hpp"

namespace takedown::time {

enum class WorkingCalendar {
  netherlands,    // Saturdays, Sundays and the Algemene termijnenwet holidays are not working days
  weekends_only,  // Saturdays and Sundays only (a controller outside the Netherlands, holidays unknown)
  none,           // every day counts; no end is moved
};

std::optional<WorkingCalendar> working_calendar_from_name(std::string_view name) noexcept;
std::string_view working_calendar_name(WorkingCalendar calendar) noexcept;

// Why a day is not a working day, or nothing when it is one.
struct NonWorkingDay {
  CivilDate date;
  bool saturday = false;
  bool sunday = false;
  std::vector<DutchHoliday> holidays;
};

std::optional<NonWorkingDay> non_working_reason(CivilDate date, WorkingCalendar calendar);
inline bool is_working_day(CivilDate date, WorkingCalendar calendar) {
  return !non_working_reason(date, calendar).has_value();
}

}  // namespace takedown::time

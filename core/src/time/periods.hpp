#pragma once
// The end of a period counted from an event, under EU Regulation 1182/71 Art. 3 (periods, dates and
// time limits), which governs the GDPR's "one month" and the DSA's "six months":
// - Art. 3(1): the day of the event does not count;
// - Art. 3(2)(b)/(c): a period in days ends at the end of its last day; in weeks or months, at the end
//   of the day with the same weekday/date as the event day, or the month's last day when that date
//   does not exist (31 January + 1 month = 28 or 29 February);
// - Art. 3(4): an end on a Saturday, Sunday or public holiday moves to the end of the next working day;
// - Art. 3(5): a period of two days or more contains at least two working days.
#include <vector>

#include "civil_date.hpp"
#include "working_days.hpp"

namespace takedown::time {

enum class PeriodUnit { days, weeks, months };

struct PeriodEnd {
  CivilDate event_day;
  CivilDate nominal_end;              // before Art. 3(4) and 3(5)
  bool clamped_to_month_end = false;  // the event day's date does not exist in the last month
  CivilDate end;                      // the period ends when this day ends
  std::vector<NonWorkingDay> skipped;         // non-working days the end moved over (Art. 3(4))
  std::vector<CivilDate> added_for_two_working_days;  // working days added by Art. 3(5)
};

PeriodEnd period_end(CivilDate event_day, int amount, PeriodUnit unit, WorkingCalendar calendar);

}  // namespace takedown::time

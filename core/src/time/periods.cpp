#include "periods.hpp"

namespace takedown::time {
namespace {

CivilDate nominal_end(CivilDate event_day, int amount, PeriodUnit unit) {
  switch (unit) {
    case PeriodUnit::days: return add_days(event_day, amount);
    case PeriodUnit::weeks: return add_days(event_day, 7LL * amount);
    case PeriodUnit::months: return add_months_clamped(event_day, amount);
  }
  return event_day;
}

int working_days_between(CivilDate first, CivilDate last, WorkingCalendar calendar) {
  int count = 0;
  for (auto day = first; day <= last && count < 2; day = add_days(day, 1)) {
    if (is_working_day(day, calendar)) ++count;
  }
  return count;
}

}  // namespace

PeriodEnd period_end(CivilDate event_day, int amount, PeriodUnit unit, WorkingCalendar calendar) {
  PeriodEnd result;
  result.event_day = event_day;
  result.nominal_end = nominal_end(event_day, amount, unit);
  result.clamped_to_month_end = unit == PeriodUnit::months && result.nominal_end.day != event_day.day;
  result.end = result.nominal_end;
  if (calendar == WorkingCalendar::none) return result;

  while (auto reason = non_working_reason(result.end, calendar)) {
    result.skipped.push_back(*reason);
    result.end = add_days(result.end, 1);
  }
  const bool two_days_or_more = unit != PeriodUnit::days || amount >= 2;
  if (two_days_or_more) {
    const CivilDate first_day = add_days(event_day, 1);
    int working = working_days_between(first_day, result.end, calendar);
    while (working < 2) {
      do {
        result.end = add_days(result.end, 1);
      } while (!is_working_day(result.end, calendar));
      result.added_for_two_working_days.push_back(result.end);
      ++working;
    }
  }
  return result;
}

}  // namespace takedown::time

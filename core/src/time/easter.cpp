#include "easter.hpp"

namespace takedown::time {

CivilDate easter_sunday(int year) noexcept {
  // The Gregorian computus in integer arithmetic: the golden number places the year in the 19-year
  // lunar cycle, the century terms apply the solar (leap-day) and lunar (Metonic drift) corrections,
  // `epact_days` counts from 21 March to the Paschal full moon and `to_sunday` on to the next Sunday.
  const int golden = year % 19;
  const int century = year / 100;
  const int year_in_century = year % 100;
  const int skipped_leap_days = century / 4;
  const int lunar_correction = (century - (century + 8) / 25 + 1) / 3;
  const int epact_days = (19 * golden + century - skipped_leap_days - lunar_correction + 15) % 30;
  const int to_sunday = (32 + 2 * (century % 4) + 2 * (year_in_century / 4) - epact_days - year_in_century % 4) % 7;
  // The two exceptional epacts (full moon on 19 or 18 April in certain cycles) pull Easter back a week.
  const int exception = (golden + 11 * epact_days + 22 * to_sunday) / 451;
  const int days_after_march_21 = epact_days + to_sunday - 7 * exception;
  const int month = (days_after_march_21 + 114) / 31;
  const int day = (days_after_march_21 + 114) % 31 + 1;
  return {year, month, day};
}

}  // namespace takedown::time

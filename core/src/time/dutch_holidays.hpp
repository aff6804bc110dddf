#pragma once
// The Dutch "algemeen erkende feestdagen" of the Algemene termijnenwet, art. 3(1), plus Good Friday,
// which art. 3(2) puts on the same footing. Days designated ad hoc by royal decree under art. 3(3)
// (e.g. the Friday after Ascension Day in some years) are published three years at a time and are
// not predictable, so they are not included: a deadline may in those years fall a day earlier than
// the decree would allow, never later.
#include <string_view>
#include <vector>

#include "civil_date.hpp"

namespace takedown::time {

enum class DutchHoliday {
  new_years_day,
  good_friday,
  easter_monday,
  kings_day,       // "the day on which the King's birthday is celebrated" (Koninginnedag before 2014)
  liberation_day,  // 5 May, every year: the Atw names "de vijfde mei" without condition
  ascension_day,
  whit_monday,
  christmas_day,
  boxing_day,
};

struct DatedHoliday {
  CivilDate date;
  DutchHoliday holiday;
};

// Every holiday of `year`, ordered by date (two may share a date: 5 May can be Ascension Day).
std::vector<DatedHoliday> dutch_holidays(int year);
// The holidays falling on `date` (usually none).
std::vector<DutchHoliday> dutch_holidays_on(CivilDate date);

// The date on which the monarch's birthday is celebrated in `year`, with its Sunday rule:
// 2014 onwards 27 April, on a Sunday 26 April; 1949-2013 30 April, on a Sunday 29 April from 1980
// (decree of 24 April 1980) and 1 May before; until 1948 31 August, moved to Monday on a Sunday.
CivilDate royal_birthday_celebrated(int year) noexcept;

std::string_view holiday_id(DutchHoliday holiday) noexcept;
// Names as used in that year (Koninginnedag / Queen's Day until 2013).
std::string_view holiday_name_nl(DutchHoliday holiday, int year) noexcept;
std::string_view holiday_name_en(DutchHoliday holiday, int year) noexcept;

}  // namespace takedown::time

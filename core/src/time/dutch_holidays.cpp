#include "dutch_holidays.hpp"

#include <algorithm>

#include "easter.hpp"

namespace takedown::time {

CivilDate royal_birthday_celebrated(int year) noexcept {
  if (year >= 2014) {
    const CivilDate birthday{year, 4, 27};
    return weekday(birthday) == Weekday::sunday ? CivilDate{year, 4, 26} : birthday;
  }
  const CivilDate birthday = year >= 1949 ? CivilDate{year, 4, 30} : CivilDate{year, 8, 31};
  if (weekday(birthday) != Weekday::sunday) return birthday;
  return year >= 1980 ? add_days(birthday, -1) : add_days(birthday, 1);
}

std::vector<DatedHoliday> dutch_holidays(int year) {
  const CivilDate easter = easter_sunday(year);
  std::vector<DatedHoliday> days{
      {{year, 1, 1}, DutchHoliday::new_years_day},
      {add_days(easter, -2), DutchHoliday::good_friday},
      {add_days(easter, 1), DutchHoliday::easter_monday},
      {royal_birthday_celebrated(year), DutchHoliday::kings_day},
      {{year, 5, 5}, DutchHoliday::liberation_day},
      {add_days(easter, 39), DutchHoliday::ascension_day},
      {add_days(easter, 50), DutchHoliday::whit_monday},
      {{year, 12, 25}, DutchHoliday::christmas_day},
      {{year, 12, 26}, DutchHoliday::boxing_day},
  };
  std::stable_sort(days.begin(), days.end(), [](const DatedHoliday& a, const DatedHoliday& b) { return a.date < b.date; });
  return days;
}

std::vector<DutchHoliday> dutch_holidays_on(CivilDate date) {
  std::vector<DutchHoliday> found;
  for (const auto& day : dutch_holidays(date.year)) {
    if (day.date == date) found.push_back(day.holiday);
  }
  return found;
}

std::string_view holiday_id(DutchHoliday holiday) noexcept {
  switch (holiday) {
    case DutchHoliday::new_years_day: return "new_years_day";
    case DutchHoliday::good_friday: return "good_friday";
    case DutchHoliday::easter_monday: return "easter_monday";
    case DutchHoliday::kings_day: return "kings_day";
    case DutchHoliday::liberation_day: return "liberation_day";
    case DutchHoliday::ascension_day: return "ascension_day";
    case DutchHoliday::whit_monday: return "whit_monday";
    case DutchHoliday::christmas_day: return "christmas_day";
    case DutchHoliday::boxing_day: return "boxing_day";
  }
  return "";
}

std::string_view holiday_name_nl(DutchHoliday holiday, int year) noexcept {
  switch (holiday) {
    case DutchHoliday::new_years_day: return "Nieuwjaarsdag";
    case DutchHoliday::good_friday: return "Goede Vrijdag";
    case DutchHoliday::easter_monday: return "tweede paasdag";
    case DutchHoliday::kings_day: return year >= 2014 ? "Koningsdag" : "Koninginnedag";
    case DutchHoliday::liberation_day: return "Bevrijdingsdag";
    case DutchHoliday::ascension_day: return "Hemelvaartsdag";
    case DutchHoliday::whit_monday: return "tweede pinksterdag";
    case DutchHoliday::christmas_day: return "eerste kerstdag";
    case DutchHoliday::boxing_day: return "tweede kerstdag";
  }
  return "";
}

std::string_view holiday_name_en(DutchHoliday holiday, int year) noexcept {
  switch (holiday) {
    case DutchHoliday::new_years_day: return "New Year's Day";
    case DutchHoliday::good_friday: return "Good Friday";
    case DutchHoliday::easter_monday: return "Easter Monday";
    case DutchHoliday::kings_day: return year >= 2014 ? "King's Day" : "Queen's Day";
    case DutchHoliday::liberation_day: return "Liberation Day";
    case DutchHoliday::ascension_day: return "Ascension Day";
    case DutchHoliday::whit_monday: return "Whit Monday";
    case DutchHoliday::christmas_day: return "Christmas Day";
    case DutchHoliday::boxing_day: return "Boxing Day";
  }
  return "";
}

}  // namespace takedown::time

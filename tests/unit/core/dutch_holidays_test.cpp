// Easter and the Algemene termijnenwet holidays, against hand-checked dates and an independent formula.
#include "time/dutch_holidays.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "time/easter.hpp"

namespace dutch_holidays_test {  // one per file: the unity build joins test files

using namespace takedown::time;

namespace {

CivilDate d(std::string_view text) { return *parse_date(text); }

bool is_holiday(std::string_view date, DutchHoliday holiday) {
  const auto found = dutch_holidays_on(d(date));
  return std::find(found.begin(), found.end(), holiday) != found.end();
}

// Gauss's Easter formula with its two exceptions: a different derivation from easter.cpp's, to catch
// a slip in either over the whole supported range.
CivilDate gauss_easter(int year) {
  const int a = year % 19;
  const int b = year % 4;
  const int c = year % 7;
  const int k = year / 100;
  const int p = (13 + 8 * k) / 25;
  const int q = k / 4;
  const int m = (15 - p + k - q) % 30;
  const int n = (4 + k - q) % 7;
  const int dd = (19 * a + m) % 30;
  const int e = (2 * b + 4 * c + 6 * dd + n) % 7;
  if (dd == 29 && e == 6) return {year, 4, 19};
  if (dd == 28 && e == 6 && (11 * m + 11) % 30 < 19) return {year, 4, 18};
  const int day = 22 + dd + e;
  return day > 31 ? CivilDate{year, 4, day - 31} : CivilDate{year, 3, day};
}

}  // namespace

TEST_CASE("Easter Sunday on hand-checked dates, earliest and latest included") {
  CHECK(easter_sunday(1900) == d("1900-04-15"));
  CHECK(easter_sunday(1913) == d("1913-03-23"));
  CHECK(easter_sunday(1943) == d("1943-04-25"));
  CHECK(easter_sunday(1954) == d("1954-04-18"));  // an exceptional epact year
  CHECK(easter_sunday(1981) == d("1981-04-19"));  // Gauss's April 26 exception
  CHECK(easter_sunday(2000) == d("2000-04-23"));
  CHECK(easter_sunday(2008) == d("2008-03-23"));
  CHECK(easter_sunday(2019) == d("2019-04-21"));
  CHECK(easter_sunday(2024) == d("2024-03-31"));
  CHECK(easter_sunday(2025) == d("2025-04-20"));
  CHECK(easter_sunday(2026) == d("2026-04-05"));
  CHECK(easter_sunday(2027) == d("2027-03-28"));
  CHECK(easter_sunday(2038) == d("2038-04-25"));
  CHECK(easter_sunday(2100) == d("2100-03-28"));
  CHECK(easter_sunday(2160) == d("2160-03-23"));
  CHECK(easter_sunday(2200) == d("2200-04-06"));
}

TEST_CASE("Easter agrees with Gauss's formula and is a Sunday for every year 1900-2200") {
  for (int year = first_supported_year; year <= last_supported_year; ++year) {
    CAPTURE(year);
    const CivilDate easter = easter_sunday(year);
    REQUIRE(easter == gauss_easter(year));
    REQUIRE(weekday(easter) == Weekday::sunday);
    REQUIRE(easter >= CivilDate{year, 3, 22});
    REQUIRE(easter <= CivilDate{year, 4, 25});
  }
}

TEST_CASE("the 2022 holidays match the published list (Goede Vrijdag to tweede kerstdag)") {
  const std::vector<std::pair<std::string_view, DutchHoliday>> expected{
      {"2022-01-01", DutchHoliday::new_years_day}, {"2022-04-15", DutchHoliday::good_friday},
      {"2022-04-18", DutchHoliday::easter_monday}, {"2022-04-27", DutchHoliday::kings_day},
      {"2022-05-05", DutchHoliday::liberation_day}, {"2022-05-26", DutchHoliday::ascension_day},
      {"2022-06-06", DutchHoliday::whit_monday},  {"2022-12-25", DutchHoliday::christmas_day},
      {"2022-12-26", DutchHoliday::boxing_day},
  };
  const auto days = dutch_holidays(2022);
  REQUIRE(days.size() == expected.size());
  for (std::size_t i = 0; i < days.size(); ++i) {
    CAPTURE(i);
    CHECK(days[i].date == d(expected[i].first));
    CHECK(days[i].holiday == expected[i].second);
  }
}

TEST_CASE("Easter-based holidays move with Easter") {
  CHECK(is_holiday("2026-04-03", DutchHoliday::good_friday));
  CHECK(is_holiday("2026-04-06", DutchHoliday::easter_monday));
  CHECK(is_holiday("2026-05-14", DutchHoliday::ascension_day));
  CHECK(is_holiday("2026-05-25", DutchHoliday::whit_monday));
  CHECK(is_holiday("2160-03-21", DutchHoliday::good_friday));     // earliest Easter of the range
  CHECK(is_holiday("2038-04-26", DutchHoliday::easter_monday));   // latest: the day before King's Day
  CHECK(is_holiday("2038-06-03", DutchHoliday::ascension_day));
  CHECK(is_holiday("2038-06-14", DutchHoliday::whit_monday));
  CHECK(is_holiday("2200-04-07", DutchHoliday::easter_monday));
  CHECK(dutch_holidays_on(d("2026-04-05")).empty());  // Easter Sunday itself is a Sunday, not listed
}

TEST_CASE("King's Day: 27 April, or Saturday 26 April when the 27th is a Sunday") {
  CHECK(royal_birthday_celebrated(2014) == d("2014-04-26"));
  CHECK(royal_birthday_celebrated(2025) == d("2025-04-26"));
  CHECK(royal_birthday_celebrated(2026) == d("2026-04-27"));
  CHECK(royal_birthday_celebrated(2031) == d("2031-04-26"));
  CHECK(royal_birthday_celebrated(2200) == d("2200-04-26"));
  CHECK(is_holiday("2025-04-26", DutchHoliday::kings_day));
  CHECK_FALSE(is_holiday("2025-04-27", DutchHoliday::kings_day));
  CHECK(holiday_name_nl(DutchHoliday::kings_day, 2025) == "Koningsdag");
}

TEST_CASE("Queen's Day before 2014: 30 April, on a Sunday the 29th from 1980 and 1 May before; 31 August until 1948") {
  CHECK(royal_birthday_celebrated(2013) == d("2013-04-30"));
  CHECK(royal_birthday_celebrated(2006) == d("2006-04-29"));
  CHECK(royal_birthday_celebrated(1995) == d("1995-04-29"));
  CHECK(royal_birthday_celebrated(1989) == d("1989-04-29"));
  CHECK(royal_birthday_celebrated(1978) == d("1978-05-01"));
  CHECK(royal_birthday_celebrated(1967) == d("1967-05-01"));
  CHECK(royal_birthday_celebrated(1949) == d("1949-04-30"));
  CHECK(royal_birthday_celebrated(1948) == d("1948-08-31"));
  CHECK(royal_birthday_celebrated(1913) == d("1913-09-01"));
  CHECK(holiday_name_nl(DutchHoliday::kings_day, 2006) == "Koninginnedag");
  CHECK(holiday_name_en(DutchHoliday::kings_day, 2006) == "Queen's Day");
}

TEST_CASE("Liberation Day counts every year under the Algemene termijnenwet, not only every fifth") {
  for (int year : {2024, 2025, 2026, 2027, 2030, 1900, 2200}) {
    CAPTURE(year);
    CHECK(is_holiday(takedown::time::format_date({year, 5, 5}), DutchHoliday::liberation_day));
  }
  // 2016: 5 May was also Ascension Day; both are reported.
  const auto both = dutch_holidays_on(d("2016-05-05"));
  CHECK(both.size() == 2);
  CHECK(is_holiday("2016-05-05", DutchHoliday::ascension_day));
}

TEST_CASE("fixed-date holidays and what is not a holiday") {
  CHECK(is_holiday("2027-01-01", DutchHoliday::new_years_day));
  CHECK(is_holiday("2026-12-25", DutchHoliday::christmas_day));
  CHECK(is_holiday("2026-12-26", DutchHoliday::boxing_day));
  CHECK(dutch_holidays_on(d("2026-12-24")).empty());
  CHECK(dutch_holidays_on(d("2026-12-31")).empty());
  CHECK(dutch_holidays_on(d("2026-05-15")).empty());  // Friday after Ascension: only by ad hoc decree, not modelled
  for (int year = first_supported_year; year <= last_supported_year; ++year) {
    CAPTURE(year);
    const auto days = dutch_holidays(year);
    REQUIRE(days.size() == 9);
    REQUIRE(std::is_sorted(days.begin(), days.end(), [](const auto& a, const auto& b) { return a.date < b.date; }));
    REQUIRE(weekday(royal_birthday_celebrated(year)) != Weekday::sunday);
  }
}

}  // namespace dutch_holidays_test

// Civil-date arithmetic: day numbers, weekdays, month ends and leap years over the supported years.
#include "time/civil_date.hpp"

#include <doctest/doctest.h>

#include "time/date_time.hpp"

namespace civil_date_test {  // one per file: the unity build joins test files

using namespace takedown::time;

namespace {
CivilDate d(std::string_view text) {
  const auto date = parse_date(text);
  REQUIRE(date.has_value());
  return *date;
}
}  // namespace

TEST_CASE("leap years follow the Gregorian rule, 1900 and 2100 and 2200 included") {
  CHECK_FALSE(is_leap_year(1900));
  CHECK(is_leap_year(1904));
  CHECK(is_leap_year(2000));
  CHECK(is_leap_year(2024));
  CHECK_FALSE(is_leap_year(2026));
  CHECK(is_leap_year(2028));
  CHECK_FALSE(is_leap_year(2100));
  CHECK_FALSE(is_leap_year(2200));
  CHECK(last_day_of_month(2028, 2) == 29);
  CHECK(last_day_of_month(2100, 2) == 28);
  CHECK(last_day_of_month(2026, 4) == 30);
  CHECK(last_day_of_month(2026, 12) == 31);
}

TEST_CASE("day numbers count from 1970-01-01 and round-trip for every day from 1900 to 2200") {
  CHECK(day_number({1970, 1, 1}) == 0);
  CHECK(day_number({1969, 12, 31}) == -1);
  CHECK(day_number({2000, 3, 1}) == 11017);
  CHECK(day_number({1900, 1, 1}) == -25567);
  const auto first = day_number({first_supported_year, 1, 1});
  const auto last = day_number({last_supported_year, 12, 31});
  CHECK(last - first + 1 == 301 * 365 + 73);  // 73 leap days in 1900..2200
  CivilDate expected{first_supported_year, 1, 1};
  for (auto n = first; n <= last; ++n) {
    const CivilDate date = date_from_day_number(n);
    REQUIRE(date == expected);
    REQUIRE(day_number(date) == n);
    expected = expected.day < last_day_of_month(expected.year, expected.month)
                   ? CivilDate{expected.year, expected.month, expected.day + 1}
               : expected.month < 12 ? CivilDate{expected.year, expected.month + 1, 1}
                                     : CivilDate{expected.year + 1, 1, 1};
  }
}

TEST_CASE("weekdays of hand-checked dates") {
  CHECK(weekday(d("1900-01-01")) == Weekday::monday);
  CHECK(weekday(d("1970-01-01")) == Weekday::thursday);
  CHECK(weekday(d("2000-02-29")) == Weekday::tuesday);
  CHECK(weekday(d("2026-11-28")) == Weekday::saturday);
  CHECK(weekday(d("2027-02-28")) == Weekday::sunday);
  CHECK(weekday(d("2100-02-28")) == Weekday::sunday);
  CHECK(weekday(d("2200-01-01")) == Weekday::wednesday);
  CHECK(weekday_name(Weekday::sunday) == "sunday");
}

TEST_CASE("adding months keeps the day number or falls back to the month's last day") {
  CHECK(add_months_clamped(d("2027-01-31"), 1) == d("2027-02-28"));
  CHECK(add_months_clamped(d("2028-01-31"), 1) == d("2028-02-29"));
  CHECK(add_months_clamped(d("2100-01-31"), 1) == d("2100-02-28"));
  CHECK(add_months_clamped(d("2026-03-31"), 1) == d("2026-04-30"));
  CHECK(add_months_clamped(d("2026-12-15"), 1) == d("2027-01-15"));
  CHECK(add_months_clamped(d("2026-08-31"), 6) == d("2027-02-28"));
  CHECK(add_months_clamped(d("2027-11-30"), 3) == d("2028-02-29"));
  CHECK(add_months_clamped(d("2200-12-31"), 1) == d("2201-01-31"));
  CHECK(add_days(d("2026-12-31"), 1) == d("2027-01-01"));
  CHECK(add_days(d("2028-02-28"), 1) == d("2028-02-29"));
  CHECK(add_days(d("2027-02-28"), 1) == d("2027-03-01"));
}

TEST_CASE("dates parse strictly as YYYY-MM-DD naming a real day") {
  CHECK(format_date(d("2026-01-05")) == "2026-01-05");
  CHECK(parse_date("2028-02-29").has_value());
  for (const char* bad : {"2027-02-29", "2100-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-1", "2026/04/01",
                          "20260401", "", "2026-04-01T00:00", " 2026-04-01", "abcd-ef-gh", "0000-01-01"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).has_value());
  }
}

TEST_CASE("date-times need an offset; 48 hours later keeps the clock time in that offset") {
  const auto moment = parse_date_time("2026-12-30T23:30:00+01:00");
  REQUIRE(moment);
  CHECK(format_date_time(add_hours(*moment, 48)) == "2027-01-01T23:30:00+01:00");
  const auto leap = parse_date_time("2028-02-28T12:00Z");
  REQUIRE(leap);
  CHECK(format_date_time(add_hours(*leap, 48)) == "2028-03-01T12:00:00Z");
  const auto browser = parse_date_time("2026-11-27T21:14:05.123Z");
  REQUIRE(browser);
  CHECK(format_date_time(*browser) == "2026-11-27T21:14:05Z");
  const auto west = parse_date_time("2026-03-01T08:05:09-05:30");
  REQUIRE(west);
  CHECK(format_date_time(add_hours(*west, 24)) == "2026-03-02T08:05:09-05:30");
  for (const char* bad : {"2026-12-30T23:30:00", "2026-12-30 23:30Z", "2026-12-30T24:00Z", "2026-12-30T23:60Z",
                          "2026-12-30T23:30:61Z", "2026-12-30T23:30+1:00", "2026-12-30T23:30:00.Z", "2026-02-30T10:00Z"}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date_time(bad).has_value());
  }
}

}  // namespace civil_date_test

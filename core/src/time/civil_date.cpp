#include "civil_date.hpp"

#include <array>
#include <cstdio>

namespace takedown::time {
namespace {

constexpr std::array<int, 12> days_before_month{0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

// Leap days in the years 1..year (inclusive); year >= 0.
std::int64_t leap_days_through(std::int64_t year) { return year / 4 - year / 100 + year / 400; }

std::int64_t day_number_of_new_year(int year) {
  const std::int64_t y = year;
  // Day number of 0001-01-01 relative to 1970-01-01 is -719162.
  return (y - 1) * 365 + leap_days_through(y - 1) - 719162;
}

int digits(std::string_view text, std::size_t from, std::size_t count) {
  int value = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    const char c = text[i];
    if (c < '0' || c > '9') return -1;
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace

bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int last_day_of_month(int year, int month) noexcept {
  constexpr std::array<int, 12> lengths{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return lengths[static_cast<std::size_t>(month - 1)];
}

std::int64_t day_number(CivilDate date) noexcept {
  const bool after_leap_day = date.month > 2 && is_leap_year(date.year);
  return day_number_of_new_year(date.year) + days_before_month[static_cast<std::size_t>(date.month - 1)] +
         (after_leap_day ? 1 : 0) + date.day - 1;
}

CivilDate date_from_day_number(std::int64_t day) noexcept {
  // Estimate the year from the mean Gregorian year, then correct by at most a step or two.
  int year = static_cast<int>(1970 + (day * 400) / 146097);
  while (day_number_of_new_year(year) > day) --year;
  while (day_number_of_new_year(year + 1) <= day) ++year;
  int day_of_year = static_cast<int>(day - day_number_of_new_year(year));
  int month = 1;
  while (day_of_year >= last_day_of_month(year, month)) {
    day_of_year -= last_day_of_month(year, month);
    ++month;
  }
  return {year, month, day_of_year + 1};
}

CivilDate add_days(CivilDate date, std::int64_t days) noexcept { return date_from_day_number(day_number(date) + days); }

CivilDate add_months_clamped(CivilDate date, int months) noexcept {
  const int index = date.year * 12 + (date.month - 1) + months;
  const int year = index / 12;
  const int month = index % 12 + 1;
  const int last = last_day_of_month(year, month);
  return {year, month, date.day > last ? last : date.day};
}

Weekday weekday(CivilDate date) noexcept {
  // 1970-01-01 was a Thursday (index 3 counting from Monday).
  const std::int64_t index = ((day_number(date) + 3) % 7 + 7) % 7;
  return static_cast<Weekday>(index);
}

std::string_view weekday_name(Weekday day) noexcept {
  constexpr std::array<std::string_view, 7> names{"monday", "tuesday", "wednesday", "thursday",
                                                  "friday", "saturday", "sunday"};
  return names[static_cast<std::size_t>(day)];
}

std::optional<CivilDate> parse_date(std::string_view text) noexcept {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const int year = digits(text, 0, 4);
  const int month = digits(text, 5, 2);
  const int day = digits(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return std::nullopt;
  if (day > last_day_of_month(year, month)) return std::nullopt;
  return CivilDate{year, month, day};
}

std::string format_date(CivilDate date) {
  char text[40];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

}  // namespace takedown::time

#pragma once
// Proleptic Gregorian calendar dates and day arithmetic. Written out by hand: clang 14's libc++ (the
// one Emscripten 3.1.6 ships) lacks the C++20 <chrono> calendar types, and the core must build there.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::time {

struct CivilDate {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..last_day_of_month(year, month)
  friend constexpr auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

enum class Weekday { monday, tuesday, wednesday, thursday, friday, saturday, sunday };

// The years every date-taking method accepts; holidays and Easter are tested over this whole range.
inline constexpr int first_supported_year = 1900;
inline constexpr int last_supported_year = 2200;

bool is_leap_year(int year) noexcept;
int last_day_of_month(int year, int month) noexcept;

// Day number with 1970-01-01 as day 0 (negative before it). Valid for years 1..9999.
std::int64_t day_number(CivilDate date) noexcept;
CivilDate date_from_day_number(std::int64_t day) noexcept;

CivilDate add_days(CivilDate date, std::int64_t days) noexcept;
// The same day number `months` later; when that month is shorter, its last day (EU Reg. 1182/71 Art. 3(2)(c)).
CivilDate add_months_clamped(CivilDate date, int months) noexcept;
Weekday weekday(CivilDate date) noexcept;
std::string_view weekday_name(Weekday day) noexcept;  // "monday" .. "sunday"

// Exactly YYYY-MM-DD naming a real day (so 2025-02-29 is refused); years 0001..9999.
std::optional<CivilDate> parse_date(std::string_view text) noexcept;
std::string format_date(CivilDate date);

}  // namespace takedown::time

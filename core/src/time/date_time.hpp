#pragma once
// A moment written as local date and time with an explicit UTC offset, for periods counted in hours
// (TAKE IT DOWN Act: 48 hours). The offset is required: without it "48 hours later" is ambiguous
// across a daylight-saving change.
#include <optional>
#include <string>
#include <string_view>

#include "civil_date.hpp"

namespace takedown::time {

struct DateTime {
  CivilDate date;
  int hour = 0;
  int minute = 0;
  int second = 0;
  int offset_minutes = 0;  // east of UTC
  bool zulu = false;       // written as "Z" rather than "+00:00"
};

// YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|+HH:MM|-HH:MM); a fraction of a second is dropped.
std::optional<DateTime> parse_date_time(std::string_view text) noexcept;
// YYYY-MM-DDTHH:MM:SS followed by the offset as it was given.
std::string format_date_time(const DateTime& moment);
// The same instant `hours` later, written in the same offset.
DateTime add_hours(const DateTime& moment, long long hours) noexcept;

}  // namespace takedown::time

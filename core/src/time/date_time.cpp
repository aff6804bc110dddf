#include "date_time.hpp"

#include <cstdio>

namespace takedown::time {
namespace {

int two_digits(std::string_view text, std::size_t at) {
  const char a = text[at];
  const char b = text[at + 1];
  if (a < '0' || a > '9' || b < '0' || b > '9') return -1;
  return (a - '0') * 10 + (b - '0');
}

}  // namespace

std::optional<DateTime> parse_date_time(std::string_view text) noexcept {
  if (text.size() < 17 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  const auto date = parse_date(text.substr(0, 10));
  if (!date) return std::nullopt;
  DateTime moment;
  moment.date = *date;
  moment.hour = two_digits(text, 11);
  moment.minute = two_digits(text, 14);
  std::size_t at = 16;
  if (text.size() > at && text[at] == ':') {
    if (text.size() < at + 3) return std::nullopt;
    moment.second = two_digits(text, at + 1);
    at += 3;
    // Fractions of a second (as in JavaScript's toISOString) are accepted and dropped.
    if (text.size() > at && text[at] == '.') {
      std::size_t digits = 0;
      while (text.size() > at + 1 + digits && text[at + 1 + digits] >= '0' && text[at + 1 + digits] <= '9') ++digits;
      if (digits == 0 || digits > 9) return std::nullopt;
      at += 1 + digits;
    }
  }
  if (moment.hour < 0 || moment.hour > 23 || moment.minute < 0 || moment.minute > 59 || moment.second < 0 ||
      moment.second > 59) {
    return std::nullopt;
  }
  const std::string_view zone = text.substr(at);
  if (zone == "Z") {
    moment.zulu = true;
    return moment;
  }
  if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return std::nullopt;
  const int hours = two_digits(zone, 1);
  const int minutes = two_digits(zone, 4);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  moment.offset_minutes = (zone[0] == '-' ? -1 : 1) * (hours * 60 + minutes);
  return moment;
}

std::string format_date_time(const DateTime& moment) {
  char text[64];
  if (moment.zulu) {
    std::snprintf(text, sizeof text, "T%02d:%02d:%02dZ", moment.hour, moment.minute, moment.second);
  } else {
    const int offset = moment.offset_minutes < 0 ? -moment.offset_minutes : moment.offset_minutes;
    std::snprintf(text, sizeof text, "T%02d:%02d:%02d%c%02d:%02d", moment.hour, moment.minute, moment.second,
                  moment.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
  }
  return format_date(moment.date) + text;
}

DateTime add_hours(const DateTime& moment, long long hours) noexcept {
  // A fixed offset has no clock changes, so whole days carry over and the time of day stays.
  DateTime later = moment;
  const long long total = moment.hour + hours;
  long long days = total / 24;
  long long hour = total % 24;
  if (hour < 0) {
    hour += 24;
    days -= 1;
  }
  later.hour = static_cast<int>(hour);
  later.date = add_days(moment.date, days);
  return later;
}

}  // namespace takedown::time

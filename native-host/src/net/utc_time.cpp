#include "utc_time.hpp"

#include <cstdio>
#include <ctime>

namespace takedown::host::net {

std::tm utc_fields(std::time_t seconds) {
  std::tm fields{};
#ifdef _WIN32
  gmtime_s(&fields, &seconds);
#else
  gmtime_r(&seconds, &fields);
#endif
  return fields;
}

std::string utc_iso(std::chrono::system_clock::time_point when) {
  const std::tm t = utc_fields(std::chrono::system_clock::to_time_t(when));
  const auto millis = std::chrono::duration_cast<std::chrono::milliseconds>(when.time_since_epoch()).count() % 1000;
  char text[96];  // room for any int the format could print (GCC checks)
  std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday,
                t.tm_hour, t.tm_min, t.tm_sec, static_cast<int>(millis < 0 ? millis + 1000 : millis));
  return text;
}

std::string utc_compact(std::chrono::system_clock::time_point when) {
  const std::tm t = utc_fields(std::chrono::system_clock::to_time_t(when));
  char text[96];
  std::snprintf(text, sizeof text, "%04d%02d%02dT%02d%02d%02dZ", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday, t.tm_hour,
                t.tm_min, t.tm_sec);
  return text;
}

}  // namespace takedown::host::net

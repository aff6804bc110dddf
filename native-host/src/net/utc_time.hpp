#pragma once
// UTC instants as the proofs write them: ISO 8601 with milliseconds for records, and a compact form
// that sorts and is safe in file names.
#include <chrono>
#include <ctime>
#include <string>

namespace takedown::host::net {

// "2026-11-28T10:20:00.123Z"
std::string utc_iso(std::chrono::system_clock::time_point when);
// "20261128T102000Z"
std::string utc_compact(std::chrono::system_clock::time_point when);
// The calendar fields of `seconds` in UTC (gmtime_r; gmtime_s on Windows).
std::tm utc_fields(std::time_t seconds);

}  // namespace takedown::host::net

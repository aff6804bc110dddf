#pragma once
// Hand-written schema checks for evidence JSON. A Schema keeps the first problem it finds, with the
// full path of the field ("record.data.meta[\"og:title\"] is 9000 bytes; the limit is 8192"), and
// every check after a failure is a cheap no-op, so callers check everything and look once.
// Unlike the guidance readers, nothing here rewrites a value: evidence is kept exactly as given.
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace takedown::evidence {

inline constexpr std::int64_t max_exact_integer = 9007199254740991;  // 2^53 - 1: exact in every JSON reader

class Schema {
 public:
  bool ok() const noexcept { return !problem_.has_value(); }
  const std::optional<std::string>& problem() const noexcept { return problem_; }
  // Records `path + " " + what` unless a problem is already recorded; always returns false.
  bool fail(std::string_view path, std::string_view what);

  // An object whose members are all in `required` or `optional`, with every `required` one present.
  bool object(const nlohmann::json& value, std::string_view path, std::initializer_list<std::string_view> required,
              std::initializer_list<std::string_view> optional = {});
  // A string of `min_bytes`..`max_bytes` bytes of UTF-8; with `single_line`, without control characters.
  bool string(const nlohmann::json& value, std::string_view path, std::size_t min_bytes, std::size_t max_bytes,
              bool single_line = false);
  // A JSON integer (not 1.0) in [min, max].
  bool integer(const nlohmann::json& value, std::string_view path, std::int64_t min, std::int64_t max);
  // An object used as a map: any member names, at most `max_entries` of them.
  bool map(const nlohmann::json& value, std::string_view path, std::size_t max_entries);
  bool array(const nlohmann::json& value, std::string_view path, std::size_t max_items);
  bool one_of(const nlohmann::json& value, std::string_view path, std::span<const std::string_view> choices);
  bool boolean(const nlohmann::json& value, std::string_view path);
  // Strings that must match a shape; `shape` names it in the message ("a case id (a-z, 0-9, -; 1 to 64)").
  bool shaped(const nlohmann::json& value, std::string_view path, bool (*matches)(std::string_view),
              std::string_view shape);

 private:
  std::optional<std::string> problem_;
};

std::string member_path(std::string_view path, std::string_view name);
std::string element_path(std::string_view path, std::size_t index);
// A map's entry, always quoted: params.thumbnails["0a1b..."], record.data.meta["og:title"].
std::string key_path(std::string_view path, std::string_view key);

// Shapes shared by records, bags and reports.
bool is_id(std::string_view text) noexcept;              // ^[a-z0-9-]{1,64}$
bool is_token(std::string_view text) noexcept;           // ^[a-z0-9_]{1,64}$
bool is_utc_time(std::string_view text) noexcept;        // 2026-11-28T10:15:30Z, fraction of 1-9 digits allowed
bool is_date(std::string_view text) noexcept;            // 2026-11-28, a real calendar day
bool is_time_zone(std::string_view text) noexcept;       // an IANA name's characters: Europe/Amsterdam, Etc/GMT+1
bool has_control_characters(std::string_view text) noexcept;  // C0, DEL or C1 (U+0080..U+009F)

}  // namespace takedown::evidence

#pragma once
// The schema of the platform registry (data/platforms.json), checked in code: every required field,
// the closed vocabularies, https addresses, ISO dates, a source, confidence, verified flag and check
// date on every fact, unique ids, hostnames lower-case and unique across platforms, at least 20
// platforms plus the instance-based Mastodon entry. docs/platforms.md describes the same schema.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace takedown::platforms {

// At least this many platforms with fixed hostnames (Mastodon, which has none, comes on top).
inline constexpr std::size_t min_fixed_platforms = 20;
// A broken file stops being read after this many problems.
inline constexpr std::size_t max_reported_problems = 50;

// Every problem found, each naming the field by its path, e.g.
// "platforms[6](x).routes[0].url must start with https://"; empty when the document is valid.
std::vector<std::string> check_registry(const nlohmann::json& document);

}  // namespace takedown::platforms

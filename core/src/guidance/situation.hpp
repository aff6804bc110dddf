#pragma once
// The situation a person describes to guidance.plan: every field optional, every enum with an explicit
// "unknown" (absent means the same), so the plan can say which answer would change it.
#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

#include "../time/civil_date.hpp"
#include "region.hpp"

namespace takedown::guidance {

enum class Tri { yes, no, unknown };
enum class Depicted { me, my_child, someone_i_represent, unknown };
enum class AgeGroup { adult, minor, unknown };
enum class SharedWith { private_circle, wider_or_public, unknown };
enum class Maker { known_reachable, known_unreachable, unknown };
enum class Harm { reputational, financial, emotional };
enum class RequestTo { maker, platform, search_engine, dpa, police };
enum class Answer { none, refused, partial, removed };
enum class Via { gdpr, dsa, take_it_down };

struct Platform {
  std::string name;
  std::vector<std::string> urls;
};

// One request already made: to whom, when, under which law and what came back.
struct HistoryEntry {
  RequestTo to = RequestTo::platform;
  std::string name;
  time::CivilDate sent;
  Answer answer = Answer::none;
  std::optional<time::CivilDate> answered;
  bool extended = false;  // the controller announced the two-month GDPR extension
  Via via = Via::gdpr;
};

struct Situation {
  std::optional<time::CivilDate> today;
  Depicted depicted = Depicted::unknown;
  AgeGroup age_group = AgeGroup::unknown;
  Tri sexual = Tri::unknown;
  SharedWith shared_with = SharedWith::unknown;
  Tri labelled_as_deepfake = Tri::unknown;
  Tri recognisable = Tri::unknown;
  Maker maker = Maker::unknown;
  std::vector<Platform> platforms;
  Tri in_search_results = Tri::unknown;
  Tri public_figure = Tri::unknown;
  std::optional<std::vector<Harm>> harm;  // nullopt: not answered; empty: no harm
  std::string residence = "unknown";     // ISO 3166-1 alpha-2 code, or "unknown"
  Region region = Region::unknown;
  Tri consent_given_earlier = Tri::unknown;
  std::vector<HistoryEntry> history;
};

// Bounds on list fields, so a plan's size follows from its input's.
inline constexpr std::size_t max_platforms = 20;
inline constexpr std::size_t max_urls_per_platform = 20;
inline constexpr std::size_t max_history = 50;
inline constexpr std::size_t max_name_bytes = 200;
inline constexpr std::size_t max_url_bytes = 2048;

// Reads and checks params.situation (absent means every answer unknown).
std::variant<Situation, core::Failure> read_situation(const nlohmann::json& params);

// The situation as the plan understood it: every field present, unknowns spelled out.
nlohmann::json situation_to_json(const Situation& situation);

std::string_view name_of(Tri value);
std::string_view name_of(Depicted value);
std::string_view name_of(AgeGroup value);
std::string_view name_of(SharedWith value);
std::string_view name_of(Maker value);
std::string_view name_of(Harm value);
std::string_view name_of(RequestTo value);
std::string_view name_of(Answer value);
std::string_view name_of(Via value);

}  // namespace takedown::guidance

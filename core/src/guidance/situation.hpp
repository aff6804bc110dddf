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
enum class RequestTo { maker, platform, search_engine, dpa, police, dsc };
enum class Answer { none, refused, partial, removed };
enum class Via { gdpr, dsa, take_it_down };
// What the deepfake is used for beyond being shown (extortion covers sextortion).
enum class Use { extortion, fraud, threats, harassment, impersonation };
enum class MakerAge { adult, under_14, age_14_15, age_16_17, minor, unknown };

// Days a DSA notice gives the platform to answer when the person sets none: a week; a day (24 hours)
// for sexual content, which must go without delay.
inline constexpr int default_dsa_response_days = 7;
inline constexpr int sexual_dsa_response_days = 1;

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
  std::optional<int> respond_within_days;      // via dsa: the period the notice set
  std::optional<time::CivilDate> extended_on;  // when the extension was announced
  Tri extension_reasons = Tri::unknown;        // whether it came with reasons
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
  std::optional<std::vector<Use>> used_for;  // nullopt: not answered; empty: none of these uses
  Tri deceased = Tri::unknown;
  MakerAge maker_age = MakerAge::unknown;
  std::optional<time::CivilDate> act_date;  // when it was made or first shared, as far as known
  std::optional<int> dsa_response_days;     // the period the person gives DSA notices
};

// Bounds on list fields, so a plan's size follows from its input's.
inline constexpr std::size_t max_platforms = 20;
inline constexpr std::size_t max_urls_per_platform = 20;
inline constexpr std::size_t max_history = 50;
inline constexpr std::size_t max_name_bytes = 200;
inline constexpr std::size_t max_url_bytes = 2048;
inline constexpr int max_response_days = 60;

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
std::string_view name_of(Use value);
std::string_view name_of(MakerAge value);

}  // namespace takedown::guidance

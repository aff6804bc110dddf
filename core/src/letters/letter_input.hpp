#pragma once
// What letters.render is given: the letter's kind and language, the case (facts about the deepfake
// and the requests so far) and the profile (who writes). Every text is single-lined on the way in.
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

#include "../language.hpp"
#include "../time/civil_date.hpp"
#include "kinds.hpp"

namespace takedown::letters {

struct Party {
  std::string name;
  std::string email;
  std::string postal_address;
  std::string phone;
};

// An earlier request, for reminders, complaints and appeals.
struct RequestInfo {
  std::string to_name;
  std::optional<time::CivilDate> sent;
  std::string reference;
  std::string via = "gdpr";    // gdpr, dsa, take_it_down
  std::string answer = "none";  // none, refused, partial
  std::optional<time::CivilDate> answered;
  bool extended = false;
};

struct EvidenceItem {
  std::string url;
  std::string captured_at;
  std::string sha256;
  std::string description;
};

struct TimelineItem {
  time::CivilDate date;
  std::string event;
};

struct LetterCase {
  std::optional<time::CivilDate> date;
  Party addressee;
  std::string platform;
  std::vector<std::string> urls;
  std::string title;
  std::string handle;
  std::string description;
  std::string media = "unknown";  // image, video, audio, unknown
  std::optional<time::CivilDate> first_seen;
  std::string depicted = "me";  // me, my_child, someone_i_represent
  std::string depicted_name;
  std::string age_group = "unknown";
  std::string sexual = "unknown";
  std::string labelled_as_deepfake = "unknown";
  std::string consent_given_earlier = "unknown";
  std::string public_figure = "unknown";
  std::string still_online = "unknown";
  std::vector<std::string> search_terms;
  std::string maker_name;
  std::optional<RequestInfo> request;
  std::vector<EvidenceItem> evidence;
  std::vector<TimelineItem> timeline;
  // Issue #13: facts the letter may state only when the person confirmed them, and what chooses the
  // route (who writes, to whom, under which law).
  std::string recognisable = "unknown";  // yes, no, unknown
  std::string shared_with = "unknown";   // private_circle, wider_or_public, unknown
  std::vector<std::string> used_for;     // extortion, fraud, threats, harassment, impersonation
  std::string deceased = "unknown";      // yes, no, unknown
  std::string maker_age = "unknown";     // adult, under_14, age_14_15, age_16_17, minor, unknown
  std::optional<time::CivilDate> act_date;
  std::string residence;                  // ISO 3166-1 alpha-2, upper case; empty when not given
  std::optional<int> respond_within_days;  // the period the person gives for an answer
  bool child_case = false;                 // given true, or a minor in sexual content (see is_child_case)
  std::set<std::string> given;  // fields present in the input ("case.sexual", "case.request.via"), for facts
};

// A minor shown (said so, or the person's child of unknown age) in sexual content, or marked as a
// child's case: the letters then never mention, enclose or link images.
bool is_minor(const LetterCase& c);
bool is_child_case(const LetterCase& c);

struct LetterInput {
  LetterKind kind = LetterKind::maker_erasure;
  core::Language language = core::Language::en;
  LetterCase c;
  Party profile;
};

inline constexpr std::size_t max_letter_urls = 50;
inline constexpr std::size_t max_evidence = 100;
inline constexpr std::size_t max_timeline = 100;

std::variant<LetterInput, core::Failure> read_letter_input(const nlohmann::json& params);

}  // namespace takedown::letters

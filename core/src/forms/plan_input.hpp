#pragma once
// What forms.plan fills from: the person's profile and the case (docs/forms.md, "Fill plan").
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include <takedown/core/envelope.hpp>

#include "../field_reader.hpp"
#include "../language.hpp"
#include "../time/civil_date.hpp"
#include "bounded_text.hpp"
#include "countries.hpp"
#include "cues.hpp"

namespace takedown::forms {

inline constexpr std::size_t max_profile_characters = 1000;
inline constexpr std::size_t max_description_characters = 5000;
inline constexpr std::size_t max_url_characters = 2048;
inline constexpr std::size_t max_urls = 50;

enum class ActingFor { unknown, self, child, represented };

struct Profile {
  std::string given_name;
  std::string family_name;
  std::string full_name;
  std::string email;
  std::string phone;
  const Country* country = nullptr;
  std::string street_address;
  std::string postal_code;
  std::string city;
  std::string region;
  std::string organisation;
  std::string signature_name;
  ActingFor acting_for = ActingFor::unknown;
};

struct CaseFacts {
  std::vector<std::string> content_urls;
  std::string description;  // may hold line breaks
  std::string reported_account;
  std::vector<std::string> search_results_urls;
  std::optional<time::CivilDate> today;
  std::optional<bool> consent_to_share;      // did the person consent to it being shared; absent: not said
  std::string subject;                       // our subject line, in the form's language
  std::map<Lang, std::string> descriptions;  // the person's own description, per language they wrote it in
  std::map<Lang, std::string> subjects;      // the person's own subject line, likewise
};

// Reads params.profile and params.case. Every value in them is optional, and null means absent.
// Strings are single-lined, except the description, whose lines are kept.
Profile read_profile(const core::FieldReader& in, SizeProblem& size);
CaseFacts read_case(const core::FieldReader& in, SizeProblem& size);

}  // namespace takedown::forms

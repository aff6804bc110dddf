#pragma once
// What a matched pattern says about a field (a cue) and in which language it is written. Most cues
// name a field type; the rest are parts of a decision (a generic "name", "confirm", a relationship
// answer) or sinks: things Takedown never fills (a username, a card, a birth date), which compete
// with the fillable types so that "Name on card" or "Date of birth" stay empty.
#include <cstdint>
#include <optional>
#include <string_view>

namespace takedown::forms {

enum class Cue : std::uint8_t {
  given_name,
  family_name,
  middle_name,
  full_name,
  name,            // "Name", "Naam", "Nom": full, given or family name, decided by the fields around it
  email,
  confirm,         // "confirm", "repeat", "herhaal": with an e-mail cue, the confirmation field
  phone,
  country,
  street_address,
  address_line2,
  postal_code,
  city,
  region,
  organisation,
  relationship,    // the question: "who are you reporting for", "are you the person shown"
  self,            // answers to it
  child,
  represented,
  yes,
  no,
  content_url,
  search_results,
  reported_account,
  description,
  signature,
  date,
  consent,
  good_faith,
  sworn,
  captcha,
  password,        // a password typed in a text field: never touched either
  third_party,     // the field is about someone else ("the uploader", "de dader"): not the person's data
  report_context,  // the page is a report form
  login,           // the field belongs to a sign-in or password-reset form
  signup,          // the field belongs to a sign-up form (whose e-mail is the person's, not a login's)
  conditional,     // "if you are a representative: ...": a question for another case than the person's
  ai_generated,    // "made or altered with AI", "deepfake": the question, or the category option naming it
  consent_to_share,   // "did you consent to it being shared"
  without_consent, // "shared without your consent": the question asks the other way round
  report_category, // "what are you reporting", "type of report"
  category_intimate,  // an option naming intimate or sexual imagery
  category_privacy,   // an option naming privacy or impersonation
  subject,         // a subject line
  decoy,           // a honeypot says so: "hp", "honeypot", "leave this empty", "do not fill": never filled
  // Sinks.
  username,
  card,
  website,
  birth,
  other_date,      // a date that is not today's ("date posted", "expiry")
  code,
  newsletter,      // opt-ins and "remember me": checkboxes that are not statements
  phone_prefix,    // a country calling code or area code: part of a phone number
  other,
};

inline constexpr std::size_t cue_count = static_cast<std::size_t>(Cue::other) + 1;

// The languages of the lexicon (lexicon/<tag>.json). A new language is registered here and in lang_names
// (cues.cpp); see docs/forms.md "Adding a language" for what else it may want.
enum class Lang : std::uint8_t { any, en, nl, de, fr, es, it, pt, pl };

inline constexpr std::size_t lang_count = static_cast<std::size_t>(Lang::pl) + 1;

std::string_view cue_name(Cue cue) noexcept;
std::string_view lang_name(Lang lang) noexcept;
// Exact names ("given_name"; "any", "en"), as the lexicon files write them.
std::optional<Cue> cue_from_name(std::string_view name) noexcept;
std::optional<Lang> lang_from_name(std::string_view name) noexcept;
// "nl", "nl-BE", "NL_nl" -> nl; nullopt for languages the table does not cover.
std::optional<Lang> lang_from_tag(std::string_view tag) noexcept;

}  // namespace takedown::forms

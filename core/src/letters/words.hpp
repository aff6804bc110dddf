#pragma once
// The few words letters need that depend on the case and the language: what kind of media it is,
// the bracketed placeholders for facts not yet given, and labels inside composed list lines.
#include <string>
#include <string_view>

#include "../language.hpp"

namespace takedown::letters {

// "a video" / "een video"; every Dutch noun used is a de-word, so templates can say "die" and "hem".
std::string_view media_with_article(std::string_view media, core::Language language) noexcept;

enum class Placeholder {
  name, email, postal_address, url, child_name, person_name, request_date, organisation, decision_date,
  // Facts the person has not confirmed (issue #13): the letter asks instead of asserting.
  recognisable, consent, shared_with, labelled, sexual, first_seen, dated_facts, period_given, supervisory_authority,
  services_coordinator, offence, visual_media,
};
std::string_view placeholder(Placeholder which, core::Language language) noexcept;

// What can be recognised: "face or body", or for audio "voice".
std::string_view likeness(std::string_view media, core::Language language) noexcept;
// The same with its article: "the face or body" / "het gezicht of lichaam", "de stem".
std::string_view the_likeness(std::string_view media, core::Language language) noexcept;

// "24 hours" / "7 days" / "7 dagen".
std::string period_in_words(int days, core::Language language);

// GDPR Art. 12(3) in the official wording of the language, quoted in full where a letter sets the
// outer time limit (the ask itself is "without undue delay", or "immediately" for sexual content).
std::string_view gdpr_article_12_3(core::Language language) noexcept;

std::string_view captured_label(core::Language language) noexcept;  // "captured" / "vastgelegd"

}  // namespace takedown::letters

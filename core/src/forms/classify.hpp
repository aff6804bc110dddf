#pragma once
// forms.classify: the type of every field of a snapshot, with a confidence and what it rests on.
// Order of evidence: a captcha is recognised first (never touched whatever else it claims); then
// the input type where it settles the matter (password, file, hidden); then the autocomplete
// attribute; then the multilingual patterns over labels, placeholder, name/id, title, the radio's
// question, help text and section; then the platform's hints. Then the fields are read together
// (context_pass.hpp). A type below its confidence threshold becomes unknown.
#include <optional>
#include <string>
#include <vector>

#include "cues.hpp"
#include "field_type.hpp"
#include "hints.hpp"
#include "options.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

enum class Source { autocomplete, input_type, pattern, hint, none };

std::string_view source_name(Source source) noexcept;

struct Classification {
  FieldType type = FieldType::unknown;
  double confidence = 0;
  Source source = Source::none;
  std::optional<Lang> language;  // of the pattern that decided, when it belongs to one language
  std::string matched;           // the pattern, autocomplete token, input type or hint that decided
  Answer answer = Answer::none;  // a relationship radio or checkbox: what ticking it says
  bool generic_name = false;     // a bare "Name": full, given or family name, decided by its neighbours
  bool card = false;             // a payment card's field (number, expiry, code): its neighbours are the card's too
  bool signup = false;           // its texts speak of signing up: an e-mail before a password is the person's
  bool for_someone_else = false; // asked only of someone reporting for another person ("if you report on
                                 // behalf of someone: their name"): follows the profile's acting_for
  bool without_consent = false;  // a consent question asked the other way round ("shared without your consent?")
  bool decoy = false;            // a honeypot that says so ("leave this empty", name "hp_email"): never filled
};

struct FormContext {
  std::optional<Lang> page;  // the page's language (declared, else detected from its labels)
  bool report_form = false;  // the page speaks of reporting, removal, takedown...
  bool has_password = false; // a login or sign-up form, not a report form
};

struct ClassifiedForm {
  FormContext context;
  std::vector<Classification> fields;  // one per snapshot field, in order
};

ClassifiedForm classify(const Snapshot& snapshot, const std::vector<Hint>& hints);

}  // namespace takedown::forms

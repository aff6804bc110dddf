#pragma once
// Why the plan does what it does with a field, in words for the person (Dutch or English): the panel
// shows them beside each field that needs the person.
#include <string>

#include "../language.hpp"
#include "field_type.hpp"

namespace takedown::forms {

enum class Reason {
  from_profile,            // filled from the profile
  from_case,               // filled from the case
  today,                   // today's date
  chosen_from_profile,     // an option chosen from the profile (country, region, city)
  answer_ticked,           // the radio/checkbox that says who reports, as the case says
  answer_chosen,           // the option that says who reports
  other_answer,            // another radio of the same question
  answer_not_offered,      // no answer matches the case
  acting_for_unknown,      // the profile does not say who reports
  not_so_in_case,          // a checkbox stating something the case does not say
  sworn,
  good_faith,
  consent,
  signature,
  file,
  password,
  captcha,
  not_recognised,
  not_recognised_required,
  no_value,                // the profile or case has nothing for it
  no_value_required,
  hidden,
  read_only,
  already_filled,
  holds_other_value,
  too_long,                // number: the field's maxlength
  option_not_offered,      // the profile's value is not among the options
  date_format_unknown,
  more_urls_than_fields,   // number: how many URLs the case has
  ai_answered,             // "made or altered with AI": yes
  consent_answered,        // did you consent to sharing: as the person answered on the case page
  consent_unknown,         // the case does not say
  question_not_offered,    // no answer (or more than one) says what the case says
  category_chosen,         // the category naming synthetic, intimate or privacy imagery
  category_not_offered,    // no option names such imagery (or two do equally)
  our_text,                // our own subject or description, in the form's language
  own_text,                // the person's own subject or description from the case page
  only_for_someone_else,   // asked only of someone reporting for another person; the person reports for themselves
  for_someone_else,        // asked of someone reporting for another person: theirs to fill
  outside_form,            // another form of the page than the one chosen (or none chosen yet)
  decoy,                   // a honeypot that says so: a trap for robots
};

// `count`: the number some reasons mention (a maxlength, a number of URLs).
std::string reason_text(Reason reason, core::Language language, FieldType type, std::size_t count = 0);

}  // namespace takedown::forms

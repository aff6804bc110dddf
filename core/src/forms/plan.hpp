#pragma once
// forms.plan: what to do with each classified field, given the person's profile and the case.
//   fill       set the text (value)
//   select     choose an option of a select or listbox (option)
//   check      tick a radio or checkbox that states a fact the profile gives ("I am the person shown")
//   attention  highlight it for the person: statements, signature, file upload, and what is required
//              but has no value
//   skip       leave it alone: unknown, password, captcha, hidden, read-only
// Statements are never ticked; nothing is ever submitted; an unknown field stays empty.
#include <optional>
#include <string>
#include <vector>

#include "../language.hpp"
#include "classify.hpp"
#include "form_choice.hpp"
#include "plan_input.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

enum class Action { fill, select, check, attention, skip };

std::string_view action_name(Action action) noexcept;

struct PlanStep {
  Action action = Action::skip;
  std::optional<std::string> value;   // with fill
  std::optional<Option> option;       // with select
  std::string reason;
  // Takedown gave this answer without the person typing it (a question answered from the case, our own
  // subject or description): the panel lists these (summary.answered).
  bool answered = false;
  // The last field of a URL type, when the case has more URLs than the form shows such fields: the
  // rest, for fields the form's own "add another URL" button adds.
  std::vector<std::string> more_values;
};

// One step per snapshot field, in order. Fields outside the chosen form (all of them while the choice
// is uncertain), fields a person cannot see and honeypots are skipped and never get a value.
std::vector<PlanStep> make_plan(const Snapshot& snapshot, const ClassifiedForm& form, const FormChoice& choice,
                                const Profile& profile, const CaseFacts& facts, core::Language language);

}  // namespace takedown::forms

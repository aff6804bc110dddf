#pragma once
// From a letter's input to the names its template uses. Every kind gets the same set of names (so
// one check covers all templates); a fact a letter needs but was not given becomes a bracketed
// placeholder and is listed in `missing`.
#include <string>
#include <vector>

#include "letter_input.hpp"
#include "template.hpp"

namespace takedown::letters {

struct LetterContext {
  TemplateContext names;
  std::vector<std::string> missing;  // input fields replaced by placeholders, e.g. "profile.email"
  Party addressee;                   // as given, or the kind's usual addressee
  // Placeholders that stand for facts the person has not confirmed: (name, input field). Such a
  // field is missing only when the rendered letter uses the placeholder (see render.cpp).
  std::vector<std::pair<std::string, std::string>> asks;
};

LetterContext build_context(const LetterInput& input);

// Every name build_context defines, for checking templates.
std::vector<std::string> context_names();

}  // namespace takedown::letters

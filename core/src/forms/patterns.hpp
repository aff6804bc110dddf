#pragma once
// The multilingual pattern table: which words in a label, placeholder, name or id point to which cue,
// per language. Written in folded form (see fold.hpp). Each row holds alternatives separated by "|";
// an alternative is one or more whole words, unless marked:
//   "apellido*"   the last word may continue ("apellidos")
//   "*nummer"     the first word may start inside a longer word ("telefoonnummer")
//   "*mail*"      both
//   "=date"       the whole text and nothing else ("Date", not "Date of birth")
// A row marked strict counts only on a page in its language: "firma" is a company in Dutch, German and
// Polish and a signature in Spanish and Italian.
#include <span>
#include <string_view>

#include "cues.hpp"

namespace takedown::forms {

struct PatternRow {
  Cue cue;
  Lang lang;
  double weight;  // how surely the words mean the cue, in (0, 1]
  std::string_view alternatives;
  bool strict = false;
};

std::span<const PatternRow> pattern_rows() noexcept;

}  // namespace takedown::forms

#pragma once
// The multilingual pattern table: which words in a label, placeholder, name or id point to which cue,
// per language. The rows are data (lexicon/<lang>.json, read by lexicon.hpp); this is their shape.
// Words are written in folded form (see fold.hpp); each is one or more whole words, unless marked:
//   "apellido*"   the last word may continue ("apellidos")
//   "*nummer"     the first word may start inside a longer word ("telefoonnummer")
//   "*mail*"      both
//   "=date"       the whole text and nothing else ("Date", not "Date of birth")
// A row marked strict counts only on a page in its language: "firma" is a company in Dutch, German and
// Polish and a signature in Spanish and Italian.
#include <span>
#include <string>
#include <vector>

#include "cues.hpp"

namespace takedown::forms {

struct PatternRow {
  Cue cue;
  Lang lang;
  double weight;  // how surely the words mean the cue, in (0, 1]
  std::vector<std::string> words;
  bool strict = false;
};

// The rows of the embedded lexicon, loaded and checked on first use (throws LexiconError, lexicon.hpp,
// when a file is malformed: a build with a bad file fails its first classification and the unit tests).
std::span<const PatternRow> pattern_rows();

}  // namespace takedown::forms

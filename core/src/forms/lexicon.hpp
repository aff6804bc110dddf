#pragma once
// The field lexicon as data: lexicon/<lang>.json, one file per language ("any" for words that are the
// same in all of them), embedded at build time. Each file is
//   {"language": "en", "rows": [{"cue": "given_name", "weight": 1.0, "words": ["first name", "*firstname"]},
//                               {"cue": "country", "weight": 0.75, "words": ["stato"], "strict": true}]}
// with the word syntax of patterns.hpp. Files are checked when read: the language is a registered tag
// (cues.hpp) named like the file, every cue is known, weights lie in (0, 1], words are non-empty and
// written folded with markers only at their ends; a bad file gives an error naming file, row and word.
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "lexicon_data.hpp"
#include "patterns.hpp"

namespace takedown::forms {

class LexiconError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Whether `word` is one alternative of the syntax: "=" first if any, then "*" at either end, and between
// them lower-case letters and digits in words separated by single spaces.
bool is_lexicon_word(std::string_view word) noexcept;

// The rows of `files`, ordered by language (the order of Lang) and then as written. Throws LexiconError
// listing every problem found (at most 20) when any file is malformed.
std::vector<PatternRow> load_lexicon(std::span<const EmbeddedJsonFile> files);

}  // namespace takedown::forms

#pragma once
// Finds every pattern of the table (patterns.hpp) in a folded text in one pass (an Aho-Corasick
// automaton over the 37 symbols of folded text), so that classifying thousands of fields against
// thousands of patterns stays linear in the length of the text.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cues.hpp"

namespace takedown::forms {

struct PatternMatch {
  Cue cue;
  Lang lang;
  bool strict;
  double weight;
  std::uint32_t begin;  // byte span in the folded text, including the spaces that mark word edges
  std::uint32_t end;
  std::string_view words;  // the pattern as written, without its markers ("first name")
};

class PatternMatcher {
 public:
  // Built once from the table, on first use.
  static const PatternMatcher& instance();

  // The matches in `folded` (output of fold_text / fold_identifier), without those that lie inside a
  // longer match ("name" inside "company name"), in order of their end.
  void find(std::string_view folded, std::vector<PatternMatch>& out) const;

  std::size_t pattern_count() const { return patterns_.size(); }
  std::size_t node_count() const { return next_.size(); }

 private:
  PatternMatcher();
  struct Pattern {
    Cue cue;
    Lang lang;
    bool strict;
    bool whole_text;
    double weight;
    std::uint32_t length;
    std::string words;
  };
  static constexpr std::size_t symbols = 37;
  void add(const Pattern& pattern, std::string_view key);
  void link();

  std::vector<Pattern> patterns_;
  std::vector<std::array<std::int32_t, symbols>> next_;
  std::vector<std::vector<std::uint32_t>> outputs_;
};

}  // namespace takedown::forms

#pragma once
// What the texts around one field say, cue by cue: every pattern match, weighted by where its text
// comes from (label_quality.hpp) and by its language against the page's, pooled so that a label and a
// name attribute that agree count more than either alone.
#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "cues.hpp"
#include "label_quality.hpp"
#include "pattern_matcher.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

inline constexpr std::size_t pool_count = 6;

// Every match of one field, before the page language is known.
struct FieldMatches {
  struct Found {
    TextSource source;
    PatternMatch match;
  };
  std::vector<Found> found;
};

FieldMatches match_field(const SnapshotField& field);

struct CueEvidence {
  double score = 0;            // the strongest single weighted match
  std::string_view words;      // its pattern
  Lang lang = Lang::any;
  Pool pool = Pool::label;
};

class FieldEvidence {
 public:
  // `page` is the page's language when known: a pattern in another language counts a little less,
  // and a strict pattern (patterns.hpp) not at all.
  FieldEvidence(const FieldMatches& matches, std::optional<Lang> page, bool checkable);

  // The cue's score in [0, 1]: the pools combined (1 - product of (1 - pool score)); 0 when no primary
  // pool (label, placeholder, name/id, title, radio question) has it, since context alone decides nothing.
  double score(Cue cue) const;
  // As score(), but only from the field's own labels (a radio's answer, not its question).
  double own_label_score(Cue cue) const;
  // As score(), but only from what a person reads on the field itself: its labels and placeholder.
  double read_score(Cue cue) const;
  // The strongest weighted match in any pool, context included.
  double any(Cue cue) const;
  const CueEvidence& best(Cue cue) const { return best_[static_cast<std::size_t>(cue)]; }

 private:
  std::array<std::array<double, cue_count>, pool_count> pools_{};
  std::array<CueEvidence, cue_count> best_{};
};

// The language most patterns on the page are written in, when it stands out.
std::optional<Lang> detect_language(const std::vector<FieldMatches>& fields);

}  // namespace takedown::forms

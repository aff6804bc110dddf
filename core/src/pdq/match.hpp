#pragma once
// The match rule: two hashes match at Hamming distance <= max_distance when both have quality >=
// min_quality. Images compare every candidate variant with every reference variant and its dihedral
// hashes; videos compare bags of frame hashes (vPDQ style).
#include <optional>
#include <string>
#include <vector>

#include "hash256.hpp"

namespace takedown::pdq {

struct MatchRule {
  int max_distance = 31;
  int min_quality = 50;
  int min_share = 80;  // videos: percent of one side's frames that must match
};

struct Variant {
  std::string name;
  int quality = 0;
  std::vector<Hash256> hashes;  // [orig] or the 8 dihedral hashes (orig first)
};

struct ImageMatch {
  int distance = 0;
  std::string candidate_variant, reference_variant;
  int transform = 0;  // index into dihedral_names
};

// The closest pair that satisfies the rule, or nothing.
std::optional<ImageMatch> match_image(const std::vector<Variant>& candidate, const std::vector<Variant>& reference,
                                      const MatchRule& rule);

struct Frame {
  long long timestamp = 0;
  int quality = 0;
  Hash256 hash;
};

struct VideoMatch {
  int distance = 0;         // the closest frame pair
  int candidate_share = 0;  // percent of the candidate's usable frames with a match on the other side
  int reference_share = 0;
};

// Nothing when either side has no usable frame or neither share reaches min_share.
std::optional<VideoMatch> match_video(const std::vector<Frame>& candidate, const std::vector<Frame>& reference,
                                      const MatchRule& rule);

}  // namespace takedown::pdq

#pragma once
// The hashes kept for one picture beyond plain PDQ (see docs/pdq.md, "Variants"). Plain PDQ misses
// re-uploads that add a border, a plain canvas or a caption bar, or crop a few percent. So:
//   full         the image as given (always first);
//   trimmed      inside uniform borders or a plain canvas (when there are any);
//   uncaptioned  also without a caption bar above or below (when there is one);
// and for references (a captured picture) only, centre crops of the whole image:
//   crop_96, crop_92, crop_88  (the centre 96%, 92%, 88% of width and height).
// A candidate (a picture seen on a page) then matches when any of its variants is near any of a
// reference's variants or their dihedral hashes (pdq.match).
#include <string>
#include <vector>

#include "borders.hpp"
#include "pdq.hpp"

namespace takedown::pdq {

enum class Role { reference, candidate };

struct NamedResult {
  std::string name;
  Box box;  // where in the image this variant was hashed
  Result result;
};

inline constexpr std::size_t max_fingerprint_variants = 6;

// Precondition as hash_pixels (pixels_fit). Variants whose box equals an earlier one are left out.
std::vector<NamedResult> fingerprint(const Pixels& image, Role role);

}  // namespace takedown::pdq

#include "match.hpp"

#include <algorithm>

namespace takedown::pdq {

std::optional<ImageMatch> match_image(const std::vector<Variant>& candidate, const std::vector<Variant>& reference,
                                      const MatchRule& rule) {
  std::optional<ImageMatch> best;
  for (const auto& c : candidate) {
    if (c.quality < rule.min_quality || c.hashes.empty()) continue;
    for (const auto& r : reference) {
      if (r.quality < rule.min_quality) continue;
      for (std::size_t x = 0; x < r.hashes.size(); ++x) {
        const int distance = hamming_distance(c.hashes.front(), r.hashes[x]);
        if (distance > rule.max_distance || (best && best->distance <= distance)) continue;
        best = ImageMatch{distance, c.name, r.name, static_cast<int>(x)};
      }
    }
  }
  return best;
}

namespace {

std::vector<const Frame*> usable(const std::vector<Frame>& frames, int min_quality) {
  std::vector<const Frame*> out;
  for (const auto& f : frames) {
    if (f.quality >= min_quality) out.push_back(&f);
  }
  return out;
}

int percent(std::size_t part, std::size_t whole) { return static_cast<int>((part * 100) / whole); }

}  // namespace

std::optional<VideoMatch> match_video(const std::vector<Frame>& candidate, const std::vector<Frame>& reference,
                                      const MatchRule& rule) {
  const auto c = usable(candidate, rule.min_quality);
  const auto r = usable(reference, rule.min_quality);
  if (c.empty() || r.empty()) return std::nullopt;
  std::vector<bool> r_hit(r.size(), false);
  std::size_t c_hits = 0;
  int closest = 257;
  for (const auto* cf : c) {
    bool hit = false;
    for (std::size_t k = 0; k < r.size(); ++k) {
      const int distance = hamming_distance(cf->hash, r[k]->hash);
      closest = std::min(closest, distance);
      if (distance <= rule.max_distance) {
        hit = true;
        r_hit[k] = true;
      }
    }
    if (hit) ++c_hits;
  }
  const auto r_hits = static_cast<std::size_t>(std::count(r_hit.begin(), r_hit.end(), true));
  VideoMatch m{closest, percent(c_hits, c.size()), percent(r_hits, r.size())};
  if (m.candidate_share < rule.min_share && m.reference_share < rule.min_share) return std::nullopt;
  return m;
}

}  // namespace takedown::pdq

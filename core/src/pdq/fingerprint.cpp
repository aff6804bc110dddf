#include "fingerprint.hpp"

#include <algorithm>
#include <array>

namespace takedown::pdq {
namespace {

// The centre `percent` of a box's width and height.
Box centre_crop(const Box& box, std::uint32_t percent) {
  const std::uint32_t width = std::max<std::uint32_t>(1, box.width * percent / 100);
  const std::uint32_t height = std::max<std::uint32_t>(1, box.height * percent / 100);
  return {box.x + (box.width - width) / 2, box.y + (box.height - height) / 2, width, height};
}

constexpr std::array<std::uint32_t, 3> crop_percents = {96, 92, 88};

}  // namespace

std::vector<NamedResult> fingerprint(const Pixels& image, Role role) {
  const Box full{0, 0, image.width, image.height};
  std::vector<std::pair<std::string, Box>> boxes = {{"full", full}};
  if (image.width >= min_side && image.height >= min_side) {
    const Box trimmed = trim_uniform(image, full);
    boxes.emplace_back("trimmed", trimmed);
    if (const auto cut = cut_caption_bars(image, trimmed)) boxes.emplace_back("uncaptioned", trim_uniform(image, *cut));
    if (role == Role::reference) {
      for (const std::uint32_t percent : crop_percents) {
        // Of the whole image, as the person re-uploading it saw it (crops of the trimmed picture
        // measured worse: a crop's own plain edges are trimmed differently).
        boxes.emplace_back("crop_" + std::to_string(percent), centre_crop(full, percent));
      }
    }
  }
  std::vector<NamedResult> out;
  for (const auto& named : boxes) {
    const Box& box = named.second;
    const bool repeated = std::any_of(out.begin(), out.end(), [&](const NamedResult& r) { return r.box == box; });
    if (repeated) continue;
    out.push_back({named.first, box, hash_pixels_box(image.bytes, image.width, image.channels, box)});
  }
  return out;
}

}  // namespace takedown::pdq

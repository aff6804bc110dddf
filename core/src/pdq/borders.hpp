#pragma once
// Where the picture sits inside what was uploaded: re-uploads often add a uniform border, put the
// picture on a larger plain canvas, or add a caption bar (a plain band with text) above or below
// it. These find the picture's box so that it can be hashed on its own (see fingerprint.hpp).
#include <cstdint>
#include <optional>
#include <span>

#include "pdq.hpp"

namespace takedown::pdq {

// A view of packed 8-bit pixels: 1 (grey), 3 (RGB) or 4 (RGBA, alpha ignored) channels.
struct Pixels {
  std::span<const std::uint8_t> bytes;
  std::uint32_t width = 0, height = 0, channels = 0;
};

// The box left after peeling plain lines (rows or columns whose pixels nearly all share one colour,
// within JPEG noise) off each side of `within`. Returns `within` when nothing is peeled or when
// almost nothing would be left (a plain image has no picture to find).
Box trim_uniform(const Pixels& image, Box within);

// The box left after cutting a caption bar off the top and/or bottom of `within`: a band that
// starts at the edge in one colour, holds rows with a little of something else (text) and ends in
// plain rows of that colour. Nothing when there is no such band.
std::optional<Box> cut_caption_bars(const Pixels& image, Box within);

}  // namespace takedown::pdq

#pragma once
// PDQ (Meta's perceptual hash) written for Takedown, bit-exact with the reference C++ on the same
// buffer: float32 luma (0.299 R + 0.587 G + 0.114 B), two passes of the Jarosz box filter along
// rows then columns, decimation to 64x64 by centre samples, the quality metric, a 16x16 DCT
// (frequencies 1..16) and one bit per coefficient above the median. No pre-resize: the buffer is
// hashed at the size it comes in. See docs/pdq.md.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "hash256.hpp"

namespace takedown::pdq {

// The eight dihedral transforms, in the reference's order; hashes[0] is the image as given.
inline constexpr std::array<std::string_view, 8> dihedral_names = {"orig",  "rot90", "rot180",    "rot270",
                                                                   "flipx", "flipy", "flipplus1", "flipminus1"};

struct Result {
  std::array<Hash256, 8> hashes{};  // by dihedral_names
  int quality = 0;                  // 0..100; under 50 the hash is not reliable
};

// Images under 5 pixels on a side hash to zeros with quality 0, as in the reference.
inline constexpr std::uint32_t min_side = 5;
// Larger buffers are refused (a bound on the time a hash takes and on the pixels a caller holds).
inline constexpr std::uint64_t max_pixels = 64ull * 1024 * 1024;

// Pixels row-major, tightly packed, `channels` bytes each: 1 (grey), 3 (RGB) or 4 (RGBA; alpha is
// ignored, the caller composites). Precondition: pixels.size() == width * height * channels and
// width * height <= max_pixels (pixels_fit checks it).
Result hash_pixels(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t height,
                   std::uint32_t channels);

// Luma as float32, row-major (width * height values).
// Scratch memory (a few rows, not the image) is kept per thread between calls (see Workspace in pdq.cpp).
Result hash_luma(std::span<const float> luma, std::uint32_t width, std::uint32_t height);

// The luma hash_pixels hashes: float32 0.299 R + 0.587 G + 0.114 B (grey bytes unchanged), into
// `luma` (pixels.size() / channels values).
void luma_of(std::span<const std::uint8_t> pixels, std::uint32_t channels, float* luma);

// A rectangle of an image, in pixels.
struct Box {
  std::uint32_t x = 0, y = 0, width = 0, height = 0;
  bool operator==(const Box&) const = default;
};

// The hash of `box` inside a luma plane `stride` floats wide (the plane is left unchanged).
Result hash_luma_box(std::span<const float> luma, std::uint32_t stride, Box box);

// The hash of `box` inside pixels as for hash_pixels, `width` pixels per row; the box must lie inside.
Result hash_pixels_box(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t channels, Box box);

bool pixels_fit(std::size_t bytes, std::uint32_t width, std::uint32_t height, std::uint32_t channels);

}  // namespace takedown::pdq

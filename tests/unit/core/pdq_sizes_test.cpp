// The core's fast order (blocked rows, swept columns, rows streamed through a ring, only the sampled
// values of the second pass) against PDQ written in the reference's order, bit for bit, at sizes that
// reach every edge of the fast paths: sides under 64 (samples repeat), odd sides, sides that are not a
// multiple of 4 or of the 16-row block, windows from 1 to 17 (a ring of 32 and of 48 rows, wrapped
// many times), and a crop hashed in place inside a wider plane.
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "../../support/pdq_reference_order.hpp"
#include "pdq/pdq.hpp"

namespace pdq_sizes_test {

namespace pdq = takedown::pdq;

// Smooth shapes with noise, so that many bits depend on small differences.
std::vector<std::uint8_t> noisy_picture(std::uint32_t width, std::uint32_t height, unsigned seed) {
  std::mt19937 random(seed);
  std::vector<std::uint8_t> rgb(static_cast<std::size_t>(width) * height * 3);
  for (std::uint32_t y = 0; y < height; ++y) {
    for (std::uint32_t x = 0; x < width; ++x) {
      for (std::uint32_t c = 0; c < 3; ++c) {
        const unsigned shape = ((x * (c + 2)) / 7 + (y * (3 - c)) / 5 + (x * y) / 131) % 200;
        rgb[(static_cast<std::size_t>(y) * width + x) * 3 + c] = static_cast<std::uint8_t>(shape + random() % 56);
      }
    }
  }
  return rgb;
}

std::vector<std::uint8_t> with_alpha(const std::vector<std::uint8_t>& rgb) {
  std::vector<std::uint8_t> rgba;
  rgba.reserve(rgb.size() / 3 * 4);
  for (std::size_t i = 0; i < rgb.size(); i += 3) rgba.insert(rgba.end(), {rgb[i], rgb[i + 1], rgb[i + 2], 255});
  return rgba;
}

TEST_CASE("the fast order gives the reference order's hash and quality at every size") {
  const std::vector<std::pair<std::uint32_t, std::uint32_t>> sizes = {
      {5, 5},     {6, 9},     {17, 31},   {33, 64},   {63, 65},   {64, 63},    {65, 64},   {66, 67},
      {100, 7},   {127, 129}, {128, 128}, {129, 130}, {255, 257}, {301, 199},  {383, 384}, {385, 386},
      {512, 512}, {513, 515}, {640, 480}, {767, 769}, {1021, 97}, {97, 1151}, {70, 2100}, {2049, 21}};
  unsigned seed = 1;
  for (const auto& size : sizes) {
    const std::uint32_t width = size.first, height = size.second;  // named copies: CAPTURE cannot take bindings
    CAPTURE(width);
    CAPTURE(height);
    const auto rgb = noisy_picture(width, height, seed++);
    const auto expected = takedown::pdq_reference::reference_order_hash(rgb, width, height);
    const auto from_rgb = pdq::hash_pixels(rgb, width, height, 3);
    const auto from_rgba = pdq::hash_pixels(with_alpha(rgb), width, height, 4);
    CHECK(from_rgb.hashes[0] == expected.hash);
    CHECK(from_rgb.quality == expected.quality);
    CHECK(from_rgba.hashes == from_rgb.hashes);
    CHECK(from_rgba.quality == from_rgb.quality);
  }
}

TEST_CASE("a box hashed in place, in a luma plane or in the pixels, gives the reference order's hash of the crop") {
  const std::uint32_t width = 700, height = 530;
  const auto rgb = noisy_picture(width, height, 77);
  std::vector<float> luma(static_cast<std::size_t>(width) * height);
  pdq::luma_of(rgb, 3, luma.data());
  for (const pdq::Box box : {pdq::Box{3, 5, 641, 517}, pdq::Box{61, 0, 5, 530}, pdq::Box{0, 200, 700, 33}}) {
    CAPTURE(box.x);
    CAPTURE(box.width);
    std::vector<std::uint8_t> crop;
    for (std::uint32_t y = 0; y < box.height; ++y) {
      const auto* row = rgb.data() + ((static_cast<std::size_t>(box.y) + y) * width + box.x) * 3;
      crop.insert(crop.end(), row, row + static_cast<std::size_t>(box.width) * 3);
    }
    const auto expected = takedown::pdq_reference::reference_order_hash(crop, box.width, box.height);
    const auto in_plane = pdq::hash_luma_box(luma, width, box);
    CHECK(in_plane.hashes[0] == expected.hash);
    CHECK(in_plane.quality == expected.quality);
    const auto in_pixels = pdq::hash_pixels_box(rgb, width, 3, box);
    CHECK(in_pixels.hashes == in_plane.hashes);
    CHECK(in_pixels.quality == expected.quality);
    const auto in_rgba = pdq::hash_pixels_box(with_alpha(rgb), width, 4, box);
    CHECK(in_rgba.hashes == in_plane.hashes);
  }
}

// A hash hides rounding differences smaller than its bits; the luma is compared value for value.
TEST_CASE("luma equals the reference's float formula for every pixel, RGB and RGBA, row tails included") {
  const std::uint32_t width = 203, height = 61;  // not a multiple of 4: the tail takes the scalar path
  const auto rgb = noisy_picture(width, height, 99);
  const auto rgba = with_alpha(rgb);
  std::vector<float> from_rgb(static_cast<std::size_t>(width) * height), from_rgba(from_rgb.size());
  pdq::luma_of(rgb, 3, from_rgb.data());
  pdq::luma_of(rgba, 4, from_rgba.data());
  std::size_t differing = 0;
  for (std::size_t i = 0; i < from_rgb.size(); ++i) {
    const float expected = 0.299f * static_cast<float>(rgb[3 * i]) + 0.587f * static_cast<float>(rgb[3 * i + 1]) +
                           0.114f * static_cast<float>(rgb[3 * i + 2]);
    differing += (from_rgb[i] != expected) + (from_rgba[i] != expected);
  }
  CHECK(differing == 0);
}

// RGBA takes a four-pixel path of its own: every one of the 2^24 colours, whatever the alpha byte.
TEST_CASE("RGBA luma equals the reference's float formula for every colour") {
  std::vector<std::uint8_t> rgba(256 * 256 * 4);
  std::vector<float> luma(256 * 256);
  std::size_t differing = 0;
  for (unsigned red = 0; red < 256; ++red) {
    for (std::size_t i = 0; i < luma.size(); ++i) {
      rgba[4 * i] = static_cast<std::uint8_t>(red);
      rgba[4 * i + 1] = static_cast<std::uint8_t>(i >> 8);
      rgba[4 * i + 2] = static_cast<std::uint8_t>(i);
      rgba[4 * i + 3] = static_cast<std::uint8_t>(i * 7 + red);
    }
    pdq::luma_of(rgba, 4, luma.data());
    for (std::size_t i = 0; i < luma.size(); ++i) {
      const float expected = 0.299f * static_cast<float>(red) + 0.587f * static_cast<float>(i >> 8) +
                             0.114f * static_cast<float>(i & 0xff);
      differing += luma[i] != expected;
    }
  }
  CHECK(differing == 0);
}

}  // namespace pdq_sizes_test

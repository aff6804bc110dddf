// PDQ's hash, hex form, Hamming distance and its handling of buffer shapes (the reference
// parity itself is in pdq_vectors_test.cpp).
#include <cstdint>
#include <vector>

#include <doctest/doctest.h>

#include "pdq/hash256.hpp"
#include "pdq/pdq.hpp"

namespace pdq_hash_test {

namespace pdq = takedown::pdq;

// A deterministic picture with structure at several scales (quality well above 50).
std::vector<std::uint8_t> picture(std::uint32_t width, std::uint32_t height, std::uint32_t channels, unsigned seed = 7) {
  std::vector<std::uint8_t> out(static_cast<std::size_t>(width) * height * channels);
  for (std::uint32_t y = 0; y < height; ++y) {
    for (std::uint32_t x = 0; x < width; ++x) {
      for (std::uint32_t c = 0; c < channels; ++c) {
        const unsigned v = ((x * (3 + seed % 5) / 7) ^ (y * (5 + seed % 3) / 9)) * (c + 1) + (x * y / 97) * seed;
        out[(static_cast<std::size_t>(y) * width + x) * channels + c] = static_cast<std::uint8_t>(v);
      }
    }
  }
  return out;
}

TEST_CASE("hex round trip keeps the reference's word order") {
  pdq::Hash256 h;
  h.set_bit(0);
  h.set_bit(255);
  const std::string hex = pdq::to_hex(h);
  CHECK(hex == "8000" + std::string(56, '0') + "0001");
  CHECK(pdq::from_hex(hex) == h);
  CHECK(pdq::from_hex("8000" + std::string(56, '0') + "0001") == h);
  CHECK(pdq::from_hex(std::string(64, 'F')).has_value());
  CHECK_FALSE(pdq::from_hex(std::string(63, '0')).has_value());
  CHECK_FALSE(pdq::from_hex(std::string(65, '0')).has_value());
  CHECK_FALSE(pdq::from_hex(std::string(63, '0') + "g").has_value());
  CHECK_FALSE(pdq::from_hex(" " + std::string(63, '0')).has_value());
  const auto bytes = pdq::to_bytes(h);
  CHECK(bytes[0] == 0x80);
  CHECK(bytes[31] == 0x01);
}

TEST_CASE("hamming distance counts differing bits") {
  pdq::Hash256 a, b;
  CHECK(pdq::hamming_distance(a, b) == 0);
  for (int k = 0; k < 256; k += 3) b.set_bit(k);
  CHECK(pdq::hamming_distance(a, b) == 86);
  CHECK(pdq::hamming_distance(b, a) == 86);
  CHECK(pdq::hamming_distance(b, b) == 0);
}

TEST_CASE("RGB, RGBA and grey buffers of the same picture hash alike; alpha is ignored") {
  const auto rgb = picture(97, 61, 3);
  std::vector<std::uint8_t> rgba, rgba_other_alpha;
  for (std::size_t i = 0; i < rgb.size(); i += 3) {
    rgba.insert(rgba.end(), {rgb[i], rgb[i + 1], rgb[i + 2], 255});
    rgba_other_alpha.insert(rgba_other_alpha.end(), {rgb[i], rgb[i + 1], rgb[i + 2], static_cast<std::uint8_t>(i)});
  }
  const auto a = pdq::hash_pixels(rgb, 97, 61, 3);
  CHECK(a.quality >= 50);
  CHECK(pdq::hash_pixels(rgba, 97, 61, 4).hashes == a.hashes);
  CHECK(pdq::hash_pixels(rgba_other_alpha, 97, 61, 4).hashes == a.hashes);
  // Grey bytes are used unchanged: an RGB image with R = G = B gives the grey image's hash only when
  // the weights sum to exactly 1 in float, which they do not; so compare grey with its own luma path.
  const auto grey = picture(97, 61, 1);
  std::vector<float> luma(grey.begin(), grey.end());
  CHECK(pdq::hash_pixels(grey, 97, 61, 1).hashes == pdq::hash_luma(luma, 97, 61).hashes);
}

TEST_CASE("hashing is repeatable across sizes (the reused scratch memory carries nothing over)") {
  const auto big = picture(640, 480, 3, 3);
  const auto small = picture(200, 150, 3, 5);
  const auto first = pdq::hash_pixels(big, 640, 480, 3);
  const auto between = pdq::hash_pixels(small, 200, 150, 3);
  CHECK(pdq::hash_pixels(big, 640, 480, 3).hashes == first.hashes);
  CHECK(pdq::hash_pixels(small, 200, 150, 3).hashes == between.hashes);
  CHECK(pdq::hamming_distance(first.hashes[0], between.hashes[0]) > 31);
}

TEST_CASE("a box of a luma plane hashes as that crop on its own") {
  const auto rgb = picture(300, 200, 3);
  std::vector<float> luma(300 * 200);
  pdq::luma_of(rgb, 3, luma.data());
  const pdq::Box box{17, 9, 250, 170};
  std::vector<std::uint8_t> crop;
  for (std::uint32_t y = 0; y < box.height; ++y) {
    const auto* row = rgb.data() + ((box.y + y) * 300 + box.x) * 3;
    crop.insert(crop.end(), row, row + box.width * 3);
  }
  const std::vector<float> before = luma;
  CHECK(pdq::hash_luma_box(luma, 300, box).hashes == pdq::hash_pixels(crop, box.width, box.height, 3).hashes);
  CHECK(luma == before);
}

TEST_CASE("images under 5 pixels on a side hash to zeros with quality 0; 5 is hashed") {
  for (const auto& size : {std::pair{4u, 100u}, std::pair{100u, 4u}, std::pair{1u, 1u}, std::pair{0u, 0u}}) {
    const std::uint32_t w = size.first, h = size.second;
    CAPTURE(w);
    CAPTURE(h);
    const auto pixels = picture(w, h, 3);
    const auto r = pdq::hash_pixels(pixels, w, h, 3);
    CHECK(r.quality == 0);
    CHECK(r.hashes[0] == pdq::Hash256{});
  }
  const auto five = picture(5, 80, 3);
  CHECK_FALSE(pdq::hash_pixels(five, 5, 80, 3).hashes[0] == pdq::Hash256{});
}

TEST_CASE("a flat image has quality 0") {
  const std::vector<std::uint8_t> grey(128 * 128, 200);
  CHECK(pdq::hash_pixels(grey, 128, 128, 1).quality == 0);
}

TEST_CASE("pixels_fit accepts only tight buffers of 1, 3 or 4 channels up to the size limit") {
  CHECK(pdq::pixels_fit(30, 5, 2, 3));
  CHECK(pdq::pixels_fit(40, 5, 2, 4));
  CHECK(pdq::pixels_fit(10, 5, 2, 1));
  CHECK_FALSE(pdq::pixels_fit(29, 5, 2, 3));
  CHECK_FALSE(pdq::pixels_fit(31, 5, 2, 3));
  CHECK_FALSE(pdq::pixels_fit(20, 5, 2, 2));
  CHECK_FALSE(pdq::pixels_fit(0, 5, 2, 0));
  CHECK_FALSE(pdq::pixels_fit(static_cast<std::size_t>(pdq::max_pixels + 1), static_cast<std::uint32_t>(pdq::max_pixels + 1), 1, 1));
  // width * height * channels overflowing 32 bits is still computed in 64.
  CHECK_FALSE(pdq::pixels_fit(0, 65536, 65536, 4));
}

}  // namespace pdq_hash_test

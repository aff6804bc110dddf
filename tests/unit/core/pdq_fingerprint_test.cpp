// The variants beyond plain PDQ: borders and plain canvases trimmed, caption bars cut, centre crops
// kept for references (pdq/borders.hpp, pdq/fingerprint.hpp). Rates on ImageMagick-made copies are
// measured by tests/node/pdq-robustness.test.mjs and bench/pdq-robustness.mjs.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "pdq/fingerprint.hpp"

namespace pdq_fingerprint_test {

namespace pdq = takedown::pdq;

struct Rgb {
  std::uint32_t width, height;
  std::vector<std::uint8_t> bytes;
  pdq::Pixels view() const { return {bytes, width, height, 3}; }
};

// Busy content everywhere (no plain line anywhere), so only added borders and bars are plain.
Rgb picture(std::uint32_t width, std::uint32_t height) {
  Rgb image{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3)};
  for (std::uint32_t y = 0; y < height; ++y) {
    for (std::uint32_t x = 0; x < width; ++x) {
      for (std::uint32_t c = 0; c < 3; ++c) {
        image.bytes[(static_cast<std::size_t>(y) * width + x) * 3 + c] =
            static_cast<std::uint8_t>(40 + ((x / 7 + y / 5 + c) % 6) * 30 + (x * y) % 17);
      }
    }
  }
  return image;
}

// `inner` placed at (left, top) on a canvas of one colour.
Rgb on_canvas(const Rgb& inner, std::uint32_t width, std::uint32_t height, std::uint32_t left, std::uint32_t top,
              std::uint8_t colour) {
  Rgb out{width, height, std::vector<std::uint8_t>(static_cast<std::size_t>(width) * height * 3, colour)};
  for (std::uint32_t y = 0; y < inner.height; ++y) {
    std::copy_n(inner.bytes.begin() + static_cast<std::ptrdiff_t>(y) * inner.width * 3, inner.width * 3,
                out.bytes.begin() + (static_cast<std::ptrdiff_t>(top + y) * width + left) * 3);
  }
  return out;
}

// Dark "letters" (blocks) across rows [from, to) of a bar.
void write_text(Rgb& image, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t y = from; y < to; ++y) {
    for (std::uint32_t x = image.width / 10; x < image.width * 8 / 10; ++x) {
      if ((x / 6) % 3 == 0 && (y + x / 18) % 4 != 0) {
        for (int c = 0; c < 3; ++c) image.bytes[(static_cast<std::size_t>(y) * image.width + x) * 3 + c] = 20;
      }
    }
  }
}

const pdq::NamedResult* variant(const std::vector<pdq::NamedResult>& all, const std::string& name) {
  for (const auto& v : all) {
    if (v.name == name) return &v;
  }
  return nullptr;
}

TEST_CASE("a plain picture has only its full variant as a candidate, and centre crops as a reference") {
  const Rgb p = picture(300, 200);
  const auto candidate = pdq::fingerprint(p.view(), pdq::Role::candidate);
  REQUIRE(candidate.size() == 1);
  CHECK(candidate[0].name == "full");
  CHECK(candidate[0].result.hashes == pdq::hash_pixels(p.bytes, 300, 200, 3).hashes);
  const auto reference = pdq::fingerprint(p.view(), pdq::Role::reference);
  REQUIRE(reference.size() == 4);
  CHECK(reference[1].name == "crop_96");
  CHECK(reference[1].box == pdq::Box{6, 4, 288, 192});
  CHECK(reference[2].name == "crop_92");
  CHECK(reference[3].name == "crop_88");
}

TEST_CASE("a uniform border or a plain canvas is trimmed back to the picture, whatever its colour") {
  const Rgb p = picture(240, 180);
  const auto original = pdq::hash_pixels(p.bytes, 240, 180, 3);
  for (const std::uint8_t colour : {std::uint8_t{255}, std::uint8_t{0}, std::uint8_t{128}}) {
    CAPTURE(int{colour});
    const Rgb framed = on_canvas(p, 300, 400, 37, 101, colour);
    const auto variants = pdq::fingerprint(framed.view(), pdq::Role::candidate);
    const auto* trimmed = variant(variants, "trimmed");
    REQUIRE(trimmed != nullptr);
    CHECK(trimmed->box == pdq::Box{37, 101, 240, 180});
    CHECK(trimmed->result.hashes == original.hashes);
    CHECK(pdq::hamming_distance(variants[0].result.hashes[0], original.hashes[0]) > 31);
  }
}

TEST_CASE("a caption bar above or below is cut; the picture's own rows are kept") {
  const Rgb p = picture(320, 240);
  const auto original = pdq::hash_pixels(p.bytes, 320, 240, 3);
  for (const bool top : {true, false}) {
    CAPTURE(top);
    Rgb captioned = on_canvas(p, 320, 300, 0, top ? 60 : 0, 250);
    const std::uint32_t bar = top ? 0 : 240;
    write_text(captioned, bar + 15, bar + 45);
    const auto variants = pdq::fingerprint(captioned.view(), pdq::Role::candidate);
    const auto* cut = variant(variants, "uncaptioned");
    REQUIRE(cut != nullptr);
    CHECK(cut->box == pdq::Box{0, top ? 60u : 0u, 320, 240});
    CHECK(cut->result.hashes == original.hashes);
  }
}

TEST_CASE("a bordered picture with a caption bar: the bar is cut and the border trimmed") {
  const Rgb p = picture(200, 150);
  Rgb meme = on_canvas(p, 240, 240, 20, 70, 255);
  write_text(meme, 20, 50);
  const auto variants = pdq::fingerprint(meme.view(), pdq::Role::reference);
  const auto* cut = variant(variants, "uncaptioned");
  REQUIRE(cut != nullptr);
  CHECK(cut->box == pdq::Box{20, 70, 200, 150});
  CHECK(cut->result.hashes == pdq::hash_pixels(p.bytes, 200, 150, 3).hashes);
  // A reference's crops are taken from the whole image, as a re-uploader would crop it.
  REQUIRE(variant(variants, "trimmed") != nullptr);
  CHECK(variant(variants, "crop_92")->box == pdq::Box{10, 10, 220, 220});
}

TEST_CASE("plain or nearly plain images are not trimmed to nothing") {
  const Rgb flat{200, 100, std::vector<std::uint8_t>(200 * 100 * 3, 90)};
  CHECK(pdq::trim_uniform(flat.view(), {0, 0, 200, 100}) == pdq::Box{0, 0, 200, 100});
  CHECK(pdq::fingerprint(flat.view(), pdq::Role::candidate).size() == 1);
  Rgb dot = flat;
  for (int c = 0; c < 3; ++c) dot.bytes[(50 * 200 + 100) * 3 + c] = 0;
  CHECK(pdq::trim_uniform(dot.view(), {0, 0, 200, 100}) == pdq::Box{0, 0, 200, 100});
  // Tiny images: nothing but the full variant.
  const Rgb tiny = picture(4, 4);
  CHECK(pdq::fingerprint(tiny.view(), pdq::Role::reference).size() == 1);
}

TEST_CASE("a band without text is a border, not a caption; a busy picture has no caption") {
  const Rgb p = picture(200, 150);
  CHECK_FALSE(pdq::cut_caption_bars(p.view(), {0, 0, 200, 150}).has_value());
  const Rgb bar = on_canvas(p, 200, 190, 0, 40, 255);
  CHECK_FALSE(pdq::cut_caption_bars(bar.view(), {0, 0, 200, 190}).has_value());
  CHECK(pdq::trim_uniform(bar.view(), {0, 0, 200, 190}) == pdq::Box{0, 40, 200, 150});
}

}  // namespace pdq_fingerprint_test

// The PPM/PGM reader behind `takedown-host pdq`: what it accepts and the sentence for what it refuses.
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "pdq/netpbm.hpp"

namespace pdq_netpbm_test {

namespace pdq = takedown::pdq;

std::variant<pdq::Netpbm, std::string> parse(const std::string& text) {
  const std::vector<std::uint8_t> bytes(text.begin(), text.end());
  return pdq::parse_netpbm(bytes);
}

std::string problem(const std::string& text) {
  const auto r = parse(text);
  REQUIRE(std::holds_alternative<std::string>(r));
  return std::get<std::string>(r);
}

TEST_CASE("P6 and P5 with comments and any whitespace") {
  const auto rgb = parse("P6\n# made by hand\n2 1\n255\nabcdef");
  REQUIRE(std::holds_alternative<pdq::Netpbm>(rgb));
  const auto& image = std::get<pdq::Netpbm>(rgb);
  CHECK(image.width == 2);
  CHECK(image.height == 1);
  CHECK(image.channels == 3);
  CHECK(image.pixels == std::vector<std::uint8_t>{'a', 'b', 'c', 'd', 'e', 'f'});
  const auto grey = parse("P5 3\t2 255 xyzuvwEXTRA");
  REQUIRE(std::holds_alternative<pdq::Netpbm>(grey));
  CHECK(std::get<pdq::Netpbm>(grey).channels == 1);
  CHECK(std::get<pdq::Netpbm>(grey).pixels.size() == 6);
  // A pixel byte that looks like whitespace right after the header is data.
  const auto space = parse("P5 1 1 255\n ");
  REQUIRE(std::holds_alternative<pdq::Netpbm>(space));
  CHECK(std::get<pdq::Netpbm>(space).pixels == std::vector<std::uint8_t>{' '});
}

TEST_CASE("refusals say what is wrong") {
  CHECK(problem("") == "not a binary PPM (P6) or PGM (P5) file");
  CHECK(problem("P3\n1 1\n255\n0 0 0") == "not a binary PPM (P6) or PGM (P5) file");
  CHECK(problem("\x89PNG\r\n") == "not a binary PPM (P6) or PGM (P5) file");
  CHECK(problem("P6\n0 1\n255\n") == "the header has no valid width and height");
  CHECK(problem("P6\nx 1\n255\n") == "the header has no valid width and height");
  CHECK(problem("P6\n99999999 1\n255\n") == "the header has no valid width and height");
  CHECK(problem("P6\n1 1\n65535\n\0\0\0\0\0\0") == "only 8-bit files (maxval 255) are read");
  CHECK(problem("P6\n1 1\n255") == "the header does not end with a whitespace");
  CHECK(problem("P6\n2 2\n255\nabc") == "the file ends before its last pixel");
  CHECK(problem("P6\n100000 100000\n255\n") == "the image has more than 64 Mi pixels");
}

}  // namespace pdq_netpbm_test

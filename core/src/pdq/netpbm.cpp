#include "netpbm.hpp"

#include <cctype>

#include "pdq.hpp"

namespace takedown::pdq {
namespace {

// Reads the next header number, skipping whitespace and # comments; -1 when there is none.
long long header_number(std::span<const std::uint8_t> bytes, std::size_t& at) {
  while (at < bytes.size()) {
    if (bytes[at] == '#') {
      while (at < bytes.size() && bytes[at] != '\n') ++at;
    } else if (std::isspace(bytes[at])) {
      ++at;
    } else {
      break;
    }
  }
  long long value = -1;
  while (at < bytes.size() && std::isdigit(bytes[at])) {
    value = (value < 0 ? 0 : value) * 10 + (bytes[at] - '0');
    if (value > 1'000'000) return -1;
    ++at;
  }
  return value;
}

}  // namespace

std::variant<Netpbm, std::string> parse_netpbm(std::span<const std::uint8_t> bytes) {
  if (bytes.size() < 2 || bytes[0] != 'P' || (bytes[1] != '6' && bytes[1] != '5')) {
    return std::string("not a binary PPM (P6) or PGM (P5) file");
  }
  Netpbm image;
  image.channels = bytes[1] == '6' ? 3 : 1;
  std::size_t at = 2;
  const long long width = header_number(bytes, at);
  const long long height = header_number(bytes, at);
  const long long maxval = header_number(bytes, at);
  if (width <= 0 || height <= 0) return std::string("the header has no valid width and height");
  if (maxval != 255) return std::string("only 8-bit files (maxval 255) are read");
  if (at >= bytes.size() || !std::isspace(bytes[at])) return std::string("the header does not end with a whitespace");
  ++at;
  image.width = static_cast<std::uint32_t>(width);
  image.height = static_cast<std::uint32_t>(height);
  const std::uint64_t need = static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) * image.channels;
  if (static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > max_pixels) {
    return std::string("the image has more than 64 Mi pixels");
  }
  if (bytes.size() - at < need) return std::string("the file ends before its last pixel");
  image.pixels.assign(bytes.begin() + static_cast<std::ptrdiff_t>(at), bytes.begin() + static_cast<std::ptrdiff_t>(at + need));
  return image;
}

}  // namespace takedown::pdq

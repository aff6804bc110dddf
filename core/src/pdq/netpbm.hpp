#pragma once
// Binary PPM (P6) and PGM (P5) with maxval 255, parsed from bytes (the core reads no files): the
// format `takedown-host pdq` reads and the reference's test buffers use.
#include <cstdint>
#include <span>
#include <string>
#include <variant>
#include <vector>

namespace takedown::pdq {

struct Netpbm {
  std::uint32_t width = 0, height = 0, channels = 0;  // 3 for P6, 1 for P5
  std::vector<std::uint8_t> pixels;                   // row-major, tightly packed
};

// The image, or a sentence saying what is wrong with the bytes.
std::variant<Netpbm, std::string> parse_netpbm(std::span<const std::uint8_t> bytes);

}  // namespace takedown::pdq

#pragma once
// The baseline of bench/pdq.cpp: PDQ written in the reference's own order (a fresh buffer per
// image, each column's box filter walked with a full row's stride), bit-exact with the core's.
#include <cstdint>
#include <span>

#include "pdq/hash256.hpp"

namespace takedown::bench {

struct ReferenceOrderResult {
  pdq::Hash256 hash;
  int quality = 0;
};

ReferenceOrderResult reference_order_hash(std::span<const std::uint8_t> rgb, std::uint32_t width, std::uint32_t height);

}  // namespace takedown::bench

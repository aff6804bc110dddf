#pragma once
// PDQ written in the reference's own order (a fresh buffer per image, each column's box filter
// walked with a full row's stride, every filtered value computed): the baseline of bench/pdq.cpp,
// and what tests/unit/core/pdq_sizes_test.cpp holds the core's faster order against, bit for bit.
#include <cstdint>
#include <span>

#include "pdq/hash256.hpp"

namespace takedown::pdq_reference {

struct ReferenceOrderResult {
  pdq::Hash256 hash;
  int quality = 0;
};

ReferenceOrderResult reference_order_hash(std::span<const std::uint8_t> rgb, std::uint32_t width, std::uint32_t height);

}  // namespace takedown::pdq_reference

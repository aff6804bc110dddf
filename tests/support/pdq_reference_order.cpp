#include "pdq_reference_order.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <vector>

namespace takedown::pdq_reference {
namespace {

constexpr int grid = 64;

// One box-filter line with any stride: grow, write while growing, slide, shrink (the reference's phases).
void box_line(const float* in, float* out, int length, int stride, int window) {
  const int half = (window + 2) / 2;
  float sum = 0.0f;
  int count = 0, right = 0, left = 0, o = 0;
  for (int i = 0; i < half - 1; ++i) { sum += in[(right++) * stride]; ++count; }
  for (int i = 0; i < window - half + 1; ++i) {
    sum += in[(right++) * stride];
    ++count;
    out[(o++) * stride] = sum / static_cast<float>(count);
  }
  for (int i = 0; i < length - window; ++i) {
    sum += in[(right++) * stride];
    sum -= in[(left++) * stride];
    out[(o++) * stride] = sum / static_cast<float>(count);
  }
  for (int i = 0; i < half - 1; ++i) {
    sum -= in[(left++) * stride];
    --count;
    out[(o++) * stride] = sum / static_cast<float>(count);
  }
}

}  // namespace

ReferenceOrderResult reference_order_hash(std::span<const std::uint8_t> rgb, std::uint32_t width, std::uint32_t height) {
  const int w = static_cast<int>(width), h = static_cast<int>(height);
  std::vector<float> a(static_cast<std::size_t>(w) * h), b(a.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    a[i] = 0.299f * static_cast<float>(rgb[3 * i]) + 0.587f * static_cast<float>(rgb[3 * i + 1]) +
           0.114f * static_cast<float>(rgb[3 * i + 2]);
  }
  const int wx = (w + 127) / 128, wy = (h + 127) / 128;
  for (int pass = 0; pass < 2; ++pass) {
    for (int r = 0; r < h; ++r) box_line(&a[static_cast<std::size_t>(r) * w], &b[static_cast<std::size_t>(r) * w], w, 1, wx);
    for (int c = 0; c < w; ++c) box_line(&b[static_cast<std::size_t>(c)], &a[static_cast<std::size_t>(c)], h, w, wy);
  }
  std::array<float, grid * grid> g{};
  for (int i = 0; i < grid; ++i) {
    const int r = static_cast<int>(((i + 0.5) * h) / grid);
    for (int j = 0; j < grid; ++j) {
      const int c = static_cast<int>(((j + 0.5) * w) / grid);
      g[static_cast<std::size_t>(i * grid + j)] = a[static_cast<std::size_t>(r) * w + c];
    }
  }
  ReferenceOrderResult result;
  int gradients = 0;
  for (int i = 0; i < grid - 1; ++i) {
    for (int j = 0; j < grid; ++j) {
      gradients += std::abs(static_cast<int>(((g[i * grid + j] - g[(i + 1) * grid + j]) * 100.0f) / 255.0f));
    }
  }
  for (int i = 0; i < grid; ++i) {
    for (int j = 0; j < grid - 1; ++j) {
      gradients += std::abs(static_cast<int>(((g[i * grid + j] - g[i * grid + j + 1]) * 100.0f) / 255.0f));
    }
  }
  result.quality = std::min(gradients / 90, 100);
  std::array<float, 16 * grid> d{};
  const float scale = static_cast<float>(std::sqrt(2.0 / grid));
  for (int i = 0; i < 16; ++i) {
    for (int j = 0; j < grid; ++j) {
      d[static_cast<std::size_t>(i * grid + j)] =
          static_cast<float>(scale * std::cos((3.14159265358979323846 / 2.0 / grid) * (i + 1) * (2 * j + 1)));
    }
  }
  std::array<float, 16 * grid> t{};
  for (int i = 0; i < 16; ++i) {
    for (int j = 0; j < grid; ++j) {
      float sum = 0.0f;
      for (int k = 0; k < grid; ++k) sum += d[i * grid + k] * g[k * grid + j];
      t[static_cast<std::size_t>(i * grid + j)] = sum;
    }
  }
  std::array<float, 256> dct{};
  for (int i = 0; i < 16; ++i) {
    for (int j = 0; j < 16; ++j) {
      float sum = 0.0f;
      for (int k = 0; k < grid; ++k) sum += t[i * grid + k] * d[j * grid + k];
      dct[static_cast<std::size_t>(i * 16 + j)] = sum;
    }
  }
  std::array<float, 256> sorted = dct;
  std::nth_element(sorted.begin(), sorted.begin() + 127, sorted.end());
  for (int k = 0; k < 256; ++k) {
    if (dct[static_cast<std::size_t>(k)] > sorted[127]) result.hash.set_bit(k);
  }
  return result;
}

}  // namespace takedown::pdq_reference

#include "pdq.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace takedown::pdq {
namespace {

constexpr int grid = 64;    // the downsample's side
constexpr int coeffs = 16;  // DCT frequencies kept per axis (1..16)

using Grid = std::array<float, grid * grid>;
using Coefficients = std::array<float, coeffs * coeffs>;

// Row i holds frequency i + 1 of the 64-point DCT-II, scaled by sqrt(2/64). The products are
// formed in double and rounded to float once, as the reference does.
const std::array<float, coeffs * grid>& dct_matrix() {
  static const auto matrix = [] {
    std::array<float, coeffs * grid> m{};
    const float scale = static_cast<float>(std::sqrt(2.0 / grid));
    const double step = 3.14159265358979323846 / 2.0 / grid;
    for (std::size_t i = 0; i < coeffs; ++i) {
      for (std::size_t j = 0; j < grid; ++j) {
        m[i * grid + j] = static_cast<float>(scale * std::cos(step * static_cast<double>(i + 1) * static_cast<double>(2 * j + 1)));
      }
    }
    return m;
  }();
  return matrix;
}

int window_for(std::uint32_t side) { return static_cast<int>((side + 2 * grid - 1) / (2 * grid)); }

// One box-filter pass along a line: the reference's four phases (grow, write while growing, slide,
// shrink), each output the running float sum divided by the current window.
struct BoxPhases {
  int lead, grow, slide, shrink;
  BoxPhases(int length, int window) {
    const int half = (window + 2) / 2;
    lead = half - 1;
    grow = window - half + 1;
    slide = length - window;
    shrink = half - 1;
  }
};

void box_rows(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window) {
  const BoxPhases p(static_cast<int>(width), window);
  for (std::uint32_t r = 0; r < height; ++r) {
    const float* line = in + static_cast<std::size_t>(r) * width;
    float* target = out + static_cast<std::size_t>(r) * width;
    float sum = 0.0f;
    int count = 0, right = 0, left = 0, o = 0;
    for (int i = 0; i < p.lead; ++i) { sum += line[right++]; ++count; }
    for (int i = 0; i < p.grow; ++i) { sum += line[right++]; ++count; target[o++] = sum / static_cast<float>(count); }
    for (int i = 0; i < p.slide; ++i) {
      sum += line[right++];
      sum -= line[left++];
      target[o++] = sum / static_cast<float>(count);
    }
    for (int i = 0; i < p.shrink; ++i) { sum -= line[left++]; --count; target[o++] = sum / static_cast<float>(count); }
  }
}

// The same filter down every column at once: one running sum per column, rows swept in order, so
// memory is read row by row (the reference walks each column with a full row's stride) while each
// column sees exactly the reference's operations in the reference's order.
void box_columns(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window,
                 std::vector<float>& sums) {
  const BoxPhases p(static_cast<int>(height), window);
  sums.assign(width, 0.0f);
  float* s = sums.data();
  auto row = [&](int r) { return in + static_cast<std::size_t>(r) * width; };
  auto out_row = [&](int r) { return out + static_cast<std::size_t>(r) * width; };
  int count = 0, right = 0, left = 0, o = 0;
  for (int i = 0; i < p.lead; ++i, ++right, ++count) {
    const float* add = row(right);
    for (std::uint32_t c = 0; c < width; ++c) s[c] += add[c];
  }
  for (int i = 0; i < p.grow; ++i, ++right, ++o) {
    ++count;
    const float* add = row(right);
    float* target = out_row(o);
    const float n = static_cast<float>(count);
    for (std::uint32_t c = 0; c < width; ++c) { s[c] += add[c]; target[c] = s[c] / n; }
  }
  const float n = static_cast<float>(count);
  for (int i = 0; i < p.slide; ++i, ++right, ++left, ++o) {
    const float* add = row(right);
    const float* sub = row(left);
    float* target = out_row(o);
    for (std::uint32_t c = 0; c < width; ++c) {
      s[c] += add[c];
      s[c] -= sub[c];
      target[c] = s[c] / n;
    }
  }
  for (int i = 0; i < p.shrink; ++i, ++left, ++o) {
    --count;
    const float* sub = row(left);
    float* target = out_row(o);
    const float m = static_cast<float>(count);
    for (std::uint32_t c = 0; c < width; ++c) { s[c] -= sub[c]; target[c] = s[c] / m; }
  }
}

// Two passes of rows-then-columns ("tent" filter), then the centre sample of each 64th.
void downsample(float* luma, std::uint32_t width, std::uint32_t height, Grid& out) {
  if (width == grid && height == grid) {
    std::copy(luma, luma + grid * grid, out.begin());  // already 64x64: used as is (reference behaviour)
    return;
  }
  std::vector<float> scratch(static_cast<std::size_t>(width) * height);
  std::vector<float> sums;
  const int along_rows = window_for(width);
  const int along_columns = window_for(height);
  for (int pass = 0; pass < 2; ++pass) {
    box_rows(luma, scratch.data(), width, height, along_rows);
    box_columns(scratch.data(), luma, width, height, along_columns, sums);
  }
  for (int i = 0; i < grid; ++i) {
    const auto r = static_cast<std::size_t>(((i + 0.5) * height) / grid);
    for (int j = 0; j < grid; ++j) {
      const auto c = static_cast<std::size_t>(((j + 0.5) * width) / grid);
      out[static_cast<std::size_t>(i * grid + j)] = luma[r * width + c];
    }
  }
}

int quality_of(const Grid& g) {
  int gradients = 0;
  auto step = [&](float u, float v) {
    const int d = static_cast<int>(((u - v) * 100.0f) / 255.0f);
    gradients += std::abs(d);
  };
  for (int i = 0; i < grid - 1; ++i) {
    for (int j = 0; j < grid; ++j) step(g[static_cast<std::size_t>(i * grid + j)], g[static_cast<std::size_t>((i + 1) * grid + j)]);
  }
  for (int i = 0; i < grid; ++i) {
    for (int j = 0; j < grid - 1; ++j) step(g[static_cast<std::size_t>(i * grid + j)], g[static_cast<std::size_t>(i * grid + j + 1)]);
  }
  return std::min(gradients / 90, 100);
}

// B = D A Dᵀ, each sum accumulated in float over k = 0..63 in order (as the reference).
Coefficients dct(const Grid& a) {
  const auto& d = dct_matrix();
  std::array<float, coeffs * grid> t{};
  for (int i = 0; i < coeffs; ++i) {
    float* trow = &t[static_cast<std::size_t>(i * grid)];
    for (int k = 0; k < grid; ++k) {
      const float dik = d[static_cast<std::size_t>(i * grid + k)];
      const float* arow = &a[static_cast<std::size_t>(k * grid)];
      for (int j = 0; j < grid; ++j) trow[j] += dik * arow[j];
    }
  }
  Coefficients b{};
  for (int i = 0; i < coeffs; ++i) {
    for (int j = 0; j < coeffs; ++j) {
      float sum = 0.0f;
      for (int k = 0; k < grid; ++k) sum += t[static_cast<std::size_t>(i * grid + k)] * d[static_cast<std::size_t>(j * grid + k)];
      b[static_cast<std::size_t>(i * coeffs + j)] = sum;
    }
  }
  return b;
}

// One bit per coefficient above the median (the 128th smallest of 256, as Torben's method picks).
Hash256 bits_of(const Coefficients& b) {
  Coefficients sorted = b;
  std::nth_element(sorted.begin(), sorted.begin() + 127, sorted.end());
  const float median = sorted[127];
  Hash256 hash;
  for (int k = 0; k < coeffs * coeffs; ++k) {
    if (b[static_cast<std::size_t>(k)] > median) hash.set_bit(k);
  }
  return hash;
}

// The seven other dihedral images' DCTs are sign changes and a transpose of the original's.
// `odd_i`/`odd_j` negate where the index is even (the reference's tables), `transpose` swaps axes.
Coefficients transformed(const Coefficients& a, int xform) {
  Coefficients b{};
  for (int i = 0; i < coeffs; ++i) {
    for (int j = 0; j < coeffs; ++j) {
      const float v = a[static_cast<std::size_t>(i * coeffs + j)];
      bool negate = false, transpose = false;
      switch (xform) {
        case 1: negate = !(j & 1); transpose = true; break;         // rot90
        case 2: negate = ((i + j) & 1) != 0; break;                 // rot180
        case 3: negate = !(i & 1); transpose = true; break;         // rot270
        case 4: negate = !(i & 1); break;                           // flipx
        case 5: negate = !(j & 1); break;                           // flipy
        case 6: transpose = true; break;                            // flipplus1
        case 7: negate = ((i + j) & 1) != 0; transpose = true; break;  // flipminus1
        default: break;
      }
      const int at = transpose ? j * coeffs + i : i * coeffs + j;
      b[static_cast<std::size_t>(at)] = negate ? -v : v;
    }
  }
  return b;
}

}  // namespace

bool pixels_fit(std::size_t bytes, std::uint32_t width, std::uint32_t height, std::uint32_t channels) {
  if (channels != 1 && channels != 3 && channels != 4) return false;
  const std::uint64_t count = static_cast<std::uint64_t>(width) * height;
  return count <= max_pixels && count * channels == bytes;
}

Result hash_luma(std::span<float> luma, std::uint32_t width, std::uint32_t height) {
  Result result;
  if (width < min_side || height < min_side) return result;
  Grid g{};
  downsample(luma.data(), width, height, g);
  result.quality = quality_of(g);
  const Coefficients b = dct(g);
  result.hashes[0] = bits_of(b);
  for (int x = 1; x < 8; ++x) result.hashes[static_cast<std::size_t>(x)] = bits_of(transformed(b, x));
  return result;
}

Result hash_pixels(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t height,
                   std::uint32_t channels) {
  const std::size_t count = static_cast<std::size_t>(width) * height;
  std::vector<float> luma(count);
  const std::uint8_t* p = pixels.data();
  if (channels == 1) {
    for (std::size_t i = 0; i < count; ++i) luma[i] = static_cast<float>(p[i]);
  } else {
    constexpr float kr = 0.299f, kg = 0.587f, kb = 0.114f;
    for (std::size_t i = 0; i < count; ++i, p += channels) {
      luma[i] = kr * static_cast<float>(p[0]) + kg * static_cast<float>(p[1]) + kb * static_cast<float>(p[2]);
    }
  }
  return hash_luma(luma, width, height);
}

}  // namespace takedown::pdq

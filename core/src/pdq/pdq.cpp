#include "pdq.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
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

// One box-filter pass over `length` lines of `lanes` floats each, every lane filtered on its own: a
// running sum per lane, lines swept in order, so memory is read line by line while each lane sees
// exactly the reference's operations in the reference's order (add, subtract, divide by the count).
// Columns use it directly (lanes = width); rows use it on blocks of rows interleaved (box_rows).
// Four lanes at a time as a GCC/Clang vector: element-wise float add, subtract and divide, each
// rounded exactly as the scalar operation (no fusing, no reordering). x86-64 runs it as SSE; wasm
// without SIMD uses the scalar loop alone (measured faster there).
#if !defined(__wasm__) || defined(__wasm_simd128__)
#define TAKEDOWN_PDQ_V4 1
using V4 = float __attribute__((vector_size(16)));
V4 load4(const float* p) {
  V4 v;
  std::memcpy(&v, p, sizeof v);
  return v;
}
void store4(float* p, V4 v) { std::memcpy(p, &v, sizeof v); }
#endif

// s[c] += add[c] (when add), s[c] -= sub[c] (when sub), target[c] = s[c] / n (when target): one
// line of the sweep, in that order for every lane.
void sweep_line(float* s, const float* add, const float* sub, float* target, float n, std::size_t lanes) {
  std::size_t c = 0;
#ifdef TAKEDOWN_PDQ_V4
  const V4 nv = {n, n, n, n};
  for (; c + 4 <= lanes; c += 4) {
    V4 v = load4(s + c);
    if (add != nullptr) v += load4(add + c);
    if (sub != nullptr) v -= load4(sub + c);
    store4(s + c, v);
    if (target != nullptr) store4(target + c, v / nv);
  }
#endif  // wasm without SIMD: the vector type would become four scalar lanes through memory
  for (; c < lanes; ++c) {
    if (add != nullptr) s[c] += add[c];
    if (sub != nullptr) s[c] -= sub[c];
    if (target != nullptr) target[c] = s[c] / n;
  }
}

// One box-filter pass over `length` lines of `lanes` floats each, every lane filtered on its own: a
// running sum per lane, lines swept in order, so memory is read line by line while each lane sees
// exactly the reference's operations in the reference's order (add, subtract, divide by the count).
// Columns use it directly (lanes = width); rows use it on blocks of rows interleaved (box_rows).
void box_sweep(const float* in, float* out, std::size_t lanes, int length, int window, float* s) {
  const BoxPhases p(length, window);
  std::fill(s, s + lanes, 0.0f);
  auto line = [&](int r) { return in + static_cast<std::size_t>(r) * lanes; };
  auto out_line = [&](int r) { return out + static_cast<std::size_t>(r) * lanes; };
  int count = 0, right = 0, left = 0, o = 0;
  for (int i = 0; i < p.lead; ++i) {
    ++count;
    sweep_line(s, line(right++), nullptr, nullptr, 1.0f, lanes);
  }
  for (int i = 0; i < p.grow; ++i) {
    ++count;
    sweep_line(s, line(right++), nullptr, out_line(o++), static_cast<float>(count), lanes);
  }
  for (int i = 0; i < p.slide; ++i) sweep_line(s, line(right++), line(left++), out_line(o++), static_cast<float>(count), lanes);
  for (int i = 0; i < p.shrink; ++i) {
    --count;
    sweep_line(s, nullptr, line(left++), out_line(o++), static_cast<float>(count), lanes);
  }
}

// Rows in blocks of `block`: interleaved so that the block's rows become lanes of one sweep, then
// written back. The reference filters each row alone with a serial running sum; here a block's rows
// run side by side (SIMD and independent chains) with the same per-row operations.
constexpr std::size_t block = 16;

// Reused between images: glibc would otherwise return these megabytes to the OS after each image
// and page-fault them back in on the next (a third of the time at 512x512). Grow-only.
struct Workspace {
  std::vector<float> luma, scratch, lanes_in, lanes_out, sums;
  static float* sized(std::vector<float>& v, std::size_t n) {
    if (v.size() < n) v.resize(n);
    return v.data();
  }
};

Workspace& workspace() {
  thread_local Workspace w;
  return w;
}

#ifdef TAKEDOWN_PDQ_V4
void box_rows(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window, Workspace& w) {
  float* a = Workspace::sized(w.lanes_in, block * width);
  float* b = Workspace::sized(w.lanes_out, block * width);
  float* s = Workspace::sized(w.sums, std::max<std::size_t>(width, block));
  for (std::uint32_t r0 = 0; r0 < height; r0 += block) {
    const std::size_t rows = std::min<std::size_t>(block, height - r0);
    for (std::size_t k = 0; k < rows; ++k) {
      const float* line = in + (r0 + k) * static_cast<std::size_t>(width);
      for (std::uint32_t x = 0; x < width; ++x) a[x * rows + k] = line[x];
    }
    box_sweep(a, b, rows, static_cast<int>(width), window, s);
    for (std::size_t k = 0; k < rows; ++k) {
      float* line = out + (r0 + k) * static_cast<std::size_t>(width);
      for (std::uint32_t x = 0; x < width; ++x) line[x] = b[x * rows + k];
    }
  }
}
#else
// wasm without SIMD: each row alone with a serial running sum, as the reference (interleaving the
// rows measured slower there: the transposes cost more than the independent chains gain).
void box_rows(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window, Workspace&) {
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
#endif

// Two passes of rows-then-columns ("tent" filter), then the centre sample of each 64th.
void downsample(float* luma, std::uint32_t width, std::uint32_t height, Grid& out, Workspace& w) {
  if (width == grid && height == grid) {
    std::copy(luma, luma + grid * grid, out.begin());  // already 64x64: used as is (reference behaviour)
    return;
  }
  float* scratch = Workspace::sized(w.scratch, static_cast<std::size_t>(width) * height);
  const int along_rows = window_for(width);
  const int along_columns = window_for(height);
  for (int pass = 0; pass < 2; ++pass) {
    box_rows(luma, scratch, width, height, along_rows, w);
    box_sweep(scratch, luma, width, static_cast<int>(height), along_columns, Workspace::sized(w.sums, width));
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
  downsample(luma.data(), width, height, g, workspace());
  result.quality = quality_of(g);
  const Coefficients b = dct(g);
  result.hashes[0] = bits_of(b);
  for (int x = 1; x < 8; ++x) result.hashes[static_cast<std::size_t>(x)] = bits_of(transformed(b, x));
  return result;
}

void luma_of(std::span<const std::uint8_t> pixels, std::uint32_t channels, float* luma) {
  const std::size_t count = pixels.size() / channels;
  const std::uint8_t* p = pixels.data();
  if (channels == 1) {
    for (std::size_t i = 0; i < count; ++i) luma[i] = static_cast<float>(p[i]);
    return;
  }
  // Each weight times each byte value, rounded to float once as the reference's product is, and
  // summed in its order (R + G, then + B): the same float result, with no multiplication per pixel
  // and no chance for a compiler to fuse a multiply into an add.
  static const auto products = [] {
    std::array<std::array<float, 256>, 3> t{};
    constexpr float weights[3] = {0.299f, 0.587f, 0.114f};
    for (std::size_t c = 0; c < 3; ++c) {
      for (std::size_t v = 0; v < 256; ++v) t[c][v] = weights[c] * static_cast<float>(v);
    }
    return t;
  }();
  const float* kr = products[0].data();
  const float* kg = products[1].data();
  const float* kb = products[2].data();
  for (std::size_t i = 0; i < count; ++i, p += channels) luma[i] = (kr[p[0]] + kg[p[1]]) + kb[p[2]];
}

Result hash_pixels(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t height,
                   std::uint32_t channels) {
  const std::size_t count = static_cast<std::size_t>(width) * height;
  float* luma = Workspace::sized(workspace().luma, count);
  luma_of(pixels.first(count * channels), channels, luma);
  return hash_luma({luma, count}, width, height);
}

Result hash_luma_box(std::span<const float> luma, std::uint32_t stride, Box box) {
  const std::size_t count = static_cast<std::size_t>(box.width) * box.height;
  float* copy = Workspace::sized(workspace().luma, count);
  for (std::uint32_t y = 0; y < box.height; ++y) {
    const float* from = luma.data() + static_cast<std::size_t>(box.y + y) * stride + box.x;
    std::copy(from, from + box.width, copy + static_cast<std::size_t>(y) * box.width);
  }
  return hash_luma({copy, count}, box.width, box.height);
}

}  // namespace takedown::pdq

#include "pdq.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <span>
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
[[gnu::always_inline]] inline void sweep_line(float* s, const float* add, const float* sub, float* target, float n, std::size_t lanes) {
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

// The output lines a pass must write: all of them (`keep` empty), or only the lines listed in `keep`
// (ascending), the k-th written as line k of the output. The running sums still see every line.
class OutputLines {
 public:
  OutputLines(float* out, std::size_t lanes, std::span<const int> keep) : out_(out), lanes_(lanes), keep_(keep) {}
  float* target(int line) {
    if (keep_.empty()) return out_ + static_cast<std::size_t>(line) * lanes_;
    if (next_ < keep_.size() && keep_[next_] == line) return out_ + (next_++) * lanes_;
    return nullptr;
  }

 private:
  float* out_;
  std::size_t lanes_;
  std::span<const int> keep_;
  std::size_t next_ = 0;
};

// One box-filter pass over `length` lines of `lanes` floats each, every lane filtered on its own: a
// running sum per lane, lines swept in order, so memory is read line by line while each lane sees
// exactly the reference's operations in the reference's order (add, subtract, divide by the count).
// `step(add, sub, target, n)` applies one line (see sweep_line). Only the output lines in `keep`
// (all when empty) are divided and written.
template <typename Step>
[[gnu::always_inline]] inline void sweep_phases(const float* in, float* out, std::size_t lanes, int length, int window,
                                                std::span<const int> keep, Step step) {
  const BoxPhases p(length, window);
  auto line = [&](int r) { return in + static_cast<std::size_t>(r) * lanes; };
  OutputLines targets(out, lanes, keep);
  int count = 0, right = 0, left = 0, o = 0;
  for (int i = 0; i < p.lead; ++i) {
    ++count;
    step(line(right++), nullptr, nullptr, 1.0f);
  }
  for (int i = 0; i < p.grow; ++i) {
    ++count;
    step(line(right++), nullptr, targets.target(o++), static_cast<float>(count));
  }
  for (int i = 0; i < p.slide; ++i) step(line(right++), line(left++), targets.target(o++), static_cast<float>(count));
  for (int i = 0; i < p.shrink; ++i) {
    --count;
    step(nullptr, line(left++), targets.target(o++), static_cast<float>(count));
  }
}

// Any number of lanes (columns use it with lanes = width), the running sums in `s`.
void box_sweep(const float* in, float* out, std::size_t lanes, int length, int window, float* s,
               std::span<const int> keep = {}) {
  std::fill(s, s + lanes, 0.0f);
  sweep_phases(in, out, lanes, length, window, keep, [&](const float* add, const float* sub, float* target, float n) {
    sweep_line(s, add, sub, target, n, lanes);
  });
}

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

// Rows: `out` gets, per row, the columns in `keep` (ascending; all columns when empty), packed.
#ifdef TAKEDOWN_PDQ_V4
// Rows in blocks of `block`: interleaved so that the block's rows become lanes of one sweep, then
// written back. The reference filters each row alone with a serial running sum; here a block's rows
// run side by side (SIMD and independent chains) with the same per-row operations.
constexpr std::size_t block = 16;

// Rows a..d of a 4x4 block become its columns (and back: it is its own inverse).
void transpose4(V4& a, V4& b, V4& c, V4& d) {
  const V4 t0 = __builtin_shufflevector(a, b, 0, 4, 1, 5);
  const V4 t1 = __builtin_shufflevector(a, b, 2, 6, 3, 7);
  const V4 t2 = __builtin_shufflevector(c, d, 0, 4, 1, 5);
  const V4 t3 = __builtin_shufflevector(c, d, 2, 6, 3, 7);
  a = __builtin_shufflevector(t0, t2, 0, 1, 4, 5);
  b = __builtin_shufflevector(t0, t2, 2, 3, 6, 7);
  c = __builtin_shufflevector(t1, t3, 0, 1, 4, 5);
  d = __builtin_shufflevector(t1, t3, 2, 3, 6, 7);
}

// `rows` lines of `width` floats (`stride` apart) into lanes: lanes[x * rows + k] = line k's x,
// four rows and four columns at a time where they fill a block.
void interleave(const float* in, std::size_t stride, std::size_t rows, std::size_t width, float* lanes) {
  std::size_t k = 0;
  for (; k + 4 <= rows; k += 4) {
    const float* l0 = in + k * stride;
    std::size_t x = 0;
    for (; x + 4 <= width; x += 4) {
      V4 a = load4(l0 + x), b = load4(l0 + stride + x), c = load4(l0 + 2 * stride + x), d = load4(l0 + 3 * stride + x);
      transpose4(a, b, c, d);
      store4(lanes + x * rows + k, a);
      store4(lanes + (x + 1) * rows + k, b);
      store4(lanes + (x + 2) * rows + k, c);
      store4(lanes + (x + 3) * rows + k, d);
    }
    for (; x < width; ++x) {
      for (std::size_t i = 0; i < 4; ++i) lanes[x * rows + k + i] = l0[i * stride + x];
    }
  }
  for (; k < rows; ++k) {
    for (std::size_t x = 0; x < width; ++x) lanes[x * rows + k] = in[k * stride + x];
  }
}

// The inverse of interleave.
void deinterleave(const float* lanes, std::size_t rows, std::size_t width, float* out, std::size_t stride) {
  std::size_t k = 0;
  for (; k + 4 <= rows; k += 4) {
    float* l0 = out + k * stride;
    std::size_t x = 0;
    for (; x + 4 <= width; x += 4) {
      V4 a = load4(lanes + x * rows + k), b = load4(lanes + (x + 1) * rows + k), c = load4(lanes + (x + 2) * rows + k),
         d = load4(lanes + (x + 3) * rows + k);
      transpose4(a, b, c, d);
      store4(l0 + x, a);
      store4(l0 + stride + x, b);
      store4(l0 + 2 * stride + x, c);
      store4(l0 + 3 * stride + x, d);
    }
    for (; x < width; ++x) {
      for (std::size_t i = 0; i < 4; ++i) l0[i * stride + x] = lanes[x * rows + k + i];
    }
  }
  for (; k < rows; ++k) {
    for (std::size_t x = 0; x < width; ++x) out[k * stride + x] = lanes[x * rows + k];
  }
}

// A whole block of rows: its 16 running sums stay in four vector registers rather than memory.
void box_sweep_block(const float* in, float* out, int length, int window, std::span<const int> keep) {
  constexpr std::size_t vectors = block / 4;
  V4 sums[vectors] = {};
  sweep_phases(in, out, block, length, window, keep, [&](const float* add, const float* sub, float* target, float n) {
    const V4 nv = {n, n, n, n};
    for (std::size_t v = 0; v < vectors; ++v) {
      if (add != nullptr) sums[v] += load4(add + 4 * v);
      if (sub != nullptr) sums[v] -= load4(sub + 4 * v);
      if (target != nullptr) store4(target + 4 * v, sums[v] / nv);
    }
  });
}

void box_rows(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window, Workspace& w,
              std::span<const int> keep = {}) {
  const std::size_t kept = keep.empty() ? width : keep.size();
  float* a = Workspace::sized(w.lanes_in, block * width);
  float* b = Workspace::sized(w.lanes_out, block * kept);
  float* s = Workspace::sized(w.sums, std::max<std::size_t>(width, block));
  for (std::uint32_t r0 = 0; r0 < height; r0 += block) {
    const std::size_t rows = std::min<std::size_t>(block, height - r0);
    interleave(in + r0 * static_cast<std::size_t>(width), width, rows, width, a);
    if (rows == block) box_sweep_block(a, b, static_cast<int>(width), window, keep);
    else box_sweep(a, b, rows, static_cast<int>(width), window, s, keep);
    deinterleave(b, rows, kept, out + r0 * kept, kept);
  }
}
#else
// wasm without SIMD: each row alone with a serial running sum, as the reference (interleaving the
// rows measured slower there: the transposes cost more than the independent chains gain).
void box_rows(const float* in, float* out, std::uint32_t width, std::uint32_t height, int window, Workspace&,
              std::span<const int> keep = {}) {
  const BoxPhases p(static_cast<int>(width), window);
  const std::size_t kept = keep.empty() ? width : keep.size();
  for (std::uint32_t r = 0; r < height; ++r) {
    const float* line = in + static_cast<std::size_t>(r) * width;
    OutputLines targets(out + r * kept, 1, keep);
    auto put = [&](int o, float v) {
      if (float* t = targets.target(o)) *t = v;
    };
    float sum = 0.0f;
    int count = 0, right = 0, left = 0, o = 0;
    for (int i = 0; i < p.lead; ++i) { sum += line[right++]; ++count; }
    for (int i = 0; i < p.grow; ++i) { sum += line[right++]; ++count; put(o++, sum / static_cast<float>(count)); }
    for (int i = 0; i < p.slide; ++i) {
      sum += line[right++];
      sum -= line[left++];
      put(o++, sum / static_cast<float>(count));
    }
    for (int i = 0; i < p.shrink; ++i) { sum -= line[left++]; --count; put(o++, sum / static_cast<float>(count)); }
  }
}
#endif

// The lines (rows or columns) of a side that decimation samples: the centre of each 64th, ascending
// and distinct (a side under 64 samples some twice), and for each of the 64 samples its index there.
struct SampledLines {
  std::vector<int> lines;
  std::array<std::size_t, grid> index{};
  explicit SampledLines(std::uint32_t side) {
    for (int i = 0; i < grid; ++i) {
      const auto at = static_cast<int>(((i + 0.5) * side) / grid);
      if (lines.empty() || lines.back() != at) lines.push_back(at);
      index[static_cast<std::size_t>(i)] = lines.size() - 1;
    }
  }
};

// Two passes of rows-then-columns ("tent" filter), then the centre sample of each 64th. The second
// pass divides and keeps only what the samples read: the sampled columns of every row, then the
// sampled rows of those columns. Each kept value comes from the same running sums as before.
void downsample(float* luma, std::uint32_t width, std::uint32_t height, Grid& out, Workspace& w) {
  if (width == grid && height == grid) {
    std::copy(luma, luma + grid * grid, out.begin());  // already 64x64: used as is (reference behaviour)
    return;
  }
  float* scratch = Workspace::sized(w.scratch, static_cast<std::size_t>(width) * height);
  const int along_rows = window_for(width);
  const int along_columns = window_for(height);
  box_rows(luma, scratch, width, height, along_rows, w);
  box_sweep(scratch, luma, width, static_cast<int>(height), along_columns, Workspace::sized(w.sums, width));

  const SampledLines columns(width), rows(height);
  const std::size_t kept = columns.lines.size();
  box_rows(luma, scratch, width, height, along_rows, w, columns.lines);  // height x kept
  float* sampled = luma;                                                  // rows.lines.size() x kept
  box_sweep(scratch, sampled, kept, static_cast<int>(height), along_columns, Workspace::sized(w.sums, width), rows.lines);
  for (int i = 0; i < grid; ++i) {
    for (int j = 0; j < grid; ++j) {
      out[static_cast<std::size_t>(i * grid + j)] = sampled[rows.index[static_cast<std::size_t>(i)] * kept + columns.index[static_cast<std::size_t>(j)]];
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

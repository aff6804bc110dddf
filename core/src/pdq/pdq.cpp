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
// Columns use it directly (lanes = width); rows use it on blocks of rows interleaved (filter_rows).
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

// Luma, bit for bit the reference's float 0.299 R + 0.587 G + 0.114 B (grey bytes unchanged): each
// weight times each byte value rounded to float once, as the reference's product is, and summed in
// its order (R + G, then + B), with no multiplication per pixel and no chance for a compiler to fuse
// a multiply into an add.
constexpr float luma_weights[3] = {0.299f, 0.587f, 0.114f};
const auto luma_products = [] {
  std::array<std::array<float, 256>, 3> t{};
  for (std::size_t c = 0; c < 3; ++c) {
    for (std::size_t v = 0; v < 256; ++v) t[c][v] = luma_weights[c] * static_cast<float>(v);
  }
  return t;
}();

float luma1(const std::uint8_t* p, std::uint32_t channels) {
  if (channels == 1) return static_cast<float>(p[0]);
  return (luma_products[0][p[0]] + luma_products[1][p[1]]) + luma_products[2][p[2]];
}

#ifdef TAKEDOWN_PDQ_V4
// The luma of the four pixels from p. RGBA (what browsers hand over) takes each pixel's bytes as one
// 32-bit lane, masks each channel out and converts it exactly, then forms the same float products
// and sums as the tables (element-wise multiply and add round as the scalar ones; nothing is fused):
// twice as fast as the tables, natively and in wasm. RGB and grey have no such cheap split.
V4 luma4(const std::uint8_t* p, std::uint32_t channels) {
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (channels == 4) {
    using I4 = std::int32_t __attribute__((vector_size(16)));
    constexpr V4 wr = {luma_weights[0], luma_weights[0], luma_weights[0], luma_weights[0]};
    constexpr V4 wg = {luma_weights[1], luma_weights[1], luma_weights[1], luma_weights[1]};
    constexpr V4 wb = {luma_weights[2], luma_weights[2], luma_weights[2], luma_weights[2]};
    I4 v;
    std::memcpy(&v, p, sizeof v);
    const V4 r = __builtin_convertvector(v & 0xff, V4);
    const V4 g = __builtin_convertvector((v >> 8) & 0xff, V4);
    const V4 b = __builtin_convertvector((v >> 16) & 0xff, V4);
    return (wr * r + wg * g) + wb * b;
  }
#endif
  return V4{luma1(p, channels), luma1(p + channels, channels), luma1(p + 2 * channels, channels),
            luma1(p + 3 * channels, channels)};
}
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

// One box-filter pass over `length` lines, every lane of a line filtered on its own: a running sum
// per lane, lines swept in order, so memory is read line by line while each lane sees exactly the
// reference's operations in the reference's order (add, subtract, divide by the count).
// `line(r)` is input line r, `target(o)` where output line o goes (nullptr: not kept), each asked
// for in ascending order; `step(add, sub, target, n)` applies one line (see sweep_line).
template <typename Line, typename Target, typename Step>
[[gnu::always_inline]] inline void sweep_phases(int length, int window, Line line, Target target, Step step) {
  const BoxPhases p(length, window);
  int count = 0, right = 0, left = 0, o = 0;
  for (int i = 0; i < p.lead; ++i) {
    ++count;
    step(line(right++), nullptr, nullptr, 1.0f);
  }
  for (int i = 0; i < p.grow; ++i) {
    ++count;
    step(line(right++), nullptr, target(o++), static_cast<float>(count));
  }
  for (int i = 0; i < p.slide; ++i) {
    const float* add = line(right++);
    step(add, line(left++), target(o++), static_cast<float>(count));
  }
  for (int i = 0; i < p.shrink; ++i) {
    --count;
    step(nullptr, line(left++), target(o++), static_cast<float>(count));
  }
}

// A pass over lines `lanes` floats apart in `in`, writing the lines in `keep` (all when empty) to
// `out`, packed.
template <typename Step>
[[gnu::always_inline]] inline void sweep_buffer(const float* in, float* out, std::size_t lanes, int length, int window,
                                                std::span<const int> keep, Step step) {
  OutputLines targets(out, lanes, keep);
  sweep_phases(
      length, window, [&](int r) { return in + static_cast<std::size_t>(r) * lanes; },
      [&](int o) { return targets.target(o); }, step);
}

// Any number of lanes (columns use it with lanes = width), the running sums in `s`.
void box_sweep(const float* in, float* out, std::size_t lanes, int length, int window, float* s,
               std::span<const int> keep = {}) {
  std::fill(s, s + lanes, 0.0f);
  sweep_buffer(in, out, lanes, length, window, keep, [&](const float* add, const float* sub, float* target, float n) {
    sweep_line(s, add, sub, target, n, lanes);
  });
}

// Reused between images: glibc would otherwise return these buffers to the OS after each image and
// page-fault them back in on the next. Grow-only.
struct Workspace {
  std::vector<float> luma_block, ring, column_block, second, sampled, lanes_in, lanes_out, lane_sums, sums;
  static float* sized(std::vector<float>& v, std::size_t n) {
    if (v.size() < n) v.resize(n);
    return v.data();
  }
};

Workspace& workspace() {
  thread_local Workspace w;
  return w;
}

// Where the luma rows come from: a float plane (`stride` floats per row), or pixel bytes
// (`row_bytes` per row, `width` pixels of each used) turned into luma a few rows at a time, so no
// whole-image float plane is ever written.
class LumaRows {
 public:
  LumaRows(const float* plane, std::size_t stride) : plane_(plane), stride_(stride) {}
  LumaRows(const std::uint8_t* pixels, std::size_t row_bytes, std::uint32_t width, std::uint32_t channels,
           std::vector<float>& buffer)
      : pixels_(pixels), row_bytes_(row_bytes), channels_(channels), stride_(width), buffer_(&buffer) {}

  std::size_t stride() const { return stride_; }

  // Rows y .. y + count - 1, `stride()` floats apart; valid until the next call.
  const float* rows(std::uint32_t y, std::uint32_t count) const {
    if (buffer_ == nullptr) return plane_ + y * stride_;
    float* out = Workspace::sized(*buffer_, count * stride_);
    for (std::uint32_t k = 0; k < count; ++k) {
      luma_of({pixels_ + (y + k) * row_bytes_, stride_ * channels_}, channels_, out + k * stride_);
    }
    return out;
  }

#ifdef TAKEDOWN_PDQ_V4
  // Rows y .. y + count - 1 as interleave() lays them out, pixels turned into luma on the way.
  void interleaved(std::uint32_t y, std::uint32_t count, std::uint32_t width, float* lanes) const;
#endif

 private:
  const float* plane_ = nullptr;
  const std::uint8_t* pixels_ = nullptr;
  std::size_t row_bytes_ = 0;
  std::uint32_t channels_ = 0;
  std::size_t stride_;
  std::vector<float>* buffer_ = nullptr;
};

// Rows are filtered, and streamed through downsample, 16 at a time.
constexpr std::uint32_t row_block = 16;

// The box filter along `rows` rows of `width` floats (`in_stride` apart) into `out` (`out_stride`
// apart): per row the columns in `keep` (ascending; all when empty), packed. `rows` <= row_block.
#ifdef TAKEDOWN_PDQ_V4
// The rows are interleaved so that they become lanes of one sweep, then written back. The
// reference filters each row alone with a serial running sum; here the block's rows run side by
// side (SIMD and independent chains) with the same per-row operations.

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

// `rows` lines of `width` values into lanes: lanes[x * rows + k] = line k's x, four rows and four
// columns at a time where they fill a block. `four(k, x)` is line k's values x .. x + 3, `one(k, x)`
// its value x.
template <typename Four, typename One>
void interleave(std::size_t rows, std::size_t width, float* lanes, Four four, One one) {
  std::size_t k = 0;
  for (; k + 4 <= rows; k += 4) {
    std::size_t x = 0;
    for (; x + 4 <= width; x += 4) {
      V4 a = four(k, x), b = four(k + 1, x), c = four(k + 2, x), d = four(k + 3, x);
      transpose4(a, b, c, d);
      store4(lanes + x * rows + k, a);
      store4(lanes + (x + 1) * rows + k, b);
      store4(lanes + (x + 2) * rows + k, c);
      store4(lanes + (x + 3) * rows + k, d);
    }
    for (; x < width; ++x) {
      for (std::size_t i = 0; i < 4; ++i) lanes[x * rows + k + i] = one(k + i, x);
    }
  }
  for (; k < rows; ++k) {
    for (std::size_t x = 0; x < width; ++x) lanes[x * rows + k] = one(k, x);
  }
}

// Lines of floats `stride` apart.
void interleave(const float* in, std::size_t stride, std::size_t rows, std::size_t width, float* lanes) {
  interleave(
      rows, width, lanes, [&](std::size_t k, std::size_t x) { return load4(in + k * stride + x); },
      [&](std::size_t k, std::size_t x) { return in[k * stride + x]; });
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
  constexpr std::size_t vectors = row_block / 4;
  V4 sums[vectors] = {};
  sweep_buffer(in, out, row_block, length, window, keep, [&](const float* add, const float* sub, float* target, float n) {
    const V4 nv = {n, n, n, n};
    for (std::size_t v = 0; v < vectors; ++v) {
      if (add != nullptr) sums[v] += load4(add + 4 * v);
      if (sub != nullptr) sums[v] -= load4(sub + 4 * v);
      if (target != nullptr) store4(target + 4 * v, sums[v] / nv);
    }
  });
}

// Rows already interleaved in `lanes`.
void filter_lanes(const float* lanes, std::uint32_t rows, std::uint32_t width, int window, float* out,
                  std::size_t out_stride, std::span<const int> keep, Workspace& w) {
  const std::size_t kept = keep.empty() ? width : keep.size();
  float* filtered = Workspace::sized(w.lanes_out, row_block * kept);
  if (rows == row_block) box_sweep_block(lanes, filtered, static_cast<int>(width), window, keep);
  else box_sweep(lanes, filtered, rows, static_cast<int>(width), window, Workspace::sized(w.lane_sums, row_block), keep);
  deinterleave(filtered, rows, kept, out, out_stride);
}

void filter_rows(const float* in, std::size_t in_stride, std::uint32_t rows, std::uint32_t width, int window,
                 float* out, std::size_t out_stride, std::span<const int> keep, Workspace& w) {
  float* lanes = Workspace::sized(w.lanes_in, row_block * width);
  interleave(in, in_stride, rows, width, lanes);
  filter_lanes(lanes, rows, width, window, out, out_stride, keep, w);
}

void LumaRows::interleaved(std::uint32_t y, std::uint32_t count, std::uint32_t width, float* lanes) const {
  if (buffer_ == nullptr) {
    interleave(plane_ + y * stride_, stride_, count, width, lanes);
    return;
  }
  const std::uint8_t* rows = pixels_ + y * row_bytes_;
  auto at = [&](std::size_t k, std::size_t x) { return rows + k * row_bytes_ + x * channels_; };
  interleave(
      count, width, lanes, [&](std::size_t k, std::size_t x) { return luma4(at(k, x), channels_); },
      [&](std::size_t k, std::size_t x) { return luma1(at(k, x), channels_); });
}

// The first pass along rows y .. y + rows - 1, straight from the source (no luma plane in between).
void filter_luma_rows(const LumaRows& luma, std::uint32_t y, std::uint32_t rows, std::uint32_t width, int window,
                      float* out, Workspace& w) {
  float* lanes = Workspace::sized(w.lanes_in, row_block * width);
  luma.interleaved(y, rows, width, lanes);
  filter_lanes(lanes, rows, width, window, out, width, {}, w);
}
#else
// wasm without SIMD: each row alone with a serial running sum, as the reference (interleaving the
// rows measured slower there: the transposes cost more than the independent chains gain).
void filter_rows(const float* in, std::size_t in_stride, std::uint32_t rows, std::uint32_t width, int window,
                 float* out, std::size_t out_stride, std::span<const int> keep, Workspace&) {
  const BoxPhases p(static_cast<int>(width), window);
  for (std::uint32_t r = 0; r < rows; ++r) {
    const float* line = in + r * in_stride;
    OutputLines targets(out + r * out_stride, 1, keep);
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

void filter_luma_rows(const LumaRows& luma, std::uint32_t y, std::uint32_t rows, std::uint32_t width, int window,
                      float* out, Workspace& w) {
  filter_rows(luma.rows(y, rows), luma.stride(), rows, width, window, out, width, {}, w);
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

// Two passes of rows-then-columns ("tent" filter), then the centre sample of each 64th, streamed
// top to bottom so that no whole-image plane is written (each pass would go through memory again):
// rows are filtered a block at a time into a ring that holds what the column sweep still
// reads; each row the column sweep finishes goes, a block at a time, through the second pass's row
// filter, which divides and keeps only the sampled columns; the second column pass runs over those
// and keeps only the sampled rows. Every value comes from the same operations in the same order.
void downsample(const LumaRows& luma, std::uint32_t width, std::uint32_t height, Grid& out, Workspace& w) {
  if (width == grid && height == grid) {  // already 64x64: used as is (reference behaviour)
    const float* plane = luma.rows(0, grid);
    for (std::size_t y = 0; y < grid; ++y) std::copy_n(plane + y * luma.stride(), grid, out.begin() + y * grid);
    return;
  }
  const int along_rows = window_for(width);
  const int along_columns = window_for(height);
  const SampledLines columns(width), rows(height);
  const std::size_t kept = columns.lines.size();

  // The column sweep reads rows up to `along_columns` behind the newest; a block is filtered ahead.
  const std::uint32_t ring_rows = (static_cast<std::uint32_t>(along_columns) + 2 * row_block - 1) / row_block * row_block;
  float* ring = Workspace::sized(w.ring, static_cast<std::size_t>(ring_rows) * width);
  std::uint32_t filtered = 0;
  auto filtered_row = [&](int r) -> const float* {
    while (filtered <= static_cast<std::uint32_t>(r)) {
      const std::uint32_t count = std::min(row_block, height - filtered);
      filter_luma_rows(luma, filtered, count, width, along_rows, ring + static_cast<std::size_t>(filtered % ring_rows) * width, w);
      filtered += count;
    }
    return ring + static_cast<std::size_t>(static_cast<std::uint32_t>(r) % ring_rows) * width;
  };

  float* column_block = Workspace::sized(w.column_block, static_cast<std::size_t>(row_block) * width);
  float* second = Workspace::sized(w.second, static_cast<std::size_t>(height) * kept);  // height x kept
  auto second_rows = [&](std::uint32_t first, std::uint32_t count) {
    filter_rows(column_block, width, count, width, along_rows, second + first * kept, kept, columns.lines, w);
  };
  float* s = Workspace::sized(w.sums, width);
  std::fill(s, s + width, 0.0f);
  sweep_phases(
      static_cast<int>(height), along_columns, filtered_row,
      [&](int o) {
        const auto row = static_cast<std::uint32_t>(o);
        if (row > 0 && row % row_block == 0) second_rows(row - row_block, row_block);
        return column_block + static_cast<std::size_t>(row % row_block) * width;
      },
      [&](const float* add, const float* sub, float* target, float n) { sweep_line(s, add, sub, target, n, width); });
  const std::uint32_t last = (height - 1) / row_block * row_block;
  second_rows(last, height - last);

  float* sampled = Workspace::sized(w.sampled, rows.lines.size() * kept);
  box_sweep(second, sampled, kept, static_cast<int>(height), along_columns, s, rows.lines);
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

Result hash_rows(const LumaRows& luma, std::uint32_t width, std::uint32_t height) {
  Result result;
  if (width < min_side || height < min_side) return result;
  Grid g{};
  downsample(luma, width, height, g, workspace());
  result.quality = quality_of(g);
  const Coefficients b = dct(g);
  result.hashes[0] = bits_of(b);
  for (int x = 1; x < 8; ++x) result.hashes[static_cast<std::size_t>(x)] = bits_of(transformed(b, x));
  return result;
}

}  // namespace

bool pixels_fit(std::size_t bytes, std::uint32_t width, std::uint32_t height, std::uint32_t channels) {
  if (channels != 1 && channels != 3 && channels != 4) return false;
  const std::uint64_t count = static_cast<std::uint64_t>(width) * height;
  return count <= max_pixels && count * channels == bytes;
}

Result hash_luma(std::span<const float> luma, std::uint32_t width, std::uint32_t height) {
  return hash_rows(LumaRows(luma.data(), width), width, height);
}

void luma_of(std::span<const std::uint8_t> pixels, std::uint32_t channels, float* luma) {
  const std::size_t count = pixels.size() / channels;
  const std::uint8_t* p = pixels.data();
  std::size_t i = 0;
#ifdef TAKEDOWN_PDQ_V4
  if (channels == 4) {
    for (; i + 4 <= count; i += 4, p += 16) store4(luma + i, luma4(p, channels));
  }
#endif
  for (; i < count; ++i, p += channels) luma[i] = luma1(p, channels);
}

Result hash_pixels(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t height,
                   std::uint32_t channels) {
  return hash_pixels_box(pixels, width, channels, {0, 0, width, height});
}

Result hash_pixels_box(std::span<const std::uint8_t> pixels, std::uint32_t width, std::uint32_t channels, Box box) {
  const std::size_t row_bytes = static_cast<std::size_t>(width) * channels;
  const std::uint8_t* first = pixels.data() + box.y * row_bytes + static_cast<std::size_t>(box.x) * channels;
  return hash_rows(LumaRows(first, row_bytes, box.width, channels, workspace().luma_block), box.width, box.height);
}

Result hash_luma_box(std::span<const float> luma, std::uint32_t stride, Box box) {
  return hash_rows(LumaRows(luma.data() + static_cast<std::size_t>(box.y) * stride + box.x, stride), box.width, box.height);
}

}  // namespace takedown::pdq

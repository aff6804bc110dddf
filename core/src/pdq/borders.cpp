#include "borders.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace takedown::pdq {
namespace {

// Channel values within this of the line's colour count as that colour (JPEG ringing and noise).
constexpr int tolerance = 24;
// A line is plain when this share (per mille) of its pixels has its colour.
constexpr int plain_share = 980;
// A caption row keeps at least this share of the band's colour between its letters (bold text
// across a narrow picture leaves little: measured down to about 20%).
constexpr int caption_share = 100;
// A caption bar takes at most this share (per mille) of the height, and at least this.
constexpr int caption_max = 400, caption_min = 20;
// Trimming stops rather than leave less than this share (per mille) of a side.
constexpr int keep_min = 150;

using Colour = std::array<int, 3>;

// A line of pixels: `count` pixels from `first`, `step` pixels apart.
struct Line {
  std::size_t first, step;
  std::uint32_t count;
};

Colour pixel(const Pixels& image, std::size_t index) {
  const std::uint8_t* p = image.bytes.data() + index * image.channels;
  if (image.channels == 1) return {p[0], p[0], p[0]};
  return {p[0], p[1], p[2]};
}

// The per-channel median of a line: the line's colour even with some text or specks on it.
Colour median_colour(const Pixels& image, Line line) {
  std::array<std::array<std::uint32_t, 256>, 3> histogram{};
  for (std::uint32_t i = 0; i < line.count; ++i) {
    const Colour c = pixel(image, line.first + i * line.step);
    for (std::size_t k = 0; k < 3; ++k) ++histogram[k][static_cast<std::size_t>(c[k])];
  }
  Colour median{};
  for (std::size_t k = 0; k < 3; ++k) {
    std::uint32_t seen = 0;
    int v = 0;
    while (v < 255 && (seen += histogram[k][static_cast<std::size_t>(v)]) * 2 < line.count) ++v;
    median[k] = v;
  }
  return median;
}

// Per mille of the line's pixels within tolerance of `colour`.
int share_of(const Pixels& image, Line line, const Colour& colour) {
  std::uint32_t close = 0;
  for (std::uint32_t i = 0; i < line.count; ++i) {
    const Colour c = pixel(image, line.first + i * line.step);
    bool near = true;
    for (std::size_t k = 0; k < 3; ++k) near = near && std::abs(c[k] - colour[k]) <= tolerance;
    close += near ? 1 : 0;
  }
  return static_cast<int>((static_cast<std::uint64_t>(close) * 1000) / line.count);
}

Line row(const Pixels& image, const Box& box, std::uint32_t y) {
  return {static_cast<std::size_t>(y) * image.width + box.x, 1, box.width};
}

Line column(const Pixels& image, const Box& box, std::uint32_t x) {
  return {static_cast<std::size_t>(box.y) * image.width + x, image.width, box.height};
}

// How many plain lines of the side's own colour lie at one side, going inwards: `line_at(i)` is the
// i-th line from that side, at most `limit` of them.
template <typename LineAt>
std::uint32_t plain_lines(const Pixels& image, std::uint32_t limit, LineAt line_at) {
  if (limit == 0) return 0;
  const Colour colour = median_colour(image, line_at(0));
  std::uint32_t n = 0;
  while (n < limit && share_of(image, line_at(n), colour) >= plain_share) ++n;
  return n;
}

}  // namespace

Box trim_uniform(const Pixels& image, Box within) {
  Box box = within;
  const std::uint32_t min_height = std::max<std::uint32_t>(min_side, within.height * keep_min / 1000);
  const std::uint32_t min_width = std::max<std::uint32_t>(min_side, within.width * keep_min / 1000);
  // Two rounds: peeling the columns can uncover plain rows at the corners' ends and the other way round.
  for (int round = 0; round < 2; ++round) {
    if (box.height <= min_height || box.width <= min_width) break;
    const std::uint32_t spare_rows = box.height - min_height;
    const std::uint32_t top = plain_lines(image, spare_rows, [&](std::uint32_t i) { return row(image, box, box.y + i); });
    box.y += top;
    box.height -= top;
    const std::uint32_t bottom = plain_lines(image, box.height - std::min(box.height, min_height),
                                             [&](std::uint32_t i) { return row(image, box, box.y + box.height - 1 - i); });
    box.height -= bottom;
    const std::uint32_t spare_columns = box.width - min_width;
    const std::uint32_t left = plain_lines(image, spare_columns, [&](std::uint32_t i) { return column(image, box, box.x + i); });
    box.x += left;
    box.width -= left;
    const std::uint32_t right = plain_lines(image, box.width - std::min(box.width, min_width),
                                            [&](std::uint32_t i) { return column(image, box, box.x + box.width - 1 - i); });
    box.width -= right;
    if (top + bottom + left + right == 0) break;
  }
  // Peeled down to the minimum on a side: the image is plain (or nearly) there, not bordered.
  if (box.height <= min_height || box.width <= min_width) return within;
  return box;
}

namespace {

// The rows of a caption bar at one edge: plain rows and text rows in the edge row's colour, ending
// with the last plain row before the picture. 0 when the band holds no text (that is a border,
// trim_uniform's job) or is not there.
template <typename RowAt>
std::uint32_t caption_rows(const Pixels& image, std::uint32_t height, RowAt row_at) {
  const Colour colour = median_colour(image, row_at(0));
  const std::uint32_t limit = height * caption_max / 1000;
  std::uint32_t end = 0;
  bool text = false;
  for (std::uint32_t i = 0; i < limit; ++i) {
    const int share = share_of(image, row_at(i), colour);
    if (share < caption_share) break;
    if (share >= plain_share) {
      if (text) end = i + 1;
    } else {
      text = true;
    }
  }
  return end >= std::max<std::uint32_t>(1, height * caption_min / 1000) ? end : 0;
}

}  // namespace

std::optional<Box> cut_caption_bars(const Pixels& image, Box within) {
  if (within.height < 4 * min_side || within.width < min_side) return std::nullopt;
  Box box = within;
  const std::uint32_t top = caption_rows(image, within.height, [&](std::uint32_t i) { return row(image, within, within.y + i); });
  box.y += top;
  box.height -= top;
  const std::uint32_t bottom = caption_rows(image, within.height,
                                            [&](std::uint32_t i) { return row(image, within, within.y + within.height - 1 - i); });
  if (top + bottom == 0 || bottom >= box.height / 2) return std::nullopt;
  box.height -= bottom;
  return box;
}

}  // namespace takedown::pdq

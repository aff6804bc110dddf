// The native side of bench/pdq.mjs: PDQ hashes per second of the core, one thread, at 512x512 and
// 1024x768, against two baselines timed in the same process: the same hash computed in the
// reference's order (bench/pdq_reference_order.cpp, which must agree bit for bit) and SHA-256 of
// the same pixel bytes. Rounds of the three are interleaved, so machine noise hits them alike.
// Times are this thread's CPU time (the machine is shared: descheduled time is not counted).
// Prints one JSON line per size. Usage: takedown_bench_pdq [SECONDS_PER_SIZE] [FILE.ppm...]
#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "evidence/sha256.hpp"
#include "pdq/netpbm.hpp"
#include "pdq/pdq.hpp"
#include "../tests/support/pdq_reference_order.hpp"

namespace {

struct Image {
  std::string name;
  std::uint32_t width, height;
  std::vector<std::uint8_t> rgb;
};

// Smooth shapes plus fine noise, so every stage does its usual work (content does not change the cost).
Image generated(std::uint32_t width, std::uint32_t height) {
  Image image{std::to_string(width) + "x" + std::to_string(height), width, height, {}};
  image.rgb.resize(static_cast<std::size_t>(width) * height * 3);
  std::uint32_t seed = 12345;
  for (std::uint32_t y = 0; y < height; ++y) {
    for (std::uint32_t x = 0; x < width; ++x) {
      seed = seed * 1664525u + 1013904223u;
      const double v = 127 + 60 * std::sin(x * 0.031) * std::cos(y * 0.017) + 30 * std::sin((x + y) * 0.11);
      for (int c = 0; c < 3; ++c) {
        const double n = v + static_cast<double>((seed >> (8 * c)) & 31) - 16 + 20 * c;
        image.rgb[(static_cast<std::size_t>(y) * width + x) * 3 + c] = static_cast<std::uint8_t>(std::clamp(n, 0.0, 255.0));
      }
    }
  }
  return image;
}

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

template <typename F>
double seconds_for(int rounds, F&& work) {
  const double start = thread_cpu_seconds();
  for (int i = 0; i < rounds; ++i) work();
  return thread_cpu_seconds() - start;
}

}  // namespace

int main(int argc, char** argv) {
  const double budget = argc > 1 ? std::atof(argv[1]) : 3.0;
  std::vector<Image> images = {generated(512, 512), generated(1024, 768)};
  for (int i = 2; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto parsed = takedown::pdq::parse_netpbm(bytes);
    auto* image = std::get_if<takedown::pdq::Netpbm>(&parsed);
    if (image == nullptr || image->channels != 3) {
      std::fprintf(stderr, "%s: not a P6 image\n", argv[i]);
      return 1;
    }
    images.push_back({argv[i], image->width, image->height, std::move(image->pixels)});
  }
  for (const Image& image : images) {
    const auto ours = takedown::pdq::hash_pixels(image.rgb, image.width, image.height, 3);
    const auto theirs = takedown::pdq_reference::reference_order_hash(image.rgb, image.width, image.height);
    if (!(ours.hashes[0] == theirs.hash) || ours.quality != theirs.quality) {
      std::fprintf(stderr, "%s: the core and the reference-order baseline disagree\n", image.name.c_str());
      return 1;
    }
    // Rounds sized to about 0.2 s each, alternated until the budget is spent.
    const int rounds = std::max(1, static_cast<int>(0.2 / std::max(1e-4, seconds_for(1, [&] {
      (void)takedown::pdq::hash_pixels(image.rgb, image.width, image.height, 3); }))));
    double core = 0, reference = 0, sha = 0;
    int done = 0;
    std::uint8_t sink = 0;
    while (core + reference + sha < budget || done == 0) {
      core += seconds_for(rounds, [&] { sink ^= static_cast<std::uint8_t>(
          takedown::pdq::hash_pixels(image.rgb, image.width, image.height, 3).quality); });
      reference += seconds_for(rounds, [&] { sink ^= static_cast<std::uint8_t>(
          takedown::pdq_reference::reference_order_hash(image.rgb, image.width, image.height).quality); });
      sha += seconds_for(rounds, [&] {
        takedown::evidence::Sha256 h;
        h.update(image.rgb.data(), image.rgb.size());
        sink ^= h.finish()[0];
      });
      done += rounds;
    }
    std::printf("{\"image\":\"%s\",\"hashes\":%d,\"core_per_s\":%.1f,\"reference_order_per_s\":%.1f,"
                "\"sha256_per_s\":%.1f,\"sink\":%d}\n",
                image.name.c_str(), done, done / core, done / reference, done / sha, sink);
  }
  return 0;
}

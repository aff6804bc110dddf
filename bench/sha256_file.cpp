// The native side of bench/sha256.mjs: SHA-256 and CRC-32 of one file with the core's own code,
// read in 1 MiB pieces. Prints one JSON line: the digests, the wall time of read + hash, and the
// time spent inside the hash functions alone.
// Usage: takedown_bench_sha256 FILE
#include "evidence/crc32.hpp"
#include "evidence/sha256.hpp"

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double seconds(Clock::duration d) { return std::chrono::duration<double>(d).count(); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fputs("usage: takedown_bench_sha256 FILE\n", stderr);
    return 2;
  }
  std::vector<std::uint8_t> buffer(1 << 20);
  const auto pass = [&](auto&& consume) -> double {
    std::FILE* file = std::fopen(argv[1], "rb");
    if (file == nullptr) return -1;
    const auto start = Clock::now();
    for (;;) {
      const std::size_t n = std::fread(buffer.data(), 1, buffer.size(), file);
      if (n == 0) break;
      consume(n);
    }
    const auto elapsed = Clock::now() - start;
    std::fclose(file);
    return seconds(elapsed);
  };

  takedown::evidence::Sha256 hasher;
  std::uint64_t bytes = 0;
  Clock::duration in_sha256{};
  const double sha256_wall = pass([&](std::size_t n) {
    const auto start = Clock::now();
    hasher.update(buffer.data(), n);
    in_sha256 += Clock::now() - start;
    bytes += n;
  });
  std::uint32_t crc = 0;
  Clock::duration in_crc32{};
  const double crc32_wall = pass([&](std::size_t n) {
    const auto start = Clock::now();
    crc = takedown::evidence::crc32_update(crc, buffer.data(), n);
    in_crc32 += Clock::now() - start;
  });
  if (sha256_wall < 0 || crc32_wall < 0) {
    std::perror(argv[1]);
    return 1;
  }
  std::printf("{\"bytes\":%llu,\"sha256\":\"%s\",\"sha256_wall_s\":%.6f,\"sha256_s\":%.6f,\"crc32\":%u,\"crc32_wall_s\":%.6f,"
              "\"crc32_s\":%.6f}\n",
              static_cast<unsigned long long>(bytes), takedown::evidence::to_hex(hasher.finish()).c_str(), sha256_wall,
              seconds(in_sha256), crc, crc32_wall, seconds(in_crc32));
  return 0;
}

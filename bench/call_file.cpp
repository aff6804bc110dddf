// Times takedown::core::call(METHOD, params) natively on the params in a file, for benchmarks that
// compare the wasm build against the native one on the same input (bench/forms-accuracy.mjs).
// Prints one JSON line: {"method":…,"bytes":…,"iterations":…,"call_ns":…,"answer_bytes":…}.
// Usage: takedown_bench_call METHOD PARAMS_FILE ITERATIONS
#include <takedown/core/call.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

int main(int argc, char** argv) {
  const int iterations = argc > 3 ? std::atoi(argv[3]) : 0;
  if (argc != 4 || iterations <= 0) {
    std::fputs("usage: takedown_bench_call METHOD PARAMS_FILE ITERATIONS\n", stderr);
    return 2;
  }
  std::ifstream file(argv[2], std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "cannot read %s\n", argv[2]);
    return 2;
  }
  std::ostringstream text;
  text << file.rdbuf();
  const std::string params = text.str();
  const std::string method = argv[1];

  const std::string first = takedown::core::call(method, params);
  if (first.rfind(R"({"ok":true)", 0) != 0) {
    std::fprintf(stderr, "%s failed: %.300s\n", method.c_str(), first.c_str());
    return 1;
  }
  std::size_t sink = 0;
  for (int i = 0; i < iterations / 10 + 1; ++i) sink += takedown::core::call(method, params).size();  // warm-up
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < iterations; ++i) sink += takedown::core::call(method, params).size();
  const std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
  std::printf("{\"method\":\"%s\",\"bytes\":%zu,\"iterations\":%d,\"call_ns\":%.1f,\"answer_bytes\":%zu}\n", method.c_str(),
              params.size(), iterations, elapsed.count() / iterations, first.size());
  return sink == 0 ? 1 : 0;
}

// Times takedown::core::call("core.echo", payload) and, in the same process, the JSON work alone
// (parse + dump of the same payload) as the baseline. Prints one JSON line per payload for bench/run.mjs.
// Usage: takedown_bench_native ITERATIONS
#include <takedown/core/call.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>

namespace {

template <typename F>
double ns_per_call(int iterations, F&& work) {
  for (int i = 0; i < iterations / 10 + 1; ++i) work();   // warm-up
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < iterations; ++i) work();
  const std::chrono::duration<double, std::nano> elapsed = std::chrono::steady_clock::now() - start;
  return elapsed.count() / iterations;
}

}  // namespace

int main(int argc, char** argv) {
  const int iterations = argc > 1 ? std::atoi(argv[1]) : 20000;
  if (iterations <= 0) {
    std::fputs("usage: takedown_bench_native ITERATIONS\n", stderr);
    return 2;
  }
  const std::pair<const char*, std::string> payloads[] = {
      {"small", R"({"value":{"id":42,"text":"hello","tags":["a","b"]}})"},
      {"10kB", R"({"value":")" + std::string(10'000, 'x') + "\"}"},
  };
  std::size_t sink = 0;
  for (const auto& payload : payloads) {
    // Plain references, not a structured binding: clang 14 cannot capture bindings in a lambda.
    const char* name = payload.first;
    const std::string& params = payload.second;
    const double call_ns = ns_per_call(iterations, [&] { sink += takedown::core::call("core.echo", params).size(); });
    const double json_ns = ns_per_call(iterations, [&] { sink += nlohmann::json::parse(params).dump().size(); });
    std::printf("{\"payload\":\"%s\",\"call_ns\":%.1f,\"json_baseline_ns\":%.1f}\n", name, call_ns, json_ns);
  }
  return sink == 0 ? 1 : 0;
}

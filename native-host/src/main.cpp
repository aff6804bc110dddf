// takedown-host: everything lives in takedown_host_lib; main only adapts argv and signals.
#include <csignal>
#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

#include "cli.hpp"
#include "exit_codes.hpp"
#include "log.hpp"

int main(int argc, char** argv) {
#ifdef SIGPIPE
  // A browser that closed the pipe must show up as a write error (EPIPE) that ends the session with a
  // logged reason, not as a silent death by signal.
  std::signal(SIGPIPE, SIG_IGN);
#endif
  try {
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return takedown::host::run_cli(args, takedown::host::Log::from_environment());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "takedown-host: internal failure: %s\n", e.what());
  } catch (...) {
    std::fprintf(stderr, "takedown-host: internal failure\n");
  }
  return takedown::host::exit_code::failed;
}

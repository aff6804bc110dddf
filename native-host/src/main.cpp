// takedown-host: everything lives in takedown_host_lib; main only adapts argv and signals.
#include <csignal>
#include <cstdio>
#include <exception>
#include <string_view>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli.hpp"
#include "exit_codes.hpp"
#include "log.hpp"

int main(int argc, char** argv) {
#ifdef SIGPIPE
  // A browser that closed the pipe must show up as a write error (EPIPE) that ends the session with a
  // logged reason, not as a silent death by signal.
  std::signal(SIGPIPE, SIG_IGN);
#endif
#ifdef __GLIBC__
  // Buffers of 256 KiB and more (an upload chunk's frame and its parsed base64) are mapped for
  // themselves and given back when freed. glibc's default raises this threshold after the first such
  // free, and the next chunks' buffers then stay in a heap that keeps what it once held: a third more
  // peak memory per chunk (bench/upload.mjs).
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
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

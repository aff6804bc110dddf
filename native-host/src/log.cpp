#include "log.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

#ifdef _WIN32
#include <process.h>
#else
#include <unistd.h>
#endif

#include "net/utc_time.hpp"

namespace takedown::host {
namespace {

std::string utc_now() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  const std::tm parts = net::utc_fields(now);
  char text[32];
  const std::size_t n = std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &parts);
  return std::string(text, n);
}

long process_id() {
#ifdef _WIN32
  return static_cast<long>(_getpid());
#else
  return static_cast<long>(getpid());
#endif
}

void to_stderr(const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stderr);
  std::fflush(stderr);
}

}  // namespace

Log Log::from_environment() {
  const char* path = std::getenv("TAKEDOWN_HOST_LOG");
  return Log(path != nullptr ? path : "");
}

void Log::line(std::string_view message) const {
  const std::string text = "takedown-host: " + std::string(message) + "\n";
  if (!file_path_.empty()) {
    // One write of one short line in append mode: lines from concurrent hosts do not interleave.
    std::ofstream file(file_path_, std::ios::app | std::ios::binary);
    file << utc_now() + " pid " + std::to_string(process_id()) + " " + text << std::flush;
    if (!file) to_stderr("takedown-host: cannot append to the log file " + file_path_ + "\n");
  }
  // Last, so that the message itself is always the last line on stderr.
  to_stderr(text);
}

}  // namespace takedown::host

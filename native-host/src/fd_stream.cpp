#include "fd_stream.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef _WIN32
#include <fcntl.h>
#include <io.h>

#include <cstdio>
#else
#include <unistd.h>
#endif

namespace takedown::host {
namespace {

// One call moves at most this much, which also keeps the count within every platform's int/ssize_t.
constexpr std::size_t max_io_bytes = 1 << 20;

std::string os_error(int code) { return std::strerror(code); }

}  // namespace

void use_binary_stdio() {
#ifdef _WIN32
  _setmode(_fileno(stdin), _O_BINARY);
  _setmode(_fileno(stdout), _O_BINARY);
  _setmode(_fileno(stderr), _O_BINARY);  // log lines end in "\n" as on every other system
#endif
}

IoResult FdReader::read_some(char* into, std::size_t size) {
  const std::size_t ask = std::min(size, max_io_bytes);
  for (;;) {
#ifdef _WIN32
    const int n = _read(fd_, into, static_cast<unsigned>(ask));
#else
    const ssize_t n = ::read(fd_, into, ask);
#endif
    if (n >= 0) return {static_cast<std::size_t>(n), {}};
    if (errno != EINTR) return {0, os_error(errno)};
  }
}

IoResult FdWriter::write_some(const char* from, std::size_t size) {
  const std::size_t give = std::min(size, max_io_bytes);
  for (;;) {
#ifdef _WIN32
    const int n = _write(fd_, from, static_cast<unsigned>(give));
#else
    const ssize_t n = ::write(fd_, from, give);
#endif
    if (n >= 0) return {static_cast<std::size_t>(n), {}};
    if (errno != EINTR) return {0, os_error(errno)};
  }
}

}  // namespace takedown::host

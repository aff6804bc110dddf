#pragma once
// The real byte stream: unbuffered reads and writes on file descriptors (stdin/stdout for the host).
#include "framing.hpp"

namespace takedown::host {

// Puts stdin, stdout and stderr in binary mode. Only Windows needs it (text mode turns "\n" into "\r\n" and
// corrupts frames); elsewhere it does nothing. Call it before any I/O.
void use_binary_stdio();

// Reads a file descriptor, retrying after signals (EINTR).
class FdReader final : public ByteReader {
 public:
  explicit FdReader(int fd) : fd_(fd) {}
  IoResult read_some(char* into, std::size_t size) override;

 private:
  int fd_;
};

// Writes a file descriptor, retrying after signals. Nothing is buffered in user space, so a frame is
// in the pipe as soon as write_frame returns; flush has nothing left to do.
class FdWriter final : public ByteWriter {
 public:
  explicit FdWriter(int fd) : fd_(fd) {}
  IoResult write_some(const char* from, std::size_t size) override;
  IoResult flush() override { return {}; }

 private:
  int fd_;
};

}  // namespace takedown::host

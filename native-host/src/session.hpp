#pragma once
// One native messaging session: read a frame, answer it, write the reply, until the input ends.
#include <string>

#include "framing.hpp"

namespace takedown::host {

struct SessionEnd {
  int exit_code;       // see exit_codes.hpp
  std::string reason;  // one human-readable line for the log
};

// Answers frames until the input ends (exit_code::ok), breaks (corrupt_input) or an I/O call fails
// (io_error). A bad request inside a complete frame gets an error reply and the session goes on.
// Never throws.
SessionEnd run_session(ByteReader& in, ByteWriter& out) noexcept;

}  // namespace takedown::host

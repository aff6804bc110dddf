#pragma once
// One native messaging session: read frames until the input ends; answer short requests at once, in
// arrival order, and hand long ones (jobs.hpp) to worker threads that answer when they are done.
#include <string>

#include "framing.hpp"
#include "jobs.hpp"

namespace takedown::host {

struct SessionEnd {
  int exit_code;       // see exit_codes.hpp
  std::string reason;  // one human-readable line for the log
};

struct SessionOptions {
  Answerer answer = answer_request;  // tests put a stand-in they control here
  JobSettings jobs;
};

// Answers frames until the input ends (exit_code::ok), breaks (corrupt_input) or an I/O call fails
// (io_error). A bad request inside a complete frame gets an error reply and the session goes on.
// However it ends, every request already accepted is answered first: jobs still running are waited
// for (each long method has its own time limits), and their replies written while the browser reads.
// Never throws.
SessionEnd run_session(ByteReader& in, ByteWriter& out, const SessionOptions& options = {}) noexcept;

}  // namespace takedown::host

#include "session.hpp"

#include <exception>
#include <optional>
#include <variant>

#include "exit_codes.hpp"
#include "frame_sink.hpp"
#include "vault_gate.hpp"

namespace takedown::host {
namespace {

std::string after(std::size_t answered) {
  return " (" + std::to_string(answered) + (answered == 1 ? " request" : " requests") + " answered)";
}

// Reads and answers until the stream says stop; the end's reason without the count.
SessionEnd read_loop(ByteReader& in, FrameSink& sink, VaultGate& gate, JobRunner& jobs, const Answerer& answer,
                     std::size_t& answered) {
  for (;;) {
    ReadResult frame = read_frame(in);
    switch (frame.kind) {
      case ReadKind::frame: break;
      case ReadKind::end_of_stream: return {exit_code::ok, frame.reason};
      case ReadKind::truncated_header:
      case ReadKind::truncated_body:
      case ReadKind::too_large:
        // The stream has lost its frame boundaries: nothing after this point can be trusted.
        return {exit_code::corrupt_input, "corrupt input: " + frame.reason};
      case ReadKind::read_error: return {exit_code::io_error, frame.reason};
    }
    auto request = read_request(frame.body);
    if (auto* refused = std::get_if<std::string>(&request)) {
      if (sink.write(*refused)) ++answered;
    } else {
      Request& checked = std::get<Request>(request);
      VaultGate::Ticket ticket = gate.take(checked.method);
      // Long work, and vault work that must wait behind an erase, leave the read loop.
      if (is_long_method(checked.method) || !gate.ready(ticket)) {
        jobs.start(std::move(checked), std::move(ticket));
        continue;
      }
      if (sink.write(answer(checked))) ++answered;
    }
    if (!sink.failure().empty()) return {exit_code::io_error, "browser stopped reading: " + sink.failure()};
  }
}

SessionEnd serve(ByteReader& in, ByteWriter& out, const SessionOptions& options) {
  FrameSink sink(out);
  VaultGate gate;
  JobRunner jobs(sink, gate, options.answer, options.jobs);
  std::size_t answered = 0;
  SessionEnd end = read_loop(in, sink, gate, jobs, options.answer, answered);
  jobs.finish();  // every accepted job answers before the session ends
  answered += jobs.answered();
  if (end.exit_code == exit_code::ok && !sink.failure().empty()) {
    end = {exit_code::io_error, "browser stopped reading: " + sink.failure()};
  }
  end.reason += after(answered);
  return end;
}

}  // namespace

SessionEnd run_session(ByteReader& in, ByteWriter& out, const SessionOptions& options) noexcept {
  try {
    return serve(in, out, options);
  } catch (const std::exception& e) {
    return {exit_code::io_error, std::string("internal failure: ") + e.what()};
  } catch (...) {
    return {exit_code::io_error, "internal failure"};
  }
}

}  // namespace takedown::host

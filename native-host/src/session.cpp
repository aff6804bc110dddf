#include "session.hpp"

#include <exception>

#include "dispatch.hpp"
#include "exit_codes.hpp"

namespace takedown::host {
namespace {

std::string after(std::size_t answered) {
  return " (" + std::to_string(answered) + (answered == 1 ? " request" : " requests") + " answered)";
}

SessionEnd serve(ByteReader& in, ByteWriter& out) {
  std::size_t answered = 0;
  for (;;) {
    ReadResult frame = read_frame(in);
    switch (frame.kind) {
      case ReadKind::frame: break;
      case ReadKind::end_of_stream: return {exit_code::ok, frame.reason + after(answered)};
      case ReadKind::truncated_header:
      case ReadKind::truncated_body:
      case ReadKind::too_large:
        // The stream has lost its frame boundaries: nothing after this point can be trusted.
        return {exit_code::corrupt_input, "corrupt input: " + frame.reason + after(answered)};
      case ReadKind::read_error: return {exit_code::io_error, frame.reason + after(answered)};
    }
    const WriteResult written = write_frame(out, dispatch(frame.body));
    if (!written.ok) return {exit_code::io_error, "browser stopped reading: " + written.reason + after(answered)};
    ++answered;
  }
}

}  // namespace

SessionEnd run_session(ByteReader& in, ByteWriter& out) noexcept {
  try {
    return serve(in, out);
  } catch (const std::exception& e) {
    return {exit_code::io_error, std::string("internal failure: ") + e.what()};
  } catch (...) {
    return {exit_code::io_error, "internal failure"};
  }
}

}  // namespace takedown::host

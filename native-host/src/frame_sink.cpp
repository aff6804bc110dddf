#include "frame_sink.hpp"

namespace takedown::host {

bool FrameSink::write(std::string_view body) noexcept {
  try {
    const std::lock_guard lock(mutex_);
    if (!failure_.empty()) return false;
    const WriteResult written = write_frame(out_, body);
    if (!written.ok) failure_ = written.reason.empty() ? "write failed" : written.reason;
    return written.ok;
  } catch (...) {
    return false;  // a lock or string that could not be had: the frame is lost, the session notices below
  }
}

std::string FrameSink::failure() const {
  const std::lock_guard lock(mutex_);
  return failure_;
}

}  // namespace takedown::host

#pragma once
// Whole frames onto one ByteWriter from any thread: the session's read loop and its jobs all answer
// through one sink, so two frames never interleave on the wire.
#include <mutex>
#include <string>
#include <string_view>

#include "framing.hpp"

namespace takedown::host {

class FrameSink {
 public:
  explicit FrameSink(ByteWriter& out) : out_(out) {}
  FrameSink(const FrameSink&) = delete;
  FrameSink& operator=(const FrameSink&) = delete;

  // Writes one frame whole (header, body, flush) while holding the sink. After a failed write nothing
  // more is written: the browser stopped reading, and half a frame would corrupt the stream anyway.
  // Returns whether this frame was written. Never throws.
  bool write(std::string_view body) noexcept;

  // The first write failure, or empty while every frame was written.
  std::string failure() const;

 private:
  mutable std::mutex mutex_;
  ByteWriter& out_;
  std::string failure_;
};

}  // namespace takedown::host

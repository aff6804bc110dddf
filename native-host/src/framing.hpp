#pragma once
// Native messaging framing: a 32-bit length in native byte order, then that many bytes of UTF-8 JSON.
// Framing knows nothing about JSON or methods; it only moves bounded byte strings over a byte stream.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <takedown/protocol.hpp>

namespace takedown::host {

// The result of one low-level read or write: how many bytes moved, or why nothing could.
struct IoResult {
  std::size_t bytes = 0;
  std::string error;  // empty on success
};

// A source of bytes. read_some returns 0 bytes (and no error) only at the end of the stream;
// it may return fewer bytes than asked for, which the framing layer handles.
class ByteReader {
 public:
  virtual ~ByteReader() = default;
  virtual IoResult read_some(char* into, std::size_t size) = 0;
};

// A sink of bytes. write_some may write fewer bytes than given; flush pushes out anything buffered.
class ByteWriter {
 public:
  virtual ~ByteWriter() = default;
  virtual IoResult write_some(const char* from, std::size_t size) = 0;
  virtual IoResult flush() = 0;
};

inline constexpr std::size_t frame_header_bytes = 4;

enum class ReadKind {
  frame,             // a complete frame; `body` holds it (possibly empty)
  end_of_stream,     // the stream ended cleanly, before any byte of a header
  truncated_header,  // the stream ended inside the 4-byte length
  truncated_body,    // the stream ended before the announced number of body bytes
  too_large,         // the announced length is above the cap; nothing was allocated for it
  read_error,        // the operating system reported an error
};

struct ReadResult {
  ReadKind kind;
  std::string body;    // only for ReadKind::frame
  std::string reason;  // human-readable, for every kind but frame
};

// Reads one frame. A length above `max_body_bytes` is refused before anything is allocated, and the
// body buffer grows only as bytes actually arrive, so a lying header costs no memory.
ReadResult read_frame(ByteReader& reader, std::size_t max_body_bytes = protocol::limits::host_frame_in_max_bytes);

struct WriteResult {
  bool ok;
  std::string reason;  // empty when ok
};

// Writes one frame and flushes it. A body above `max_body_bytes` is refused and nothing is written:
// the browser would drop the port on it (Chromium checks `size > 1048576`).
WriteResult write_frame(ByteWriter& writer, std::string_view body,
                        std::size_t max_body_bytes = protocol::limits::host_frame_out_max_bytes);

// The 4 header bytes for a body of `size` bytes (size must fit in 32 bits), in native byte order.
std::string frame_header(std::uint32_t size);

}  // namespace takedown::host

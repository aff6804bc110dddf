#include "framing.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace takedown::host {
namespace {

// The first step of body growth; after it the buffer at most doubles per step, so memory tracks the
// bytes received (at most twice them) rather than the length the header claims.
constexpr std::size_t first_chunk_bytes = 64 * 1024;

struct Filled {
  std::size_t bytes;
  std::string error;
};

// Reads until `size` bytes arrived, the stream ended or an error occurred.
Filled read_fully(ByteReader& reader, char* into, std::size_t size) {
  std::size_t got = 0;
  while (got < size) {
    IoResult r = reader.read_some(into + got, size - got);
    if (!r.error.empty()) return {got, std::move(r.error)};
    if (r.bytes == 0) break;
    got += r.bytes;
  }
  return {got, {}};
}

WriteResult write_fully(ByteWriter& writer, const char* from, std::size_t size) {
  std::size_t sent = 0;
  while (sent < size) {
    IoResult r = writer.write_some(from + sent, size - sent);
    if (!r.error.empty()) return {false, "write failed: " + r.error};
    if (r.bytes == 0) return {false, "write failed: the stream accepted no bytes"};
    sent += r.bytes;
  }
  return {true, {}};
}

}  // namespace

std::string frame_header(std::uint32_t size) {
  std::string header(frame_header_bytes, '\0');
  std::memcpy(header.data(), &size, frame_header_bytes);
  return header;
}

ReadResult read_frame(ByteReader& reader, std::size_t max_body_bytes) {
  char header[frame_header_bytes];
  Filled head = read_fully(reader, header, frame_header_bytes);
  if (!head.error.empty()) return {ReadKind::read_error, {}, "read failed: " + head.error};
  if (head.bytes == 0) return {ReadKind::end_of_stream, {}, "end of input"};
  if (head.bytes < frame_header_bytes) {
    return {ReadKind::truncated_header, {},
            "truncated header: the input ended after " + std::to_string(head.bytes) + " of 4 length bytes"};
  }

  std::uint32_t length = 0;
  std::memcpy(&length, header, frame_header_bytes);
  if (length > max_body_bytes) {
    return {ReadKind::too_large, {},
            "frame too large: the header announces " + std::to_string(length) + " bytes; the limit is " +
                std::to_string(max_body_bytes)};
  }

  std::string body;
  std::size_t got = 0;
  while (got < length) {
    const std::size_t step = std::min<std::size_t>(length - got, std::max(got, first_chunk_bytes));
    body.resize(got + step);
    Filled part = read_fully(reader, body.data() + got, step);
    got += part.bytes;
    if (!part.error.empty()) return {ReadKind::read_error, {}, "read failed: " + part.error};
    if (part.bytes < step) {
      return {ReadKind::truncated_body, {},
              "truncated body: the input ended after " + std::to_string(got) + " of " + std::to_string(length) +
                  " announced bytes"};
    }
  }
  return {ReadKind::frame, std::move(body), {}};
}

WriteResult write_frame(ByteWriter& writer, std::string_view body, std::size_t max_body_bytes) {
  if (body.size() > max_body_bytes || body.size() > UINT32_MAX) {
    return {false, "reply not sent: it is " + std::to_string(body.size()) + " bytes; the limit is " +
                       std::to_string(max_body_bytes)};
  }
  const std::string header = frame_header(static_cast<std::uint32_t>(body.size()));
  if (WriteResult r = write_fully(writer, header.data(), header.size()); !r.ok) return r;
  if (WriteResult r = write_fully(writer, body.data(), body.size()); !r.ok) return r;
  if (IoResult r = writer.flush(); !r.error.empty()) return {false, "flush failed: " + r.error};
  return {true, {}};
}

}  // namespace takedown::host

// libFuzzer target: native messaging framing over arbitrary bytes.
// Input layout: one control byte, then the stream. The control byte's low 4 bits pick how many bytes
// each read may hand out (1..15, or 0 = as many as asked), so short reads are fuzzed too; its top bit
// picks a tiny frame cap (64 bytes) instead of the protocol's, so refusals are reached with small inputs.
// Every frame read must come back unchanged through write_frame + read_frame, and must respect the cap.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "framing.hpp"
#include "memory_stream.hpp"

namespace {

using takedown::host::ReadKind;
using takedown::host::read_frame;
using takedown::host::write_frame;
using takedown::host::test::MemoryReader;
using takedown::host::test::MemoryWriter;

// A broken invariant is a crash, so libFuzzer keeps the input.
void require(bool holds) {
  if (!holds) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t control = data[0];
  const std::size_t piece = (control & 0x0f) == 0 ? SIZE_MAX : (control & 0x0f);
  const std::size_t cap =
      (control & 0x80) != 0 ? 64 : takedown::protocol::limits::host_frame_in_max_bytes;
  const std::string stream(reinterpret_cast<const char*>(data) + 1, size - 1);

  MemoryReader in(stream, piece);
  std::size_t consumed = 0;
  for (;;) {
    const auto result = read_frame(in, cap);
    if (result.kind != ReadKind::frame) {
      require(!result.reason.empty());
      break;
    }
    require(result.body.size() <= cap);
    require(in.consumed() == consumed + 4 + result.body.size());  // exactly one frame, nothing more
    consumed = in.consumed();

    MemoryWriter out(piece);
    require(write_frame(out, result.body, cap).ok);
    require(out.data().size() == 4 + result.body.size());
    MemoryReader again(out.data());
    const auto echoed = read_frame(again, cap);
    require(echoed.kind == ReadKind::frame && echoed.body == result.body);
    require(read_frame(again, cap).kind == ReadKind::end_of_stream);
  }
  require(in.consumed() <= stream.size());
  return 0;
}

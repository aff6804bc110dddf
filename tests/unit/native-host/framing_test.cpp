// Framing and sessions over in-memory streams: exact bytes in, exact bytes out, every way a stream breaks.
#include "framing.hpp"

#include <doctest/doctest.h>
#include <string>

#include "exit_codes.hpp"
#include "memory_stream.hpp"
#include "session.hpp"

namespace framing_test {  // one per file: the unity build joins test files

using namespace std::string_literals;
using namespace takedown::host;
using takedown::host::test::frame;
using takedown::host::test::MemoryReader;
using takedown::host::test::MemoryWriter;
using takedown::host::test::native_header;

namespace {
constexpr std::size_t in_cap = takedown::protocol::limits::host_frame_in_max_bytes;
constexpr std::size_t out_cap = takedown::protocol::limits::host_frame_out_max_bytes;

const std::string ping_request = R"({"id":1,"method":"ping"})";
const std::string ping_reply = R"({"id":1,"ok":true,"result":{"pong":true}})";
// The same frames as literal bytes: 24 = 0x18 and 41 = 0x29 bytes of body.
const std::string ping_request_frame = native_header("\x18\x00\x00\x00"s) + ping_request;
const std::string ping_reply_frame = native_header("\x29\x00\x00\x00"s) + ping_reply;
}  // namespace

TEST_CASE("the length prefix is 32 bits in native byte order") {
  CHECK(frame_header(24) == native_header("\x18\x00\x00\x00"s));
  CHECK(frame_header(0x01020304) == native_header("\x04\x03\x02\x01"s));
  CHECK(frame_header(0) == "\x00\x00\x00\x00"s);
  CHECK(frame(ping_request) == ping_request_frame);
}

TEST_CASE("a golden ping frame is read exactly") {
  MemoryReader in(ping_request_frame);
  const ReadResult r = read_frame(in);
  CHECK(r.kind == ReadKind::frame);
  CHECK(r.body == ping_request);
  CHECK(read_frame(in).kind == ReadKind::end_of_stream);
}

TEST_CASE("several frames in one buffer are read one by one, also one byte at a time") {
  const std::string stream = frame("{}") + frame(ping_request) + frame("") + frame("[1,2,3]");
  for (const std::size_t piece : {SIZE_MAX, std::size_t{1}, std::size_t{3}}) {
    CAPTURE(piece);
    MemoryReader in(stream, piece);
    CHECK(read_frame(in).body == "{}");
    CHECK(read_frame(in).body == ping_request);
    const ReadResult empty = read_frame(in);
    CHECK(empty.kind == ReadKind::frame);
    CHECK(empty.body.empty());
    CHECK(read_frame(in).body == "[1,2,3]");
    const ReadResult end = read_frame(in);
    CHECK(end.kind == ReadKind::end_of_stream);
    CHECK(end.reason == "end of input");
  }
}

TEST_CASE("an empty stream is a clean end, not an error") {
  MemoryReader in("");
  CHECK(read_frame(in).kind == ReadKind::end_of_stream);
}

TEST_CASE("a stream ending inside the header is a truncated header") {
  for (const std::size_t n : {std::size_t{1}, std::size_t{2}, std::size_t{3}}) {
    CAPTURE(n);
    MemoryReader in(ping_request_frame.substr(0, n), 1);
    const ReadResult r = read_frame(in);
    CHECK(r.kind == ReadKind::truncated_header);
    CHECK(r.reason == "truncated header: the input ended after " + std::to_string(n) + " of 4 length bytes");
  }
}

TEST_CASE("a stream ending inside the body is a truncated body") {
  MemoryReader in(native_header("\x0a\x00\x00\x00"s) + "abc");
  const ReadResult r = read_frame(in);
  CHECK(r.kind == ReadKind::truncated_body);
  CHECK(r.body.empty());
  CHECK(r.reason == "truncated body: the input ended after 3 of 10 announced bytes");

  MemoryReader header_only(frame(ping_request).substr(0, 4));
  CHECK(read_frame(header_only).kind == ReadKind::truncated_body);
}

TEST_CASE("a length above the cap is refused after the header, before any body read") {
  for (const std::uint32_t length : {0xFFFFFFFFu, static_cast<std::uint32_t>(in_cap + 1)}) {
    CAPTURE(length);
    MemoryReader in(frame_header(length) + "more bytes that must stay unread");
    const ReadResult r = read_frame(in);
    CHECK(r.kind == ReadKind::too_large);
    CHECK(r.body.empty());
    CHECK(r.reason == "frame too large: the header announces " + std::to_string(length) +
                          " bytes; the limit is 67108864");
    CHECK(in.consumed() == 4);
    CHECK(in.largest_request() == 4);
  }
  // A smaller cap is honoured too.
  MemoryReader small(frame("12345"));
  CHECK(read_frame(small, 4).kind == ReadKind::too_large);
}

TEST_CASE("a length at the cap is accepted, but memory follows the bytes that arrive") {
  MemoryReader in(frame_header(static_cast<std::uint32_t>(in_cap)) + "only a few bytes");
  const ReadResult r = read_frame(in);
  CHECK(r.kind == ReadKind::truncated_body);
  // The reader was never asked for the announced 64 MiB at once.
  CHECK(in.largest_request() <= 64 * 1024);
}

TEST_CASE("a large frame arriving in pieces is read completely") {
  const std::string body(3 * 1024 * 1024 + 17, 'x');
  MemoryReader in(frame(body), 4093);
  const ReadResult r = read_frame(in);
  REQUIRE(r.kind == ReadKind::frame);
  CHECK(r.body == body);
}

TEST_CASE("a read error is reported as such") {
  MemoryReader in(ping_request_frame, 1);
  in.fail_at(6);
  const ReadResult r = read_frame(in);
  CHECK(r.kind == ReadKind::read_error);
  CHECK(r.reason == "read failed: simulated read failure");

  MemoryReader at_start("");
  at_start.fail_at(0);
  CHECK(read_frame(at_start).kind == ReadKind::read_error);
}

TEST_CASE("write_frame writes the golden bytes and flushes each frame") {
  MemoryWriter out;
  CHECK(write_frame(out, ping_reply).ok);
  CHECK(out.data() == ping_reply_frame);
  CHECK(out.flushes() == 1);
  CHECK(write_frame(out, "").ok);
  CHECK(out.data() == ping_reply_frame + "\x00\x00\x00\x00"s);
  CHECK(out.flushes() == 2);
}

TEST_CASE("write_frame loops over partial writes") {
  MemoryWriter out(3);
  CHECK(write_frame(out, ping_reply).ok);
  CHECK(out.data() == ping_reply_frame);
}

TEST_CASE("write_frame sends exactly 1048576 bytes and refuses 1048577 without writing anything") {
  const std::string at_cap(out_cap, 'a');
  MemoryWriter out;
  const WriteResult ok = write_frame(out, at_cap);
  CHECK(ok.ok);
  CHECK(out.data().size() == 4 + out_cap);
  CHECK(out.data().substr(0, 4) == native_header("\x00\x00\x10\x00"s));

  MemoryWriter refused_out;
  const WriteResult refused = write_frame(refused_out, at_cap + "a");
  CHECK_FALSE(refused.ok);
  CHECK(refused.reason == "reply not sent: it is 1048577 bytes; the limit is 1048576");
  CHECK(refused_out.data().empty());
  CHECK(refused_out.flushes() == 0);
}

TEST_CASE("write_frame reports a failing stream") {
  MemoryWriter out;
  out.fail();
  const WriteResult r = write_frame(out, ping_reply);
  CHECK_FALSE(r.ok);
  CHECK(r.reason == "write failed: simulated broken pipe");
}

TEST_CASE("a session answers a golden ping with golden bytes and ends cleanly") {
  MemoryReader in(ping_request_frame);
  MemoryWriter out;
  const SessionEnd end = run_session(in, out);
  CHECK(out.data() == ping_reply_frame);
  CHECK(end.exit_code == exit_code::ok);
  CHECK(end.reason == "end of input (1 request answered)");
}

TEST_CASE("a session answers pipelined requests in order, bad ones included") {
  const std::string stream = frame(ping_request) + frame("") + frame("not json") + frame(R"({"id":"b","method":"nope"})") +
                             frame(R"({"id":2,"method":"core.echo","params":{"value":"v"}})");
  MemoryReader in(stream, 5);
  MemoryWriter out(7);
  const SessionEnd end = run_session(in, out);
  CHECK(end.exit_code == exit_code::ok);
  CHECK(end.reason == "end of input (5 requests answered)");
  const std::string bad_json =
      R"({"id":null,"ok":false,"error":{"code":"bad_json","message":"request is not valid UTF-8 JSON"}})";
  CHECK(out.data() ==
        ping_reply_frame + frame(bad_json) + frame(bad_json) +
            frame(R"({"id":"b","ok":false,"error":{"code":"unknown_method","message":"no core method named \"nope\""}})") +
            frame(R"({"id":2,"ok":true,"result":{"value":"v"}})"));
  CHECK(out.flushes() == 5);
}

TEST_CASE("a session stops on a corrupt stream, keeping the replies already sent") {
  SUBCASE("length above the cap") {
    MemoryReader in(ping_request_frame + "\xff\xff\xff\xff"s + "junk");
    MemoryWriter out;
    const SessionEnd end = run_session(in, out);
    CHECK(end.exit_code == exit_code::corrupt_input);
    CHECK(end.reason ==
          "corrupt input: frame too large: the header announces 4294967295 bytes; the limit is 67108864 "
          "(1 request answered)");
    CHECK(out.data() == ping_reply_frame);
  }
  SUBCASE("truncated header") {
    MemoryReader in(ping_request_frame + "\x05\x00"s);
    MemoryWriter out;
    const SessionEnd end = run_session(in, out);
    CHECK(end.exit_code == exit_code::corrupt_input);
    CHECK(end.reason.starts_with("corrupt input: truncated header"));
  }
  SUBCASE("truncated body") {
    MemoryReader in(frame(ping_request).substr(0, 10));
    MemoryWriter out;
    const SessionEnd end = run_session(in, out);
    CHECK(end.exit_code == exit_code::corrupt_input);
    CHECK(end.reason == "corrupt input: truncated body: the input ended after 6 of 24 announced bytes (0 requests answered)");
    CHECK(out.data().empty());
  }
}

TEST_CASE("a session stops when the browser goes away") {
  MemoryReader in(ping_request_frame + ping_request_frame);
  MemoryWriter out;
  out.fail();
  const SessionEnd end = run_session(in, out);
  CHECK(end.exit_code == exit_code::io_error);
  CHECK(end.reason == "browser stopped reading: write failed: simulated broken pipe (0 requests answered)");

  MemoryReader broken(ping_request_frame);
  broken.fail_at(4);
  MemoryWriter sink;
  const SessionEnd read_end = run_session(broken, sink);
  CHECK(read_end.exit_code == exit_code::io_error);
  CHECK(read_end.reason.starts_with("read failed: simulated read failure"));
}

}  // namespace framing_test

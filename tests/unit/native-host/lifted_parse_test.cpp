// The request parser that lifts long plain strings out before nlohmann lexes them (issue #17): it
// must answer exactly as core::parse_bounded does, for every input, lifted or not.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "lifted_parse.hpp"

namespace lifted_parse_test {  // one per file: the unity build joins test files

using takedown::core::Failure;
using takedown::core::JsonBounds;
using takedown::host::lift_min_bytes;
using takedown::host::parse_lifting_long_strings;

namespace {

constexpr JsonBounds bounds{takedown::protocol::limits::host_frame_in_max_bytes, takedown::protocol::limits::json_max_depth};

// Both parsers on `text`: the same tree, or the same failure.
void same_as_plain_parse(const std::string& text) {
  const auto plain = takedown::core::parse_bounded(text, bounds, "request");
  const auto lifted = parse_lifting_long_strings(text, bounds, "request");
  REQUIRE(plain.index() == lifted.index());
  if (const auto* value = std::get_if<nlohmann::json>(&plain)) {
    CHECK(*value == std::get<nlohmann::json>(lifted));
  } else {
    CHECK(std::get<Failure>(plain).code == std::get<Failure>(lifted).code);
    CHECK(std::get<Failure>(plain).message == std::get<Failure>(lifted).message);
  }
}

std::string base64_like(std::size_t size) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string text(size, 'A');
  for (std::size_t i = 0; i < size; ++i) text[i] = alphabet[(i * 7 + i / 64) % 64];
  return text;
}

}  // namespace

TEST_CASE("lifted parse: an upload chunk comes back whole, as the plain parser reads it") {
  const std::string data = base64_like(3 * lift_min_bytes);
  const std::string text = R"({"id":7,"method":"vault.upload_chunk","params":{"sha256":"ab","offset":0,"data":")" + data + R"("}})";
  const auto parsed = parse_lifting_long_strings(text, bounds, "request");
  REQUIRE(std::holds_alternative<nlohmann::json>(parsed));
  CHECK(std::get<nlohmann::json>(parsed)["params"]["data"] == data);
  same_as_plain_parse(text);
}

TEST_CASE("lifted parse: every other shape answers as the plain parser does") {
  const std::string data = base64_like(lift_min_bytes + 5);
  // Several long values, in arrays and objects, with whitespace around them.
  same_as_plain_parse(R"({"a":[")" + data + R"(", ")" + data + "x" + R"("], "b" : { "c" :  ")" + data + R"(" }})");
  // A long key is never lifted (it would stay a marker), a long value beside it is.
  same_as_plain_parse(R"({")" + data + R"(":")" + data + R"("})");
  same_as_plain_parse(R"({")" + data + R"(" : 1})");
  // Escapes, quotes and non-ASCII inside a long string: left to nlohmann.
  same_as_plain_parse(R"({"a":")" + data + R"(\"\\\n"})");
  same_as_plain_parse(R"({"a":")" + data + "\xc3\xa9" + R"("})");
  same_as_plain_parse(R"({"a":")" + data + "\xff" + R"("})");       // invalid UTF-8
  same_as_plain_parse(R"({"a":")" + data + "\t" + R"("})");         // a raw control character
  same_as_plain_parse(std::string(R"({"a":")") + data + '\0' + R"("})");   // a raw NUL
  // A text that already holds the marker's escape is parsed without lifting, so it stays itself.
  same_as_plain_parse(R"({"a":"\u0000lifted:0","b":")" + data + R"("})");
  // Broken texts fail the same way: unterminated, two strings in a row, too deep, trailing bytes.
  same_as_plain_parse(R"({"a":")" + data);
  same_as_plain_parse(R"({"a":[")" + data + R"(" ")" + data + R"("]})");
  same_as_plain_parse(std::string(100, '[') + R"(")" + data + R"(")" + std::string(100, ']'));
  same_as_plain_parse(R"({"a":")" + data + R"("} x)");
  // Short texts and short strings take the plain path.
  same_as_plain_parse(R"({"a":"short"})");
  same_as_plain_parse(R"({"a":")" + base64_like(lift_min_bytes - 1) + R"(","b":")" + data + R"("})");
}

}  // namespace lifted_parse_test

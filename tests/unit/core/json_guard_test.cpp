#include <takedown/core/json_guard.hpp>

#include <doctest/doctest.h>

namespace json_guard_test {  // one per file: the unity build joins test files

using takedown::core::json_depth;
using takedown::core::parse_bounded;
using takedown::core::Failure;
using takedown::protocol::ErrorCode;

TEST_CASE("json_depth counts nesting and ignores brackets in strings") {
  CHECK(json_depth("1", 64) == 0);
  CHECK(json_depth("[]", 64) == 1);
  CHECK(json_depth(R"({"a":[{"b":[]}]})", 64) == 4);
  CHECK(json_depth(R"(["[[[[", "\"[[["])", 64) == 1);
  CHECK(json_depth(R"("\\" [[)", 64) == 2);
  CHECK(json_depth("]]]][", 64) == 1);
  CHECK(json_depth("[[[[[[[[[[", 3) == 4);   // stops early
}

TEST_CASE("parse_bounded names the input and the limit") {
  auto too_big = parse_bounded("[1,2,3]", {3, 64}, "frame");
  REQUIRE(std::holds_alternative<Failure>(too_big));
  CHECK(std::get<Failure>(too_big).code == ErrorCode::too_large);
  CHECK(std::get<Failure>(too_big).message == "frame is 7 bytes; the limit is 3");

  auto deep = parse_bounded("[[[]]]", {100, 2}, "frame");
  REQUIRE(std::holds_alternative<Failure>(deep));
  CHECK(std::get<Failure>(deep).code == ErrorCode::too_deep);

  auto bad = parse_bounded("{,}", {100, 2}, "frame");
  REQUIRE(std::holds_alternative<Failure>(bad));
  CHECK(std::get<Failure>(bad).code == ErrorCode::bad_json);

  auto good = parse_bounded(R"({"a":[1]})", {100, 2}, "frame");
  REQUIRE(std::holds_alternative<nlohmann::json>(good));
  CHECK(std::get<nlohmann::json>(good)["a"][0] == 1);
}

TEST_CASE("a NUL byte anywhere is bad JSON, not the end of the input") {
  using namespace std::string_view_literals;
  for (const auto text : {"{\"a\":1}\0garbage"sv, "\0"sv, "[1,\0 2]"sv, "{\"a\":\"x\0y\"}"sv}) {
    auto parsed = parse_bounded(text, {100, 8}, "frame");
    REQUIRE(std::holds_alternative<Failure>(parsed));
    CHECK(std::get<Failure>(parsed).code == ErrorCode::bad_json);
  }
}

}  // namespace json_guard_test

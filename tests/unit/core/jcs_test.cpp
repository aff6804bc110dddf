// RFC 8785: the appendix B number vectors, the §3.2.2 and §3.2.3 examples, strings, integers.
#include "evidence/jcs.hpp"

#include <doctest/doctest.h>
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

namespace jcs_test {  // one per file: the unity build joins test files

using nlohmann::json;
using takedown::evidence::canonicalize;
using takedown::evidence::compare_utf16;
using takedown::evidence::es_number;

namespace {
std::string canonical(std::string_view text) {
  const auto result = canonicalize(json::parse(text));
  REQUIRE(result.has_value());
  return *result;
}
}  // namespace

TEST_CASE("RFC 8785 appendix B: IEEE-754 bit patterns and their ECMAScript text") {
  const std::pair<std::uint64_t, const char*> vectors[] = {
      {0x0000000000000000, "0"},
      {0x8000000000000000, "0"},  // minus zero
      {0x0000000000000001, "5e-324"},
      {0x8000000000000001, "-5e-324"},
      {0x7fefffffffffffff, "1.7976931348623157e+308"},
      {0xffefffffffffffff, "-1.7976931348623157e+308"},
      {0x4340000000000000, "9007199254740992"},
      {0xc340000000000000, "-9007199254740992"},
      {0x4430000000000000, "295147905179352830000"},
      {0x44b52d02c7e14af5, "9.999999999999997e+22"},
      {0x44b52d02c7e14af6, "1e+23"},
      {0x44b52d02c7e14af7, "1.0000000000000001e+23"},
      {0x444b1ae4d6e2ef4e, "999999999999999700000"},
      {0x444b1ae4d6e2ef4f, "999999999999999900000"},
      {0x444b1ae4d6e2ef50, "1e+21"},
      {0x3eb0c6f7a0b5ed8c, "9.999999999999997e-7"},
      {0x3eb0c6f7a0b5ed8d, "0.000001"},
      {0x41b3de4355555553, "333333333.3333332"},
      {0x41b3de4355555554, "333333333.33333325"},
      {0x41b3de4355555555, "333333333.3333333"},
      {0x41b3de4355555556, "333333333.3333334"},
      {0x41b3de4355555557, "333333333.33333343"},
      {0xbecbf647612f3696, "-0.0000033333333333333333"},
      {0x43143ff3c1cb0959, "1424953923781206.2"},
  };
  for (const auto& [bits, expected] : vectors) {
    const auto& expected_text = expected;  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(expected_text);
    CHECK(es_number(std::bit_cast<double>(bits)) == expected);
    CHECK(*canonicalize(json(std::bit_cast<double>(bits))) == expected);
  }
}

TEST_CASE("NaN and infinities cannot be canonicalised (RFC 8785 §3.2.2.3)") {
  std::string problem;
  CHECK_FALSE(canonicalize(json(std::bit_cast<double>(std::uint64_t{0x7fffffffffffffff})), &problem).has_value());
  CHECK(problem.find("NaN or infinite") != std::string::npos);
  CHECK_FALSE(canonicalize(json::array({1, std::numeric_limits<double>::infinity()})).has_value());
  CHECK_FALSE(canonicalize(json(-std::numeric_limits<double>::infinity())).has_value());
}

TEST_CASE("ECMAScript exponent rules at the edges") {
  CHECK(es_number(1e21) == "1e+21");
  CHECK(es_number(1e20) == "100000000000000000000");
  CHECK(es_number(1e-7) == "1e-7");
  CHECK(es_number(0.000001) == "0.000001");
  CHECK(es_number(1.5e-7) == "1.5e-7");
  CHECK(es_number(123e-20) == "1.23e-18");
  CHECK(es_number(-0.0) == "0");
  CHECK(es_number(0.1) == "0.1");
  CHECK(es_number(100) == "100");
  CHECK(es_number(1.25) == "1.25");
  CHECK(es_number(4.35) == "4.35");
  CHECK(es_number(2e-3) == "0.002");
  CHECK(es_number(5e-324) == "5e-324");
}

TEST_CASE("RFC 8785 §3.2.2: the example with numbers, a string and literals") {
  const char* input = R"({
    "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
    "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
    "literals": [null, true, false]
  })";
  CHECK(canonical(input) ==
        "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
        "\"string\":\"\xE2\x82\xAC$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
}

TEST_CASE("RFC 8785 §3.2.3: member names sorted as UTF-16 code units, non-BMP before U+FB33") {
  const char* input = R"({
    "\u20ac": "Euro Sign",
    "\r": "Carriage Return",
    "\ufb33": "Hebrew Letter Dalet With Dagesh",
    "1": "One",
    "\ud83d\ude00": "Emoji: Grinning Face",
    "\u0080": "Control",
    "\u00f6": "Latin Small Letter O With Diaeresis"
  })";
  CHECK(canonical(input) ==
        "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xC2\x80\":\"Control\","
        "\"\xC3\xB6\":\"Latin Small Letter O With Diaeresis\",\"\xE2\x82\xAC\":\"Euro Sign\","
        "\"\xF0\x9F\x98\x80\":\"Emoji: Grinning Face\",\"\xEF\xAC\xB3\":\"Hebrew Letter Dalet With Dagesh\"}");
}

TEST_CASE("strings: only the mandatory escapes, other controls as lowercase \\u00xx") {
  CHECK(canonical(R"("\b\f\n\r\t")") == R"("\b\f\n\r\t")");
  CHECK(canonical(R"("\u0000\u001f\u000b")") == R"("\u0000\u001f\u000b")");
  CHECK(canonical(R"("\u007f \u2028 \u2029 /")") == "\"\x7F \xE2\x80\xA8 \xE2\x80\xA9 /\"");
  CHECK(canonical(R"("\u00e9\ud83d\ude00")") == "\"\xC3\xA9\xF0\x9F\x98\x80\"");
  CHECK_FALSE(canonicalize(json(std::string("\xff"))).has_value());  // built in C++, never parsed
}

TEST_CASE("integers: exact within 2^53, beyond it rounded to the double JSON.parse would make") {
  CHECK(canonical("[0,-0,1,-1,9007199254740991,-9007199254740991,9007199254740992]") ==
        "[0,0,1,-1,9007199254740991,-9007199254740991,9007199254740992]");
  CHECK(canonical("9007199254740993") == "9007199254740992");
  CHECK(canonical("18446744073709551615") == "18446744073709552000");
  CHECK(canonical("-9223372036854775808") == "-9223372036854776000");
  CHECK(canonical("123456789012345678901234567890") == "1.2345678901234568e+29");
}

TEST_CASE("structure: no whitespace, nested objects sorted, empty containers") {
  CHECK(canonical(R"( { "b" : [ 1 , { "z" : {}, "a" : [] } ], "a" : { "d": 1, "c": 2 } } )") ==
        R"({"a":{"c":2,"d":1},"b":[1,{"a":[],"z":{}}]})");
  CHECK(canonical("[]") == "[]");
  CHECK(canonical("{}") == "{}");
  CHECK(canonical("\"\"") == "\"\"");
}

TEST_CASE("compare_utf16 orders as UTF-16 code units") {
  CHECK(compare_utf16("a", "b") < 0);
  CHECK(compare_utf16("ab", "a") > 0);
  CHECK(compare_utf16("", "") == 0);
  CHECK(compare_utf16("\xF0\x9F\x98\x80", "\xEF\xAC\xB3") < 0);        // U+1F600 (D83D) before U+FB33
  CHECK(compare_utf16("\xEE\x80\x80", "\xF0\x90\x80\x80") > 0);        // U+E000 after U+10000 (D800)
  CHECK(compare_utf16("\xF0\x90\x80\x81", "\xF0\x90\x80\x80") > 0);    // same high surrogate
  CHECK(compare_utf16("\xED\x9F\xBF", "\xF0\x90\x80\x80") < 0);        // U+D7FF before U+10000
}

TEST_CASE("every number printed reads back as the same double") {
  std::uint64_t state = 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 20000; ++i) {
    state ^= state << 13, state ^= state >> 7, state ^= state << 17;
    const double value = std::bit_cast<double>(state);
    if (!std::isfinite(value)) continue;
    const std::string text = es_number(value);
    CAPTURE(text);
    CHECK(std::strtod(text.c_str(), nullptr) == (value == 0 ? 0.0 : value));
  }
}

}  // namespace jcs_test

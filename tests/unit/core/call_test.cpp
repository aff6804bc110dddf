#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>

namespace call_test {  // one per file: the unity build joins test files

using nlohmann::json;
using takedown::core::call;

namespace {
json answer(std::string_view method, std::string_view params) { return json::parse(call(method, params)); }
std::string code_of(std::string_view method, std::string_view params) {
  return answer(method, params)["error"]["code"].get<std::string>();
}
}  // namespace

TEST_CASE("core.version names the core, its release and the protocol") {
  CHECK(call("core.version", "{}") == R"({"ok":true,"result":{"name":"takedown-core","protocol":1,"version":"0.1.0"}})");
}

TEST_CASE("core.echo returns its value unchanged, whatever JSON it is") {
  for (const char* value : {"null", "true", "0", "-12", "1.5", "\"\"", "\"caf\\u00e9 \\ud83d\\ude00\"", "[]", "{}",
                            R"({"a":[1,{"b":null}],"z":"x"})", "18446744073709551615", "-9223372036854775808"}) {
    CAPTURE(value);
    const auto out = answer("core.echo", std::string(R"({"value":)") + value + "}");
    CHECK(out["ok"] == true);
    CHECK(out["result"]["value"] == json::parse(value));
  }
}

TEST_CASE("the envelope puts ok first in both shapes") {
  CHECK(call("core.echo", R"({"value":1})").rfind(R"({"ok":true,"result":)", 0) == 0);
  CHECK(call("core.echo", "[]").rfind(R"({"ok":false,"error":{"code":"invalid_params",)", 0) == 0);
}

TEST_CASE("params are schema-checked") {
  CHECK(code_of("core.echo", "{}") == "invalid_params");
  CHECK(code_of("core.echo", R"({"value":1,"extra":2})") == "invalid_params");
  CHECK(code_of("core.echo", "[1]") == "invalid_params");
  CHECK(code_of("core.echo", "null") == "invalid_params");
  CHECK(code_of("core.version", R"({"x":1})") == "invalid_params");
  CHECK(answer("core.echo", "{}")["error"]["message"] == "params.value is required");
}

TEST_CASE("bad input gets a coded error, never a crash") {
  CHECK(code_of("core.echo", "") == "bad_json");
  CHECK(code_of("core.echo", "{") == "bad_json");
  CHECK(code_of("core.echo", R"({"value":1} trailing)") == "bad_json");
  CHECK(code_of("core.echo", "{\"value\":\"\xff\xfe\"}") == "bad_json");   // invalid UTF-8
  CHECK(code_of("core.echo", "{\"value\":\"\xc3\"}") == "bad_json");       // truncated sequence
  CHECK(code_of("core.echo", std::string("{\"value\":\"a\0b\"}", 15)) == "bad_json");
  CHECK(code_of("no.such", "{}") == "unknown_method");
  CHECK(code_of("", "{}") == "unknown_method");
  CHECK(code_of(std::string(65, 'm'), "{}") == "too_large");
}

TEST_CASE("an unknown method name with invalid UTF-8 still yields valid JSON") {
  const std::string out = call("\xff\xfe", "{}");
  CHECK(json::parse(out)["error"]["code"] == "unknown_method");
}

TEST_CASE("inputs are size- and depth-limited") {
  const std::string deep = std::string(R"({"value":)") + std::string(64, '[') + std::string(64, ']') + "}";
  CHECK(code_of("core.echo", deep) == "too_deep");
  const std::string ok_depth = std::string(R"({"value":)") + std::string(63, '[') + std::string(63, ']') + "}";
  CHECK(answer("core.echo", ok_depth)["ok"] == true);
  // A million nested brackets must not recurse: the guard rejects it before parsing.
  CHECK(code_of("core.echo", std::string(1'000'000, '[')) == "too_deep");

  const std::string big_value(1024 * 1024, 'x');
  CHECK(code_of("core.echo", R"({"value":")" + big_value + "\"}") == "too_large");
  const std::string fits(1024 * 1024 - 20, 'x');
  CHECK(answer("core.echo", R"({"value":")" + fits + "\"}")["ok"] == true);
}

}  // namespace call_test

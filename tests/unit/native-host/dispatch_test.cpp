// Request in, reply out: the schema, the host's own methods, forwarding to the core, and the reply cap.
#include "dispatch.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <takedown/core/call.hpp>
#include <takedown/protocol.hpp>

#include "host_methods.hpp"

namespace dispatch_test {  // one per file: the unity build joins test files

using namespace std::string_literals;
using nlohmann::json;
using takedown::host::call_method;
using takedown::host::dispatch;

namespace {

json reply(std::string_view request) {
  const std::string text = dispatch(request);
  // Every reply puts "id" first and "ok" second, and is valid JSON.
  CHECK(text.rfind(R"({"id":)", 0) == 0);
  const json parsed = json::parse(text);
  CHECK(text.find(R"(,"ok":)") == std::string(R"({"id":)").size() + parsed["id"].dump().size());
  return parsed;
}

std::string code_of(std::string_view request) { return reply(request)["error"]["code"].get<std::string>(); }

}  // namespace

TEST_CASE("the host method table matches protocol.json") {
  const auto table = takedown::host::host_method_table();
  REQUIRE(table.size() == takedown::protocol::host_methods.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    CHECK(table[i].name == std::string_view(takedown::protocol::host_methods[i]));
  }
}

TEST_CASE("ping answers pong, with or without empty params") {
  CHECK(dispatch(R"({"id":1,"method":"ping"})") == R"({"id":1,"ok":true,"result":{"pong":true}})");
  CHECK(dispatch(R"({"method":"ping","params":{},"id":"p-1"})") == R"({"id":"p-1","ok":true,"result":{"pong":true}})");
  CHECK(dispatch(R"({"id":1,"method":"ping","params":{"x":1}})") ==
        R"({"id":1,"ok":false,"error":{"code":"invalid_params","message":"params.x is not a known field"}})");
}

TEST_CASE("version names the host, its release, the protocol and the linked core") {
  const json out = reply(R"({"id":2,"method":"version"})");
  CHECK(out["ok"] == true);
  CHECK(out["result"]["name"] == "takedown-host");
  CHECK(out["result"]["version"] == std::string(takedown::protocol::release));
  CHECK(out["result"]["protocol"] == takedown::protocol::version);
  CHECK(out["result"]["core"] == json::parse(takedown::core::call("core.version", "{}"))["result"]);
  CHECK(out["result"].size() == 4);
}

TEST_CASE("core methods are forwarded and their envelope kept byte for byte") {
  CHECK(dispatch(R"({"id":"a","method":"core.echo","params":{"value":[1,"x",null]}})") ==
        R"({"id":"a","ok":true,"result":{"value":[1,"x",null]}})");
  CHECK(dispatch(R"({"id":7,"method":"core.version"})") == R"({"id":7,)" + takedown::core::call("core.version", "{}").substr(1));
  // A core schema error comes back with the core's own code and message.
  CHECK(dispatch(R"({"id":8,"method":"core.echo","params":{}})") ==
        R"({"id":8,"ok":false,"error":{"code":"invalid_params","message":"params.value is required"}})");
}

TEST_CASE("an unknown method is unknown_method, with the id kept") {
  const json out = reply(R"({"id":3,"method":"core.nope"})");
  CHECK(out["id"] == 3);
  CHECK(out["ok"] == false);
  CHECK(out["error"]["code"] == "unknown_method");
  CHECK(code_of(R"({"id":3,"method":""})") == "unknown_method");
  CHECK(code_of(R"({"id":3,"method":"PING"})") == "unknown_method");
  // A huge name is refused for its size, not echoed back.
  CHECK(code_of(R"({"id":3,"method":")" + std::string(1000, 'm') + "\"}") == "too_large");
}

TEST_CASE("invalid JSON and invalid UTF-8 get bad_json with a null id") {
  for (const std::string& bad : {""s, "{"s, R"({"id":1,"method":"ping")"s, "not json"s, R"({"id":1} x)"s,
                                "{\"id\":1,\"method\":\"p\xffng\"}"s, "{\"id\":\"\xc3\",\"method\":\"ping\"}"s}) {
    CAPTURE(bad);
    const json out = reply(bad);
    CHECK(out["id"].is_null());
    CHECK(out["error"]["code"] == "bad_json");
    CHECK(out["error"]["message"] == "request is not valid UTF-8 JSON");
  }
}

TEST_CASE("a request that is not an object is bad_message") {
  for (const char* bad : {"[]", "1", "\"ping\"", "null", "true"}) {
    CAPTURE(bad);
    CHECK(code_of(bad) == "bad_message");
    CHECK(reply(bad)["id"].is_null());
  }
  CHECK(reply("[1]")["error"]["message"] == "request must be an object, not array");
}

TEST_CASE("the id must be a string of at most 64 bytes or an integer") {
  CHECK(reply(R"({"method":"ping"})")["error"]["message"] == "request.id is required");
  for (const char* bad : {R"({"id":true,"method":"ping"})", R"({"id":1.5,"method":"ping"})", R"({"id":null,"method":"ping"})",
                          R"({"id":[1],"method":"ping"})", R"({"id":{},"method":"ping"})", R"({"id":1e3,"method":"ping"})"}) {
    CAPTURE(bad);
    const json out = reply(bad);
    CHECK(out["id"].is_null());
    CHECK(out["error"]["code"] == "bad_message");
  }
  CHECK(reply(R"({"id":true,"method":"ping"})")["error"]["message"] == "request.id must be a string or an integer, not boolean");

  const std::string at_limit(64, 'i');
  CHECK(reply(R"({"id":")" + at_limit + R"(","method":"ping"})")["id"] == at_limit);
  const json too_long = reply(R"({"id":")" + at_limit + R"(x","method":"ping"})");
  CHECK(too_long["id"].is_null());
  CHECK(too_long["error"]["message"] == "request.id is 65 bytes; the limit is 64");
}

TEST_CASE("ids come back exactly as sent") {
  for (const char* id : {"0", "-1", "9223372036854775807", "-9223372036854775808", "18446744073709551615", R"("")",
                         R"("caf\u00e9 \ud83d\ude00")", R"("a\"b\\c\n")", R"("ünïcødé")"}) {
    CAPTURE(id);
    const std::string text = dispatch(std::string(R"({"id":)") + id + R"(,"method":"ping"})");
    CHECK(json::parse(text)["id"] == json::parse(id));
    CHECK(json::parse(text)["ok"] == true);
  }
  CHECK(dispatch(R"({"id":18446744073709551615,"method":"ping"})").rfind(R"({"id":18446744073709551615,"ok":true)", 0) == 0);
}

TEST_CASE("method must be a string; unknown request fields are refused; errors keep the id") {
  const json missing = reply(R"({"id":5})");
  CHECK(missing["id"] == 5);
  CHECK(missing["error"]["code"] == "bad_message");
  CHECK(missing["error"]["message"] == "request.method is required");
  for (const char* bad : {R"({"id":5,"method":1})", R"({"id":5,"method":null})", R"({"id":5,"method":["ping"]})"}) {
    CAPTURE(bad);
    CHECK(reply(bad)["id"] == 5);
    CHECK(code_of(bad) == "bad_message");
  }
  const json extra = reply(R"({"id":5,"method":"ping","param":{}})");
  CHECK(extra["id"] == 5);
  CHECK(extra["error"]["code"] == "bad_message");
  CHECK(extra["error"]["message"] == "request.param is not a known field");
}

TEST_CASE("params must be an object: invalid_params otherwise") {
  for (const char* bad : {R"({"id":6,"method":"ping","params":[]})", R"({"id":6,"method":"core.echo","params":"x"})",
                          R"({"id":6,"method":"ping","params":null})", R"({"id":6,"method":"version","params":0})"}) {
    CAPTURE(bad);
    const json out = reply(bad);
    CHECK(out["id"] == 6);
    CHECK(out["error"]["code"] == "invalid_params");
  }
  CHECK(reply(R"({"id":6,"method":"ping","params":[]})")["error"]["message"] == "params must be an object, not array");
}

TEST_CASE("nesting deeper than json_max_depth is too_deep") {
  const std::size_t max_depth = takedown::protocol::limits::json_max_depth;
  // request object + params object + value arrays: exactly at the limit it is answered.
  const auto echo_nested = [](std::size_t arrays) {
    return R"({"id":9,"method":"core.echo","params":{"value":)" + std::string(arrays, '[') + std::string(arrays, ']') +
           "}}";
  };
  CHECK(reply(echo_nested(max_depth - 2))["ok"] == true);
  const json deep = reply(echo_nested(max_depth - 1));
  CHECK(deep["id"].is_null());
  CHECK(deep["error"]["code"] == "too_deep");
  CHECK(code_of(std::string(100000, '[')) == "too_deep");
}

TEST_CASE("a reply above 1 MiB becomes response_too_large with the same id") {
  const std::size_t cap = takedown::protocol::limits::host_frame_out_max_bytes;
  // The params fit the core's 1 MiB limit; the reply, with its envelope around the value, does not.
  const std::string head = R"({"id":"big","ok":true,"result":{"value":")";
  const std::string tail = R"("}})";
  const std::string big(cap - 16, 'x');
  const std::string text = dispatch(R"({"id":"big","method":"core.echo","params":{"value":")" + big + R"("}})");
  CHECK(text.size() < 200);
  const json out = json::parse(text);
  CHECK(out["id"] == "big");
  CHECK(out["ok"] == false);
  CHECK(out["error"]["code"] == "response_too_large");
  CHECK(out["error"]["message"] == "the reply would be " + std::to_string(head.size() + big.size() + tail.size()) + " bytes; the limit is 1048576");

  // Just under the cap still goes through whole.
  const std::string fits(cap - head.size() - tail.size(), 'y');
  const std::string fitting = dispatch(R"({"id":"big","method":"core.echo","params":{"value":")" + fits + R"("}})");
  CHECK(fitting.size() == cap);
  CHECK(fitting.rfind(R"({"id":"big","ok":true,)", 0) == 0);
}

TEST_CASE("call_method: host methods parse their own params, other names go to the core unchanged") {
  CHECK(call_method("ping", "{}") == R"({"ok":true,"result":{"pong":true}})");
  CHECK(call_method("ping", " { } ") == R"({"ok":true,"result":{"pong":true}})");
  CHECK(call_method("ping", "") == R"({"ok":false,"error":{"code":"bad_json","message":"params is not valid UTF-8 JSON"}})");
  CHECK(call_method("ping", "[]") ==
        R"({"ok":false,"error":{"code":"invalid_params","message":"params must be an object, not array"}})");
  for (const auto& [method, params] :
       {std::pair{"core.echo"s, R"({"value":1.50})"s}, std::pair{"core.version"s, "{}"s}, std::pair{"core.echo"s, "{"s},
        std::pair{"nope"s, "{}"s}, std::pair{"core.echo"s, "{\"value\":\"\xff\"}"s}}) {
    const auto& method_name = method;  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(method_name);
    CHECK(call_method(method, params) == takedown::core::call(method, params));
  }
}

}  // namespace dispatch_test

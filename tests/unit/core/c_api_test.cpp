#include <takedown/core/c_api.h>

#include <doctest/doctest.h>
#include <string>
#include <string_view>

namespace c_api_test {  // one per file: the unity build joins test files

TEST_CASE("the C ABI returns a malloc'd envelope and takes byte ranges, not C strings") {
  const std::string params = R"({"value":"a"} ignored-after-length)";
  char* out = takedown_call("core.echoXYZ", 9, params.data(), 13);
  REQUIRE(out != nullptr);
  CHECK(std::string_view(out) == R"({"ok":true,"result":{"value":"a"}})");
  takedown_free(out);
}

TEST_CASE("the C ABI survives null pointers") {
  char* out = takedown_call(nullptr, 0, nullptr, 0);
  REQUIRE(out != nullptr);
  CHECK(std::string_view(out).find(R"("code":"unknown_method")") != std::string_view::npos);
  takedown_free(out);
  takedown_free(nullptr);
}

}  // namespace c_api_test

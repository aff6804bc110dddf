// The core's method table and the generated protocol must list the same methods in the same order.
#include <takedown/protocol.hpp>

#include <doctest/doctest.h>
#include <string_view>

#include "methods.hpp"

namespace protocol_test {  // one per file: the unity build joins test files

TEST_CASE("every protocol core method has a handler and every handler is in the protocol") {
  const auto table = takedown::core::method_table();
  REQUIRE(table.size() == takedown::protocol::core_methods.size());
  for (std::size_t i = 0; i < table.size(); ++i) {
    CHECK(table[i].name == std::string_view(takedown::protocol::core_methods[i]));
  }
}

TEST_CASE("error codes map to their protocol names") {
  using takedown::protocol::ErrorCode;
  CHECK(takedown::protocol::to_string(ErrorCode::bad_json) == "bad_json");
  CHECK(takedown::protocol::to_string(ErrorCode::no_content_script) == "no_content_script");
}

}  // namespace protocol_test

// core.version and core.echo: the core's own identity and a round-trip probe for every boundary.
#include "methods.hpp"
#include "params.hpp"

namespace takedown::core {

MethodResult core_version(const nlohmann::json& params) {
  if (auto failure = expect_fields(params, {})) return *failure;
  return nlohmann::json{{"name", "takedown-core"}, {"version", protocol::release}, {"protocol", protocol::version}};
}

MethodResult core_echo(const nlohmann::json& params) {
  if (auto failure = expect_fields(params, {"value"})) return *failure;
  return nlohmann::json{{"value", params["value"]}};
}

}  // namespace takedown::core

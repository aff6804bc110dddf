#pragma once
// The methods the host answers: its own (ping, version) and, behind them, every core method.
#include <span>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace takedown::host {

// A host method takes its params already parsed (the request's own object: a multi-megabyte upload
// chunk is never dumped and parsed again) and returns a core-style envelope, like core::call.
using HostHandler = std::string (*)(const nlohmann::json& params);

struct HostMethod {
  std::string_view name;
  HostHandler handler;
};

// The host's own methods, in protocol order (a unit test checks them against protocol.json).
std::span<const HostMethod> host_method_table() noexcept;

// Runs `method` with `params_json` and returns {"ok":true,"result":...} or {"ok":false,"error":...}.
// Host methods are answered here; every other name goes to core::call unchanged, whose own table
// (also checked against protocol.json) answers unknown_method. That keeps `takedown-host call` output
// byte-identical to the wasm build's for every non-host name. Never throws.
std::string call_method(std::string_view method, std::string_view params_json) noexcept;

// The same for params that are parsed already (dispatch's request): host methods take them as they
// are; a core method gets them as text, as core::call needs. Never throws.
std::string call_parsed(std::string_view method, const nlohmann::json& params) noexcept;

}  // namespace takedown::host

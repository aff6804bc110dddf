#pragma once
// The methods the host answers: its own (ping, version) and, behind them, every core method.
#include <span>
#include <string>
#include <string_view>

namespace takedown::host {

// A host method takes params as JSON text and returns a core-style envelope, like core::call.
using HostHandler = std::string (*)(std::string_view params_json);

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

}  // namespace takedown::host

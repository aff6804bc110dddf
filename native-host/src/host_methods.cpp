#include "host_methods.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/call.hpp>
#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "proofs/proof_methods.hpp"
#include "vault_methods.hpp"

namespace takedown::host {
namespace {

using core::Failure;
using nlohmann::json;
using protocol::ErrorCode;

// Parses params for a host method, which takes none: an object with no fields, as the core's own
// no-field methods demand (same codes, same wording).
std::variant<json, Failure> no_params(std::string_view params_json) {
  auto parsed = core::parse_bounded(params_json, {protocol::limits::core_params_max_bytes, protocol::limits::json_max_depth},
                                    "params");
  if (auto* failure = std::get_if<Failure>(&parsed)) return *failure;
  const json& params = std::get<json>(parsed);
  if (!params.is_object()) {
    return Failure{ErrorCode::invalid_params, std::string("params must be an object, not ") + params.type_name()};
  }
  if (!params.empty()) {
    return Failure{ErrorCode::invalid_params, "params." + params.begin().key() + " is not a known field"};
  }
  return params;
}

std::string ping(std::string_view params_json) {
  auto params = no_params(params_json);
  if (auto* failure = std::get_if<Failure>(&params)) return core::error_envelope(*failure);
  return core::ok_envelope(json{{"pong", true}});
}

std::string version(std::string_view params_json) {
  auto params = no_params(params_json);
  if (auto* failure = std::get_if<Failure>(&params)) return core::error_envelope(*failure);
  // The core linked into this binary reports itself; a mismatch with the extension's wasm core shows here.
  const json core_answer = json::parse(core::call("core.version", "{}"), nullptr, false);
  if (core_answer.is_discarded() || !core_answer.contains("result")) {
    return core::error_envelope({ErrorCode::internal, "core.version did not answer"});
  }
  return core::ok_envelope(json{{"name", "takedown-host"},
                                {"version", protocol::release},
                                {"protocol", protocol::version},
                                {"core", core_answer["result"]}});
}

constexpr std::array methods{
    HostMethod{"ping", &ping},
    HostMethod{"version", &version},
    // The evidence vault (src/vault/, vault_methods.cpp).
    HostMethod{"vault.info", &vault_info},
    HostMethod{"vault.list", &vault_list},
    HostMethod{"vault.head", &vault_head},
    HostMethod{"vault.append", &vault_append},
    HostMethod{"vault.mirror", &vault_mirror},
    HostMethod{"vault.upload_begin", &vault_upload_begin},
    HostMethod{"vault.upload_chunk", &vault_upload_chunk},
    HostMethod{"vault.upload_commit", &vault_upload_commit},
    HostMethod{"vault.verify", &vault_verify},
    HostMethod{"vault.redact", &vault_redact},
    HostMethod{"vault.erase", &vault_erase},
    // Proofs (src/proofs/): RFC 3161 timestamps and the second witness.
    HostMethod{"vault.timestamp", &proofs::vault_timestamp},
    HostMethod{"vault.timestamp_verify", &proofs::vault_timestamp_verify},
    HostMethod{"vault.witness", &proofs::vault_witness},
    HostMethod{"vault.timestamp_digest", &proofs::vault_timestamp_digest},
};

}  // namespace

std::span<const HostMethod> host_method_table() noexcept { return methods; }

std::string call_method(std::string_view method, std::string_view params_json) noexcept {
  const auto entry = std::find_if(methods.begin(), methods.end(), [&](const HostMethod& m) { return m.name == method; });
  if (entry == methods.end()) return core::call(method, params_json);
  try {
    return entry->handler(params_json);
  } catch (const std::exception& e) {
    try {
      return core::error_envelope({ErrorCode::internal, e.what()});
    } catch (...) {
    }
  } catch (...) {
  }
  return R"({"ok":false,"error":{"code":"internal","message":"out of memory"}})";
}

}  // namespace takedown::host

#include "host_methods.hpp"

#include <algorithm>
#include <array>
#include <exception>
#include <optional>
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

// Checks params for a host method that takes none: an object with no fields, as the core's own
// no-field methods demand (same codes, same wording).
std::optional<Failure> no_params(const json& params) {
  if (!params.is_object()) {
    return Failure{ErrorCode::invalid_params, std::string("params must be an object, not ") + params.type_name()};
  }
  if (!params.empty()) {
    return Failure{ErrorCode::invalid_params, "params." + params.begin().key() + " is not a known field"};
  }
  return std::nullopt;
}

std::string ping(const json& params) {
  if (auto failure = no_params(params)) return core::error_envelope(*failure);
  return core::ok_envelope(json{{"pong", true}});
}

std::string version(const json& params) {
  if (auto failure = no_params(params)) return core::error_envelope(*failure);
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

namespace {

const HostMethod* host_method(std::string_view method) {
  const auto entry = std::find_if(methods.begin(), methods.end(), [&](const HostMethod& m) { return m.name == method; });
  return entry == methods.end() ? nullptr : &*entry;
}

// Runs a host method's handler; whatever it throws becomes an internal error envelope.
std::string run_handler(const HostMethod& entry, const json& params) noexcept {
  try {
    return entry.handler(params);
  } catch (const std::exception& e) {
    try {
      return core::error_envelope({ErrorCode::internal, e.what()});
    } catch (...) {
    }
  } catch (...) {
  }
  return R"({"ok":false,"error":{"code":"internal","message":"out of memory"}})";
}

}  // namespace

std::string call_method(std::string_view method, std::string_view params_json) noexcept {
  const HostMethod* entry = host_method(method);
  if (!entry) return core::call(method, params_json);
  try {
    // Up to a whole incoming frame: the text form is the CLI's and the tests'; upload chunks are large.
    auto parsed = core::parse_bounded(params_json, {protocol::limits::host_frame_in_max_bytes, protocol::limits::json_max_depth},
                                      "params");
    if (auto* failure = std::get_if<Failure>(&parsed)) return core::error_envelope(*failure);
    return run_handler(*entry, std::get<json>(parsed));
  } catch (...) {
    return R"({"ok":false,"error":{"code":"internal","message":"out of memory"}})";
  }
}

std::string call_parsed(std::string_view method, const json& params) noexcept {
  const HostMethod* entry = host_method(method);
  if (entry) return run_handler(*entry, params);
  try {
    return core::call(method, params.dump());
  } catch (...) {
    return R"({"ok":false,"error":{"code":"internal","message":"out of memory"}})";
  }
}

}  // namespace takedown::host

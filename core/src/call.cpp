#include <takedown/core/call.hpp>
#include <takedown/core/json_guard.hpp>

#include <algorithm>
#include <array>
#include <exception>
#include <string>

#include "methods.hpp"

namespace takedown::core {
namespace {

constexpr std::array methods{
    Method{"core.version", &core_version},
    Method{"core.echo", &core_echo},
    Method{"guidance.plan", &guidance_plan},
    Method{"letters.render", &letters_render},
    Method{"deadlines.compute", &deadlines_compute},
    Method{"evidence.seal", &evidence_seal},
    Method{"evidence.verify", &evidence_verify},
    Method{"evidence.canonicalize", &evidence_canonicalize},
    Method{"evidence.sha256_hex", &evidence_sha256_hex},
    Method{"dossier.bag", &dossier_bag},
    Method{"dossier.report", &dossier_report},
    Method{"platforms.match", &platforms_match},
    Method{"platforms.list", &platforms_list},
    Method{"forms.classify", &forms_classify},
    Method{"forms.plan", &forms_plan},
    Method{"pdq.match", &pdq_match},
};

std::string dispatch(std::string_view method, std::string_view params_json) {
  using protocol::ErrorCode;
  if (method.size() > protocol::limits::core_method_max_bytes) {
    return error_envelope({ErrorCode::too_large, "method name is longer than " +
                                                     std::to_string(protocol::limits::core_method_max_bytes) + " bytes"});
  }
  const auto entry = std::find_if(methods.begin(), methods.end(), [&](const Method& m) { return m.name == method; });
  if (entry == methods.end()) {
    // The name is echoed through the error envelope's replace handler, so invalid UTF-8 cannot leak out.
    return error_envelope({ErrorCode::unknown_method, "no core method named \"" + std::string(method) + "\""});
  }
  auto params = parse_bounded(params_json,
                              {protocol::limits::core_params_max_bytes, protocol::limits::json_max_depth}, "params");
  if (auto* failure = std::get_if<Failure>(&params)) return error_envelope(*failure);

  auto result = entry->handler(std::get<nlohmann::json>(params));
  if (auto* failure = std::get_if<Failure>(&result)) return error_envelope(*failure);
  return ok_envelope(std::get<nlohmann::json>(result));
}

}  // namespace

std::span<const Method> method_table() noexcept { return methods; }

std::string call(std::string_view method, std::string_view params_json) noexcept {
  try {
    return dispatch(method, params_json);
  } catch (const std::exception& e) {
    try {
      return error_envelope({protocol::ErrorCode::internal, e.what()});
    } catch (...) {
    }
  } catch (...) {
  }
  // Only reached when even the error answer cannot be built (out of memory): a constant needs no allocation.
  return R"({"ok":false,"error":{"code":"internal","message":"out of memory"}})";
}

}  // namespace takedown::core

#pragma once
// The table of core methods. Each module of the core adds its own methods_<module>.cpp and one line
// to the table in call.cpp; a unit test checks the table against protocol.json.
#include <span>
#include <string_view>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>

namespace takedown::core {

using MethodResult = std::variant<nlohmann::json, Failure>;
using MethodHandler = MethodResult (*)(const nlohmann::json& params);

struct Method {
  std::string_view name;
  MethodHandler handler;
};

// Every method the core answers, in protocol order.
std::span<const Method> method_table() noexcept;

MethodResult core_version(const nlohmann::json& params);
MethodResult core_echo(const nlohmann::json& params);
MethodResult guidance_plan(const nlohmann::json& params);      // methods_guidance.cpp
MethodResult letters_render(const nlohmann::json& params);     // methods_letters.cpp
MethodResult deadlines_compute(const nlohmann::json& params);  // methods_deadlines.cpp
MethodResult evidence_seal(const nlohmann::json& params);          // methods_evidence.cpp
MethodResult evidence_verify(const nlohmann::json& params);        // methods_evidence.cpp
MethodResult evidence_canonicalize(const nlohmann::json& params);  // methods_evidence.cpp
MethodResult evidence_sha256_hex(const nlohmann::json& params);    // methods_evidence.cpp
MethodResult dossier_bag(const nlohmann::json& params);            // methods_evidence.cpp
MethodResult dossier_report(const nlohmann::json& params);         // methods_evidence.cpp
MethodResult platforms_match(const nlohmann::json& params);        // methods_platforms.cpp
MethodResult platforms_list(const nlohmann::json& params);         // methods_platforms.cpp
MethodResult forms_classify(const nlohmann::json& params);         // methods_forms.cpp
MethodResult forms_plan(const nlohmann::json& params);             // methods_forms.cpp
MethodResult pdq_match(const nlohmann::json& params);              // methods_pdq.cpp

}  // namespace takedown::core

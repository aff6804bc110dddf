#pragma once
// Building form snapshots (docs/forms.md) by hand for the forms_* tests, and calling the core with them.
#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace forms_test {

using nlohmann::json;

// An <input> (or other tag) with one label of the given source; `extra` adds or overrides keys.
inline json field(const std::string& ref, const std::string& type, const std::string& label, const std::string& name = "",
                  json extra = json::object(), const std::string& source = "for") {
  json f = {{"ref", ref}, {"tag", "input"}, {"type", type}, {"name", name}, {"id", name}, {"visible", true}};
  f["labels"] = label.empty() ? json::array() : json::array({{{"text", label}, {"source", source}}});
  for (auto& [key, value] : extra.items()) f[key] = value;
  return f;
}

inline json textarea(const std::string& ref, const std::string& label, const std::string& name = "", json extra = json::object()) {
  json f = field(ref, "", label, name, std::move(extra));
  f["tag"] = "textarea";
  return f;
}

inline json select(const std::string& ref, const std::string& label, const std::string& name, json options,
                   json extra = json::object()) {
  json f = field(ref, "", label, name, std::move(extra));
  f["tag"] = "select";
  f["options"] = std::move(options);
  return f;
}

inline json checkbox(const std::string& ref, const std::string& text, const std::string& name = "", json extra = json::object()) {
  return field(ref, "checkbox", text, name, std::move(extra), "after");
}

inline json radio(const std::string& ref, const std::string& name, const std::string& group, const std::string& text,
                  const std::string& value) {
  return field(ref, "radio", text, name, {{"group", group}, {"value", value}}, "after");
}

// A vector, not json: clang reads a one-element {field(...)} given to a json parameter as a copy of that field.
inline json snapshot(std::vector<json> fields, const std::string& lang = "", const std::string& title = "") {
  return {{"url", "https://example.org/form"}, {"lang", lang}, {"title", title}, {"fields", json(std::move(fields))}};
}

inline json call_ok(const std::string& method, const json& params) {
  const json answer = json::parse(takedown::core::call(method, params.dump()));
  INFO(answer.dump());
  REQUIRE(answer["ok"] == true);
  return answer["result"];
}

inline json call_error(const std::string& method, const json& params) {
  const json answer = json::parse(takedown::core::call(method, params.dump()));
  INFO(answer.dump());
  REQUIRE(answer["ok"] == false);
  return answer["error"];
}

// ref -> type, from forms.classify.
inline std::map<std::string, std::string> types_of(const json& snap, json hints = nullptr) {
  json params = {{"snapshot", snap}};
  if (!hints.is_null()) params["hints"] = std::move(hints);
  std::map<std::string, std::string> out;
  const json result = call_ok("forms.classify", params);  // kept: a temporary's ["fields"] would dangle in the loop
  for (const auto& f : result["fields"]) out[f["ref"]] = f["type"];
  return out;
}

// ref -> the plan's entry for that field.
inline std::map<std::string, json> plan_of(const json& snap, const json& profile, const json& facts, const std::string& lang = "en") {
  std::map<std::string, json> out;
  const json result = call_ok("forms.plan", {{"snapshot", snap}, {"profile", profile}, {"case", facts}, {"lang", lang}});
  for (const auto& f : result["fields"]) out[f["ref"]] = f;
  return out;
}

}  // namespace forms_test

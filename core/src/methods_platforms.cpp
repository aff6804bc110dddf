// platforms.match and platforms.list: the platform registry (core/src/platforms/) seen from outside.
#include <string>

#include "methods.hpp"
#include "params.hpp"
#include "platforms/registry.hpp"
#include "platforms/vocabulary.hpp"
#include "platforms/web_url.hpp"

namespace takedown::core {
namespace {

using nlohmann::json;
using protocol::ErrorCode;

std::variant<const platforms::Registry*, Failure> loaded_registry() {
  const auto& loaded = platforms::embedded_registry();
  if (const auto* registry = std::get_if<platforms::Registry>(&loaded)) return registry;
  const auto& problems = std::get<std::vector<std::string>>(loaded);
  return Failure{ErrorCode::internal, "the platform registry is invalid: " + problems.front()};
}

// The optional purpose filter: an empty string when absent.
std::variant<std::string, Failure> purpose_of(const json& params) {
  if (!params.contains("purpose")) return std::string();
  const json& purpose = params["purpose"];
  if (!purpose.is_string() || !platforms::is_one_of(platforms::purposes, purpose.get_ref<const std::string&>())) {
    std::string words;
    for (const auto word : platforms::purposes) words += (words.empty() ? "" : ", ") + std::string(word);
    return Failure{ErrorCode::invalid_params, "params.purpose must be one of " + words};
  }
  return purpose.get<std::string>();
}

bool has_purpose(const json& route, const std::string& purpose) { return purpose.empty() || route["purpose"] == purpose; }

// A route as stored, with an instance-based platform's {host} filled in.
json route_for(const json& route, const std::string& host) {
  json out = route;
  auto& url = out["url"].get_ref<std::string&>();
  if (const auto at = url.find("{host}"); at != std::string::npos) url.replace(at, 6, host);
  return out;
}

json platform_summary(const json& platform) {
  return {{"id", platform["id"]},
          {"name", platform["name"]},
          {"instance_based", platform.value("instance_based", false)},
          {"privacy_contact", platform["privacy_contact"]},
          {"eu_establishment", platform["eu_establishment"]},
          {"notes", platform["notes"]}};
}

}  // namespace

MethodResult platforms_match(const json& params) {
  if (auto failure = expect_fields(params, {"url"}, {"purpose"})) return *failure;
  if (!params["url"].is_string()) return Failure{ErrorCode::invalid_params, "params.url must be a string"};
  const auto parsed = platforms::parse_web_url(params["url"].get_ref<const std::string&>());
  if (const auto* problem = std::get_if<std::string>(&parsed)) return Failure{ErrorCode::invalid_params, "params.url " + *problem};
  const auto& url = std::get<platforms::WebUrl>(parsed);
  const auto purpose = purpose_of(params);
  if (const auto* failure = std::get_if<Failure>(&purpose)) return *failure;
  const auto registry = loaded_registry();
  if (const auto* failure = std::get_if<Failure>(&registry)) return *failure;

  const auto match = std::get<const platforms::Registry*>(registry)->match(url);
  json result = {{"host", url.host},
                 {"matched_by", match.platform ? json(std::string(match.matched_by)) : json(nullptr)},
                 {"matched_host", match.matched_host.empty() ? json(nullptr) : json(match.matched_host)},
                 {"platform", nullptr},
                 {"page_route", match.page_route ? *match.page_route : json(nullptr)},
                 {"routes", json::array()}};
  if (match.platform) {
    result["platform"] = platform_summary(*match.platform);
    for (const auto& route : (*match.platform)["routes"]) {
      if (has_purpose(route, std::get<std::string>(purpose))) result["routes"].push_back(route_for(route, url.host));
    }
  }
  return result;
}

MethodResult platforms_list(const json& params) {
  if (auto failure = expect_fields(params, {}, {"purpose"})) return *failure;
  const auto purpose = purpose_of(params);
  if (const auto* failure = std::get_if<Failure>(&purpose)) return *failure;
  const auto registry = loaded_registry();
  if (const auto* failure = std::get_if<Failure>(&registry)) return *failure;

  const auto* loaded = std::get<const platforms::Registry*>(registry);
  json list = json::array();
  for (const auto& platform : loaded->platforms()) {
    json routes = json::array();
    for (const auto& route : platform["routes"]) {
      if (!has_purpose(route, std::get<std::string>(purpose))) continue;
      json listed = {{"purpose", route["purpose"]},
                     {"title", route["title"]},
                     {"url", route["url"]},
                     {"url_kind", route["url_kind"]},
                     {"confidence", route["confidence"]},
                     {"verified", route["verified"]},
                     {"status", route["status"]}};
      if (route.contains("form_frame_origins")) listed["form_frame_origins"] = route["form_frame_origins"];
      routes.push_back(std::move(listed));
    }
    if (routes.empty()) continue;
    list.push_back({{"id", platform["id"]},
                    {"name", platform["name"]},
                    {"instance_based", platform.value("instance_based", false)},
                    {"hostnames", platform["hostnames"]},
                    {"routes", std::move(routes)}});
  }
  const auto count = list.size();
  return json{{"platforms", std::move(list)}, {"checked", loaded->document()["checked"]}, {"count", count}};
}

}  // namespace takedown::core

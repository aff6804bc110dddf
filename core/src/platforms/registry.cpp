#include "registry.hpp"

#include <utility>

#include "platforms/embedded_data.hpp"
#include "platforms/host_pattern.hpp"
#include "platforms/path_pattern.hpp"
#include "platforms/schema.hpp"

namespace takedown::platforms {
namespace {

// Whether `path` is `page` or a page below it ("/report" holds "/report" and "/report/x", not "/reports").
bool is_page_or_below(std::string_view path, std::string_view page) {
  if (path.substr(0, page.size()) != page) return false;
  return path.size() == page.size() || page.back() == '/' || path[page.size()] == '/';
}

}  // namespace

std::variant<Registry, std::vector<std::string>> Registry::load(std::string_view json_text) {
  auto document = nlohmann::json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded()) return std::vector<std::string>{"registry is not valid JSON"};
  auto problems = check_registry(document);
  if (!problems.empty()) return problems;
  return Registry(std::move(document));
}

Registry::Registry(nlohmann::json document) : document_(std::move(document)) {
  const auto& list = platforms();
  for (std::size_t i = 0; i < list.size(); ++i) {
    for (const auto& host : list[i]["hostnames"]) {
      // The schema check has parsed every entry and made every base unique.
      const auto pattern = parse_host_pattern(host.get<std::string>());
      hosts_.emplace(pattern->base, HostEntry{pattern->subdomains, i});
    }
    const auto& routes = list[i]["routes"];
    for (std::size_t r = 0; r < routes.size(); ++r) {
      const auto& url = routes[r]["url"].get_ref<const std::string&>();
      if (routes[r]["url_kind"] == "email" || url.find("{host}") != std::string::npos) continue;
      const auto parsed = parse_web_url(url);
      if (const auto* web = std::get_if<WebUrl>(&parsed)) route_pages_.push_back(RoutePage{web->host, web->path, i, r});
    }
  }
}

const nlohmann::json* Registry::page_route_of(const WebUrl& url, std::size_t platform) const {
  for (const auto& page : route_pages_) {
    if (page.platform == platform && page.host == url.host && is_page_or_below(url.path, page.path)) {
      return &platforms()[platform]["routes"][page.route];
    }
  }
  return nullptr;
}

PlatformMatch Registry::match(const WebUrl& url) const {
  PlatformMatch result;
  const auto& list = platforms();
  if (!url.host_is_ip_literal) {
    // Try the host itself, then each shorter suffix at a label boundary: the first hit is the longest.
    for (std::size_t start = 0; start < url.host.size();) {
      const std::string_view candidate = std::string_view(url.host).substr(start);
      const auto entry = hosts_.find(std::string(candidate));
      if (entry != hosts_.end() && (start == 0 || entry->second.subdomains)) {
        result.platform = &list[entry->second.platform];
        result.matched_by = "host";
        result.matched_host = (entry->second.subdomains ? "*." : "") + entry->first;
        result.page_route = page_route_of(url, entry->second.platform);
        return result;
      }
      const auto dot = url.host.find('.', start);
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
  }
  for (const auto& page : route_pages_) {
    if (page.host == url.host && is_page_or_below(url.path, page.path)) {
      result.platform = &list[page.platform];
      result.matched_by = "route";
      result.page_route = &list[page.platform]["routes"][page.route];
      return result;
    }
  }
  if (url.host_is_ip_literal) return result;
  for (const auto& platform : list) {
    if (!platform.contains("path_patterns")) continue;
    for (const auto& pattern : platform["path_patterns"]["patterns"]) {
      if (path_matches(pattern.get_ref<const std::string&>(), url.path)) {
        result.platform = &platform;
        result.matched_by = "path";
        return result;
      }
    }
  }
  return result;
}

const std::variant<Registry, std::vector<std::string>>& embedded_registry() {
  static const auto registry = Registry::load(embedded_platforms_json());
  return registry;
}

}  // namespace takedown::platforms

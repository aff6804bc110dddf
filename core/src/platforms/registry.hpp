#pragma once
// The platform registry in memory: the embedded data parsed and checked once, with an index of its
// hostnames, form addresses and path patterns for finding the platform of an address.
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include <nlohmann/json.hpp>

#include "platforms/web_url.hpp"

namespace takedown::platforms {

struct PlatformMatch {
  const nlohmann::json* platform = nullptr;    // the platform's entry, or null when none matched
  std::string_view matched_by;                 // "host", "route", "path" or "" (none)
  std::string matched_host;                    // the hostname entry that matched ("*.fbcdn.net"), for "host"
  const nlohmann::json* page_route = nullptr;  // the route whose page this address is, if any
};

class Registry {
 public:
  // The registry of `json_text`, or every problem the schema check found.
  static std::variant<Registry, std::vector<std::string>> load(std::string_view json_text);

  const nlohmann::json& document() const { return document_; }
  const nlohmann::json& platforms() const { return document_["platforms"]; }

  // Finds the platform of an address: by its host (the longest hostname entry on a label boundary),
  // else by being one of a route's pages (support.google.com/youtube/answer/2801895 is YouTube's),
  // else by an instance-based platform's path pattern.
  PlatformMatch match(const WebUrl& url) const;

 private:
  struct HostEntry {
    bool subdomains = false;
    std::size_t platform = 0;
  };
  struct RoutePage {
    std::string host;
    std::string path;
    std::size_t platform = 0;
    std::size_t route = 0;
  };

  explicit Registry(nlohmann::json document);
  const nlohmann::json* page_route_of(const WebUrl& url, std::size_t platform) const;

  nlohmann::json document_;
  std::unordered_map<std::string, HostEntry> hosts_;  // by base host ("fbcdn.net")
  std::vector<RoutePage> route_pages_;
};

// The registry compiled into the core, loaded on first use; the problems if the data is broken
// (a unit test makes sure it is not).
const std::variant<Registry, std::vector<std::string>>& embedded_registry();

}  // namespace takedown::platforms

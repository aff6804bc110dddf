// The platform registry's data (core/src/platforms/data/platforms.json) against its schema: the
// embedded data passes, and every kind of broken copy fails with a message that names the field.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>

#include "forms/field_type.hpp"
#include "platforms/embedded_data.hpp"
#include "platforms/registry.hpp"
#include "platforms/schema.hpp"
#include "platforms/vocabulary.hpp"

namespace platforms_schema_test {  // one per file: the unity build joins test files

using nlohmann::json;
namespace fs = std::filesystem;
using takedown::platforms::check_registry;

namespace {

json embedded() { return json::parse(takedown::platforms::embedded_platforms_json()); }

std::string all_problems(const std::vector<std::string>& problems) {
  std::string out;
  for (const auto& p : problems) out += p + "\n";
  return out;
}

json& platform_named(json& doc, std::string_view id) {
  for (auto& platform : doc["platforms"]) {
    if (platform["id"] == id) return platform;
  }
  FAIL("no platform " << id);
  return doc;
}

}  // namespace

TEST_CASE("the embedded platform registry passes its schema check") {
  const auto problems = check_registry(embedded());
  INFO(all_problems(problems));
  CHECK(problems.empty());
  CHECK(std::holds_alternative<takedown::platforms::Registry>(takedown::platforms::embedded_registry()));
}

TEST_CASE("the registry covers the platforms of issue 6, each with a route and a source for every fact") {
  const json doc = embedded();
  std::set<std::string> ids;
  for (const auto& platform : doc["platforms"]) ids.insert(platform["id"].get<std::string>());
  for (const char* id : {"youtube", "google-search", "facebook", "instagram", "threads", "tiktok", "x", "reddit", "snapchat",
                         "discord", "twitch", "linkedin", "telegram", "bluesky", "pornhub", "xhamster", "onlyfans",
                         "microsoft-bing", "vimeo", "tumblr", "mastodon"}) {
    CAPTURE(id);
    CHECK(ids.count(id) == 1);
  }
  for (const auto& platform : doc["platforms"]) {
    CAPTURE(platform["id"]);
    CHECK(!platform["routes"].empty());
    for (const auto& route : platform["routes"]) {
      CHECK(route["source"].is_string());
      CHECK((route["verified"] == false || route["confidence"] == "official"));
    }
  }
}

TEST_CASE("unconfirmed leads stay unconfirmed in the product") {
  json doc = embedded();
  const auto route_at = [&](std::string_view id, std::string_view url) {
    for (const auto& route : platform_named(doc, id)["routes"]) {
      if (route["url"] == url) return route;
    }
    FAIL("no route " << url);
    return json();
  };
  // Each marked UNCONFIRMED (or assumed) in shared/data/platform-leads.json.
  CHECK(route_at("reddit", "https://www.reddit.com/report")["confidence"] == "unconfirmed");
  CHECK(route_at("telegram", "mailto:abuse@telegram.org")["confidence"] == "unconfirmed");
  CHECK(route_at("tiktok", "https://support.tiktok.com/en/safety-hc/report-a-problem/report-sexual-abuse")["confidence"] ==
        "unconfirmed");
  // Conflicting third-party form numbers are marked so.
  const auto meta = route_at("instagram", "https://www.facebook.com/help/contact/634636250523119");
  CHECK(meta["confidence"] == "third_party");
  CHECK(meta["status"] == "conflicting");
  CHECK(meta["verified"] == false);
  // Only what the leads call verified and official is verified.
  CHECK(route_at("x", "https://help.x.com/forms/safety-and-sensitive-content/take-it-down")["verified"] == true);
}

TEST_CASE("field hint types are exactly the field types of docs/forms.md") {
  const fs::path forms_md = fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path() / "docs" / "forms.md";
  std::ifstream in(forms_md);
  REQUIRE_MESSAGE(in, "cannot read " << forms_md);
  std::stringstream text;
  text << in.rdbuf();
  const std::string all = text.str();
  const auto start = all.find("## Field types");
  const auto end = all.find("\n## ", start + 1);
  REQUIRE(start != std::string::npos);
  const std::string section = all.substr(start, end - start);
  std::set<std::string> documented;
  // The first cell of each table row; every `name` in it is a documented type. (No std::regex:
  // GCC 12 warns inside <regex> at -O2, and warnings are errors.)
  std::istringstream lines(section);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("| ")) continue;
    const std::string cell = line.substr(2, line.find(" |", 2) - 2);
    for (auto open = cell.find('`'); open != std::string::npos; open = cell.find('`', open + 1)) {
      const auto close = cell.find('`', open + 1);
      if (close == std::string::npos) break;
      documented.insert(cell.substr(open + 1, close - open - 1));
      open = close;
    }
  }
  // "content_urls" is named in the content_url row's description.
  documented.insert("content_urls");
  std::set<std::string> ours;
  for (std::size_t i = 0; i < takedown::forms::field_type_count; ++i) {
    ours.insert(std::string(takedown::forms::type_name(static_cast<takedown::forms::FieldType>(i))));
  }
  CHECK(ours == documented);
}

TEST_CASE("a broken copy of the registry fails with a message naming the field") {
  struct Breakage {
    const char* what;
    std::function<void(json&)> edit;
    const char* expected;
  };
  const std::vector<Breakage> breakages{
      {"a route without its source", [](json& d) { d["platforms"][0]["routes"][0].erase("source"); },
       "platforms[0](google-search).routes[0].source is required"},
      {"an http route", [](json& d) { platform_named(d, "x")["routes"][0]["url"] = "http://help.x.com/forms/privacy"; },
       "(x).routes[0].url must start with https:// (got \"http://help.x.com/forms/privacy\")"},
      {"an upper-case hostname", [](json& d) { platform_named(d, "vimeo")["hostnames"][0] = "*.Vimeo.com"; },
       "(vimeo).hostnames[0] must be lower-case (got \"*.Vimeo.com\")"},
      {"a hostname claimed twice", [](json& d) { platform_named(d, "tumblr")["hostnames"].push_back("*.fbcdn.net"); },
       "(tumblr).hostnames[1] names fbcdn.net, which platforms[2](facebook) already lists"},
      {"the same host as exact name and as pattern", [](json& d) { platform_named(d, "vimeo")["hostnames"].push_back("twitch.tv"); },
       "names twitch.tv, which platforms[10](twitch) already lists"},
      {"a hostname without a source", [](json& d) { platform_named(d, "vimeo")["hostnames"].push_back("vimeo.tv"); },
       "(vimeo).hostnames has vimeo.tv without a source in hostname_sources"},
      {"a bare top-level domain", [](json& d) { platform_named(d, "vimeo")["hostnames"][0] = "*.com"; },
       "(vimeo).hostnames[0] is not a hostname or \"*.\" pattern of at least two labels"},
      {"a repeated id", [](json& d) { d["platforms"][1]["id"] = "google-search"; },
       "platforms[1](google-search).id repeats the id of an earlier platform"},
      {"an unknown purpose", [](json& d) { d["platforms"][0]["routes"][0]["purpose"] = "copyright"; },
       "routes[0].purpose must be one of privacy_gdpr, ncii, synthetic_media, impersonation, dsa_notice, take_it_down, search_delisting"},
      {"an unknown field type", [](json& d) { d["platforms"][0]["routes"][0]["field_hints"][0]["type"] = "search_url"; },
       "routes[0].field_hints[0].type must be a field type of docs/forms.md"},
      {"an upper-case hint", [](json& d) { d["platforms"][0]["routes"][0]["field_hints"][0]["label"][0] = "Search Results"; },
       "routes[0].field_hints[0].label must hold non-empty lower-case substrings"},
      {"a date that is not ISO", [](json& d) { d["platforms"][0]["routes"][0]["checked"] = "28-11-2026"; },
       "routes[0].checked must be an ISO date (YYYY-MM-DD)"},
      {"a date that does not exist", [](json& d) { d["platforms"][0]["routes"][0]["checked"] = "2026-02-30"; },
       "routes[0].checked must be an ISO date (YYYY-MM-DD)"},
      {"a fact checked after the registry", [](json& d) { d["platforms"][0]["routes"][0]["checked"] = "2099-01-01"; },
       "routes[0].checked is later than registry.checked"},
      {"verified but third-party", [](json& d) { platform_named(d, "reddit")["routes"][0]["verified"] = true; },
       "(reddit).routes[0].verified can be true only for a fact whose confidence is official"},
      {"an unknown confidence", [](json& d) { platform_named(d, "reddit")["routes"][0]["confidence"] = "likely"; },
       "(reddit).routes[0].confidence must be one of official, third_party, unconfirmed"},
      {"a misspelt field", [](json& d) { d["platforms"][0]["routes"][0]["urll"] = "x"; },
       "platforms[0](google-search).routes[0].urll is not a known field (a typo?)"},
      {"a platform without routes", [](json& d) { platform_named(d, "tumblr")["routes"] = json::array(); },
       "(tumblr).routes must be an array with at least one route"},
      {"a placeholder outside Mastodon", [](json& d) { platform_named(d, "vimeo")["routes"][0]["url"] = "https://{host}/about"; },
       "(vimeo).routes[0].url must not hold a {placeholder}"},
      {"a malformed e-mail route", [](json& d) { platform_named(d, "twitch")["routes"][0]["url"] = "mailto:privacy at twitch"; },
       "(twitch).routes[0].url must be mailto: and one e-mail address for url_kind email"},
      {"an establishment outside the EU", [](json& d) { platform_named(d, "reddit")["eu_establishment"]["country"] = "GB"; },
       "(reddit).eu_establishment.country must be one of AT, BE"},
      {"a contact whose source is not its datenanfragen record",
       [](json& d) { platform_named(d, "reddit")["privacy_contact"]["datenanfragen"] = "snapchat"; },
       "(reddit).privacy_contact.source must be the datenanfragen record /companies/snapchat.json"},
      {"a lead of another platform", [](json& d) { platform_named(d, "vimeo")["hostname_sources"][0]["source"] = "leads:x"; },
       "(vimeo).hostname_sources[0].source must name this platform's own lead (\"leads:vimeo\")"},
      {"a path pattern outside Mastodon",
       [](json& d) { platform_named(d, "vimeo")["path_patterns"] = platform_named(d, "mastodon")["path_patterns"]; },
       "(vimeo).path_patterns is only for an instance-based platform"},
      {"a malformed path pattern", [](json& d) { platform_named(d, "mastodon")["path_patterns"]["patterns"][0] = "/@{user}/{id}"; },
       "(mastodon).path_patterns.patterns[0] has a segment that is neither text nor {id}, {account} or @{account}"},
      {"no Mastodon", [](json& d) { d["platforms"].erase(d["platforms"].size() - 1); },
       "registry.platforms must hold the instance-based \"mastodon\" entry"},
      {"too few platforms", [](json& d) { d["platforms"].erase(0); },
       "registry.platforms has 19 platforms with fixed hostnames; at least 20 are required"},
      {"a negative response time",
       [](json& d) { platform_named(d, "x")["routes"][0]["response_time"]["period"]["amount"] = -48; },
       "(x).routes[0].response_time.period.amount must be a whole number from 1 to 8784"},
      {"another schema version", [](json& d) { d["schema_version"] = 2; }, "registry.schema_version must be 1"},
      {"a form frame origin with a path",
       [](json& d) { platform_named(d, "reddit")["routes"][0]["form_frame_origins"] = {"https://forms.example/report"}; },
       "(reddit).routes[0].form_frame_origins[0] must be an origin: https://, a lower-case host, an optional port, no path"},
      {"a form frame origin over http",
       [](json& d) { platform_named(d, "reddit")["routes"][0]["form_frame_origins"] = {"http://forms.example"}; },
       "(reddit).routes[0].form_frame_origins[0] must be an origin"},
      {"an upper-case form frame origin",
       [](json& d) { platform_named(d, "reddit")["routes"][0]["form_frame_origins"] = {"https://Forms.example"}; },
       "(reddit).routes[0].form_frame_origins[0] must be an origin"},
      {"an empty list of form frame origins",
       [](json& d) { platform_named(d, "reddit")["routes"][0]["form_frame_origins"] = json::array(); },
       "(reddit).routes[0].form_frame_origins must be an array of 1 to 8 origins"},
  };
  for (const auto& breakage : breakages) {
    CAPTURE(breakage.what);
    json doc = embedded();
    breakage.edit(doc);
    const auto problems = check_registry(doc);
    const auto text = all_problems(problems);
    CAPTURE(text);
    CHECK(text.find(breakage.expected) != std::string::npos);
    CHECK(std::holds_alternative<std::vector<std::string>>(takedown::platforms::Registry::load(doc.dump())));
  }
}

TEST_CASE("a route may name the origins of the frames that hold its form") {
  json doc = embedded();
  platform_named(doc, "reddit")["routes"][0]["form_frame_origins"] = {"https://reddit.zendesk.com", "https://forms.example:8443"};
  CHECK(check_registry(doc).empty());
  const auto loaded = takedown::platforms::Registry::load(doc.dump());
  CHECK_FALSE(std::holds_alternative<std::vector<std::string>>(loaded));
}

TEST_CASE("a registry that is not JSON, or not an object, is refused") {
  using takedown::platforms::Registry;
  const auto not_json = Registry::load("{\"platforms\": [");
  REQUIRE(std::holds_alternative<std::vector<std::string>>(not_json));
  CHECK(std::get<std::vector<std::string>>(not_json).front() == "registry is not valid JSON");
  CHECK(check_registry(json::array()).front() == "registry must be an object, not array");
}

TEST_CASE("a file with many problems reports a bounded number of them") {
  json doc = embedded();
  for (auto& platform : doc["platforms"]) {
    for (auto& route : platform["routes"]) route["checked"] = "never";
    for (auto& source : platform["hostname_sources"]) source["checked"] = "never";
  }
  CHECK(check_registry(doc).size() == takedown::platforms::max_reported_problems);
}

}  // namespace platforms_schema_test

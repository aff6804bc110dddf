// Edge and Brave in the install-location table (issue #18), and properties every browser x OS x scope shares.
// The first five browsers' rows are spelled out in install_test.cpp.
#include "install_paths.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <takedown/protocol.hpp>
#include <utility>
#include <variant>

#include "install.hpp"

namespace install_paths_test {  // one per file: the unity build joins test files

using namespace takedown::host;

namespace {

const PathEnv env_of_ann{"/home/ann", "", "C:\\Users\\ann\\Takedown"};

constexpr Browser all_browsers[] = {Browser::chromium, Browser::chrome, Browser::edge, Browser::brave, Browser::firefox};
constexpr Os all_systems[] = {Os::linux_os, Os::macos, Os::windows};
constexpr Scope all_scopes[] = {Scope::user, Scope::system};

struct Row {
  Browser browser;
  Os os;
  Scope scope;
  const char* dir;
  const char* key;
};

// From notes §1.4. Brave's system folders are unverified there; Brave's sources do not override Chromium's
// unbranded system folder, so they are Chromium's. On Windows Brave reads Chrome's key.
const Row edge_and_brave[] = {
    {Browser::edge, Os::linux_os, Scope::user, "/home/ann/.config/microsoft-edge/NativeMessagingHosts", ""},
    {Browser::edge, Os::linux_os, Scope::system, "/etc/opt/edge/native-messaging-hosts", ""},
    {Browser::edge, Os::macos, Scope::user, "/home/ann/Library/Application Support/Microsoft Edge/NativeMessagingHosts", ""},
    {Browser::edge, Os::macos, Scope::system, "/Library/Microsoft/Edge/NativeMessagingHosts", ""},
    {Browser::edge, Os::windows, Scope::user, "C:\\Users\\ann\\Takedown",
     "HKCU\\SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::edge, Os::windows, Scope::system, "C:\\Users\\ann\\Takedown",
     "HKLM\\SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::brave, Os::linux_os, Scope::user, "/home/ann/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts", ""},
    {Browser::brave, Os::linux_os, Scope::system, "/etc/chromium/native-messaging-hosts", ""},
    {Browser::brave, Os::macos, Scope::user,
     "/home/ann/Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts", ""},
    {Browser::brave, Os::macos, Scope::system, "/Library/Application Support/Chromium/NativeMessagingHosts", ""},
    {Browser::brave, Os::windows, Scope::user, "C:\\Users\\ann\\Takedown",
     "HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::brave, Os::windows, Scope::system, "C:\\Users\\ann\\Takedown",
     "HKLM\\Software\\Google\\Chrome\\NativeMessagingHosts\\org.takedown.host"},
};

InstallLocation found(const LocationQuery& query, const PathEnv& env = env_of_ann) {
  auto result = install_location(query, env);
  if (auto* problem = std::get_if<std::string>(&result)) FAIL("no location: " << *problem);
  return std::get<InstallLocation>(result);
}

std::string refused(const LocationQuery& query, const PathEnv& env = env_of_ann) {
  auto result = install_location(query, env);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

const char* scope_name(Scope scope) { return scope == Scope::user ? "user" : "system"; }

}  // namespace

TEST_CASE("Edge and Brave have a location on every OS, per user and system-wide") {
  CHECK(std::size(edge_and_brave) == 2 * std::size(all_systems) * std::size(all_scopes));
  for (const Row& row : edge_and_brave) {
    CAPTURE(to_string(row.browser));
    CAPTURE(to_string(row.os));
    CAPTURE(scope_name(row.scope));
    const InstallLocation where = found({row.browser, row.os, row.scope, ""});
    CHECK(where.manifest_dir == row.dir);
    CHECK(where.registry_key == row.key);
  }
}

TEST_CASE("every browser x OS x scope has a location; registry keys exactly on Windows") {
  for (const Browser browser : all_browsers) {
    for (const Os os : all_systems) {
      for (const Scope scope : all_scopes) {
        CAPTURE(to_string(browser));
        CAPTURE(to_string(os));
        CAPTURE(scope_name(scope));
        const InstallLocation where = found({browser, os, scope, ""});
        CHECK_FALSE(where.manifest_dir.empty());
        CHECK(where.registry_key.empty() == (os != Os::windows));
        if (os == Os::windows) {
          CHECK(where.registry_key.starts_with(scope == Scope::user ? "HKCU\\" : "HKLM\\"));
          CHECK(where.registry_key.ends_with(std::string("\\") + std::string(takedown::protocol::host_name)));
        } else if (scope == Scope::user) {
          CHECK(where.manifest_dir.starts_with("/home/ann/"));
        } else {
          CHECK(where.manifest_dir.starts_with("/"));
          CHECK(where.manifest_dir.find("/home/") == std::string::npos);
        }
      }
    }
  }
}

TEST_CASE("per user, each browser has a manifest of its own except Brave on Windows, which is Chrome's") {
  for (const Os os : all_systems) {
    CAPTURE(to_string(os));
    std::set<std::pair<std::string, std::string>> seen;
    for (const Browser browser : all_browsers) {
      if (browser == Browser::brave && os == Os::windows) continue;
      const InstallLocation where = found({browser, os, Scope::user, ""});
      CHECK(seen.insert({where.manifest_dir + "/" + where.manifest_name, where.registry_key}).second);
    }
  }
  for (const Scope scope : all_scopes) {
    const InstallLocation brave = found({Browser::brave, Os::windows, scope, ""});
    const InstallLocation chrome = found({Browser::chrome, Os::windows, scope, ""});
    CHECK(brave.manifest_dir == chrome.manifest_dir);
    CHECK(brave.manifest_name == chrome.manifest_name);
    CHECK(brave.registry_key == chrome.registry_key);
  }
}

TEST_CASE("on Windows the manifests lie beside the host, one per browser; elsewhere they are <host_name>.json") {
  for (const Scope scope : all_scopes) {
    CHECK(found({Browser::chrome, Os::windows, scope, ""}).manifest_name == "org.takedown.host.chrome.json");
    CHECK(found({Browser::brave, Os::windows, scope, ""}).manifest_name == "org.takedown.host.chrome.json");
    CHECK(found({Browser::edge, Os::windows, scope, ""}).manifest_name == "org.takedown.host.edge.json");
    CHECK(found({Browser::chromium, Os::windows, scope, ""}).manifest_name == "org.takedown.host.chromium.json");
    CHECK(found({Browser::firefox, Os::windows, scope, ""}).manifest_name == "org.takedown.host.firefox.json");
    for (const Os os : {Os::linux_os, Os::macos}) {
      CHECK(found({Browser::firefox, os, scope, ""}).manifest_name == "org.takedown.host.json");
      CHECK(found({Browser::edge, os, scope, ""}).manifest_name == "org.takedown.host.json");
    }
  }
}

TEST_CASE("Edge and Brave on Linux follow an absolute XDG_CONFIG_HOME like the other Chromium browsers") {
  PathEnv env = env_of_ann;
  env.xdg_config_home = "/xdg/conf";
  CHECK(found({Browser::edge, Os::linux_os, Scope::user, ""}, env).manifest_dir == "/xdg/conf/microsoft-edge/NativeMessagingHosts");
  CHECK(found({Browser::brave, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/xdg/conf/BraveSoftware/Brave-Browser/NativeMessagingHosts");
  CHECK(found({Browser::edge, Os::linux_os, Scope::system, ""}, env).manifest_dir == "/etc/opt/edge/native-messaging-hosts");
  env.xdg_config_home = "conf";  // relative: ignored
  CHECK(found({Browser::brave, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/home/ann/.config/BraveSoftware/Brave-Browser/NativeMessagingHosts");
  // XDG_CONFIG_HOME does not matter on macOS.
  CHECK(found({Browser::edge, Os::macos, Scope::user, ""}, env).manifest_dir ==
        "/home/ann/Library/Application Support/Microsoft Edge/NativeMessagingHosts");
}

TEST_CASE("Edge and Brave need the same variables as the others") {
  const PathEnv empty{};
  for (const Browser browser : {Browser::edge, Browser::brave}) {
    CAPTURE(to_string(browser));
    CHECK(refused({browser, Os::linux_os, Scope::user, ""}, empty).starts_with("HOME is not set"));
    CHECK(refused({browser, Os::macos, Scope::user, ""}, empty).starts_with("HOME is not set"));
    CHECK(refused({browser, Os::windows, Scope::user, ""}, empty) == "the folder of takedown-host.exe is unknown; pass --host-path");
    CHECK(refused({browser, Os::windows, Scope::system, ""}, empty) == "the folder of takedown-host.exe is unknown; pass --host-path");
    CHECK_FALSE(found({browser, Os::linux_os, Scope::system, ""}, empty).manifest_dir.empty());
    CHECK_FALSE(found({browser, Os::macos, Scope::system, ""}, empty).manifest_dir.empty());
  }
}

TEST_CASE("a custom user-data dir works for Edge and Brave on Linux and macOS, not on Windows") {
  for (const Browser browser : {Browser::edge, Browser::brave}) {
    CAPTURE(to_string(browser));
    CHECK_FALSE(user_data_dir_problem(browser, Os::linux_os).has_value());
    CHECK_FALSE(user_data_dir_problem(browser, Os::macos).has_value());
    CHECK(found({browser, Os::linux_os, Scope::user, "/home/ann/.config/BraveSoftware/Brave-Browser-Beta"}).manifest_dir ==
          "/home/ann/.config/BraveSoftware/Brave-Browser-Beta/NativeMessagingHosts");
    CHECK(found({browser, Os::macos, Scope::user, "/p/"}).manifest_dir == "/p/NativeMessagingHosts");
    CHECK(refused({browser, Os::windows, Scope::user, "C:\\p"}).find("registry") != std::string::npos);
    CHECK(refused({browser, Os::macos, Scope::system, "/p"}) == "--user-data-dir and --system exclude each other");
  }
}

TEST_CASE("all five browser names parse both ways; Edge and Brave are Chromium-family") {
  std::set<std::string_view> names;
  for (const Browser browser : all_browsers) {
    CHECK(parse_browser(to_string(browser)) == browser);
    names.insert(to_string(browser));
  }
  CHECK(names == std::set<std::string_view>{"chromium", "chrome", "edge", "brave", "firefox"});
  CHECK(is_chromium_family(Browser::edge));
  CHECK(is_chromium_family(Browser::brave));
  CHECK_FALSE(is_chromium_family(Browser::firefox));
  CHECK_FALSE(parse_browser("msedge").has_value());
  CHECK_FALSE(parse_browser("Brave").has_value());
}

TEST_CASE("Edge and Brave get the Chromium manifest: allowed_origins, never allowed_extensions") {
  for (const Browser browser : {Browser::edge, Browser::brave}) {
    const nlohmann::json manifest = nlohmann::json::parse(manifest_json(browser, "/opt/takedown/takedown-host"));
    CHECK(manifest["allowed_origins"] ==
          nlohmann::json::array({"chrome-extension://" + std::string(takedown::protocol::chromium_extension_id) + "/"}));
    CHECK_FALSE(manifest.contains("allowed_extensions"));
    CHECK(manifest_json(browser, "/x") == manifest_json(Browser::chrome, "/x"));
  }
}

}  // namespace install_paths_test

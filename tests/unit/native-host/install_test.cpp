// The install-location table for every browser x OS x scope, and writing/removing real manifests.
#include "install_paths.hpp"

#include <doctest/doctest.h>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <takedown/protocol.hpp>
#include <variant>

#include "install.hpp"
#ifdef _WIN32
#include <windows.h>

#include "windows_registry.hpp"
#endif

#include "vault_test_support.hpp"

namespace install_test {  // one per file: the unity build joins test files

using namespace takedown::host;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const PathEnv sample_env{"/home/ann", "", "C:\\Users\\ann\\Takedown"};

struct Expected {
  Browser browser;
  Os os;
  Scope scope;
  const char* dir;
  const char* key;
};

// Every row written out in full, from notes §1.4, so a change to the table shows up as a diff here.
const Expected table[] = {
    {Browser::chromium, Os::linux_os, Scope::user, "/home/ann/.config/chromium/NativeMessagingHosts", ""},
    {Browser::chromium, Os::linux_os, Scope::system, "/etc/chromium/native-messaging-hosts", ""},
    {Browser::chrome, Os::linux_os, Scope::user, "/home/ann/.config/google-chrome/NativeMessagingHosts", ""},
    {Browser::chrome, Os::linux_os, Scope::system, "/etc/opt/chrome/native-messaging-hosts", ""},
    {Browser::firefox, Os::linux_os, Scope::user, "/home/ann/.mozilla/native-messaging-hosts", ""},
    {Browser::firefox, Os::linux_os, Scope::system, "/usr/lib/mozilla/native-messaging-hosts", ""},
    {Browser::chromium, Os::macos, Scope::user, "/home/ann/Library/Application Support/Chromium/NativeMessagingHosts", ""},
    {Browser::chromium, Os::macos, Scope::system, "/Library/Application Support/Chromium/NativeMessagingHosts", ""},
    {Browser::chrome, Os::macos, Scope::user, "/home/ann/Library/Application Support/Google/Chrome/NativeMessagingHosts", ""},
    {Browser::chrome, Os::macos, Scope::system, "/Library/Google/Chrome/NativeMessagingHosts", ""},
    {Browser::firefox, Os::macos, Scope::user, "/home/ann/Library/Application Support/Mozilla/NativeMessagingHosts", ""},
    {Browser::firefox, Os::macos, Scope::system, "/Library/Application Support/Mozilla/NativeMessagingHosts", ""},
    {Browser::chromium, Os::windows, Scope::user, "C:\\Users\\ann\\Takedown",
     "HKCU\\Software\\Chromium\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::chromium, Os::windows, Scope::system, "C:\\Users\\ann\\Takedown",
     "HKLM\\Software\\Chromium\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::chrome, Os::windows, Scope::user, "C:\\Users\\ann\\Takedown",
     "HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::chrome, Os::windows, Scope::system, "C:\\Users\\ann\\Takedown",
     "HKLM\\Software\\Google\\Chrome\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::firefox, Os::windows, Scope::user, "C:\\Users\\ann\\Takedown",
     "HKCU\\SOFTWARE\\Mozilla\\NativeMessagingHosts\\org.takedown.host"},
    {Browser::firefox, Os::windows, Scope::system, "C:\\Users\\ann\\Takedown",
     "HKLM\\SOFTWARE\\Mozilla\\NativeMessagingHosts\\org.takedown.host"},
};

InstallLocation location(const LocationQuery& query, const PathEnv& env = sample_env) {
  auto result = install_location(query, env);
  if (auto* problem = std::get_if<std::string>(&result)) FAIL("no location: " << *problem);
  return std::get<InstallLocation>(result);
}

std::string problem(const LocationQuery& query, const PathEnv& env = sample_env) {
  auto result = install_location(query, env);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}


using takedown::host::vault::test::TempDir;

}  // namespace

TEST_CASE("the install table covers every browser x OS x scope") {
  CHECK(std::size(table) == 18);
  for (const Expected& row : table) {
    CAPTURE(to_string(row.browser));
    CAPTURE(to_string(row.os));
    CAPTURE(row.scope == Scope::user ? "user" : "system");
    const InstallLocation where = location({row.browser, row.os, row.scope, ""});
    CHECK(where.manifest_dir == row.dir);
    CHECK(where.registry_key == row.key);
  }
}

TEST_CASE("Chrome and Chromium on Linux honour an absolute XDG_CONFIG_HOME; Firefox does not") {
  PathEnv env = sample_env;
  env.xdg_config_home = "/xdg/conf";
  CHECK(location({Browser::chromium, Os::linux_os, Scope::user, ""}, env).manifest_dir == "/xdg/conf/chromium/NativeMessagingHosts");
  CHECK(location({Browser::chrome, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/xdg/conf/google-chrome/NativeMessagingHosts");
  CHECK(location({Browser::firefox, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/home/ann/.mozilla/native-messaging-hosts");
  CHECK(location({Browser::chromium, Os::linux_os, Scope::system, ""}, env).manifest_dir ==
        "/etc/chromium/native-messaging-hosts");
  // The XDG spec says a relative value is invalid and ignored.
  env.xdg_config_home = "relative/conf";
  CHECK(location({Browser::chromium, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/home/ann/.config/chromium/NativeMessagingHosts");
  // A trailing slash does not double up.
  env.home = "/home/bob/";
  env.xdg_config_home = "";
  CHECK(location({Browser::firefox, Os::linux_os, Scope::user, ""}, env).manifest_dir ==
        "/home/bob/.mozilla/native-messaging-hosts");
}

TEST_CASE("a missing variable is a clear error, and only where it is needed") {
  const PathEnv empty{};
  CHECK(problem({Browser::chromium, Os::linux_os, Scope::user, ""}, empty) ==
        "HOME is not set; it is needed to find the per-user manifest folder");
  CHECK(problem({Browser::firefox, Os::macos, Scope::user, ""}, empty).starts_with("HOME is not set"));
  CHECK(problem({Browser::chrome, Os::windows, Scope::user, ""}, empty) == "the folder of takedown-host.exe is unknown; pass --host-path");
  CHECK(problem({Browser::chrome, Os::windows, Scope::system, ""}, empty) == "the folder of takedown-host.exe is unknown; pass --host-path");
  CHECK(location({Browser::firefox, Os::linux_os, Scope::system, ""}, empty).manifest_dir ==
        "/usr/lib/mozilla/native-messaging-hosts");
  CHECK(location({Browser::chrome, Os::macos, Scope::system, ""}, empty).manifest_dir ==
        "/Library/Google/Chrome/NativeMessagingHosts");
}

TEST_CASE("a custom user-data dir holds NativeMessagingHosts, for the Chromium family only") {
  CHECK(location({Browser::chromium, Os::linux_os, Scope::user, "/tmp/profile"}).manifest_dir ==
        "/tmp/profile/NativeMessagingHosts");
  CHECK(location({Browser::chrome, Os::macos, Scope::user, "/tmp/profile/"}).manifest_dir ==
        "/tmp/profile/NativeMessagingHosts");
  const std::string firefox = problem({Browser::firefox, Os::linux_os, Scope::user, "/tmp/profile"});
  CHECK(firefox.find("~/.mozilla/native-messaging-hosts") != std::string::npos);
  CHECK(firefox.find("set HOME") != std::string::npos);
  CHECK(user_data_dir_problem(Browser::firefox, Os::linux_os) == firefox);
  CHECK(problem({Browser::chromium, Os::windows, Scope::user, "C:\\p"}).find("registry") != std::string::npos);
  CHECK(problem({Browser::chromium, Os::linux_os, Scope::system, "/tmp/p"}) == "--user-data-dir and --system exclude each other");
  CHECK_FALSE(user_data_dir_problem(Browser::chromium, Os::macos).has_value());
}

TEST_CASE("browser names parse both ways") {
  for (const Browser b : {Browser::chromium, Browser::chrome, Browser::firefox}) CHECK(parse_browser(to_string(b)) == b);
  CHECK_FALSE(parse_browser("opera").has_value());
  CHECK_FALSE(parse_browser("Chrome").has_value());
  CHECK_FALSE(parse_browser("").has_value());
#if defined(_WIN32)
  CHECK(current_os() == Os::windows);
#elif defined(__APPLE__)
  CHECK(current_os() == Os::macos);
#else
  CHECK(current_os() == Os::linux_os);
#endif
}

TEST_CASE("the manifests carry the right allow-list for each family") {
  const json chromium = json::parse(manifest_json(Browser::chromium, "/opt/takedown/takedown-host"));
  CHECK(chromium == json{{"name", "org.takedown.host"},
                         {"description", "Takedown native messaging host"},
                         {"path", "/opt/takedown/takedown-host"},
                         {"type", "stdio"},
                         {"allowed_origins", {"chrome-extension://cknbgcaoeofcnbhhcpnjolamchcldogk/"}}});
  CHECK(json::parse(manifest_json(Browser::chrome, "/x")) ["allowed_origins"] == chromium["allowed_origins"]);
  const json firefox = json::parse(manifest_json(Browser::firefox, "/opt/takedown/takedown-host"));
  CHECK(firefox["allowed_extensions"] == json{"takedown@takedown.org"});
  CHECK_FALSE(firefox.contains("allowed_origins"));
  CHECK(firefox["name"] == std::string(takedown::protocol::host_name));
  CHECK(InstallLocation::default_manifest_name() == "org.takedown.host.json");
  // Readable field order: name first, the allow-list last.
  CHECK(manifest_json(Browser::firefox, "/x").rfind("{\n  \"name\": ", 0) == 0);
}

TEST_CASE("install writes a Chromium manifest into a user-data dir, uninstall removes it") {
  TempDir temp;
  const fs::path profile = temp.path / "profile";
  const InstallLocation where = location({Browser::chromium, Os::linux_os, Scope::user, profile.string()});
  const fs::path host = std::get<fs::path>(own_executable_path());

  auto installed = install_manifest(where, Browser::chromium, host);
  REQUIRE(std::holds_alternative<Installed>(installed));
  const fs::path manifest = std::get<Installed>(installed).manifest;
  CHECK(manifest == profile / "NativeMessagingHosts" / "org.takedown.host.json");
  const json written = json::parse(read_file(manifest));
  CHECK(written["path"] == host.string());
  CHECK(written["type"] == "stdio");
  CHECK(written["allowed_origins"] == json{"chrome-extension://cknbgcaoeofcnbhhcpnjolamchcldogk/"});
  CHECK_FALSE(fs::exists(manifest.string() + ".tmp"));

  // Installing again replaces the file in place.
  REQUIRE(std::holds_alternative<Installed>(install_manifest(where, Browser::chromium, host)));
  CHECK(json::parse(read_file(manifest)) == written);

  auto removed = uninstall_manifest(where);
  REQUIRE(std::holds_alternative<Removed>(removed));
  CHECK(std::get<Removed>(removed).existed);
  CHECK_FALSE(fs::exists(manifest));
  auto again = uninstall_manifest(where);
  REQUIRE(std::holds_alternative<Removed>(again));
  CHECK_FALSE(std::get<Removed>(again).existed);
}

TEST_CASE("install writes a Firefox manifest under HOME with allowed_extensions") {
  TempDir temp;
  PathEnv env{};
  env.home = temp.path.string();
  const InstallLocation where = location({Browser::firefox, Os::linux_os, Scope::user, ""}, env);
  auto installed = install_manifest(where, Browser::firefox, "/usr/bin/takedown-host");
  REQUIRE(std::holds_alternative<Installed>(installed));
  const fs::path manifest = temp.path / ".mozilla" / "native-messaging-hosts" / "org.takedown.host.json";
  CHECK(std::get<Installed>(installed).manifest == manifest);
  const json written = json::parse(read_file(manifest));
  CHECK(written["allowed_extensions"] == json{"takedown@takedown.org"});
  CHECK_FALSE(written.contains("allowed_origins"));
  REQUIRE(std::holds_alternative<Removed>(uninstall_manifest(where)));
  CHECK_FALSE(fs::exists(manifest));
}

TEST_CASE("install reports what it cannot do") {
#ifndef _WIN32
  const InstallLocation windows = location({Browser::chrome, Os::windows, Scope::user, ""});
  auto refused = install_manifest(windows, Browser::chrome, "/x");
  REQUIRE(std::holds_alternative<InstallError>(refused));
  CHECK(std::get<InstallError>(refused) ==
        "the registry key HKCU\\Software\\Google\\Chrome\\NativeMessagingHosts\\org.takedown.host can only be written "
        "by the Windows build of takedown-host");
  CHECK(std::holds_alternative<InstallError>(uninstall_manifest(windows)));
#endif

  TempDir temp;
  const fs::path blocker = temp.path / "file";
  std::ofstream(blocker) << "not a folder";
  auto blocked = install_manifest({(blocker / "sub").string(), ""}, Browser::chromium, "/x");
  REQUIRE(std::holds_alternative<InstallError>(blocked));
  CHECK(std::get<InstallError>(blocked).starts_with("cannot create "));
}

#ifdef _WIN32
bool registry_key_exists(const std::string& key) {
  HKEY handle = nullptr;
  const std::wstring subkey(key.begin() + 5, key.end());  // after "HKCU\\"; ASCII only here
  if (::RegOpenKeyExW(HKEY_CURRENT_USER, subkey.c_str(), 0, KEY_READ, &handle) != ERROR_SUCCESS) return false;
  ::RegCloseKey(handle);
  return true;
}

TEST_CASE("on Windows install writes the manifest and then the key naming it; uninstall removes exactly what it wrote") {
  TempDir temp;
  const std::string key = "HKCU\\Software\\TakedownUnitTest\\NativeMessagingHosts\\org.takedown.host";
  const InstallLocation where{temp.path.string(), key, "org.takedown.host.edge.json"};
  const fs::path host = std::get<fs::path>(own_executable_path());
  auto installed = install_manifest(where, Browser::edge, host);
  REQUIRE(std::holds_alternative<Installed>(installed));
  const fs::path manifest = std::get<Installed>(installed).manifest;
  CHECK(manifest == temp.path / "org.takedown.host.edge.json");
  CHECK(windows_registry::default_value(key) == manifest.string());
  CHECK(json::parse(read_file(manifest))["path"] == host.string());

  auto removed = uninstall_manifest(where);
  REQUIRE(std::holds_alternative<Removed>(removed));
  CHECK(std::get<Removed>(removed).existed);
  CHECK_FALSE(fs::exists(manifest));
  CHECK_FALSE(windows_registry::default_value(key).has_value());
  // Install created the vendor's key and NativeMessagingHosts: uninstall removed them, being empty.
  CHECK_FALSE(registry_key_exists("HKCU\\Software\\TakedownUnitTest"));

  // A key that was there before install stays, even when uninstall leaves it empty.
  const std::string kept = "HKCU\\Software\\TakedownUnitTest2\\NativeMessagingHosts";
  REQUIRE_FALSE(windows_registry::set_default_value(kept + "\\other.host", "C:\\other.json").has_value());
  bool existed = false;
  REQUIRE_FALSE(windows_registry::delete_key(kept + "\\other.host", existed).has_value());
  REQUIRE(existed);  // it listed both parents as its own: they are gone with it
  CHECK_FALSE(registry_key_exists("HKCU\\Software\\TakedownUnitTest2"));
  REQUIRE_FALSE(windows_registry::set_default_value(kept + "\\other.host", "C:\\other.json").has_value());
  const InstallLocation beside{temp.path.string(), kept + "\\org.takedown.host", "org.takedown.host.edge.json"};
  REQUIRE(std::holds_alternative<Installed>(install_manifest(beside, Browser::edge, host)));
  REQUIRE_FALSE(windows_registry::delete_key(kept + "\\other.host", existed).has_value());  // NativeMessagingHosts now empty but for ours
  REQUIRE(std::holds_alternative<Removed>(uninstall_manifest(beside)));
  CHECK(registry_key_exists(kept));  // existed before install: kept, though empty
  REQUIRE_FALSE(windows_registry::delete_key(kept, existed).has_value());
  REQUIRE_FALSE(windows_registry::delete_key("HKCU\\Software\\TakedownUnitTest2", existed).has_value());
}
#endif

TEST_CASE("the host path must be an executable file; it is made absolute") {
  auto self = own_executable_path();
  REQUIRE(std::holds_alternative<fs::path>(self));
  CHECK(std::get<fs::path>(self).is_absolute());
  auto checked = checked_host_path(std::get<fs::path>(self));
  REQUIRE(std::holds_alternative<fs::path>(checked));
  CHECK(std::get<fs::path>(checked) == std::get<fs::path>(self));

  TempDir temp;
  CHECK(std::get<InstallError>(checked_host_path(temp.path / "missing")).ends_with("does not exist"));
  CHECK(std::get<InstallError>(checked_host_path(temp.path)).ends_with("is not a regular file"));
  const fs::path plain = temp.path / "plain";
  std::ofstream(plain) << "data";
#ifndef _WIN32  // Windows has no execute bit
  fs::permissions(plain, fs::perms::owner_read | fs::perms::owner_write);
  // Even root needs an execute bit for X_OK.
  CHECK(std::get<InstallError>(checked_host_path(plain)).ends_with("is not executable"));
  fs::permissions(plain, fs::perms::owner_all);
#endif
  const fs::path previous = fs::current_path();
  fs::current_path(temp.path);
  auto relative = checked_host_path("plain");
  fs::current_path(previous);
  REQUIRE(std::holds_alternative<fs::path>(relative));
  CHECK(std::get<fs::path>(relative) == plain);
}

}  // namespace install_test

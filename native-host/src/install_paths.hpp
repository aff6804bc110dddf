#pragma once
// Where each browser looks for the host manifest: a pure table of (browser, OS, scope, environment).
// Sources: notes/native-messaging-and-evidence.md §1.4 (Chrome, MDN and Chromium docs).
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace takedown::host {

// Edge and Brave are Chromium-family browsers with install locations of their own (Brave on Windows
// shares Chrome's registry key).
enum class Browser { chromium, chrome, edge, brave, firefox };
// Suffixed because `linux` is a predefined macro in GNU C++ modes.
enum class Os { linux_os, macos, windows };
enum class Scope { user, system };

// What the table reads from the environment; empty means unknown.
struct PathEnv {
  std::string home;             // Linux, macOS
  std::string xdg_config_home;  // Linux, Chromium family (Chrome, Chromium, Edge, Brave)
  std::string host_dir;         // Windows: the folder holding takedown-host.exe; its manifests go beside it
};

struct LocationQuery {
  Browser browser;
  Os os;
  Scope scope;
  std::string user_data_dir;  // Chromium family on Linux/macOS: a custom --user-data-dir; empty = default
};

struct InstallLocation {
  std::string manifest_dir;  // the folder holding the manifest
  // Windows only: the key whose default value must be the manifest's full path (browsers find hosts
  // there, not by folder); empty elsewhere.
  std::string registry_key;
  // "<host_name>.json"; on Windows, where the manifests of all browsers lie side by side beside the
  // host, "<host_name>.<browser>.json".
  std::string manifest_name = default_manifest_name();

  static std::string default_manifest_name();
};

// The location, or a sentence saying why there is none (a missing variable, an impossible combination).
std::variant<InstallLocation, std::string> install_location(const LocationQuery& query, const PathEnv& env);

// Why a custom Chromium --user-data-dir cannot be used for this browser and OS, if it cannot.
std::optional<std::string> user_data_dir_problem(Browser browser, Os os);

std::optional<Browser> parse_browser(std::string_view name) noexcept;
std::string_view to_string(Browser browser) noexcept;
std::string_view to_string(Os os) noexcept;
bool is_chromium_family(Browser browser) noexcept;

// The OS this binary was built for.
Os current_os() noexcept;
// HOME and XDG_CONFIG_HOME from the environment, and `host_dir` as given.
PathEnv path_env_from_environment(std::string host_dir);

}  // namespace takedown::host

#include "install_paths.hpp"

#include <cstdlib>
#include <utility>

#include <takedown/protocol.hpp>

namespace takedown::host {
namespace {

using Result = std::variant<InstallLocation, std::string>;

std::string join(Os os, std::string_view base, std::string_view tail) {
  const char separator = os == Os::windows ? '\\' : '/';
  std::string out(base);
  if (!out.empty() && out.back() != separator) out += separator;
  return out + std::string(tail);
}

std::string missing(std::string_view variable, std::string_view why) {
  return std::string(variable) + " is not set; it is needed to find " + std::string(why);
}

// Chromium-family browsers keep their per-user manifests in NativeMessagingHosts inside their user-data
// dir; these are the default user-data dirs (stable channel) under ~/.config (Linux) and
// ~/Library/Application Support (macOS).
std::string_view linux_user_data_dir(Browser browser) {
  switch (browser) {
    case Browser::chromium: return "chromium";
    case Browser::chrome: return "google-chrome";
    case Browser::edge: return "microsoft-edge";
    case Browser::brave: return "BraveSoftware/Brave-Browser";
    case Browser::firefox: break;
  }
  return {};
}

Result linux_location(Browser browser, Scope scope, const PathEnv& env) {
  if (scope == Scope::system) {
    switch (browser) {
      case Browser::chromium: return InstallLocation{"/etc/chromium/native-messaging-hosts", {}};
      case Browser::chrome: return InstallLocation{"/etc/opt/chrome/native-messaging-hosts", {}};
      case Browser::edge: return InstallLocation{"/etc/opt/edge/native-messaging-hosts", {}};
      // Unverified: Brave does not override Chromium's unbranded system folder in its sources, so it should
      // read Chromium's; it is the same file as `--browser chromium --system`.
      case Browser::brave: return InstallLocation{"/etc/chromium/native-messaging-hosts", {}};
      case Browser::firefox: return InstallLocation{"/usr/lib/mozilla/native-messaging-hosts", {}};
    }
  }
  if (env.home.empty()) return missing("HOME", "the per-user manifest folder");
  if (browser == Browser::firefox) return InstallLocation{join(Os::linux_os, env.home, ".mozilla/native-messaging-hosts"), {}};
  // The Chromium family keeps its user-data dir under $XDG_CONFIG_HOME (the XDG spec ignores a
  // relative value), else ~/.config.
  const std::string config = env.xdg_config_home.starts_with('/') ? env.xdg_config_home : join(Os::linux_os, env.home, ".config");
  return InstallLocation{join(Os::linux_os, join(Os::linux_os, config, linux_user_data_dir(browser)), "NativeMessagingHosts"), {}};
}

Result macos_location(Browser browser, Scope scope, const PathEnv& env) {
  std::string_view user_tail;
  std::string_view system_dir;
  switch (browser) {
    case Browser::chromium:
      user_tail = "Library/Application Support/Chromium/NativeMessagingHosts";
      system_dir = "/Library/Application Support/Chromium/NativeMessagingHosts";
      break;
    case Browser::chrome:
      user_tail = "Library/Application Support/Google/Chrome/NativeMessagingHosts";
      system_dir = "/Library/Google/Chrome/NativeMessagingHosts";
      break;
    case Browser::edge:
      user_tail = "Library/Application Support/Microsoft Edge/NativeMessagingHosts";
      system_dir = "/Library/Microsoft/Edge/NativeMessagingHosts";
      break;
    case Browser::brave:
      user_tail = "Library/Application Support/BraveSoftware/Brave-Browser/NativeMessagingHosts";
      // Unverified, as on Linux: Chromium's unbranded system folder (the same file as chromium --system).
      system_dir = "/Library/Application Support/Chromium/NativeMessagingHosts";
      break;
    case Browser::firefox:
      user_tail = "Library/Application Support/Mozilla/NativeMessagingHosts";
      system_dir = "/Library/Application Support/Mozilla/NativeMessagingHosts";
      break;
  }
  if (scope == Scope::system) return InstallLocation{std::string(system_dir), {}};
  if (env.home.empty()) return missing("HOME", "the per-user manifest folder");
  return InstallLocation{join(Os::macos, env.home, user_tail), {}};
}

Result windows_location(Browser browser, Scope scope, const PathEnv& env) {
  // Brave on Windows reads Chrome's registry key and has none of its own: installing for Brave is
  // installing for Chrome (same key, same manifest), and uninstalling either removes both.
  const Browser registered = browser == Browser::brave ? Browser::chrome : browser;
  std::string_view key_tail;
  switch (registered) {
    case Browser::chromium: key_tail = "Software\\Chromium\\NativeMessagingHosts\\"; break;
    case Browser::chrome:
    case Browser::brave: key_tail = "Software\\Google\\Chrome\\NativeMessagingHosts\\"; break;
    case Browser::edge: key_tail = "SOFTWARE\\Microsoft\\Edge\\NativeMessagingHosts\\"; break;
    case Browser::firefox: key_tail = "SOFTWARE\\Mozilla\\NativeMessagingHosts\\"; break;
  }
  const std::string key =
      std::string(scope == Scope::user ? "HKCU\\" : "HKLM\\") + std::string(key_tail) + std::string(protocol::host_name);
  // The registry value may point anywhere: the manifests lie beside the host (whoever moves the folder
  // installs again), named per browser since the Chromium and Firefox ones differ in their allow-lists.
  if (env.host_dir.empty()) return std::string("the folder of takedown-host.exe is unknown; pass --host-path");
  return InstallLocation{env.host_dir, key, std::string(protocol::host_name) + "." + std::string(to_string(registered)) + ".json"};
}

}  // namespace

Result install_location(const LocationQuery& query, const PathEnv& env) {
  if (!query.user_data_dir.empty()) {
    if (auto problem = user_data_dir_problem(query.browser, query.os)) return *problem;
    if (query.scope == Scope::system) return std::string("--user-data-dir and --system exclude each other");
    // Per-user manifests live inside the user-data dir, so a custom one moves them too.
    return InstallLocation{join(query.os, query.user_data_dir, "NativeMessagingHosts"), {}};
  }
  switch (query.os) {
    case Os::linux_os: return linux_location(query.browser, query.scope, env);
    case Os::macos: return macos_location(query.browser, query.scope, env);
    case Os::windows: return windows_location(query.browser, query.scope, env);
  }
  return std::string("unknown operating system");
}

std::optional<std::string> user_data_dir_problem(Browser browser, Os os) {
  if (browser == Browser::firefox) {
    std::string_view where = "~/.mozilla/native-messaging-hosts";
    if (os == Os::macos) where = "~/Library/Application Support/Mozilla/NativeMessagingHosts";
    if (os == Os::windows) return std::string("--user-data-dir is for the Chromium family only: Firefox finds hosts through the registry");
    return "--user-data-dir is for the Chromium family only: Firefox looks for host manifests only in " +
           std::string(where) + " (per user) or the system folder; to install elsewhere, set HOME";
  }
  if (os == Os::windows) {
    return std::string("--user-data-dir has no effect on Windows: Chromium finds hosts only through the registry");
  }
  return std::nullopt;
}

std::optional<Browser> parse_browser(std::string_view name) noexcept {
  if (name == "chromium") return Browser::chromium;
  if (name == "chrome") return Browser::chrome;
  if (name == "edge") return Browser::edge;
  if (name == "brave") return Browser::brave;
  if (name == "firefox") return Browser::firefox;
  return std::nullopt;
}

std::string_view to_string(Browser browser) noexcept {
  switch (browser) {
    case Browser::chromium: return "chromium";
    case Browser::chrome: return "chrome";
    case Browser::edge: return "edge";
    case Browser::brave: return "brave";
    case Browser::firefox: return "firefox";
  }
  return "unknown";
}

std::string_view to_string(Os os) noexcept {
  switch (os) {
    case Os::linux_os: return "linux";
    case Os::macos: return "macos";
    case Os::windows: return "windows";
  }
  return "unknown";
}

bool is_chromium_family(Browser browser) noexcept { return browser != Browser::firefox; }

Os current_os() noexcept {
#if defined(_WIN32)
  return Os::windows;
#elif defined(__APPLE__)
  return Os::macos;
#else
  return Os::linux_os;
#endif
}

std::string InstallLocation::default_manifest_name() { return std::string(protocol::host_name) + ".json"; }

PathEnv path_env_from_environment(std::string host_dir) {
  const auto get = [](const char* name) {
    const char* value = std::getenv(name);
    return std::string(value != nullptr ? value : "");
  };
  return {get("HOME"), get("XDG_CONFIG_HOME"), std::move(host_dir)};
}

}  // namespace takedown::host

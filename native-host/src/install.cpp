#include "install.hpp"

#include "utf8_path.hpp"

#include <fstream>

#include <nlohmann/json.hpp>
#include <takedown/protocol.hpp>

#ifdef __APPLE__
#include <mach-o/dyld.h>

#include <climits>
#endif
#ifdef _WIN32
#include <windows.h>

#include "windows_registry.hpp"
#else
#include <unistd.h>
#endif

namespace takedown::host {
namespace fs = std::filesystem;

namespace {

#ifndef _WIN32
std::string registry_only_on_windows(const InstallLocation& where) {
  return "the registry key " + where.registry_key + " can only be written by the Windows build of takedown-host";
}
#endif

std::string describe(const std::error_code& error) { return error.message(); }

}  // namespace

std::string manifest_json(Browser browser, std::string_view host_path) {
  // ordered_json keeps the fields in the order people expect when they open the file.
  nlohmann::ordered_json manifest{
      {"name", protocol::host_name},
      {"description", "Takedown native messaging host"},
      {"path", host_path},
      {"type", "stdio"},
  };
  if (is_chromium_family(browser)) {
    manifest["allowed_origins"] = {"chrome-extension://" + std::string(protocol::chromium_extension_id) + "/"};
  } else {
    manifest["allowed_extensions"] = {protocol::firefox_addon_id};
  }
  return manifest.dump(2) + "\n";
}

std::variant<Installed, InstallError> install_manifest(const InstallLocation& where, Browser browser,
                                                       const fs::path& host_path) {
#ifndef _WIN32
  if (!where.registry_key.empty()) return registry_only_on_windows(where);
#endif
  std::string text;
  try {
    text = manifest_json(browser, host_path.string());
  } catch (const nlohmann::json::exception&) {
    return "the host path " + host_path.string() + " is not valid UTF-8, which a JSON manifest cannot hold";
  }

  const fs::path dir = utf8_path(where.manifest_dir);
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return "cannot create " + dir.string() + ": " + describe(error);

  // Written beside the target, then renamed over it, so a browser never reads half a manifest.
  const fs::path target = dir / where.manifest_name;
  fs::path temporary = target;
  temporary += ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text << std::flush;
    if (!out) {
      fs::remove(temporary, error);
      return "cannot write " + temporary.string();
    }
  }
  fs::rename(temporary, target, error);
  if (error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    return "cannot rename " + temporary.string() + " to " + target.string() + ": " + describe(error);
  }
#ifdef _WIN32
  // Windows browsers find the manifest only through this key, written last: it never names a
  // manifest that is not there yet.
  if (!where.registry_key.empty()) {
    if (auto problem = windows_registry::set_default_value(where.registry_key, target.string())) return *problem;
  }
#endif
  return Installed{target};
}

std::variant<Removed, InstallError> uninstall_manifest(const InstallLocation& where) {
#ifdef _WIN32
  // The key goes first, so that no browser is left pointing at a deleted manifest.
  if (!where.registry_key.empty()) {
    bool key_existed = false;
    if (auto problem = windows_registry::delete_key(where.registry_key, key_existed)) return *problem;
  }
#else
  if (!where.registry_key.empty()) return registry_only_on_windows(where);
#endif
  const fs::path target = utf8_path(where.manifest_dir) / where.manifest_name;
  std::error_code error;
  const bool existed = fs::remove(target, error);
  if (error) return "cannot remove " + target.string() + ": " + describe(error);
  return Removed{target, existed};
}

std::variant<fs::path, InstallError> own_executable_path() {
  std::error_code error;
#if defined(__APPLE__)
  char buffer[PATH_MAX];
  std::uint32_t size = sizeof buffer;
  if (_NSGetExecutablePath(buffer, &size) != 0) return std::string("cannot find this program's own path");
  fs::path self = fs::canonical(buffer, error);
#elif defined(_WIN32)
  std::wstring buffer(MAX_PATH, L'\0');
  for (;;) {
    const DWORD length = ::GetModuleFileNameW(nullptr, buffer.data(), static_cast<DWORD>(buffer.size()));
    if (length == 0) return std::string("cannot find this program's own path; pass --host-path");
    if (length < buffer.size()) {
      buffer.resize(length);
      break;
    }
    buffer.resize(buffer.size() * 2);  // the path was cut off
  }
  fs::path self = fs::weakly_canonical(fs::path(buffer), error);
#else
  fs::path self = fs::canonical("/proc/self/exe", error);
#endif
  if (error) return "cannot find this program's own path (" + describe(error) + "); pass --host-path";
  return self;
}

std::variant<fs::path, InstallError> checked_host_path(const fs::path& path) {
  std::error_code error;
  // Absolute but with symlinks kept: a packaged link such as /usr/bin/takedown-host should survive upgrades.
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (error) return "host path " + path.string() + ": " + describe(error);
  if (!fs::exists(absolute, error)) return "host path " + absolute.string() + " does not exist";
  if (!fs::is_regular_file(absolute, error)) return "host path " + absolute.string() + " is not a regular file";
#ifndef _WIN32
  if (::access(absolute.c_str(), X_OK) != 0) return "host path " + absolute.string() + " is not executable";
#endif
  return absolute;
}

}  // namespace takedown::host

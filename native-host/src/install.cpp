#include "install.hpp"

#include <fstream>

#include <nlohmann/json.hpp>
#include <takedown/protocol.hpp>

#ifdef __APPLE__
#include <mach-o/dyld.h>

#include <climits>
#endif
#ifndef _WIN32
#include <unistd.h>
#endif

namespace takedown::host {
namespace fs = std::filesystem;

namespace {

std::string registry_not_supported(const InstallLocation& where) {
  return "writing the Windows registry is not supported yet; create the key " + where.registry_key +
         " with its default value set to the full path of " + manifest_file_name() + " in " + where.manifest_dir;
}

std::string describe(const std::error_code& error) { return error.message(); }

}  // namespace

std::string manifest_file_name() { return std::string(protocol::host_name) + ".json"; }

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
  if (!where.registry_key.empty()) return registry_not_supported(where);
  std::string text;
  try {
    text = manifest_json(browser, host_path.string());
  } catch (const nlohmann::json::exception&) {
    return "the host path " + host_path.string() + " is not valid UTF-8, which a JSON manifest cannot hold";
  }

  const fs::path dir = where.manifest_dir;
  std::error_code error;
  fs::create_directories(dir, error);
  if (error) return "cannot create " + dir.string() + ": " + describe(error);

  // Written beside the target, then renamed over it, so a browser never reads half a manifest.
  const fs::path target = dir / manifest_file_name();
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
  return Installed{target};
}

std::variant<Removed, InstallError> uninstall_manifest(const InstallLocation& where) {
  if (!where.registry_key.empty()) return registry_not_supported(where);
  const fs::path target = fs::path(where.manifest_dir) / manifest_file_name();
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
  fs::path self;
  error = std::make_error_code(std::errc::function_not_supported);
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

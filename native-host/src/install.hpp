#pragma once
// Writing and removing the host manifest that tells a browser where takedown-host lives.
#include <filesystem>
#include <string>
#include <string_view>
#include <variant>

#include "install_paths.hpp"

namespace takedown::host {

// The manifest for `browser`: name, description, absolute path, "type":"stdio", and the allow-list.
// Chromium family: "allowed_origins":["chrome-extension://<id>/"]; Firefox: "allowed_extensions":[<add-on id>]
// (Firefox rejects allowed_origins, so one file cannot serve both).
std::string manifest_json(Browser browser, std::string_view host_path);

struct Installed {
  std::filesystem::path manifest;
};
struct Removed {
  std::filesystem::path manifest;
  bool existed;
};
using InstallError = std::string;

// Creates the folder and (re)writes the manifest atomically. Refuses Windows registry locations,
// which are not supported yet.
std::variant<Installed, InstallError> install_manifest(const InstallLocation& where, Browser browser,
                                                       const std::filesystem::path& host_path);
// Removes the manifest if present; a missing one is not an error.
std::variant<Removed, InstallError> uninstall_manifest(const InstallLocation& where);

// The absolute, symlink-free path of the running executable, or an error sentence.
std::variant<std::filesystem::path, InstallError> own_executable_path();
// Checks that `path` names an executable file and returns it absolute (symlinks kept).
std::variant<std::filesystem::path, InstallError> checked_host_path(const std::filesystem::path& path);

}  // namespace takedown::host

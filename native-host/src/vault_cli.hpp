#pragma once
// `takedown-host vault list | verify | export | timestamp verify`, each with --vault DIR and --help.
// Exit codes are in exit_codes.hpp and native-host/README.md.
#include <span>
#include <string>
#include <string_view>

namespace takedown::host {

// Runs `vault ...` with the arguments after "vault" and returns the exit code.
int run_vault_cli(std::span<const std::string_view> args);

std::string vault_usage_text();

}  // namespace takedown::host

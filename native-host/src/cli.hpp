#pragma once
// The command line. A browser launch (chrome-extension://<id>/, or Firefox's <manifest> <add-on id>)
// starts a native messaging session; everything else is a subcommand: call, install, uninstall,
// --help, --version. Exit codes are in exit_codes.hpp.
#include <span>
#include <string>
#include <string_view>

#include "log.hpp"

namespace takedown::host {

// Runs takedown-host with `args` (argv without argv[0]) and returns the exit code.
int run_cli(std::span<const std::string_view> args, const Log& log);

std::string usage_text();

}  // namespace takedown::host

#include "cli.hpp"

#include <cstdio>
#include <optional>
#include <variant>

#include <takedown/core/envelope.hpp>
#include <takedown/protocol.hpp>

#include "caller.hpp"
#include "cli_output.hpp"
#include "exit_codes.hpp"
#include "fd_stream.hpp"
#include "install.hpp"
#include "install_paths.hpp"
#include "host_methods.hpp"
#include "pdq_cli.hpp"
#include "session.hpp"
#include "utf8_path.hpp"
#include "vault_cli.hpp"

namespace takedown::host {
namespace {

using Args = std::span<const std::string_view>;

int usage_error(std::string_view problem) {
  print(stderr, "takedown-host: " + std::string(problem) + "\nRun 'takedown-host --help' for usage.\n");
  return exit_code::usage;
}

int fail(std::string_view problem) {
  print(stderr, "takedown-host: " + std::string(problem) + "\n");
  return exit_code::failed;
}

int run_browser_session(Args args, const Log& log) {
  const CallerCheck caller = check_caller(args);
  if (!caller.allowed) {
    log.line("session ended: refused caller: " + caller.reason);
    return exit_code::refused_caller;
  }
  log.line("session started by " + caller.description);
  FdReader in(0);
  FdWriter out(1);
  const SessionEnd end = run_session(in, out);
  log.line("session ended: " + end.reason);
  return end.exit_code;
}

// Reads stdin up to `limit` bytes; too_large when there is more. One chunk past the limit is enough to
// know, so an endless stdin cannot hold the command up.
std::variant<std::string, core::Failure> read_params(std::size_t limit) {
  FdReader in(0);
  std::string text;
  char chunk[64 * 1024];
  for (;;) {
    const IoResult r = in.read_some(chunk, sizeof chunk);
    if (!r.error.empty()) return core::Failure{protocol::ErrorCode::internal, "cannot read stdin: " + r.error};
    if (r.bytes == 0) return text;
    text.append(chunk, r.bytes);
    if (text.size() > limit) {
      return core::Failure{protocol::ErrorCode::too_large, "params on stdin exceed " + std::to_string(limit) +
                                                               " bytes (host_cli_stdin_max_bytes)"};
    }
  }
}

int run_call(Args args) {
  if (args.size() == 1 && is_help(args[0])) return print(stdout, usage_text()) ? exit_code::ok : exit_code::failed;
  if (args.size() != 1) return usage_error("call takes exactly one METHOD; its params are JSON on stdin");
  auto params = read_params(protocol::limits::host_cli_stdin_max_bytes);
  // Printed exactly as the core returns it: a parity test compares this output with the wasm build's.
  const std::string envelope = std::holds_alternative<std::string>(params)
                                   ? call_method(args[0], std::get<std::string>(params))
                                   : core::error_envelope(std::get<core::Failure>(params));
  if (!print(stdout, envelope + "\n")) return fail("cannot write to stdout");
  return envelope.starts_with(R"({"ok":true)") ? exit_code::ok : exit_code::failed;
}

struct InstallArgs {
  Browser browser;
  Scope scope;
  std::string user_data_dir;
  std::string host_path;
};

std::variant<InstallArgs, std::string> parse_install_args(Args args) {
  std::optional<std::string> browser, user_data_dir, host_path;
  bool system = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view flag = args[i];
    std::optional<std::string_view> inline_value;
    if (const auto eq = flag.find('='); flag.starts_with("--") && eq != std::string_view::npos) {
      inline_value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
    }
    if (flag == "--system") {
      if (inline_value) return std::string("--system takes no value");
      system = true;
      continue;
    }
    std::optional<std::string>* slot = flag == "--browser"         ? &browser
                                       : flag == "--user-data-dir" ? &user_data_dir
                                       : flag == "--host-path"     ? &host_path
                                                                   : nullptr;
    if (slot == nullptr) return "unknown argument \"" + std::string(args[i]) + "\"";
    if (slot->has_value()) return std::string(flag) + " is given twice";
    if (!inline_value) {
      if (i + 1 >= args.size()) return std::string(flag) + " needs a value";
      inline_value = args[++i];
    }
    if (inline_value->empty()) return std::string(flag) + " needs a non-empty value";
    *slot = std::string(*inline_value);
  }
  if (!browser) return std::string("--browser chrome|chromium|edge|brave|firefox is required");
  const auto parsed = parse_browser(*browser);
  if (!parsed) return "unknown browser \"" + *browser + "\"; use chrome, chromium, edge, brave or firefox";
  if (user_data_dir) {
    if (system) return std::string("--user-data-dir and --system exclude each other");
    if (auto problem = user_data_dir_problem(*parsed, current_os())) return *problem;
  }
  return InstallArgs{*parsed, system ? Scope::system : Scope::user, user_data_dir.value_or(""), host_path.value_or("")};
}

std::variant<InstallLocation, std::string> location_for(const InstallArgs& options, std::string host_dir) {
  std::string user_data_dir;
  if (!options.user_data_dir.empty()) {
    std::error_code error;
    user_data_dir = std::filesystem::absolute(utf8_path(options.user_data_dir), error).lexically_normal().string();
    if (error) return "--user-data-dir " + options.user_data_dir + ": " + error.message();
  }
  return install_location({options.browser, current_os(), options.scope, user_data_dir},
                          path_env_from_environment(std::move(host_dir)));
}

int run_install(Args args, bool installing) {
  for (const std::string_view arg : args) {
    if (is_help(arg)) return print(stdout, usage_text()) ? exit_code::ok : exit_code::failed;
  }
  auto parsed = parse_install_args(args);
  if (auto* problem = std::get_if<std::string>(&parsed)) return usage_error(*problem);
  const InstallArgs& options = std::get<InstallArgs>(parsed);

  // The host's own folder: on Windows the manifests lie beside it.
  auto host = options.host_path.empty() ? own_executable_path() : utf8_path(options.host_path);
  std::string host_dir;
  if (const auto* path = std::get_if<std::filesystem::path>(&host)) {
    std::error_code error;
    host_dir = std::filesystem::absolute(*path, error).parent_path().string();
  }
  auto location = location_for(options, std::move(host_dir));
  if (auto* problem = std::get_if<std::string>(&location)) return fail(*problem);
  const InstallLocation& where = std::get<InstallLocation>(location);

  if (!installing) {
    auto removed = uninstall_manifest(where);
    if (auto* problem = std::get_if<InstallError>(&removed)) return fail(*problem);
    const Removed& done = std::get<Removed>(removed);
    if (!done.existed) {
      print(stderr, "takedown-host: nothing to remove: " + done.manifest.string() + " does not exist\n");
      return exit_code::ok;
    }
    return print(stdout, done.manifest.string() + "\n") ? exit_code::ok : exit_code::failed;
  }

  if (auto* problem = std::get_if<InstallError>(&host)) return fail(*problem);
  auto checked = checked_host_path(std::get<std::filesystem::path>(host));
  if (auto* problem = std::get_if<InstallError>(&checked)) return fail(*problem);

  auto installed = install_manifest(where, options.browser, std::get<std::filesystem::path>(checked));
  if (auto* problem = std::get_if<InstallError>(&installed)) return fail(*problem);
  return print(stdout, std::get<Installed>(installed).manifest.string() + "\n") ? exit_code::ok : exit_code::failed;
}

}  // namespace

std::string usage_text() {
  return R"(takedown-host: the Takedown native messaging host and its command line.

Usage:
  takedown-host chrome-extension://<id>/     started by Chrome/Chromium: framed JSON on stdin/stdout
  takedown-host <manifest-path> <add-on-id>  started by Firefox: the same
  takedown-host call METHOD < params.json    run one method and print its envelope
  takedown-host install   --browser chrome|chromium|edge|brave|firefox [--user-data-dir DIR] [--host-path PATH] [--system]
  takedown-host uninstall --browser chrome|chromium|edge|brave|firefox [--user-data-dir DIR] [--host-path PATH] [--system]
  takedown-host vault list | verify | export | timestamp verify ...   (see takedown-host vault --help)
  takedown-host pdq FILE...                  print "hash,quality,FILE" for each PPM (P6) or PGM (P5) file
  takedown-host --help | --version

call: METHOD is ping, version or a core method (core.version, core.echo, ...); params are a JSON object
  on stdin (at most host_cli_stdin_max_bytes), e.g. echo '{"value":1}' | takedown-host call core.echo
pdq: the PDQ perceptual hash at full resolution, in the reference's format (takedown-host pdq --help)
install: writes the host manifest (<name>.json) for one browser and prints its path; --user-data-dir puts it
  in DIR/NativeMessagingHosts (Chromium family only), --host-path defaults to this program, --system
  uses the system-wide folder. uninstall removes it. On Windows the manifest goes beside the program
  (<name>.<browser>.json) and a key under HKCU (HKLM with --system) points to it; uninstall removes both.
  Brave on Windows reads Chrome's key, so installing for one installs for both.

Exit codes:
  0  success; for a browser session: stdin ended cleanly
  1  call: an error envelope; install/uninstall: could not finish; pdq: a file could not be hashed
  2  usage error
  3  browser session refused: not started for the Takedown extension
  4  browser session ended by a corrupt stream (truncated frame, length above the cap)
  5  browser session ended by a read or write failure (e.g. the browser went away)
  6  vault verify: a problem was found
Diagnostics go to stderr, and also to the file named by TAKEDOWN_HOST_LOG when set.
)";
}

int run_cli(Args args, const Log& log) {
  // Frames, JSON and tables alike: the bytes written are the bytes meant, "\n" included, on every system.
  use_binary_stdio();
  if (args.empty()) return usage_error("no command given");
  const std::string_view command = args[0];
  if (is_help(command)) return print(stdout, usage_text()) ? exit_code::ok : exit_code::failed;
  if (command == "--version") {
    const std::string line = "takedown-host " + std::string(protocol::release) + " (protocol " +
                             std::to_string(protocol::version) + ")\n";
    return print(stdout, line) ? exit_code::ok : exit_code::failed;
  }
  if (command == "call") return run_call(args.subspan(1));
  if (command == "install") return run_install(args.subspan(1), true);
  if (command == "uninstall") return run_install(args.subspan(1), false);
  if (command == "vault") return run_vault_cli(args.subspan(1));
  if (command == "pdq") return run_pdq_cli(args.subspan(1));
  if (looks_like_browser_launch(args)) return run_browser_session(args, log);
  return usage_error("unknown command \"" + std::string(command) + "\"");
}

}  // namespace takedown::host

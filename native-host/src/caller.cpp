#include "caller.hpp"

#include <takedown/protocol.hpp>

namespace takedown::host {
namespace {

constexpr std::string_view chromium_scheme = "chrome-extension://";

bool is_flag(std::string_view arg) { return arg.starts_with("--"); }

CallerCheck check_chromium(std::span<const std::string_view> args) {
  const std::string_view origin = args[0];
  const std::string expected = std::string(chromium_scheme) + std::string(protocol::chromium_extension_id) + "/";
  for (const std::string_view extra : args.subspan(1)) {
    // Windows adds --parent-window=<handle>; later browsers may add other flags, so flags are ignored,
    // but a stray positional argument means this is not a plain browser launch.
    if (!is_flag(extra)) return {false, std::string(origin), "unexpected argument \"" + std::string(extra) + "\""};
  }
  if (origin != expected) {
    return {false, std::string(origin), std::string(origin) + " is not the Takedown extension (" + expected + ")"};
  }
  return {true, std::string(origin), {}};
}

CallerCheck check_firefox(std::span<const std::string_view> args) {
  const std::string_view addon = args[1];
  const std::string description = "firefox add-on " + std::string(addon);
  if (args[0].empty()) return {false, description, "the manifest path argument is empty"};
  if (addon != protocol::firefox_addon_id) {
    return {false, description,
            "add-on " + std::string(addon) + " is not the Takedown add-on (" + std::string(protocol::firefox_addon_id) +
                ")"};
  }
  return {true, description, {}};
}

}  // namespace

bool looks_like_browser_launch(std::span<const std::string_view> args) noexcept {
  if (args.empty()) return false;
  if (args[0].starts_with(chromium_scheme)) return true;
  return args.size() == 2 && !is_flag(args[0]) && !is_flag(args[1]);
}

CallerCheck check_caller(std::span<const std::string_view> args) {
  if (args.empty()) return {false, "nobody", "no caller on the command line"};
  if (args[0].starts_with(chromium_scheme)) return check_chromium(args);
  if (args.size() == 2) return check_firefox(args);
  return {false, "unknown", "the arguments match neither a Chromium nor a Firefox launch"};
}

}  // namespace takedown::host

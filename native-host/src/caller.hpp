#pragma once
// Who launched the host. Browsers pass the caller on the command line:
//   Chromium family: chrome-extension://<id>/   (Windows may add --parent-window=<handle>)
//   Firefox:         <manifest path> <add-on id>
// Only the Takedown extension's compiled-in ids are accepted; the browser's manifest allowlist is
// the first gate, this is the second (a manifest copied or edited by someone else).
#include <span>
#include <string>
#include <string_view>

namespace takedown::host {

struct CallerCheck {
  bool allowed;
  std::string description;  // who called, for the log, e.g. "chrome-extension://<id>/"
  std::string reason;       // why not, when refused
};

// True when the arguments (argv without argv[0]) have the shape of a browser launch, allowed or not.
bool looks_like_browser_launch(std::span<const std::string_view> args) noexcept;

CallerCheck check_caller(std::span<const std::string_view> args);

}  // namespace takedown::host

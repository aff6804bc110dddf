#pragma once
// Text from the command line, the environment or JSON is UTF-8. On Linux and macOS a path is those
// bytes; on Windows a path is UTF-16, and libstdc++ reads a plain std::string in the C runtime's code
// page, which mangles any name outside ASCII (a user folder such as C:\Users\Zoë). Every path made
// from text goes through utf8_path; the program itself runs with UTF-8 as its code page
// (native-host/windows/takedown-host.manifest), so argv and getenv give UTF-8 there too.
#include <filesystem>
#include <string>
#include <string_view>

namespace takedown::host {

inline std::filesystem::path utf8_path(std::string_view text) {
  return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

}  // namespace takedown::host

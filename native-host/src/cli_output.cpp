#include "cli_output.hpp"

namespace takedown::host {

bool print(std::FILE* stream, std::string_view text) {
  const bool written = std::fwrite(text.data(), 1, text.size(), stream) == text.size();
  return std::fflush(stream) == 0 && written;
}

bool is_help(std::string_view arg) { return arg == "--help" || arg == "-h" || arg == "help"; }

}  // namespace takedown::host

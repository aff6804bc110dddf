#pragma once
// What the commands write (cli.cpp, vault_cli.cpp): text through stdio, flushed at once, and the
// --help test. In browser sessions stdout carries frames only, never this.
#include <cstdio>
#include <string_view>

namespace takedown::host {

// Writes all of `text`; false when the stream refused it.
bool print(std::FILE* stream, std::string_view text);
bool is_help(std::string_view arg);

}  // namespace takedown::host

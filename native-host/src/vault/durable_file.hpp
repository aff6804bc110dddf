#pragma once
// Crash-safe file writes on POSIX: a file is either absent or complete, never half-written.
#include <filesystem>
#include <string_view>

namespace takedown::host::vault {

// Writes `bytes` to a temporary file in the same directory, fsyncs it, renames it over `file` and
// fsyncs the directory. The file gets `mode` (0400 for blobs: read-only once written). Throws
// VaultError(vault_io) naming the step that failed.
void write_durably(const std::filesystem::path& file, std::string_view bytes, unsigned mode = 0600);

// fsync(2) of a directory, so that a rename or a new file in it survives a crash.
void sync_directory(const std::filesystem::path& dir);

}  // namespace takedown::host::vault

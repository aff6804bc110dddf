#pragma once
// Crash-safe file writes: a file is either absent or complete, never half-written
// (vault/posix/durable_file.cpp, vault/windows/durable_file.cpp).
#include <filesystem>
#include <string_view>

namespace takedown::host::vault {

enum class Access { owner_writes, read_only };

// Writes `bytes` to a temporary file in the same directory, syncs it, renames it over `file` and
// syncs the directory. `read_only` for blobs and proofs: nobody changes them once written. Throws
// VaultError(vault_io) naming the step that failed.
void write_durably(const std::filesystem::path& file, std::string_view bytes, Access access = Access::owner_writes);

// Makes a rename or a new file in `dir` survive a crash (fsync(2) of the folder; on Windows the
// renames are written through instead, and this does nothing).
void sync_directory(const std::filesystem::path& dir);

}  // namespace takedown::host::vault

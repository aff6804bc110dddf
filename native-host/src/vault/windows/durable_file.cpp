#include "vault/durable_file.hpp"

#include <atomic>
#include <string>

#include <windows.h>

#include "vault/file_io.hpp"

namespace takedown::host::vault {

namespace fs = std::filesystem;

// Windows cannot flush a folder; MOVEFILE_WRITE_THROUGH (rename_over) returns only once the rename
// is on disk, which is what the fsync of the folder gives on POSIX.
void sync_directory(const fs::path&) {}

void write_durably(const fs::path& file, std::string_view bytes, Access access) {
  // Unique per process and call, hidden by its leading "."; a crash leaves at most this stray file.
  static std::atomic<unsigned> counter{0};
  fs::path temp = file;
  std::string name = ".";
  name += file.filename().string();
  name += ".tmp-" + std::to_string(::GetCurrentProcessId()) + "-" + std::to_string(counter.fetch_add(1));
  temp.replace_filename(name);
  try {
    {
      Fd fd = open_file(temp, OpenMode::create_new);
      write_all(fd, bytes, temp);
      sync_file(fd, temp);
    }
    if (access == Access::read_only) make_read_only(temp);
    rename_over(temp, file);
  } catch (...) {
    try {
      remove_file(temp);
    } catch (...) {
    }
    throw;
  }
}

}  // namespace takedown::host::vault

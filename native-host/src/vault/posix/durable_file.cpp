#include "vault/durable_file.hpp"

#include <atomic>
#include <cerrno>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vault/file_io.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {

namespace fs = std::filesystem;

void sync_directory(const fs::path& dir) {
  Fd fd;
  {
    int raw;
    do {
      raw = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
    } while (raw < 0 && errno == EINTR);
    if (raw < 0) throw VaultError(protocol::ErrorCode::vault_io, "cannot open folder " + dir.string() + ": " + system_error_text(errno));
    fd = Fd(raw);
  }
  sync_file(fd, dir);
}

void write_durably(const fs::path& file, std::string_view bytes, Access access) {
  // The temporary name is unique per process and call, so two writers never share one; it starts
  // with "." so listings of the folder skip it, and a crash leaves at most this stray file behind.
  static std::atomic<unsigned> counter{0};
  fs::path temp = file;
  std::string name = ".";  // appended step by step: GCC 12's -Wrestrict misfires on "." + std::string
  name += file.filename().string();
  name += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter.fetch_add(1));
  temp.replace_filename(name);
  try {
    Fd fd = open_file(temp, OpenMode::create_new);
    write_all(fd, bytes, temp);
    if (access == Access::read_only && ::fchmod(fd.native(), 0400) != 0) {
      throw VaultError(protocol::ErrorCode::vault_io, "cannot chmod " + temp.string() + ": " + system_error_text(errno));
    }
    sync_file(fd, temp);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  try {
    rename_over(temp, file);
  } catch (...) {
    ::unlink(temp.c_str());
    throw;
  }
  sync_directory(file.parent_path().empty() ? fs::path(".") : file.parent_path());
}

}  // namespace takedown::host::vault

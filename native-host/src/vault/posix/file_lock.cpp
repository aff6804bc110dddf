#include "vault/file_lock.hpp"

#include <cerrno>

#include <sys/file.h>

#include "vault/vault_error.hpp"

namespace takedown::host::vault {

FileLock::FileLock(const std::filesystem::path& lock_file, Kind kind) : fd_(open_file(lock_file, OpenMode::create_append)) {
  const int operation = kind == Kind::exclusive ? LOCK_EX : LOCK_SH;
  while (::flock(fd_.native(), operation) != 0) {
    if (errno != EINTR) {
      throw VaultError(protocol::ErrorCode::vault_io, "cannot lock " + lock_file.string() + ": " + system_error_text(errno));
    }
  }
}

}  // namespace takedown::host::vault

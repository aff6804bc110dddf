#include "vault/file_lock.hpp"

#include <windows.h>

#include "vault/vault_error.hpp"

namespace takedown::host::vault {

FileLock::FileLock(const std::filesystem::path& lock_file, Kind kind) : fd_(open_file(lock_file, OpenMode::create_append)) {
  // The whole range (any length works as long as every locker uses the same); no
  // LOCKFILE_FAIL_IMMEDIATELY, so the call waits for the lock as flock does.
  OVERLAPPED from_start{};
  const DWORD flags = kind == Kind::exclusive ? LOCKFILE_EXCLUSIVE_LOCK : 0;
  if (!::LockFileEx(fd_.native(), flags, 0, MAXDWORD, MAXDWORD, &from_start)) {
    throw VaultError(protocol::ErrorCode::vault_io, "cannot lock " + lock_file.string() + ": " +
                                                        system_error_text(static_cast<int>(::GetLastError())));
  }
  // Closing the handle (Fd's destructor) releases the lock.
}

}  // namespace takedown::host::vault

#pragma once
// A lock on a lock file, held for the object's lifetime: flock(2), or LockFileEx on Windows. Locks
// belong to the open file, so they serialise threads of one process as well as separate host
// processes (each connectNative starts one); the system drops them when a process dies, so a killed
// host never leaves a case locked.
#include <filesystem>

#include "vault/file_io.hpp"

namespace takedown::host::vault {

class FileLock {
 public:
  enum class Kind { shared, exclusive };
  // Creates `lock_file` (0600) when missing and blocks until the lock is granted.
  FileLock(const std::filesystem::path& lock_file, Kind kind);

 private:
  Fd fd_;
};

}  // namespace takedown::host::vault

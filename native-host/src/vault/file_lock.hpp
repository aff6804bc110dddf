#pragma once
// flock(2) on a lock file, held for the object's lifetime. Locks are per open file, so they
// serialise threads of one process as well as separate host processes (each connectNative starts
// one); the kernel drops them when a process dies, so a SIGKILL never leaves a case locked.
#include <filesystem>

#include "vault/posix_file.hpp"

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

#include "vault/file_io.hpp"

#include <cerrno>
#include <cstring>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vault/durable_file.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

using protocol::ErrorCode;
namespace fs = std::filesystem;

[[noreturn]] void fail_io(std::string_view what, const fs::path& file, int error) {
  throw VaultError(ErrorCode::vault_io, std::string(what) + " " + file.string() + ": " + system_error_text(error));
}

[[noreturn]] void refuse_link(const fs::path& path) {
  throw VaultError(ErrorCode::vault_unavailable, path.string() + " is a symlink; the vault follows none");
}

// lstat that reports "missing" as false and a symlink as an error.
bool lstat_checked(const fs::path& path, struct stat& info) {
  if (::lstat(path.c_str(), &info) != 0) {
    if (errno == ENOENT) return false;
    fail_io("cannot inspect", path, errno);
  }
  if (S_ISLNK(info.st_mode)) refuse_link(path);
  return true;
}

}  // namespace

std::string system_error_text(int error) { return std::generic_category().message(error); }

NativeFile Fd::none() noexcept { return -1; }

bool Fd::valid() const noexcept { return file_ >= 0; }

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (file_ >= 0) ::close(file_);
    appends_ = other.appends_;
    file_ = other.release();
  }
  return *this;
}

Fd::~Fd() {
  if (file_ >= 0) ::close(file_);
}

NativeFile Fd::release() noexcept {
  const int fd = file_;
  file_ = -1;
  return fd;
}

Fd open_file(const fs::path& file, OpenMode mode) {
  int flags = O_CLOEXEC | O_NOFOLLOW;
  switch (mode) {
    case OpenMode::read: flags |= O_RDONLY; break;
    case OpenMode::read_write: flags |= O_RDWR; break;
    case OpenMode::create_append: flags |= O_RDWR | O_CREAT | O_APPEND; break;
    case OpenMode::create_new: flags |= O_WRONLY | O_CREAT | O_EXCL; break;
  }
  int fd;
  do {
    fd = ::open(file.c_str(), flags, 0600);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    if (errno == ELOOP) refuse_link(file);
    fail_io("cannot open", file, errno);
  }
  return Fd(fd, mode == OpenMode::create_append);
}

Fd open_if_exists(const fs::path& file) {
  int fd;
  do {
    fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    if (errno == ENOENT) return Fd();
    if (errno == ELOOP) refuse_link(file);
    fail_io("cannot open", file, errno);
  }
  return Fd(fd);
}

void write_all(const Fd& fd, std::string_view bytes, const fs::path& file) {
  while (!bytes.empty()) {
    const ssize_t n = ::write(fd.native(), bytes.data(), bytes.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_io("cannot write", file, errno);
    }
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

std::size_t read_some(const Fd& fd, char* into, std::size_t size, const fs::path& file) {
  for (;;) {
    const ssize_t n = ::read(fd.native(), into, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno != EINTR) fail_io("cannot read", file, errno);
  }
}

void start_write_back([[maybe_unused]] const Fd& fd, [[maybe_unused]] std::int64_t offset, [[maybe_unused]] std::int64_t length) noexcept {
#ifdef __linux__
  ::sync_file_range(fd.native(), offset, length, SYNC_FILE_RANGE_WRITE);
#endif
}

void sync_file(const Fd& fd, const fs::path& file) {
#ifdef __APPLE__
  // macOS's fsync leaves the data in the drive's cache; F_FULLFSYNC asks the drive to write it (some
  // file systems refuse it: fsync is then the best there is).
  if (::fcntl(fd.native(), F_FULLFSYNC) == 0) return;
#endif
  // fdatasync would skip the size's metadata on some systems; fsync is the portable promise.
  while (::fsync(fd.native()) != 0) {
    if (errno != EINTR) fail_io("cannot fsync", file, errno);
  }
}

std::int64_t file_size(const Fd& fd, const fs::path& file) {
  struct stat info {};
  if (::fstat(fd.native(), &info) != 0) fail_io("cannot stat", file, errno);
  return static_cast<std::int64_t>(info.st_size);
}

void truncate_file(const Fd& fd, std::int64_t size, const fs::path& file) {
  while (::ftruncate(fd.native(), static_cast<off_t>(size)) != 0) {
    if (errno != EINTR) fail_io("cannot truncate", file, errno);
  }
}

std::string read_at(const Fd& fd, std::int64_t offset, std::size_t size, const fs::path& file) {
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    const ssize_t n = ::pread(fd.native(), bytes.data() + got, size - got, static_cast<off_t>(offset + static_cast<std::int64_t>(got)));
    if (n < 0) {
      if (errno == EINTR) continue;
      fail_io("cannot read", file, errno);
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  bytes.resize(got);
  return bytes;
}

void make_read_only(const fs::path& file) {
  if (::chmod(file.c_str(), 0400) != 0) fail_io("cannot make read-only", file, errno);
}

void rename_over(const fs::path& from, const fs::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) {
    throw VaultError(ErrorCode::vault_io, "cannot rename " + from.string() + " to " + to.string() + ": " + system_error_text(errno));
  }
}

bool remove_file(const fs::path& file) {
  if (::unlink(file.c_str()) == 0) return true;
  if (errno == ENOENT) return false;
  fail_io("cannot delete", file, errno);
}

void remove_tree(const fs::path& dir) {
  std::error_code error;
  fs::remove_all(dir, error);
  if (error) throw VaultError(ErrorCode::vault_io, "cannot delete " + dir.string() + ": " + error.message());
}

bool exists_no_symlink(const fs::path& path) {
  struct stat info {};
  return lstat_checked(path, info);
}

void ensure_root(const fs::path& root) {
  // The root's parents may be anything the person set up (even symlinks); only below it are none allowed.
  struct stat info {};
  if (::stat(root.c_str(), &info) == 0) {
    if (!S_ISDIR(info.st_mode)) throw VaultError(ErrorCode::vault_unavailable, root.string() + " is not a folder");
    return;
  }
  std::error_code error;
  fs::create_directories(root.parent_path(), error);
  if (error) throw VaultError(ErrorCode::vault_unavailable, "cannot create " + root.parent_path().string() + ": " + error.message());
  if (::mkdir(root.c_str(), 0700) != 0 && errno != EEXIST) {
    throw VaultError(ErrorCode::vault_unavailable, "cannot create " + root.string() + ": " + system_error_text(errno));
  }
  sync_directory(root.parent_path());
}

fs::path ensure_dirs(const fs::path& root, const fs::path& relative) {
  fs::path at = root;
  for (const auto& part : relative) {
    at /= part;
    struct stat info {};
    if (lstat_checked(at, info)) {
      if (!S_ISDIR(info.st_mode)) throw VaultError(ErrorCode::vault_unavailable, at.string() + " is not a folder");
      continue;
    }
    if (::mkdir(at.c_str(), 0700) != 0 && errno != EEXIST) {
      throw VaultError(ErrorCode::vault_io, "cannot create " + at.string() + ": " + system_error_text(errno));
    }
    sync_directory(at.parent_path());  // the new folder's name is durable before anything goes in it
    if (lstat_checked(at, info) && !S_ISDIR(info.st_mode)) {
      throw VaultError(ErrorCode::vault_unavailable, at.string() + " is not a folder");
    }
  }
  return at;
}

}  // namespace takedown::host::vault

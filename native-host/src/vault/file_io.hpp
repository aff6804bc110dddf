#pragma once
// The vault's file primitives, one implementation per system (vault/posix/file_io.cpp,
// vault/windows/file_io.cpp). Each throws VaultError(vault_io) naming the path and the system's
// reason. No open follows a symlink (POSIX: O_NOFOLLOW) or a reparse point (Windows), and no
// handle is inherited by child processes.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::vault {

#ifdef _WIN32
using NativeFile = void*;  // a HANDLE
#else
using NativeFile = int;  // a file descriptor
#endif

// An owned open file.
class Fd {
 public:
  Fd() = default;
  // `appends`: every write goes to the end of the file (Windows has no O_APPEND flag to remember it).
  explicit Fd(NativeFile file, bool appends = false) noexcept : file_(file), appends_(appends) {}
  Fd(Fd&& other) noexcept : file_(other.release()), appends_(other.appends_) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd();
  bool valid() const noexcept;
  NativeFile native() const noexcept { return file_; }
  bool appends() const noexcept { return appends_; }
  NativeFile release() noexcept;

 private:
  static NativeFile none() noexcept;
  NativeFile file_ = none();
  bool appends_ = false;
};

enum class OpenMode {
  read,            // existing file, read only
  read_write,      // existing file
  create_append,   // created (owner only) when missing, writes go to the end
  create_new,      // must not exist yet (owner only)
};

Fd open_file(const std::filesystem::path& file, OpenMode mode);
// Like open_file(read) but returns an empty Fd (not valid()) when the file does not exist.
Fd open_if_exists(const std::filesystem::path& file);

void write_all(const Fd& fd, std::string_view bytes, const std::filesystem::path& file);
// Up to `size` bytes from the current position; 0 at the end of the file.
std::size_t read_some(const Fd& fd, char* into, std::size_t size, const std::filesystem::path& file);
// The file's bytes reach the disk (fsync; FlushFileBuffers, which needs a file opened for writing).
void sync_file(const Fd& fd, const std::filesystem::path& file);
// Asks the system to start writing `length` bytes at `offset` to disk without waiting (Linux only; a
// hint, so its failure changes nothing).
void start_write_back(const Fd& fd, std::int64_t offset, std::int64_t length) noexcept;
std::int64_t file_size(const Fd& fd, const std::filesystem::path& file);
void truncate_file(const Fd& fd, std::int64_t size, const std::filesystem::path& file);
// Reads the whole file (or from `offset` to its end).
std::string read_all(const Fd& fd, const std::filesystem::path& file, std::int64_t offset = 0);
// The whole file, or nullopt when it does not exist.
std::optional<std::string> read_if_exists(const std::filesystem::path& file);
// `size` bytes at `offset` (fewer at the end of the file).
std::string read_at(const Fd& fd, std::int64_t offset, std::size_t size, const std::filesystem::path& file);

// No one, not even the owner, may change the file any more (mode 0400; the read-only attribute).
void make_read_only(const std::filesystem::path& file);
// Atomically puts `from` in the place of `to` (which may exist).
void rename_over(const std::filesystem::path& from, const std::filesystem::path& to);
// Deletes one file, read-only or not; false when it was not there.
bool remove_file(const std::filesystem::path& file);
// Deletes a folder and everything in it (read-only files too); nothing happens when it is missing.
void remove_tree(const std::filesystem::path& dir);

// Whether `path` exists, without following a symlink at its end; throws on a symlink.
bool exists_no_symlink(const std::filesystem::path& path);

// Creates `root` (and its missing parents) for the current user only (mode 0700; on Windows a
// protected ACL granting only the current user); an existing root must be a directory.
void ensure_root(const std::filesystem::path& root);
// Creates every missing directory of `relative` below `root` (owner only, as the root). Throws
// VaultError(vault_unavailable) when one of them is a symlink or not a directory.
std::filesystem::path ensure_dirs(const std::filesystem::path& root, const std::filesystem::path& relative);
// Throws when any component of `relative` below `root` that exists is a symlink.
void refuse_symlinks(const std::filesystem::path& root, const std::filesystem::path& relative);

// The system's words for an error code (errno; on Windows a GetLastError() code).
std::string system_error_text(int code);

}  // namespace takedown::host::vault

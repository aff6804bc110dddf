#pragma once
// Thin POSIX file primitives for the vault, each throwing VaultError(vault_io) with the path and
// errno text. Everything opens with O_NOFOLLOW and O_CLOEXEC.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace takedown::host::vault {

// An owned file descriptor.
class Fd {
 public:
  Fd() = default;
  explicit Fd(int fd) noexcept : fd_(fd) {}
  Fd(Fd&& other) noexcept : fd_(other.release()) {}
  Fd& operator=(Fd&& other) noexcept;
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd();
  int get() const noexcept { return fd_; }
  int release() noexcept;

 private:
  int fd_ = -1;
};

enum class OpenMode {
  read,            // existing file, read only
  read_write,      // existing file
  create_append,   // created (0600) when missing, writes go to the end
  create_new,      // must not exist yet (0600)
};

Fd open_file(const std::filesystem::path& file, OpenMode mode);
// Like open_file(read) but returns an empty Fd when the file does not exist.
Fd open_if_exists(const std::filesystem::path& file);

void write_all(const Fd& fd, std::string_view bytes, const std::filesystem::path& file);
void sync_file(const Fd& fd, const std::filesystem::path& file);
std::int64_t file_size(const Fd& fd, const std::filesystem::path& file);
void truncate_file(const Fd& fd, std::int64_t size, const std::filesystem::path& file);
// Reads the whole file (or from `offset` to its end).
std::string read_all(const Fd& fd, const std::filesystem::path& file, std::int64_t offset = 0);
// The whole file, or nullopt when it does not exist.
std::optional<std::string> read_if_exists(const std::filesystem::path& file);
// pread loop: `size` bytes at `offset` (fewer at the end of the file).
std::string read_at(const Fd& fd, std::int64_t offset, std::size_t size, const std::filesystem::path& file);

// Whether `path` exists, without following a symlink at its end; throws on a symlink.
bool exists_no_symlink(const std::filesystem::path& path);

// Creates `root` (and its missing parents) with mode 0700; an existing root must be a directory.
void ensure_root(const std::filesystem::path& root);
// Creates every missing directory of `relative` below `root` with mode 0700. Throws
// VaultError(vault_unavailable) when one of them is a symlink or not a directory.
std::filesystem::path ensure_dirs(const std::filesystem::path& root, const std::filesystem::path& relative);
// Throws when any component of `relative` below `root` that exists is a symlink.
void refuse_symlinks(const std::filesystem::path& root, const std::filesystem::path& relative);

std::string errno_text(int error);

}  // namespace takedown::host::vault

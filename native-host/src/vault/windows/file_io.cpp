#include "vault/file_io.hpp"

#include <chrono>
#include <memory>
#include <system_error>
#include <thread>

#include <windows.h>
#include <aclapi.h>
#include <sddl.h>

#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

using protocol::ErrorCode;
namespace fs = std::filesystem;

// Every open lets others read, write and rename or delete: the vault's own locks (LockFileEx on
// .lock files) order the writers, and a reader must never block the atomic replace of a file.
constexpr DWORD share_all = FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE;

[[noreturn]] void fail_io(std::string_view what, const fs::path& file, DWORD error) {
  throw VaultError(ErrorCode::vault_io, std::string(what) + " " + file.string() + ": " + system_error_text(static_cast<int>(error)));
}

[[noreturn]] void refuse_link(const fs::path& path) {
  throw VaultError(ErrorCode::vault_unavailable, path.string() + " is a symlink or junction; the vault follows none");
}

bool is_missing(DWORD error) { return error == ERROR_FILE_NOT_FOUND || error == ERROR_PATH_NOT_FOUND; }

// The attributes without following a reparse point at the end, nullopt when missing; a reparse
// point (symlink, junction, mount point) is refused.
std::optional<DWORD> attributes_checked(const fs::path& path) {
  const DWORD attributes = ::GetFileAttributesW(path.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) {
    const DWORD error = ::GetLastError();
    if (is_missing(error)) return std::nullopt;
    fail_io("cannot inspect", path, error);
  }
  if ((attributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) refuse_link(path);
  return attributes;
}

// A file handle that refuses a reparse point: opened on the link itself, then checked.
HANDLE open_no_reparse(const fs::path& file, DWORD access, DWORD disposition, SECURITY_ATTRIBUTES* security = nullptr) {
  const HANDLE handle = ::CreateFileW(file.c_str(), access, share_all, security, disposition,
                                      FILE_ATTRIBUTE_NORMAL | FILE_FLAG_OPEN_REPARSE_POINT, nullptr);
  if (handle == INVALID_HANDLE_VALUE) return handle;
  FILE_ATTRIBUTE_TAG_INFO info{};
  if (::GetFileInformationByHandleEx(handle, FileAttributeTagInfo, &info, sizeof info) &&
      (info.FileAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0) {
    ::CloseHandle(handle);
    refuse_link(file);
  }
  return handle;
}

// At most this much per ReadFile/WriteFile call (their counts are DWORDs).
constexpr std::size_t max_io_bytes = 1 << 24;

// Renames and deletes can meet a handle another process (a virus scanner, the indexer, a reader of
// the vault) holds for a moment; Windows then says "access denied" or "sharing violation". Retried
// for about a second before giving up.
template <class Operation>
bool retry_while_busy(Operation operation) {
  for (int attempt = 0;; ++attempt) {
    if (operation()) return true;
    const DWORD error = ::GetLastError();
    if ((error != ERROR_ACCESS_DENIED && error != ERROR_SHARING_VIOLATION) || attempt == 20) {
      ::SetLastError(error);
      return false;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

void clear_read_only(const fs::path& file) {
  const DWORD attributes = ::GetFileAttributesW(file.c_str());
  if (attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) != 0) {
    ::SetFileAttributesW(file.c_str(), attributes & ~static_cast<DWORD>(FILE_ATTRIBUTE_READONLY));
  }
}

// A security descriptor whose protected DACL (nothing inherited from the parent) grants the current
// user full control, inherited by every file and folder below: the vault's equivalent of mode 0700.
struct OwnerOnly {
  PSECURITY_DESCRIPTOR descriptor = nullptr;
  ~OwnerOnly() { ::LocalFree(descriptor); }
};

std::string current_user_sid() {
  HANDLE token = nullptr;
  if (!::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) return {};
  DWORD size = 0;
  ::GetTokenInformation(token, TokenUser, nullptr, 0, &size);
  std::unique_ptr<char[]> buffer(new char[size]);
  std::string sid;
  if (::GetTokenInformation(token, TokenUser, buffer.get(), size, &size)) {
    LPSTR text = nullptr;
    if (::ConvertSidToStringSidA(reinterpret_cast<TOKEN_USER*>(buffer.get())->User.Sid, &text)) {
      sid = text;
      ::LocalFree(text);
    }
  }
  ::CloseHandle(token);
  return sid;
}

void owner_only(OwnerOnly& out, const fs::path& root) {
  const std::string sid = current_user_sid();
  if (sid.empty()) throw VaultError(ErrorCode::vault_unavailable, "cannot find the current user to protect " + root.string());
  const std::string sddl = "D:P(A;OICI;FA;;;" + sid + ")";
  if (!::ConvertStringSecurityDescriptorToSecurityDescriptorA(sddl.c_str(), SDDL_REVISION_1, &out.descriptor, nullptr)) {
    throw VaultError(ErrorCode::vault_unavailable, "cannot build the access list for " + root.string() + ": " +
                                                       system_error_text(static_cast<int>(::GetLastError())));
  }
}

}  // namespace

std::string system_error_text(int code) { return std::system_category().message(code); }

NativeFile Fd::none() noexcept { return INVALID_HANDLE_VALUE; }

bool Fd::valid() const noexcept { return file_ != INVALID_HANDLE_VALUE; }

Fd& Fd::operator=(Fd&& other) noexcept {
  if (this != &other) {
    if (valid()) ::CloseHandle(file_);
    appends_ = other.appends_;
    file_ = other.release();
  }
  return *this;
}

Fd::~Fd() {
  if (valid()) ::CloseHandle(file_);
}

NativeFile Fd::release() noexcept {
  const NativeFile file = file_;
  file_ = INVALID_HANDLE_VALUE;
  return file;
}

Fd open_file(const fs::path& file, OpenMode mode) {
  DWORD access = GENERIC_READ;
  DWORD disposition = OPEN_EXISTING;
  switch (mode) {
    case OpenMode::read: break;
    case OpenMode::read_write: access |= GENERIC_WRITE; break;
    case OpenMode::create_append: access |= GENERIC_WRITE; disposition = OPEN_ALWAYS; break;
    case OpenMode::create_new: access = GENERIC_WRITE; disposition = CREATE_NEW; break;
  }
  const HANDLE handle = open_no_reparse(file, access, disposition);
  if (handle == INVALID_HANDLE_VALUE) fail_io("cannot open", file, ::GetLastError());
  return Fd(handle, mode == OpenMode::create_append);
}

Fd open_if_exists(const fs::path& file) {
  const HANDLE handle = open_no_reparse(file, GENERIC_READ, OPEN_EXISTING);
  if (handle == INVALID_HANDLE_VALUE) {
    const DWORD error = ::GetLastError();
    if (is_missing(error)) return Fd();
    fail_io("cannot open", file, error);
  }
  return Fd(handle);
}

void write_all(const Fd& fd, std::string_view bytes, const fs::path& file) {
  while (!bytes.empty()) {
    const DWORD give = static_cast<DWORD>(std::min(bytes.size(), max_io_bytes));
    DWORD wrote = 0;
    BOOL ok;
    if (fd.appends()) {
      // Offset 0xFFFFFFFF:0xFFFFFFFF writes at the end of the file as one step, as O_APPEND does:
      // concurrent appenders never overwrite each other.
      OVERLAPPED at_end{};
      at_end.Offset = 0xFFFFFFFF;
      at_end.OffsetHigh = 0xFFFFFFFF;
      ok = ::WriteFile(fd.native(), bytes.data(), give, &wrote, &at_end);
    } else {
      ok = ::WriteFile(fd.native(), bytes.data(), give, &wrote, nullptr);
    }
    if (!ok) fail_io("cannot write", file, ::GetLastError());
    bytes.remove_prefix(wrote);
  }
}

std::size_t read_some(const Fd& fd, char* into, std::size_t size, const fs::path& file) {
  DWORD got = 0;
  if (!::ReadFile(fd.native(), into, static_cast<DWORD>(std::min(size, max_io_bytes)), &got, nullptr)) {
    const DWORD error = ::GetLastError();
    if (error == ERROR_HANDLE_EOF) return 0;
    fail_io("cannot read", file, error);
  }
  return got;
}

void sync_file(const Fd& fd, const fs::path& file) {
  if (!::FlushFileBuffers(fd.native())) fail_io("cannot flush", file, ::GetLastError());
}

void start_write_back(const Fd&, std::int64_t, std::int64_t) noexcept {}

std::int64_t file_size(const Fd& fd, const fs::path& file) {
  LARGE_INTEGER size{};
  if (!::GetFileSizeEx(fd.native(), &size)) fail_io("cannot stat", file, ::GetLastError());
  return size.QuadPart;
}

void truncate_file(const Fd& fd, std::int64_t size, const fs::path& file) {
  FILE_END_OF_FILE_INFO end{};
  end.EndOfFile.QuadPart = size;
  if (!::SetFileInformationByHandle(fd.native(), FileEndOfFileInfo, &end, sizeof end)) {
    fail_io("cannot truncate", file, ::GetLastError());
  }
}

std::string read_at(const Fd& fd, std::int64_t offset, std::size_t size, const fs::path& file) {
  std::string bytes(size, '\0');
  std::size_t got = 0;
  while (got < size) {
    const std::uint64_t at = static_cast<std::uint64_t>(offset) + got;
    OVERLAPPED position{};
    position.Offset = static_cast<DWORD>(at & 0xFFFFFFFFu);
    position.OffsetHigh = static_cast<DWORD>(at >> 32);
    DWORD n = 0;
    if (!::ReadFile(fd.native(), bytes.data() + got, static_cast<DWORD>(std::min(size - got, max_io_bytes)), &n, &position)) {
      const DWORD error = ::GetLastError();
      if (error == ERROR_HANDLE_EOF) break;
      fail_io("cannot read", file, error);
    }
    if (n == 0) break;
    got += n;
  }
  bytes.resize(got);
  return bytes;
}

void make_read_only(const fs::path& file) {
  const DWORD attributes = ::GetFileAttributesW(file.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES || !::SetFileAttributesW(file.c_str(), attributes | FILE_ATTRIBUTE_READONLY)) {
    fail_io("cannot make read-only", file, ::GetLastError());
  }
}

void rename_over(const fs::path& from, const fs::path& to) {
  const auto move = [&] { return ::MoveFileExW(from.c_str(), to.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH) != 0; };
  bool moved = retry_while_busy(move);
  if (!moved && ::GetLastError() == ERROR_ACCESS_DENIED) {
    // A read-only destination (a blob or proof written before, with the same content-addressed
    // name) cannot be replaced as it is.
    clear_read_only(to);
    moved = retry_while_busy(move);
  }
  if (!moved) {
    throw VaultError(ErrorCode::vault_io, "cannot rename " + from.string() + " to " + to.string() + ": " +
                                              system_error_text(static_cast<int>(::GetLastError())));
  }
}

bool remove_file(const fs::path& file) {
  const DWORD attributes = ::GetFileAttributesW(file.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) {
    const DWORD error = ::GetLastError();
    if (is_missing(error)) return false;
    fail_io("cannot delete", file, error);
  }
  clear_read_only(file);
  if (!retry_while_busy([&] { return ::DeleteFileW(file.c_str()) != 0; })) {
    const DWORD error = ::GetLastError();
    if (is_missing(error)) return false;
    fail_io("cannot delete", file, error);
  }
  return true;
}

void remove_tree(const fs::path& dir) {
  const auto attributes = ::GetFileAttributesW(dir.c_str());
  if (attributes == INVALID_FILE_ATTRIBUTES) return;
  // Read-only files cannot be deleted as they are; a junction is removed, never entered.
  if ((attributes & FILE_ATTRIBUTE_DIRECTORY) != 0 && (attributes & FILE_ATTRIBUTE_REPARSE_POINT) == 0) {
    std::error_code error;
    for (fs::recursive_directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
      if (it->is_regular_file(error)) clear_read_only(it->path());
    }
  }
  std::error_code error;
  fs::remove_all(dir, error);
  if (error) throw VaultError(ErrorCode::vault_io, "cannot delete " + dir.string() + ": " + error.message());
}

bool exists_no_symlink(const fs::path& path) { return attributes_checked(path).has_value(); }

void ensure_root(const fs::path& root) {
  // The root's parents may be anything the person set up; only below it are no links allowed.
  const DWORD attributes = ::GetFileAttributesW(root.c_str());
  if (attributes != INVALID_FILE_ATTRIBUTES) {
    if ((attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) throw VaultError(ErrorCode::vault_unavailable, root.string() + " is not a folder");
    return;
  }
  std::error_code error;
  fs::create_directories(root.parent_path(), error);
  if (error) throw VaultError(ErrorCode::vault_unavailable, "cannot create " + root.parent_path().string() + ": " + error.message());
  OwnerOnly security;
  owner_only(security, root);
  SECURITY_ATTRIBUTES attributes_for_new{sizeof(SECURITY_ATTRIBUTES), security.descriptor, FALSE};
  if (!::CreateDirectoryW(root.c_str(), &attributes_for_new) && ::GetLastError() != ERROR_ALREADY_EXISTS) {
    throw VaultError(ErrorCode::vault_unavailable, "cannot create " + root.string() + ": " +
                                                       system_error_text(static_cast<int>(::GetLastError())));
  }
}

fs::path ensure_dirs(const fs::path& root, const fs::path& relative) {
  fs::path at = root;
  for (const auto& part : relative) {
    at /= part;
    if (const auto attributes = attributes_checked(at)) {
      if ((*attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) throw VaultError(ErrorCode::vault_unavailable, at.string() + " is not a folder");
      continue;
    }
    // No security attributes: the folder inherits the root's owner-only access list.
    if (!::CreateDirectoryW(at.c_str(), nullptr) && ::GetLastError() != ERROR_ALREADY_EXISTS) {
      fail_io("cannot create", at, ::GetLastError());
    }
    if (const auto attributes = attributes_checked(at); attributes && (*attributes & FILE_ATTRIBUTE_DIRECTORY) == 0) {
      throw VaultError(ErrorCode::vault_unavailable, at.string() + " is not a folder");
    }
  }
  return at;
}

}  // namespace takedown::host::vault

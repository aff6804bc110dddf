#include "file_access.hpp"

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <stdexcept>

#ifdef _WIN32
#include <windows.h>
#include <aclapi.h>
#else
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace takedown::host::test {

namespace fs = std::filesystem;

fs::path make_temp_dir(const std::string& prefix) {
  static std::atomic<unsigned> counter{0};
  const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
  for (int attempt = 0; attempt < 100; ++attempt) {
    const fs::path dir = fs::temp_directory_path() /
                         (prefix + "-" + std::to_string(now) + "-" + std::to_string(counter.fetch_add(1)));
    if (fs::create_directory(dir)) return dir;
  }
  throw std::runtime_error("cannot create a temp folder");
}

void remove_temp_dir(const fs::path& dir) {
  std::error_code ignored;
#ifdef _WIN32
  for (fs::recursive_directory_iterator it(dir, ignored), end; !ignored && it != end; it.increment(ignored)) {
    ::SetFileAttributesW(it->path().c_str(), FILE_ATTRIBUTE_NORMAL);
  }
  ignored.clear();
#endif
  fs::remove_all(dir, ignored);
}

void set_env(const char* name, const std::string& value) {
#ifdef _WIN32
  ::_putenv_s(name, value.c_str());
#else
  ::setenv(name, value.c_str(), 1);
#endif
}

void unset_env(const char* name) {
#ifdef _WIN32
  ::_putenv_s(name, "");  // an empty value removes the variable
#else
  ::unsetenv(name);
#endif
}

#ifdef _WIN32

namespace {

bool has_read_only_attribute(const fs::path& file) {
  const DWORD attributes = ::GetFileAttributesW(file.c_str());
  return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_READONLY) != 0;
}

}  // namespace

bool is_owner_only_folder(const fs::path& dir) {
  PACL dacl = nullptr;
  PSECURITY_DESCRIPTOR descriptor = nullptr;
  if (::GetNamedSecurityInfoW(dir.c_str(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr, &dacl, nullptr,
                              &descriptor) != ERROR_SUCCESS) {
    return false;
  }
  HANDLE token = nullptr;
  char user[256];
  DWORD size = sizeof user;
  bool owner_only = dacl != nullptr && ::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token) &&
                    ::GetTokenInformation(token, TokenUser, user, size, &size);
  if (token != nullptr) ::CloseHandle(token);
  // Every entry grants the current user or the system itself (which Wine adds) and nobody else.
  SID_IDENTIFIER_AUTHORITY nt_authority = SECURITY_NT_AUTHORITY;
  PSID system = nullptr;
  owner_only = owner_only && ::AllocateAndInitializeSid(&nt_authority, 1, SECURITY_LOCAL_SYSTEM_RID, 0, 0, 0, 0, 0, 0, 0, &system);
  for (DWORD i = 0; owner_only && i < dacl->AceCount; ++i) {
    ACCESS_ALLOWED_ACE* ace = nullptr;
    owner_only = ::GetAce(dacl, i, reinterpret_cast<void**>(&ace)) && ace->Header.AceType == ACCESS_ALLOWED_ACE_TYPE &&
                 (::EqualSid(reinterpret_cast<TOKEN_USER*>(user)->User.Sid, &ace->SidStart) || ::EqualSid(system, &ace->SidStart));
  }
  if (system != nullptr) ::FreeSid(system);
  ::LocalFree(descriptor);
  return owner_only;
}

bool running_under_wine() {
  const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
  return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
}

bool is_read_only_file(const fs::path& file) { return has_read_only_attribute(file); }

bool is_owner_writable_file(const fs::path& file) { return fs::is_regular_file(file) && !has_read_only_attribute(file); }

void make_writable(const fs::path& file) { ::SetFileAttributesW(file.c_str(), FILE_ATTRIBUTE_NORMAL); }

#else

namespace {

unsigned mode_of(const fs::path& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return 0;
  return info.st_mode & 0777;
}

}  // namespace

bool is_owner_only_folder(const fs::path& dir) { return fs::is_directory(dir) && mode_of(dir) == 0700; }

bool is_read_only_file(const fs::path& file) { return mode_of(file) == 0400; }

bool is_owner_writable_file(const fs::path& file) { return mode_of(file) == 0600; }

void make_writable(const fs::path& file) { ::chmod(file.c_str(), 0600); }

bool running_under_wine() { return false; }

#endif

void remove_by_hand(const fs::path& file) {
  make_writable(file);
  fs::remove(file);
}

}  // namespace takedown::host::test

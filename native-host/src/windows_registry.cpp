#include "windows_registry.hpp"

#include <cwchar>
#include <system_error>
#include <vector>

#include <windows.h>

namespace takedown::host::windows_registry {
namespace {

struct KeyPath {
  HKEY root;
  std::wstring subkey;
};

std::wstring widen(std::string_view text) {
  if (text.empty()) return {};
  const int size = ::MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0);
  std::wstring wide(static_cast<std::size_t>(size), L'\0');
  ::MultiByteToWideChar(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), wide.data(), size);
  return wide;
}

std::string narrow(std::wstring_view text) {
  if (text.empty()) return {};
  const int size = ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), nullptr, 0, nullptr, nullptr);
  std::string out(static_cast<std::size_t>(size), '\0');
  ::WideCharToMultiByte(CP_UTF8, 0, text.data(), static_cast<int>(text.size()), out.data(), size, nullptr, nullptr);
  return out;
}

std::optional<KeyPath> parse(std::string_view key) {
  const auto slash = key.find('\\');
  if (slash == std::string_view::npos) return std::nullopt;
  const std::string_view root = key.substr(0, slash);
  HKEY handle;
  if (root == "HKCU") {
    handle = HKEY_CURRENT_USER;
  } else if (root == "HKLM") {
    handle = HKEY_LOCAL_MACHINE;
  } else {
    return std::nullopt;
  }
  return KeyPath{handle, widen(key.substr(slash + 1))};
}

std::string failure(std::string_view what, std::string_view key, LSTATUS status) {
  return std::string(what) + " " + std::string(key) + ": " + std::system_category().message(static_cast<int>(status));
}

// Whether the key exists and holds no subkeys and no values.
bool is_empty(HKEY root, const std::wstring& subkey) {
  HKEY handle = nullptr;
  if (::RegOpenKeyExW(root, subkey.c_str(), 0, KEY_READ, &handle) != ERROR_SUCCESS) return false;
  DWORD subkeys = 0;
  DWORD values = 0;
  const LSTATUS status = ::RegQueryInfoKeyW(handle, nullptr, nullptr, nullptr, &subkeys, nullptr, nullptr, &values,
                                            nullptr, nullptr, nullptr, nullptr);
  ::RegCloseKey(handle);
  return status == ERROR_SUCCESS && subkeys == 0 && values == 0;
}

// Where install notes the keys above the host's own key that it created (their parents existed), so
// that uninstall removes those and no key that was there before.
constexpr wchar_t created_value[] = L"TakedownCreatedKeys";

// The subkeys of `subkey`'s path that did not exist, outermost first, after creating all of them.
std::optional<std::vector<std::wstring>> create_path(HKEY root, const std::wstring& subkey, LSTATUS& status) {
  std::vector<std::wstring> created;
  for (std::size_t at = 0;;) {
    const std::size_t slash = subkey.find(L'\\', at);
    const std::wstring prefix = subkey.substr(0, slash);
    HKEY handle = nullptr;
    DWORD disposition = 0;
    status = ::RegCreateKeyExW(root, prefix.c_str(), 0, nullptr, 0, KEY_WRITE, nullptr, &handle, &disposition);
    if (status != ERROR_SUCCESS) return std::nullopt;
    ::RegCloseKey(handle);
    if (disposition == REG_CREATED_NEW_KEY) created.push_back(prefix);
    if (slash == std::wstring::npos) return created;
    at = slash + 1;
  }
}

}  // namespace

std::optional<std::string> set_default_value(std::string_view key, std::string_view value) {
  const auto path = parse(key);
  if (!path) return "not a registry key: " + std::string(key);
  LSTATUS status = ERROR_SUCCESS;
  auto created = create_path(path->root, path->subkey, status);
  if (!created) return failure("cannot create the registry key", key, status);
  const std::wstring wide = widen(value);
  status = ::RegSetKeyValueW(path->root, path->subkey.c_str(), nullptr, REG_SZ, wide.c_str(),
                             static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t)));
  if (status != ERROR_SUCCESS) return failure("cannot write the registry key", key, status);
  // The host's own key is always removed by uninstall; only its parents are listed. A key that
  // existed already keeps the list written when it was made.
  const bool leaf_is_new = !created->empty() && created->back() == path->subkey;
  if (leaf_is_new) {
    created->pop_back();
    std::wstring list;  // REG_MULTI_SZ: each name ends in a NUL, the list in one more
    for (const std::wstring& name : *created) list += name + L'\0';
    list += L'\0';
    status = ::RegSetKeyValueW(path->root, path->subkey.c_str(), created_value, REG_MULTI_SZ, list.data(),
                               static_cast<DWORD>(list.size() * sizeof(wchar_t)));
    if (status != ERROR_SUCCESS) return failure("cannot write the registry key", key, status);
  }
  return std::nullopt;
}

std::optional<std::string> delete_key(std::string_view key, bool& existed) {
  existed = false;
  const auto path = parse(key);
  if (!path) return "not a registry key: " + std::string(key);
  // The parents install created, read before the key that lists them goes.
  std::vector<std::wstring> created;
  DWORD bytes = 0;
  if (::RegGetValueW(path->root, path->subkey.c_str(), created_value, RRF_RT_REG_MULTI_SZ, nullptr, nullptr, &bytes) ==
      ERROR_SUCCESS) {
    std::vector<wchar_t> list(bytes / sizeof(wchar_t) + 2, L'\0');
    if (::RegGetValueW(path->root, path->subkey.c_str(), created_value, RRF_RT_REG_MULTI_SZ, nullptr, list.data(), &bytes) ==
        ERROR_SUCCESS) {
      for (const wchar_t* name = list.data(); *name != L'\0'; name += std::wcslen(name) + 1) created.emplace_back(name);
    }
  }
  const LSTATUS status = ::RegDeleteKeyW(path->root, path->subkey.c_str());
  if (status == ERROR_FILE_NOT_FOUND) return std::nullopt;
  if (status != ERROR_SUCCESS) return failure("cannot delete the registry key", key, status);
  existed = true;
  // Innermost first, and only while empty: another program may have put something there since.
  for (auto it = created.rbegin(); it != created.rend(); ++it) {
    if (!is_empty(path->root, *it)) break;
    ::RegDeleteKeyW(path->root, it->c_str());
  }
  return std::nullopt;
}

std::optional<std::string> default_value(std::string_view key) {
  const auto path = parse(key);
  if (!path) return std::nullopt;
  DWORD bytes = 0;
  if (::RegGetValueW(path->root, path->subkey.c_str(), nullptr, RRF_RT_REG_SZ, nullptr, nullptr, &bytes) != ERROR_SUCCESS) {
    return std::nullopt;
  }
  std::vector<wchar_t> text(bytes / sizeof(wchar_t) + 1, L'\0');
  if (::RegGetValueW(path->root, path->subkey.c_str(), nullptr, RRF_RT_REG_SZ, nullptr, text.data(), &bytes) != ERROR_SUCCESS) {
    return std::nullopt;
  }
  return narrow(text.data());
}

}  // namespace takedown::host::windows_registry

#include "windows_registry.hpp"

#include <algorithm>
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

}  // namespace

std::optional<std::string> set_default_value(std::string_view key, std::string_view value) {
  const auto path = parse(key);
  if (!path) return "not a registry key: " + std::string(key);
  const std::wstring wide = widen(value);
  const DWORD bytes = static_cast<DWORD>((wide.size() + 1) * sizeof(wchar_t));
  const LSTATUS status = ::RegSetKeyValueW(path->root, path->subkey.c_str(), nullptr, REG_SZ, wide.c_str(), bytes);
  if (status != ERROR_SUCCESS) return failure("cannot write the registry key", key, status);
  return std::nullopt;
}

std::optional<std::string> delete_key(std::string_view key, bool& existed) {
  existed = false;
  const auto path = parse(key);
  if (!path) return "not a registry key: " + std::string(key);
  const LSTATUS status = ::RegDeleteKeyW(path->root, path->subkey.c_str());
  if (status == ERROR_FILE_NOT_FOUND) return std::nullopt;
  if (status != ERROR_SUCCESS) return failure("cannot delete the registry key", key, status);
  existed = true;
  // "Software\Google\Chrome\NativeMessagingHosts": the parents below "Software\<vendor>" may have
  // been created by install; each one left empty goes too. "Software" and the vendor's key stay.
  std::wstring parent = path->subkey;
  for (;;) {
    const auto slash = parent.rfind(L'\\');
    if (slash == std::wstring::npos) break;
    parent.resize(slash);
    if (std::count(parent.begin(), parent.end(), L'\\') < 2 || !is_empty(path->root, parent)) break;
    ::RegDeleteKeyW(path->root, parent.c_str());
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

#pragma once
// Shared by the vault_*_test.cpp files: a fresh vault folder per test, records to append, file helpers.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include <nlohmann/json.hpp>

#include "file_access.hpp"

namespace takedown::host::vault::test {

// A new empty folder under the system temp dir, removed with everything in it at the end.
struct TempDir {
  TempDir() : path(takedown::host::test::make_temp_dir("takedown-vault-test")) {}
  ~TempDir() { takedown::host::test::remove_temp_dir(path); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::filesystem::path path;
};

inline nlohmann::json note(const std::string& text) {
  return {{"type", "note"},
          {"at", {{"utc", "2026-11-28T10:15:30.000Z"}, {"tz", "Europe/Amsterdam"}, {"offset_minutes", 60}}},
          {"data", {{"text", text}}},
          {"artifacts", nlohmann::json::array()}};
}

inline nlohmann::json capture_with(const std::string& sha256, std::int64_t size) {
  return {{"type", "capture"},
          {"at", {{"utc", "2026-11-28T10:15:30.000Z"}, {"tz", "Europe/Amsterdam"}, {"offset_minutes", 60}}},
          {"data", {{"kind", "image"}, {"page_url", "https://platform.example/post/1"}}},
          {"artifacts", {{{"name", "media.png"}, {"sha256", sha256}, {"size", size}, {"mime", "image/png"}}}}};
}

inline std::string read_file(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::filesystem::path& file, const std::string& bytes, bool append = false) {
  std::ofstream out(file, std::ios::binary | (append ? std::ios::app : std::ios::trunc));
  out << bytes;
}

}  // namespace takedown::host::vault::test

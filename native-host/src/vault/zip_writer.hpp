#pragma once
// A stored (uncompressed) zip written to a file as entries arrive, like the extension's zip.js:
// UTF-8 names, sizes up to 4 GiB per file and in total (no Zip64), DOS times in UTC.
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "vault/file_io.hpp"

namespace takedown::host::vault {

class ZipWriter {
 public:
  // Creates `file` (it must not exist yet). `unix_seconds` stamps every entry.
  ZipWriter(const std::filesystem::path& file, std::int64_t unix_seconds);
  void add_text(std::string_view name, std::string_view bytes);
  // Streams `source` in (twice: once for its CRC-32, once to copy it).
  void add_file(std::string_view name, const std::filesystem::path& source);
  // Writes the central directory and fsyncs.
  void finish();

 private:
  struct Entry {
    std::string name;
    std::uint32_t crc = 0;
    std::uint32_t size = 0;
    std::uint32_t offset = 0;
  };
  void local_header(const Entry& entry);
  void write(std::string_view bytes);

  std::filesystem::path file_;
  Fd fd_;
  std::uint16_t dos_time_ = 0;
  std::uint16_t dos_date_ = 0;
  std::uint64_t offset_ = 0;
  std::vector<Entry> entries_;
};

}  // namespace takedown::host::vault

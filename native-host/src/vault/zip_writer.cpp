#include "vault/zip_writer.hpp"

#include <ctime>


#include <takedown/core/c_api.h>

#include "net/utc_time.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

constexpr std::uint64_t zip32_max = 0xffffffffu;

void put16(std::string& out, std::uint32_t value) {
  out.push_back(static_cast<char>(value & 0xff));
  out.push_back(static_cast<char>((value >> 8) & 0xff));
}

void put32(std::string& out, std::uint32_t value) {
  put16(out, value & 0xffff);
  put16(out, value >> 16);
}

std::uint32_t crc_of(std::string_view bytes) {
  return takedown_crc32_update(0, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}

[[noreturn]] void too_big(std::string_view name) {
  throw VaultError(protocol::ErrorCode::too_large, std::string(name) + ": the zip would pass 4 GiB, which this zip writer does not support; export to a folder instead");
}

}  // namespace

ZipWriter::ZipWriter(const std::filesystem::path& file, std::int64_t unix_seconds) : file_(file), fd_(open_file(file, OpenMode::create_new)) {
  const std::time_t seconds = static_cast<std::time_t>(unix_seconds);
  const std::tm parts = net::utc_fields(seconds);
  const int year = parts.tm_year + 1900 < 1980 ? 1980 : parts.tm_year + 1900;
  dos_time_ = static_cast<std::uint16_t>((parts.tm_hour << 11) | (parts.tm_min << 5) | (parts.tm_sec / 2));
  dos_date_ = static_cast<std::uint16_t>(((year - 1980) << 9) | ((parts.tm_mon + 1) << 5) | parts.tm_mday);
}

void ZipWriter::write(std::string_view bytes) {
  write_all(fd_, bytes, file_);
  offset_ += bytes.size();
}

void ZipWriter::local_header(const Entry& entry) {
  std::string header;
  put32(header, 0x04034b50);
  put16(header, 20);
  put16(header, 0x0800);  // names are UTF-8
  put16(header, 0);       // stored
  put16(header, dos_time_);
  put16(header, dos_date_);
  put32(header, entry.crc);
  put32(header, entry.size);
  put32(header, entry.size);
  put16(header, static_cast<std::uint32_t>(entry.name.size()));
  put16(header, 0);
  write(header + entry.name);
}

void ZipWriter::add_text(std::string_view name, std::string_view bytes) {
  if (offset_ + bytes.size() + 30 + name.size() > zip32_max) too_big(name);
  Entry entry{std::string(name), crc_of(bytes), static_cast<std::uint32_t>(bytes.size()), static_cast<std::uint32_t>(offset_)};
  local_header(entry);
  write(bytes);
  entries_.push_back(std::move(entry));
}

void ZipWriter::add_file(std::string_view name, const std::filesystem::path& source) {
  const Fd in = open_file(source, OpenMode::read);
  const std::int64_t size = file_size(in, source);
  if (offset_ + static_cast<std::uint64_t>(size) + 30 + name.size() > zip32_max) too_big(name);
  constexpr std::size_t block = 1 << 20;
  std::uint32_t crc = 0;
  for (std::int64_t at = 0; at < size; at += block) {
    const std::string bytes = read_at(in, at, block, source);
    crc = takedown_crc32_update(crc, reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
  }
  Entry entry{std::string(name), crc, static_cast<std::uint32_t>(size), static_cast<std::uint32_t>(offset_)};
  local_header(entry);
  for (std::int64_t at = 0; at < size; at += block) write(read_at(in, at, block, source));
  entries_.push_back(std::move(entry));
}

void ZipWriter::finish() {
  std::string central;
  for (const Entry& entry : entries_) {
    put32(central, 0x02014b50);
    put16(central, 20);
    put16(central, 20);
    put16(central, 0x0800);
    put16(central, 0);
    put16(central, dos_time_);
    put16(central, dos_date_);
    put32(central, entry.crc);
    put32(central, entry.size);
    put32(central, entry.size);
    put16(central, static_cast<std::uint32_t>(entry.name.size()));
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put16(central, 0);
    put32(central, 0);
    put32(central, entry.offset);
    central += entry.name;
  }
  if (offset_ + central.size() + 22 > zip32_max || entries_.size() > 0xffff) too_big("the central directory");
  const auto central_offset = static_cast<std::uint32_t>(offset_);
  std::string end;
  put32(end, 0x06054b50);
  put16(end, 0);
  put16(end, 0);
  put16(end, static_cast<std::uint32_t>(entries_.size()));
  put16(end, static_cast<std::uint32_t>(entries_.size()));
  put32(end, static_cast<std::uint32_t>(central.size()));
  put32(end, central_offset);
  put16(end, 0);
  write(central + end);
  sync_file(fd_, file_);
}

}  // namespace takedown::host::vault

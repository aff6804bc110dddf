// The parts of the file layer that are the same on every system, built on its per-system primitives.
#include "vault/file_io.hpp"

namespace takedown::host::vault {

namespace fs = std::filesystem;

std::optional<std::string> read_if_exists(const fs::path& file) {
  const Fd fd = open_if_exists(file);
  if (!fd.valid()) return std::nullopt;
  return read_all(fd, file);
}

std::string read_all(const Fd& fd, const fs::path& file, std::int64_t offset) {
  const std::int64_t size = file_size(fd, file);
  if (size <= offset) return {};
  return read_at(fd, offset, static_cast<std::size_t>(size - offset), file);
}

void refuse_symlinks(const fs::path& root, const fs::path& relative) {
  fs::path at = root;
  for (const auto& part : relative) {
    at /= part;
    if (!exists_no_symlink(at)) return;  // throws on a link
  }
}

}  // namespace takedown::host::vault

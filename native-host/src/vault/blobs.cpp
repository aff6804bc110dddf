// Content-addressed blobs: blobs/sha256/<hex[0:2]>/<hex>, written once (temp, fsync, rename, folder
// fsync) and read-only after.
#include <cerrno>

#include "vault/core_bridge.hpp"
#include "vault/vault.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using protocol::ErrorCode;

fs::path blob_relative(std::string_view sha256) {
  return fs::path("blobs") / "sha256" / std::string(sha256.substr(0, 2)) / std::string(sha256);
}

}  // namespace

fs::path Vault::blob_path(std::string_view sha256) const {
  if (!is_sha256(sha256)) throw VaultError(ErrorCode::invalid_params, "a sha256 must be 64 lowercase hex digits");
  return root_ / blob_relative(sha256);
}

bool Vault::has_blob(std::string_view sha256) const {
  const fs::path path = blob_path(sha256);
  refuse_symlinks(root_, blob_relative(sha256));
  return exists_no_symlink(path);
}

std::string Vault::put_blob(std::string_view bytes) const {
  const std::string sha256 = sha256_hex(bytes);
  if (has_blob(sha256)) return sha256;
  const fs::path dir = ensure_dirs(root_, blob_relative(sha256).parent_path());
  write_durably(dir / sha256, bytes, Access::read_only);
  return sha256;
}

std::size_t Vault::blob_count() const {
  const fs::path dir = root_ / "blobs" / "sha256";
  if (!exists_no_symlink(dir)) return 0;
  std::size_t count = 0;
  std::error_code error;
  for (const auto& prefix : fs::directory_iterator(dir, error)) {
    if (!prefix.is_directory() || prefix.is_symlink()) continue;
    for (const auto& blob : fs::directory_iterator(prefix.path(), error)) {
      if (is_sha256(blob.path().filename().string())) ++count;
    }
  }
  if (error) throw VaultError(ErrorCode::vault_io, "cannot list " + dir.string() + ": " + error.message());
  return count;
}

}  // namespace takedown::host::vault

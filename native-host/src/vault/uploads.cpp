// Resumable uploads: uploads/<sha256>.part grows chunk by chunk, uploads/<sha256>.size holds the
// announced size, uploads/<sha256>.lock serialises processes. Commit re-hashes the part, fsyncs it
// and renames it into blobs/: a committed blob is durable. A chunk is acknowledged once written;
// the part is fsynced only every limits::upload_sync_bytes (an fsync per chunk cost more than the
// rest of the chunk's work), so a crash of the computer loses at most that much of an unfinished
// upload: upload_begin then answers the part's size on disk and the upload resumes there. Whatever
// a crash did to the part, the commit's re-hash refuses it (upload_mismatch) and the upload restarts.
#include <charconv>
#include <functional>

#include <memory>
#include <vector>

#include "vault/base64.hpp"
#include "vault/core_bridge.hpp"
#include "vault/vault.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using protocol::ErrorCode;

struct UploadFiles {
  fs::path dir, part, size, lock;
};

UploadFiles upload_files(const fs::path& root, std::string_view sha256) {
  if (!is_sha256(sha256)) throw VaultError(ErrorCode::invalid_params, "a sha256 must be 64 lowercase hex digits");
  const fs::path dir = ensure_dirs(root, "uploads");
  const std::string name(sha256);
  return {dir, dir / (name + ".part"), dir / (name + ".size"), dir / (name + ".lock")};
}

// The size announced by upload_begin, or nullopt when no upload was begun (or its file is damaged).
std::optional<std::int64_t> announced_size(const fs::path& file) {
  const Fd fd = open_if_exists(file);
  if (!fd.valid()) return std::nullopt;
  const std::string text = read_all(fd, file);
  std::int64_t size = -1;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), size);
  if (error != std::errc() || end != text.data() + text.size() || size < 0) return std::nullopt;
  return size;
}

std::int64_t part_size(const fs::path& part) {
  const Fd fd = open_if_exists(part);
  return fd.valid() ? file_size(fd, part) : 0;
}

void remove_upload(const UploadFiles& files) {
  remove_file(files.part);
  remove_file(files.size);
  sync_directory(files.dir);
}

[[noreturn]] void not_begun(std::string_view sha256) {
  throw VaultError(ErrorCode::upload_offset, "no upload of " + std::string(sha256) +
                                                 " is in progress (offset 0); call vault.upload_begin first");
}

}  // namespace

UploadState Vault::upload_begin(std::string_view sha256, std::int64_t size) const {
  if (size < 0 || size > limits::blob_bytes) {
    throw VaultError(ErrorCode::invalid_params, "size must be 0.." + std::to_string(limits::blob_bytes));
  }
  if (has_blob(sha256)) return {size, true};
  const UploadFiles files = upload_files(root_, sha256);
  const FileLock lock(files.lock, FileLock::Kind::exclusive);
  if (announced_size(files.size) != size) {
    // A new upload, or one announced with another size: start over from 0.
    remove_file(files.part);
    write_durably(files.size, std::to_string(size));
  }
  { Fd part = open_file(files.part, OpenMode::create_append); }
  return {part_size(files.part), false};
}

namespace {

// Appends one chunk of `size` bytes, which `write` puts into the part (it may throw; the part is
// then cut back to where it was), after the offset and size checks.
std::int64_t append_chunk(const fs::path& root, std::string_view sha256, std::int64_t offset, std::size_t size,
                          const std::function<void(const Fd&, const fs::path&)>& write) {
  if (size > limits::upload_chunk_bytes) {
    throw VaultError(ErrorCode::too_large, "a chunk is at most " + std::to_string(limits::upload_chunk_bytes) + " bytes");
  }
  const UploadFiles files = upload_files(root, sha256);
  const FileLock lock(files.lock, FileLock::Kind::exclusive);
  const auto announced = announced_size(files.size);
  if (!announced) not_begun(sha256);
  Fd part = open_file(files.part, OpenMode::create_append);
  const std::int64_t current = file_size(part, files.part);
  if (offset != current) {
    throw VaultError(ErrorCode::upload_offset, "the upload of " + std::string(sha256) + " is at offset " +
                                                   std::to_string(current) + ", not " + std::to_string(offset));
  }
  const std::int64_t end = current + static_cast<std::int64_t>(size);
  if (end > *announced) {
    throw VaultError(ErrorCode::invalid_params, "the chunk would end at " + std::to_string(end) +
                                                    ", past the announced size " + std::to_string(*announced));
  }
  try {
    write(part, files.part);
    if (current / limits::upload_sync_bytes != end / limits::upload_sync_bytes) {
      sync_file(part, files.part);
    } else {
      // The next sync (at the boundary or at commit) then finds little left to do.
      start_write_back(part, current, end - current);
    }
  } catch (...) {
    try {
      truncate_file(part, current, files.part);
    } catch (...) {
    }
    throw;
  }
  return end;
}

// Decoded bytes written per step: small next to a chunk (peak memory), large enough for few writes.
constexpr std::size_t decode_step_bytes = 192 * 1024;

}  // namespace

std::int64_t Vault::upload_chunk(std::string_view sha256, std::int64_t offset, std::string_view bytes) const {
  return append_chunk(root_, sha256, offset, bytes.size(),
                      [&](const Fd& part, const fs::path& file) { write_all(part, bytes, file); });
}

std::int64_t Vault::upload_chunk_base64(std::string_view sha256, std::int64_t offset, std::string_view base64) const {
  const auto size = base64_decoded_size(base64);
  if (!size) throw VaultError(ErrorCode::invalid_params, "params.data must be standard base64 with padding");
  return append_chunk(root_, sha256, offset, *size, [&](const Fd& part, const fs::path& file) {
    std::string piece(decode_step_bytes, '\0');
    constexpr std::size_t step_chars = decode_step_bytes / 3 * 4;
    for (std::size_t at = 0; at < base64.size(); at += step_chars) {
      const std::string_view text = base64.substr(at, step_chars);
      const auto written = decode_base64_into(text, piece.data());
      // Padding may end only the last piece.
      if (!written || (at + step_chars < base64.size() && *written != decode_step_bytes)) {
        throw VaultError(ErrorCode::invalid_params, "params.data must be standard base64 with padding");
      }
      write_all(part, std::string_view(piece.data(), *written), file);
    }
  });
}

std::int64_t Vault::upload_commit(std::string_view sha256) const {
  const UploadFiles files = upload_files(root_, sha256);
  const FileLock lock(files.lock, FileLock::Kind::exclusive);
  if (has_blob(sha256)) {
    const FileDigest stored = hash_file(blob_path(sha256));  // committed before (or put_blob): answer again
    return stored.size;
  }
  const auto announced = announced_size(files.size);
  if (!announced) not_begun(sha256);
  const FileDigest got = hash_file(files.part);
  if (got.size != *announced || got.sha256 != sha256) {
    remove_upload(files);
    throw VaultError(ErrorCode::upload_mismatch,
                     got.size != *announced
                         ? "received " + std::to_string(got.size) + " bytes, but " + std::to_string(*announced) + " were announced"
                         : "the received bytes hash to " + got.sha256 + ", not " + std::string(sha256));
  }
  {
    // The chunks were not each fsynced: the blob is durable before it is named.
    const Fd part = open_file(files.part, OpenMode::read_write);
    sync_file(part, files.part);
  }
  make_read_only(files.part);
  const fs::path target = blob_path(sha256);
  const fs::path blob_dir = ensure_dirs(root_, target.parent_path().lexically_relative(root_));
  rename_over(files.part, target);
  sync_directory(blob_dir);
  remove_file(files.size);
  sync_directory(files.dir);
  return got.size;
}

}  // namespace takedown::host::vault

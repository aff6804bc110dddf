#pragma once
// The evidence vault on disk (docs/vault.md): per case an append-only log in the extension's record
// format and chain, content-addressed blobs, resumable uploads. Every path is built from validated
// parts below the root; symlinks under the root are refused. Failures throw VaultError.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>
#include <takedown/protocol.hpp>

#include "vault/case_log.hpp"  // Head
#include "vault/durable_file.hpp"
#include "vault/vault_error.hpp"
#include "vault/vault_paths.hpp"

namespace takedown::host::vault {

struct MirrorResult {
  std::optional<Head> head;  // after the mirror
  std::size_t added = 0;
  std::size_t skipped = 0;   // already there with the same hash
};

struct CaseSummary {
  std::string case_id;
  std::size_t records = 0;
  std::optional<Head> head;
  std::optional<std::string> problem;  // the log cannot be read (damage; vault verify says more)
};

struct UploadState {
  std::int64_t offset = 0;  // bytes already received in uploads/<sha256>.part
  bool complete = false;    // the blob is already in the vault
};

struct RedactKept {
  std::string sha256;
  std::string case_id;  // a record that still names the blob without a redaction
  std::int64_t seq = 0;
};

struct RedactResult {
  std::vector<std::string> removed;  // blobs deleted now
  std::vector<std::string> absent;   // named by a redaction, already gone (or never uploaded)
  std::vector<RedactKept> kept;      // still needed by a record no redaction covers
};

struct CaseCheck {
  std::string case_id;
  bool ok = true;
  std::size_t checked = 0;             // records that passed, from the start
  std::optional<std::string> problem;  // the first problem, named ("hash_mismatch at seq 3: ...")
  std::size_t redacted = 0;            // artifact references removed on purpose (a redaction record names them)
  std::vector<nlohmann::json> redactions;  // evidence.verify's `redacted` entries: what was removed, by which record, why
};

struct BlobCheck {
  std::size_t checked = 0;            // blob files re-hashed
  std::vector<std::string> problems;  // "blobs/sha256/ab/ab...: its bytes hash to ..." (at most 16)
};

struct VerifyReport {
  bool ok = true;
  std::vector<CaseCheck> cases;
  BlobCheck blobs;
};

namespace limits {
inline constexpr std::size_t mirror_records = 64;                 // records in one vault.mirror
inline constexpr std::size_t upload_chunk_bytes = 8 * 1024 * 1024;  // decoded bytes in one chunk
// A part is fsynced whenever a chunk crosses a multiple of this, and at commit: a crash loses at
// most this much of an unfinished upload (the resume point is the part's size on disk).
inline constexpr std::int64_t upload_sync_bytes = 64 * 1024 * 1024;
inline constexpr std::int64_t blob_bytes = std::int64_t{64} * 1024 * 1024 * 1024;  // one blob, 64 GiB
inline constexpr std::size_t verify_problems = 16;                // blob problems listed in a report
}  // namespace limits

class Vault {
 public:
  // Opens the vault at `root`, creating it (mode 0700) when missing, and repairs a torn last line of
  // every case log (kept in recovered/, noted in the log). Throws VaultError(vault_unavailable).
  static Vault open(std::filesystem::path root);

  const std::filesystem::path& root() const noexcept { return root_; }

  // root/cases/<case_id>, for a valid case id (else VaultError invalid_params). Not created here.
  std::filesystem::path case_dir(std::string_view case_id) const;
  // Creates (0700, refusing symlinks) and returns case_dir(case_id)/relative, where `relative` is
  // plain names joined by "/" ("proofs/timestamps"): no "..", ".", empty or absolute parts.
  std::filesystem::path ensure_case_subdir(std::string_view case_id, std::string_view relative) const;

  // Stores `bytes` under blobs/sha256/<hex[0:2]>/<hex> (durably, read-only) and returns the hex.
  std::string put_blob(std::string_view bytes) const;
  bool has_blob(std::string_view sha256) const;
  std::filesystem::path blob_path(std::string_view sha256) const;  // validated sha256, else invalid_params

  // The case's sealed records in log order (an empty vector for an unknown case). A torn last line
  // left by a writer that crashed after open() is skipped here, repaired by the next write.
  std::vector<nlohmann::json> read_log(std::string_view case_id) const;
  std::optional<Head> head(std::string_view case_id) const;
  std::vector<CaseSummary> list() const;
  std::size_t blob_count() const;

  // Seals `unsealed_record` ({type, at, data, artifacts}; "case" and "seq" are set here) onto the
  // head with the core's evidence.seal, under the case lock, and returns it once it is durable.
  // Every artifact's blob must be in the vault (else vault_blob_missing).
  nlohmann::json append(std::string_view case_id, const nlohmann::json& unsealed_record) const;
  // Adds sealed records made elsewhere (the extension): same hash at the same seq is skipped, the
  // next seq with prev = head hash is checked and appended, anything else is vault_conflict.
  MirrorResult mirror(std::string_view case_id, std::span<const nlohmann::json> sealed) const;

  UploadState upload_begin(std::string_view sha256, std::int64_t size) const;
  std::int64_t upload_chunk(std::string_view sha256, std::int64_t offset, std::string_view bytes) const;  // new offset
  // The same for the chunk as base64 text, decoded piece by piece straight into the part (a bad
  // character anywhere leaves the part as it was: invalid_params).
  std::int64_t upload_chunk_base64(std::string_view sha256, std::int64_t offset, std::string_view base64) const;
  std::int64_t upload_commit(std::string_view sha256) const;  // the blob's size

  // Deletes the blobs that the case's redaction records name, unless a record no redaction covers
  // (in any case) still names them; leftover partial uploads of those hashes go too.
  RedactResult redact(std::string_view case_id) const;

  // Every case (or one) checked: chain, case ids, and every artifact's blob re-hashed; without a
  // case, every blob file in the vault is re-hashed too.
  VerifyReport verify(std::optional<std::string_view> case_id) const;

  struct Erased {
    std::size_t cases = 0;
    std::size_t blobs = 0;
  };
  Erased erase() const;  // deletes cases/, blobs/ and uploads/

 private:
  explicit Vault(std::filesystem::path root) : root_(std::move(root)) {}
  std::filesystem::path root_;
};

}  // namespace takedown::host::vault

#pragma once
// One case's log.jsonl: one sealed record per line, each its canonical RFC 8785 text + "\n".
// Writers hold the case's exclusive lock (cases/<id>/.lock) from reading the head to the fsync, so
// appends from several host processes serialise and the chain stays valid.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "vault/file_lock.hpp"
#include "vault/file_io.hpp"

namespace takedown::host::vault {

// Where a case's chain stands: its last record's seq and hash.
struct Head {
  std::int64_t seq = 0;
  std::string hash;
};

// A log's text split into records. A torn tail (bytes after the last "\n", or a last line that is
// not a JSON object: what a crash in the middle of a write leaves) is not part of the log.
struct ParsedLog {
  std::vector<nlohmann::json> records;
  std::int64_t good_bytes = 0;  // the log up to and including its last good line
  std::int64_t torn_bytes = 0;  // what follows
};
// Throws VaultError(vault_io) when a line before the last is not a JSON object (damage, not a crash).
ParsedLog parse_log(std::string_view text, const std::filesystem::path& log_file);

// The seq and hash of a sealed record, or VaultError(vault_conflict) when it has none.
Head head_of(const nlohmann::json& record, const std::filesystem::path& log_file);

// A case's log opened for writing: exclusive lock taken, case folder and log created when missing,
// and a torn tail repaired: its bytes kept in recovered/<utc>-torn.jsonl, the log cut back to its
// last good line and fsynced, then a sealed note appended saying so.
class LogWriter {
 public:
  LogWriter(const std::filesystem::path& root, std::string_view case_id);

  const std::optional<Head>& head() const noexcept { return head_; }
  const std::string& case_id() const noexcept { return case_id_; }
  // The whole log as it is now (under this writer's lock).
  std::vector<nlohmann::json> records() const;
  // Seals {type, at, data, artifacts} as the next record with the core's evidence.seal and appends it.
  nlohmann::json seal_and_append(const nlohmann::json& unsealed);
  // Appends already-sealed records (each continuing the one before) with one write and one fsync.
  // On a failed write the log is cut back, so a half line never stays behind.
  void append_sealed(const std::vector<nlohmann::json>& sealed);
  // Set when opening repaired a torn tail: the recovery file's name under recovered/.
  const std::optional<std::string>& recovered_file() const noexcept { return recovered_file_; }

 private:
  void repair(std::int64_t good_bytes, std::int64_t torn_bytes);

  std::filesystem::path case_dir_;
  std::filesystem::path log_file_;
  std::string case_id_;
  FileLock lock_;
  Fd log_;
  bool created_ = false;
  std::optional<Head> head_;
  std::optional<std::string> recovered_file_;
};

// The head read from the log's tail under a shared lock (nullopt: no case, or no record yet).
std::optional<Head> read_case_head(const std::filesystem::path& root, std::string_view case_id);

// The log's good lines (a torn tail left out) read under a shared lock; empty for no case.
std::string read_case_log_text(const std::filesystem::path& root, std::string_view case_id);

// The log's records read under a shared lock; empty when the case does not exist.
std::vector<nlohmann::json> read_case_log(const std::filesystem::path& root, std::string_view case_id);

}  // namespace takedown::host::vault

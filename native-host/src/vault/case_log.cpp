#include "vault/case_log.hpp"

#include <algorithm>

#include "vault/core_bridge.hpp"
#include "vault/durable_file.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

constexpr std::size_t scan_block = 64 * 1024;

json parse_object(std::string_view line) {
  json value = json::parse(line, nullptr, false);
  if (value.is_discarded() || !value.is_object()) return json();
  return value;
}

// The position of the last "\n" before `before`, or -1.
std::int64_t last_newline(const Fd& fd, std::int64_t before, const fs::path& file) {
  while (before > 0) {
    const std::int64_t start = std::max<std::int64_t>(0, before - static_cast<std::int64_t>(scan_block));
    const std::string block = read_at(fd, start, static_cast<std::size_t>(before - start), file);
    const auto at = block.rfind('\n');
    if (at != std::string::npos) return start + static_cast<std::int64_t>(at);
    before = start;
  }
  return -1;
}

struct Tail {
  std::int64_t good_bytes = 0;
  std::optional<Head> head;
};

// Finds the last good line from the end of the file, reading only the tail.
Tail scan_tail(const Fd& fd, const fs::path& file) {
  const std::int64_t size = file_size(fd, file);
  std::int64_t line_end = last_newline(fd, size, file);
  // At most one line can be torn (a writer repairs before it appends), so two tries suffice.
  for (int attempt = 0; attempt < 2 && line_end >= 0; ++attempt) {
    const std::int64_t line_start = last_newline(fd, line_end, file) + 1;
    const json record = parse_object(read_at(fd, line_start, static_cast<std::size_t>(line_end - line_start), file));
    if (record.is_object()) return {line_end + 1, head_of(record, file)};
    if (attempt == 1) break;
    line_end = line_start - 1;
  }
  if (line_end < 0) return {};
  throw VaultError(ErrorCode::vault_io, file.string() + " is damaged before its last line; 'takedown-host vault verify' names where");
}

}  // namespace

ParsedLog parse_log(std::string_view text, const fs::path& log_file) {
  ParsedLog parsed;
  std::size_t start = 0;
  std::size_t line_number = 0;
  while (start < text.size()) {
    const auto end = text.find('\n', start);
    if (end == std::string_view::npos) break;  // no "\n": torn
    ++line_number;
    json record = parse_object(text.substr(start, end - start));
    if (!record.is_object()) {
      if (end + 1 == text.size()) break;  // the last line: torn
      throw VaultError(ErrorCode::vault_io,
                       log_file.string() + " line " + std::to_string(line_number) + " is not a JSON object");
    }
    parsed.records.push_back(std::move(record));
    start = end + 1;
  }
  parsed.good_bytes = static_cast<std::int64_t>(start);
  parsed.torn_bytes = static_cast<std::int64_t>(text.size() - start);
  return parsed;
}

Head head_of(const json& record, const fs::path& log_file) {
  const auto seq = record.find("seq");
  const auto hash = record.find("hash");
  if (seq == record.end() || !seq->is_number_integer() || hash == record.end() || !hash->is_string()) {
    throw VaultError(ErrorCode::vault_conflict, log_file.string() + ": its last record has no seq or hash");
  }
  return Head{seq->get<std::int64_t>(), hash->get<std::string>()};
}

LogWriter::LogWriter(const fs::path& root, std::string_view case_id)
    : case_dir_(ensure_dirs(root, fs::path("cases") / std::string(case_id))),
      log_file_(case_dir_ / "log.jsonl"),
      case_id_(case_id),
      lock_(case_dir_ / ".lock", FileLock::Kind::exclusive) {
  created_ = !exists_no_symlink(log_file_);
  log_ = open_file(log_file_, OpenMode::create_append);
  const std::int64_t size = file_size(log_, log_file_);
  const Tail tail = scan_tail(log_, log_file_);
  head_ = tail.head;
  if (tail.good_bytes < size) repair(tail.good_bytes, size - tail.good_bytes);
}

void LogWriter::repair(std::int64_t good_bytes, std::int64_t torn_bytes) {
  const std::string torn = read_at(log_, good_bytes, static_cast<std::size_t>(torn_bytes), log_file_);
  const fs::path recovered_dir = ensure_dirs(case_dir_, "recovered");
  std::string name = utc_file_stamp() + "-torn.jsonl";
  for (int n = 2; exists_no_symlink(recovered_dir / name); ++n) name = utc_file_stamp() + "-" + std::to_string(n) + "-torn.jsonl";
  // Kept first, cut second: a crash in between leaves the bytes in both places, never in neither.
  write_durably(recovered_dir / name, torn);
  truncate_file(log_, good_bytes, log_file_);
  sync_file(log_, log_file_);
  recovered_file_ = name;
  seal_and_append(json{{"type", "note"},
                       {"at", {{"utc", utc_now_text()}, {"tz", "UTC"}, {"offset_minutes", 0}}},
                       {"data", {{"text", "recovered: a torn last line of " + std::to_string(torn.size()) +
                                              " bytes was kept in recovered/" + name}}},
                       {"artifacts", json::array()}});
}

std::vector<json> LogWriter::records() const {
  return parse_log(read_all(log_, log_file_), log_file_).records;
}

json LogWriter::seal_and_append(const json& unsealed) {
  json record = unsealed;
  record["case"] = case_id_;
  record["seq"] = head_ ? head_->seq + 1 : 0;
  const json prev = head_ ? json{{"seq", head_->seq}, {"hash", head_->hash}} : json(nullptr);
  json sealed = core_result("evidence.seal", json{{"record", std::move(record)}, {"prev", prev}});
  append_sealed({sealed});
  return sealed;
}

void LogWriter::append_sealed(const std::vector<json>& sealed) {
  if (sealed.empty()) return;
  std::string lines;
  for (const json& record : sealed) lines += canonical_text(record) + "\n";
  const std::int64_t size_before = file_size(log_, log_file_);
  try {
    // One write(2) of whole lines on an O_APPEND file: a crash leaves at most a torn last line.
    write_all(log_, lines, log_file_);
    sync_file(log_, log_file_);
  } catch (...) {
    try {
      truncate_file(log_, size_before, log_file_);
      sync_file(log_, log_file_);
    } catch (...) {
    }
    throw;
  }
  if (created_) {
    sync_directory(case_dir_);  // the new log's name is durable too
    created_ = false;
  }
  head_ = head_of(sealed.back(), log_file_);
}

std::optional<Head> read_case_head(const fs::path& root, std::string_view case_id) {
  const fs::path case_dir = root / "cases" / std::string(case_id);
  refuse_symlinks(root, fs::path("cases") / std::string(case_id) / "log.jsonl");
  if (!exists_no_symlink(case_dir)) return std::nullopt;
  const FileLock lock(case_dir / ".lock", FileLock::Kind::shared);
  const Fd log = open_if_exists(case_dir / "log.jsonl");
  if (!log.valid()) return std::nullopt;
  return scan_tail(log, case_dir / "log.jsonl").head;
}

std::string read_case_log_text(const fs::path& root, std::string_view case_id) {
  const fs::path case_dir = root / "cases" / std::string(case_id);
  refuse_symlinks(root, fs::path("cases") / std::string(case_id) / "log.jsonl");
  if (!exists_no_symlink(case_dir)) return {};
  const FileLock lock(case_dir / ".lock", FileLock::Kind::shared);
  const Fd log = open_if_exists(case_dir / "log.jsonl");
  if (!log.valid()) return {};
  std::string text = read_all(log, case_dir / "log.jsonl");
  text.resize(static_cast<std::size_t>(parse_log(text, case_dir / "log.jsonl").good_bytes));
  return text;
}

std::vector<json> read_case_log(const fs::path& root, std::string_view case_id) {
  const std::string text = read_case_log_text(root, case_id);
  return parse_log(text, root / "cases" / std::string(case_id) / "log.jsonl").records;
}

}  // namespace takedown::host::vault

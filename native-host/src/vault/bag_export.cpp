#include "vault/bag_export.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <set>
#include <utility>


#include "vault/core_bridge.hpp"
#include "vault/inert_html.hpp"
#include "vault/redactions.hpp"
#include "vault/zip_writer.hpp"

namespace takedown::host::vault {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

// One payload file: its path in the bag and where its bytes come from (a file, or text made here).
struct Payload {
  std::string path;
  std::string sha256;
  std::int64_t size = 0;
  fs::path source;   // empty: `text` holds the bytes
  std::string text;
};

Payload text_payload(std::string path, std::string text) {
  Payload payload{std::move(path), sha256_hex(text), static_cast<std::int64_t>(text.size()), {}, {}};
  payload.text = std::move(text);
  return payload;
}

// Every regular file under cases/<id>/proofs, as data/proofs/<relative path>; symlinks refused.
void add_proofs(const fs::path& case_dir, std::vector<Payload>& payload) {
  const fs::path proofs = case_dir / "proofs";
  if (!exists_no_symlink(proofs)) return;
  std::vector<std::pair<std::string, fs::path>> found;
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(proofs, error); !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_symlink()) throw VaultError(ErrorCode::vault_unavailable, it->path().string() + " is a symlink; the vault follows none");
    if (!it->is_regular_file()) continue;
    const std::string name = it->path().filename().string();
    if (name.starts_with(".")) continue;  // temporary files of an interrupted write
    found.emplace_back("data/proofs/" + it->path().lexically_relative(proofs).generic_string(), it->path());
  }
  if (error) throw VaultError(ErrorCode::vault_io, "cannot list " + proofs.string() + ": " + error.message());
  std::sort(found.begin(), found.end());
  for (auto& [path, file] : found) {
    const FileDigest digest = hash_file(file);
    payload.push_back(Payload{path, digest.sha256, digest.size, file, {}});
  }
}

void copy_bytes(const fs::path& from, const fs::path& to) {
  const Fd in = open_file(from, OpenMode::read);
  const Fd out = open_file(to, OpenMode::create_new);
  const std::int64_t size = file_size(in, from);
  constexpr std::size_t block = 1 << 20;
  for (std::int64_t at = 0; at < size; at += block) write_all(out, read_at(in, at, block, from), to);
  sync_file(out, to);
}

void write_text(const fs::path& to, std::string_view text) {
  const Fd out = open_file(to, OpenMode::create_new);
  write_all(out, text, to);
  sync_file(out, to);
}

void write_folder(const fs::path& dir, const json& tag_files, const std::vector<UnlistedFile>& unlisted,
                  const std::vector<Payload>& payload) {
  ensure_root(dir);
  for (const json& tag : tag_files) write_text(dir / tag["path"].get<std::string>(), tag["text"].get<std::string>());
  for (const UnlistedFile& file : unlisted) write_text(dir / file.name, file.bytes);
  for (const Payload& file : payload) {
    const fs::path relative = fs::path(file.path);
    ensure_dirs(dir, relative.parent_path());
    if (file.source.empty()) {
      write_text(dir / relative, file.text);
    } else {
      copy_bytes(file.source, dir / relative);
    }
  }
}

void write_zip(const fs::path& file, const std::string& top, const json& tag_files, const std::vector<UnlistedFile>& unlisted,
               const std::vector<Payload>& payload) {
  const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  ZipWriter zip(file, now);
  for (const json& tag : tag_files) zip.add_text(top + tag["path"].get<std::string>(), tag["text"].get<std::string>());
  for (const UnlistedFile& entry : unlisted) zip.add_text(top + entry.name, entry.bytes);
  for (const Payload& entry : payload) {
    if (entry.source.empty()) {
      zip.add_text(top + entry.path, entry.text);
    } else {
      zip.add_file(top + entry.path, entry.source);
    }
  }
  zip.finish();
}

}  // namespace

std::string extension_for(std::string_view mime) {
  if (is_page_html(mime)) return ".html.txt";  // a name that never runs (docs/evidence.md "The page's HTML never runs")
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 8> known{{
      {"image/png", ".png"}, {"image/jpeg", ".jpg"}, {"image/gif", ".gif"}, {"image/webp", ".webp"}, {"image/svg+xml", ".svg"},
      {"video/mp4", ".mp4"}, {"video/webm", ".webm"}, {"audio/mpeg", ".mp3"}}};
  for (const auto& [type, extension] : known) {
    if (type == mime) return std::string(extension);
  }
  return {};
}

ExportResult export_bag(const Vault& vault, const ExportRequest& request) {
  const fs::path case_dir = vault.case_dir(request.case_id);
  if (request.lang != "en" && request.lang != "nl") throw VaultError(ErrorCode::invalid_params, "the report's language is en or nl");
  const std::string log_text = read_case_log_text(vault.root(), request.case_id);
  const std::vector<json> records = parse_log(log_text, case_dir / "log.jsonl").records;
  if (records.empty()) throw VaultError(ErrorCode::invalid_params, "the vault holds no records of case " + request.case_id);
  std::error_code error;
  if (fs::exists(fs::symlink_status(request.out, error))) {
    throw VaultError(ErrorCode::invalid_params, request.out.string() + " already exists; export writes a new file or folder");
  }

  std::vector<Payload> payload;
  json report_artifacts = json::array();
  std::set<std::string> seen;
  // A file a redaction record removed has no bytes to export: the log and the report name it.
  const std::vector<RedactionEntry> redactions = redaction_entries(records);
  for (const json& record : records) {
    if (!record.contains("artifacts") || !record["artifacts"].is_array()) continue;
    for (const json& artifact : record["artifacts"]) {
      const std::string sha256 = artifact.value("sha256", std::string());
      if (record["seq"].is_number_integer() &&
          is_redacted(redactions, record["seq"].get<std::int64_t>(), artifact.value("name", std::string()), sha256)) {
        continue;
      }
      if (!is_sha256(sha256) || !seen.insert(sha256).second) continue;
      if (!vault.has_blob(sha256)) throw VaultError(ErrorCode::vault_blob_missing, "the vault has no blob " + sha256 + " (named in the log)");
      const std::string mime = artifact.value("mime", std::string());
      const std::string path = "data/artifacts/" + sha256 + extension_for(mime);
      const FileDigest digest = hash_file(vault.blob_path(sha256));  // the bytes as they are now: the manifest must match them
      payload.push_back(Payload{path, digest.sha256, digest.size, vault.blob_path(sha256), {}});
      report_artifacts.push_back({{"sha256", sha256}, {"path", path}});
      if (is_page_html(mime)) {
        // Never a page that runs when opened: the bytes stay as .html.txt, an inert rendering goes beside them.
        const Fd blob = open_file(vault.blob_path(sha256), OpenMode::read);
        const std::string original = read_all(blob, vault.blob_path(sha256));
        const std::string name = fs::path(path).filename().string();
        payload.push_back(text_payload("data/artifacts/" + sha256 + ".inert.html", inert_html(original, request.lang, name)));
      }
    }
  }
  payload.push_back(text_payload("data/log.jsonl", log_text));
  add_proofs(case_dir, payload);

  const std::string now = utc_now_text();
  const std::string tool = "Takedown " + std::string(protocol::release);
  json case_entry{{"id", request.case_id}};
  if (records.front().contains("at") && records.front()["at"].contains("utc")) case_entry["created_utc"] = records.front()["at"]["utc"];
  const json report = core_result("dossier.report", json{{"lang", request.lang}, {"generated_at", now}, {"tool", tool},
                                                         {"case", case_entry}, {"records", records}, {"artifacts", report_artifacts}});
  payload.push_back(text_payload("data/report.html", report["html"].get<std::string>()));

  json files = json::array();
  for (const Payload& file : payload) files.push_back({{"path", file.path}, {"sha256", file.sha256}, {"size", file.size}});
  const json bag = core_result("dossier.bag", json{{"case", request.case_id}, {"exported_at", now}, {"tool", tool}, {"files", files}});
  std::string tagmanifest_sha256;
  std::vector<UnlistedFile> unlisted;
  for (const json& tag : bag["tag_files"]) {
    if (tag["path"] != "tagmanifest-sha256.txt") continue;
    tagmanifest_sha256 = tag["sha256"].get<std::string>();
    if (request.beside_tagmanifest) unlisted = request.beside_tagmanifest(tag["text"].get<std::string>());
  }
  for (const UnlistedFile& file : unlisted) {
    // A plain name in the top folder, never one of the bag's own files.
    bool plain = !file.name.empty() && file.name.find_first_of("/\\") == std::string::npos && !file.name.starts_with(".") &&
                 file.name != "data";
    for (const json& tag : bag["tag_files"]) plain = plain && tag["path"] != file.name;
    if (!plain) throw VaultError(ErrorCode::vault_io, "cannot add \"" + file.name + "\" beside the tag manifest");
  }

  // Written under a temporary name next to the target, renamed when complete: no half dossier.
  fs::path temp = request.out;
  std::string temp_name = ".";  // appended step by step: GCC 12's -Wrestrict misfires on one long "+" chain
  temp_name += request.out.filename().string();
  temp_name += ".partial-";
  temp_name += std::to_string(::getpid());
  temp.replace_filename(temp_name);
  try {
    if (request.out.extension() == ".zip") {
      write_zip(temp, request.case_id + "/", bag["tag_files"], unlisted, payload);
    } else {
      write_folder(temp, bag["tag_files"], unlisted, payload);
    }
    fs::rename(temp, request.out);
  } catch (...) {
    fs::remove_all(temp, error);
    throw;
  }
  ExportResult result{request.out, records.size(), payload.size(), tagmanifest_sha256, {}};
  for (const UnlistedFile& file : unlisted) result.unlisted.push_back(file.name);
  return result;
}

}  // namespace takedown::host::vault

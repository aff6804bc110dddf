#include "bagit.hpp"

#include "schema.hpp"
#include "sha256.hpp"

#include <algorithm>
#include <array>
#include <map>

namespace takedown::evidence {
namespace {

char ascii_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string ascii_folded(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), ascii_lower);
  return out;
}

// Windows reserves these names with any extension (CON, con.txt, LPT1.png).
bool reserved_on_windows(std::string_view segment) {
  const std::string stem = ascii_folded(segment.substr(0, segment.find('.')));
  constexpr std::array<std::string_view, 4> names = {"con", "prn", "aux", "nul"};
  if (std::find(names.begin(), names.end(), stem) != names.end()) return true;
  return stem.size() == 4 && (stem.starts_with("com") || stem.starts_with("lpt")) && stem[3] >= '1' && stem[3] <= '9';
}

std::optional<std::string> segment_problem(std::string_view segment) {
  if (segment.empty()) return "has an empty segment (// or a trailing /)";
  if (segment == "." || segment == "..") return "has a '.' or '..' segment";
  if (segment.size() > bag_limits::segment_bytes) return "has a segment longer than 255 bytes";
  if (has_control_characters(segment)) return "contains a control character";
  for (const char c : segment) {
    if (std::string_view("\\<>:\"|?*").find(c) != std::string_view::npos) {
      return std::string("contains '") + c + "', which Windows does not allow in file names";
    }
  }
  if (segment.front() == ' ' || segment.back() == ' ' || segment.back() == '.') {
    return "has a segment that starts or ends with a space or ends with a dot";
  }
  if (reserved_on_windows(segment)) return "uses a name Windows reserves (CON, PRN, AUX, NUL, COM1-9, LPT1-9)";
  return std::nullopt;
}

std::string date_of(std::string_view utc) { return std::string(utc.substr(0, 10)); }

}  // namespace

std::optional<std::string> payload_path_problem(std::string_view path) {
  if (path.size() > bag_limits::path_bytes) return "is longer than " + std::to_string(bag_limits::path_bytes) + " bytes";
  if (!path.starts_with("data/")) return std::string("must start with data/ (payload files live in the bag's data folder)");
  std::string_view rest = path.substr(5);
  for (;;) {
    const auto slash = rest.find('/');
    if (auto problem = segment_problem(rest.substr(0, slash))) return problem;
    if (slash == std::string_view::npos) break;
    rest.remove_prefix(slash + 1);
  }
  return std::nullopt;
}

std::string manifest_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (const char c : path) {
    if (c == '%') {
      out += "%25";
    } else if (c == '\r') {
      out += "%0D";
    } else if (c == '\n') {
      out += "%0A";
    } else {
      out += c;
    }
  }
  return out;
}

std::string tag_line(std::string_view label, std::string_view value) {
  std::string out(label);
  out += ": ";
  std::size_t column = out.size();
  // Words keep their leading space; a word that would pass column 79 starts a continuation line
  // with that space as its indentation. A single word longer than a line is left whole.
  std::size_t at = 0;
  bool first = true;
  while (at < value.size()) {
    std::size_t end = value.find(' ', at + 1);
    if (end == std::string_view::npos) end = value.size();
    const std::string_view word = value.substr(at, end - at);
    if (!first && column + word.size() > bag_limits::line_chars && word.front() == ' ') {
      out += '\n';
      column = 0;
    }
    out += word;
    column += word.size();
    first = false;
    at = end;
  }
  out += '\n';
  return out;
}

std::string human_size(std::int64_t bytes) {
  if (bytes < 1000) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
  constexpr std::array<std::string_view, 5> units = {"KB", "MB", "GB", "TB", "PB"};
  std::int64_t unit = 1000;
  std::size_t index = 0;
  // Largest unit with at least 1 of it, rounded to tenths (integer arithmetic: the same everywhere).
  while (index + 1 < units.size() && bytes / unit >= 1000) {
    unit *= 1000;
    ++index;
  }
  const std::int64_t tenths = (bytes * 10 + unit / 2) / unit;
  if (tenths >= 10000 && index + 1 < units.size()) {  // 999.95 KB rounds up to 1000.0: say 1.0 MB
    return "1.0 " + std::string(units[index + 1]);
  }
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " " + std::string(units[index]);
}

std::optional<std::string> check_bag_request(const BagRequest& request) {
  if (!is_id(request.case_id)) return "params.case must be a case id (a-z, 0-9, -; 1 to 64)";
  if (!is_utc_time(request.exported_at)) return "params.exported_at must be a UTC time like 2026-11-28T10:15:30.000Z";
  if (request.software_agent.empty() || request.software_agent.size() > bag_limits::agent_bytes ||
      has_control_characters(request.software_agent)) {
    return "params.tool must be 1 to 256 bytes without control characters";
  }
  if (request.description.size() > bag_limits::description_bytes || has_control_characters(request.description)) {
    return "params.description must be at most 4096 bytes without control characters or line breaks";
  }
  if (request.files.size() > bag_limits::files) return "params.files has more than 10000 files";
  std::map<std::string, std::size_t> folded;
  std::int64_t octets = 0;
  for (std::size_t i = 0; i < request.files.size(); ++i) {
    const PayloadFile& file = request.files[i];
    const std::string at = "params.files[" + std::to_string(i) + "]";
    if (auto problem = payload_path_problem(file.path)) return at + ".path " + *problem;
    if (!is_sha256_hex(file.sha256)) return at + ".sha256 must be 64 lowercase hex digits";
    if (file.size < 0 || file.size > max_exact_integer) return at + ".size must be 0 to 2^53 - 1";
    if (file.size > max_exact_integer - octets) return "params.files add up to more than 2^53 - 1 bytes";
    octets += file.size;
    // Two names that differ only in case are one file on Windows and macOS: the zip would lose one.
    const auto [it, inserted] = folded.emplace(ascii_folded(file.path), i);
    if (!inserted) {
      const std::string& other = request.files[it->second].path;
      return at + ".path " + (other == file.path ? "repeats" : "differs only in case from") + " params.files[" +
             std::to_string(it->second) + "].path";
    }
  }
  return std::nullopt;
}

Bag make_bag(const BagRequest& request) {
  Bag bag;
  std::int64_t octets = 0;
  for (const auto& file : request.files) octets += file.size;
  bag.payload_oxum = std::to_string(octets) + "." + std::to_string(request.files.size());

  const std::string bagit_txt = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

  std::string bag_info;
  bag_info += tag_line("Bag-Software-Agent", request.software_agent);
  bag_info += tag_line("Bagging-Date", date_of(request.exported_at));
  bag_info += tag_line("External-Identifier", request.case_id);
  if (!request.description.empty()) bag_info += tag_line("External-Description", request.description);
  bag_info += tag_line("Payload-Oxum", bag.payload_oxum);
  bag_info += tag_line("Bag-Size", human_size(octets));
  // Not a reserved label (RFC 8493 §2.2.2 allows others): the exact export time, in UTC.
  bag_info += tag_line("Takedown-Exported-At", request.exported_at);

  std::vector<const PayloadFile*> sorted;
  for (const auto& file : request.files) sorted.push_back(&file);
  std::sort(sorted.begin(), sorted.end(), [](const PayloadFile* a, const PayloadFile* b) { return a->path < b->path; });
  std::string manifest;
  // Two spaces: the "hash  path" form both bagit validators and `sha256sum -c` read.
  for (const PayloadFile* file : sorted) manifest += file->sha256 + "  " + manifest_path(file->path) + "\n";

  bag.tag_files = {{"bagit.txt", bagit_txt}, {"bag-info.txt", bag_info}, {"manifest-sha256.txt", manifest}};
  std::vector<const TagFile*> tags;
  for (const auto& tag : bag.tag_files) tags.push_back(&tag);
  std::sort(tags.begin(), tags.end(), [](const TagFile* a, const TagFile* b) { return a->path < b->path; });
  std::string tagmanifest;
  for (const TagFile* tag : tags) tagmanifest += sha256_hex(tag->text) + "  " + tag->path + "\n";
  bag.tag_files.push_back({"tagmanifest-sha256.txt", tagmanifest});
  return bag;
}

}  // namespace takedown::evidence

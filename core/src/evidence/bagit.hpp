#pragma once
// The tag files of a BagIt bag (RFC 8493) for a case dossier. The payload (artifacts, the log as
// JSON Lines, letters, report.html) is listed by the caller with hashes it computed while
// storing; the core writes bagit.txt, bag-info.txt, manifest-sha256.txt and, over those three,
// tagmanifest-sha256.txt. The browser (or the host) then writes the bag into a zip.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace takedown::evidence {

namespace bag_limits {
inline constexpr std::size_t files = 10000;
inline constexpr std::size_t path_bytes = 1024;
inline constexpr std::size_t segment_bytes = 255;
inline constexpr std::size_t agent_bytes = 256;
inline constexpr std::size_t description_bytes = 4096;
inline constexpr std::size_t line_chars = 79;  // RFC 8493 §2.2.2: lines SHOULD NOT exceed 79 characters
}  // namespace bag_limits

struct PayloadFile {
  std::string path;  // "data/..." as it appears in the manifest and in the zip
  std::string sha256;
  std::int64_t size = 0;
};

struct BagRequest {
  std::string case_id;
  std::string exported_at;  // UTC, YYYY-MM-DDTHH:MM:SS[.fff]Z
  std::string software_agent;
  std::string description;  // optional External-Description
  std::vector<PayloadFile> files;
};

struct TagFile {
  std::string path;
  std::string text;
};

struct Bag {
  std::vector<TagFile> tag_files;  // bagit.txt, bag-info.txt, manifest-sha256.txt, tagmanifest-sha256.txt
  std::string payload_oxum;        // "octets.streams"
};

// Why `path` may not name a payload file, or nullopt: it must start with "data/", stay inside
// the bag and be a portable file name on Linux, macOS and Windows.
std::optional<std::string> payload_path_problem(std::string_view path);

// RFC 8493 §2.1.3: CR, LF and % in a manifest's file paths are written %0D, %0A, %25.
std::string manifest_path(std::string_view path);

// "Label: value", folded before spaces so that lines stay within 79 characters where the value
// allows it (continuation lines start with the space they were folded at).
std::string tag_line(std::string_view label, std::string_view value);

// A human size, as Bag-Size wants it: "512 bytes", "12.3 KB", "1.5 GB" (powers of 1000).
std::string human_size(std::int64_t bytes);

// Checks the request (every path, hash, size, duplicates) and writes the tag files; returns the
// problem instead when something does not fit.
std::optional<std::string> check_bag_request(const BagRequest& request);
Bag make_bag(const BagRequest& request);

}  // namespace takedown::evidence

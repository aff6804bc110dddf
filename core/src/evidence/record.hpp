#pragma once
// One record of a case log (docs/evidence.md has the full schema):
//   {"case", "seq", "type", "at": {"utc", "tz", "offset_minutes"}, "data": {...per type...},
//    "artifacts": [{"name", "sha256", "size", "mime"}], "prev", "hash"}
// "prev" is the previous record's "hash" (64 zeros for seq 0) and "hash" is the SHA-256 of the
// record's RFC 8785 form without "hash". Names are ASCII and every number is an integer within
// ±(2^53 - 1), so any JSON reader keeps a record exactly and Python's standard library can
// recompute the hash.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace takedown::evidence {

inline constexpr std::array<std::string_view, 13> record_types = {
    "capture",         "note",            "letter_drafted", "form_filled", "form_fill_undone",
    "request_sent",    "answer_received", "deadline_passed", "export_made", "correction", "redaction",
    "description",     "perceptual_hashes"};

// The languages a person's own description may be written in: those the form filler reads (#14).
inline constexpr std::array<std::string_view, 8> description_languages = {"en", "nl", "de", "fr", "es", "it", "pt", "pl"};

// Why a redaction record removed files: a sexual image of a child (keeping it is itself an offence),
// or the person's own wish.
inline constexpr std::array<std::string_view, 2> redaction_reasons = {"child_sexual_image", "person_asked"};

inline constexpr std::string_view genesis_prev = "0000000000000000000000000000000000000000000000000000000000000000";

namespace record_limits {
inline constexpr std::size_t canonical_bytes = 524288;  // the whole record as RFC 8785 text
inline constexpr std::size_t artifacts = 64;
inline constexpr std::size_t artifact_name_bytes = 128;
inline constexpr std::size_t mime_bytes = 255;
inline constexpr std::size_t url_bytes = 16384;
inline constexpr std::size_t title_bytes = 8192;
inline constexpr std::size_t selection_bytes = 327680;  // 100,000 UTF-16 units of any text always fit
inline constexpr std::size_t meta_entries = 64;
inline constexpr std::size_t meta_name_bytes = 256;
inline constexpr std::size_t meta_value_bytes = 8192;
inline constexpr std::size_t author_hints = 32;
inline constexpr std::size_t author_hint_bytes = 2048;
inline constexpr std::size_t not_captured = 32;
inline constexpr std::size_t reason_bytes = 2048;
inline constexpr std::size_t earlier_captures = 64;
inline constexpr std::size_t media_segments = 1024;  // a 2-second segment stream of 34 minutes
inline constexpr std::size_t media_headers = 32;
inline constexpr std::size_t media_attempts = 8;
inline constexpr std::int64_t media_frames = 1000;
inline constexpr std::size_t text_bytes = 65536;  // notes, summaries, corrections
inline constexpr std::size_t party_bytes = 512;   // to, from
inline constexpr std::size_t short_text_bytes = 256;
inline constexpr std::size_t field_types = 64;       // distinct form field types in one fill
inline constexpr std::size_t redacted_artifacts = 4096;  // artifact references one redaction record removes
inline constexpr std::size_t hash_variants = 16;       // PDQ variants of one image (full, trimmed, crops)
inline constexpr std::size_t video_frames = 3600;       // an hour of video at one frame per second
inline constexpr std::int64_t pdq_bits = 256;           // the largest Hamming distance of two PDQ hashes
inline constexpr int offset_minutes = 1080;        // ±18 hours, the widest offset ISO 8601 tools accept
}  // namespace record_limits

enum class Stage {
  unsealed,  // what evidence.seal takes: no "prev", no "hash"
  sealed,    // what the log holds
};

// The first way `record` breaks the schema, naming the field under `path`, or nullopt.
std::optional<std::string> check_record(const nlohmann::json& record, Stage stage, std::string_view path = "record");

// Hex SHA-256 of the RFC 8785 text of `record` without its "hash" member. `record` must have
// passed check_record (then it is always representable).
std::string record_hash(const nlohmann::json& record);

}  // namespace takedown::evidence

#include "record.hpp"

#include "jcs.hpp"
#include "schema.hpp"
#include "sha256.hpp"
#include "pdq/pdq.hpp"

#include <limits>
#include <set>

namespace takedown::evidence {
namespace {

namespace limits = record_limits;
using nlohmann::json;

constexpr std::array<std::string_view, 6> capture_kinds = {"image", "video", "audio", "link", "page", "selection"};
constexpr std::array<std::string_view, 6> channels = {"email", "web_form", "post", "phone", "in_person", "other"};
constexpr std::array<std::string_view, 6> outcomes = {"removed", "refused", "partial", "acknowledged", "asked_for_more", "other"};
constexpr std::array<std::string_view, 2> languages = {"nl", "en"};
// Whom a request went to and under which law, as guidance.plan's history names them.
constexpr std::array<std::string_view, 6> request_roles = {"maker", "platform", "search_engine", "dpa", "police", "dsc"};
constexpr std::array<std::string_view, 3> request_vias = {"gdpr", "dsa", "take_it_down"};
// Why a form fill was undone: the person's Undo, or the page hid the panel (docs/forms.md).
constexpr std::array<std::string_view, 2> undo_reasons = {"person", "panel_hidden"};
constexpr std::array<std::string_view, 2> export_formats = {"bagit-zip", "wacz"};
// How a capture's media were found and kept (docs/evidence.md, "The media of a capture").
constexpr std::array<std::string_view, 7> media_targets = {"image", "picture", "background", "video", "audio", "canvas", "link"};
constexpr std::array<std::string_view, 4> media_found_by = {"menu", "pointer", "main_media", "chosen"};
constexpr std::array<std::string_view, 5> capture_methods = {"file", "segments", "recording", "canvas", "frames"};
constexpr std::array<std::string_view, 2> fetchers = {"page", "extension"};
constexpr std::array<std::string_view, 4> recording_stops = {"person", "ended", "limit", "error"};

bool artifact_name(std::string_view name) noexcept {
  // One safe file name: letters, digits, '.', '_', '-'; not starting with a dot.
  if (name.empty() || name.size() > limits::artifact_name_bytes || name.front() == '.') return false;
  for (const char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    if (!ok) return false;
  }
  return true;
}

bool sha256_shape(std::string_view text) noexcept { return is_sha256_hex(text); }
// A PDQ hash as the reference prints it: 256 bits, 64 lowercase hex digits (the shape of a SHA-256).
bool record_pdq_hex(std::string_view text) noexcept { return is_sha256_hex(text); }
constexpr std::string_view record_pdq_shape = "a PDQ hash (64 lowercase hex digits)";
constexpr std::array<std::string_view, 1> perceptual_algorithm_names = {"pdq"};
constexpr std::array<std::string_view, 2> perceptual_source_names = {"image", "video"};
constexpr std::int64_t perceptual_max_side = 1 << 20;

// Reads a record's data for one type. Optional fields may be absent or null ("not known").
class DataCheck {
 public:
  DataCheck(Schema& schema, const json& data, std::string path, std::int64_t seq, std::string case_id = {})
      : s_(schema), data_(data), path_(std::move(path)), seq_(seq), case_id_(std::move(case_id)) {}

  const json* field(std::string_view name) const {
    const auto it = data_.find(name);
    return it == data_.end() || it->is_null() ? nullptr : &*it;
  }
  std::string at(std::string_view name) const { return member_path(path_, name); }

  void text(std::string_view name, std::size_t max_bytes, bool required = false, bool single_line = false) {
    const json* value = field(name);
    if (value == nullptr) {
      if (required) s_.fail(at(name), "is required");
      return;
    }
    s_.string(*value, at(name), required ? 1 : 0, max_bytes, single_line);
  }
  void choice(std::string_view name, std::span<const std::string_view> values, bool required) {
    const json* value = field(name);
    if (value == nullptr) {
      if (required) s_.fail(at(name), "is required");
      return;
    }
    s_.one_of(*value, at(name), values);
  }
  void integer(std::string_view name, std::int64_t min, std::int64_t max, bool required = false) {
    const json* value = field(name);
    if (value == nullptr) {
      if (required) s_.fail(at(name), "is required");
      return;
    }
    s_.integer(*value, at(name), min, max);
  }
  // A seq of an earlier record of the same case.
  void earlier_seq(std::string_view name, bool required = false) {
    const json* value = field(name);
    if (value == nullptr) {
      if (required) s_.fail(at(name), "is required");
      return;
    }
    if (seq_ == 0) {
      s_.fail(at(name), "names an earlier record, but this is the first record of the case");
      return;
    }
    s_.integer(*value, at(name), 0, seq_ - 1);
  }
  void shaped(std::string_view name, bool (*matches)(std::string_view), std::string_view shape, bool required = false) {
    const json* value = field(name);
    if (value == nullptr) {
      if (required) s_.fail(at(name), "is required");
      return;
    }
    s_.shaped(*value, at(name), matches, shape);
  }

  // A list of distinct tokens, such as field types.
  void tokens(std::string_view name, std::size_t max_items) {
    const json* value = field(name);
    if (value == nullptr || !s_.array(*value, at(name), max_items)) return;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < value->size() && s_.ok(); ++i) {
      const std::string path = element_path(at(name), i);
      s_.shaped((*value)[i], path, is_token, "a token (a-z, 0-9, _; 1 to 64)");
      if (s_.ok() && !seen.insert((*value)[i].get<std::string>()).second) s_.fail(path, "repeats an earlier item");
    }
  }

  // A PDQ quality, 0 (flat, no detail) to 100.
  void quality(std::string_view name) { integer(name, 0, 100, true); }

  Schema& s_;
  const json& data_;
  std::string path_;
  std::int64_t seq_;
  std::string case_id_;
};

// The media of a capture: what was found, how its bytes were kept (a file, the stream's segments, a
// recording, a canvas's pixels or a few frames) and by whom they were fetched.
void check_capture_media(Schema& s, const json& media, const std::string& path, std::int64_t seq) {
  if (!s.object(media, path, {"capture_method"},
                {"target", "found_by", "url", "capture_method", "fetched_by", "attempts", "status", "final_url", "content_type",
                 "content_length", "headers", "segments", "codec", "duration_ms", "time_range", "stopped_by", "frames",
                 "width", "height"})) {
    return;
  }
  DataCheck m(s, media, path, seq);
  m.choice("capture_method", capture_methods, true);
  m.choice("target", media_targets, false);
  m.choice("found_by", media_found_by, false);
  m.choice("fetched_by", fetchers, false);
  m.choice("stopped_by", recording_stops, false);
  m.text("url", limits::url_bytes);
  m.text("final_url", limits::url_bytes);
  m.text("content_type", limits::mime_bytes, false, true);
  m.text("codec", limits::mime_bytes, false, true);
  m.integer("status", 0, 999);
  m.integer("content_length", 0, max_exact_integer);
  m.integer("duration_ms", 0, max_exact_integer);
  m.integer("frames", 0, limits::media_frames);
  m.integer("width", 0, 1 << 20);
  m.integer("height", 0, 1 << 20);
  if (const json* attempts = m.field("attempts"); attempts && s.array(*attempts, m.at("attempts"), limits::media_attempts)) {
    for (std::size_t i = 0; i < attempts->size() && s.ok(); ++i) {
      const std::string at = element_path(m.at("attempts"), i);
      if (!s.object((*attempts)[i], at, {"by", "reason"})) return;
      DataCheck a(s, (*attempts)[i], at, seq);
      a.choice("by", fetchers, true);
      a.text("reason", limits::reason_bytes, true);
    }
  }
  if (const json* headers = m.field("headers"); headers && s.map(*headers, m.at("headers"), limits::media_headers)) {
    for (const auto& [name, value] : headers->items()) {
      const std::string at = key_path(m.at("headers"), name);
      if (name.empty() || name.size() > limits::meta_name_bytes) s.fail(at, "must have a name of 1 to " + std::to_string(limits::meta_name_bytes) + " bytes");
      s.string(value, at, 0, limits::meta_value_bytes, true);
    }
  }
  if (const json* range = m.field("time_range"); range && s.object(*range, m.at("time_range"), {"start_ms", "end_ms"})) {
    DataCheck r(s, *range, m.at("time_range"), seq);
    r.integer("start_ms", 0, max_exact_integer, true);
    r.integer("end_ms", 0, max_exact_integer, true);
    if (s.ok() && (*range)["end_ms"].get<std::int64_t>() < (*range)["start_ms"].get<std::int64_t>()) {
      s.fail(member_path(m.at("time_range"), "end_ms"), "must not be before start_ms");
    }
  }
  // Segments are kept in the order the player fetched them, concatenated into their stream's
  // artifact: each names that artifact and where in it its bytes are.
  if (const json* segments = m.field("segments"); segments && s.array(*segments, m.at("segments"), limits::media_segments)) {
    for (std::size_t i = 0; i < segments->size() && s.ok(); ++i) {
      const std::string at = element_path(m.at("segments"), i);
      const json& segment = (*segments)[i];
      if (!s.object(segment, at, {"artifact", "url", "offset", "size"}, {"sha256", "init"})) return;
      DataCheck g(s, segment, at, seq);
      s.shaped(segment["artifact"], member_path(at, "artifact"), artifact_name, "an artifact's file name");
      g.text("url", limits::url_bytes, true);
      g.integer("offset", 0, max_exact_integer, true);
      g.integer("size", 0, max_exact_integer, true);
      g.shaped("sha256", sha256_shape, "64 lowercase hex digits");
      if (const json* init = g.field("init")) s.boolean(*init, member_path(at, "init"));
    }
  }
}

// What the watcher saw before this capture: the page's picture or video looked like an artifact of
// a case (docs/evidence.md, "Perceptual hashes"). Images name the variants and the transform that
// matched; videos the share of frames that matched on each side.
void check_perceptual_match(Schema& s, const json& match, const std::string& path, const DataCheck& capture) {
  if (!s.object(match, path, {"case", "seq", "artifact_sha256", "distance", "hash", "reference_variant"},
                {"candidate_variant", "transform", "candidate_share", "reference_share"})) {
    return;
  }
  DataCheck m(s, match, path, capture.seq_);
  m.shaped("case", is_id, "a case id (a-z, 0-9, -; 1 to 64)", true);
  m.integer("seq", 0, max_exact_integer, true);
  if (s.ok() && match["case"] == capture.case_id_ && match["seq"].get<std::int64_t>() >= capture.seq_) {
    s.fail(m.at("seq"), "must name an earlier record of this case");
  }
  m.shaped("artifact_sha256", sha256_shape, "64 lowercase hex digits", true);
  m.integer("distance", 0, limits::pdq_bits, true);
  m.shaped("hash", record_pdq_hex, record_pdq_shape, true);
  m.shaped("reference_variant", is_token, "a token (a-z, 0-9, _; 1 to 64)", true);
  m.shaped("candidate_variant", is_token, "a token (a-z, 0-9, _; 1 to 64)");
  m.choice("transform", pdq::dihedral_names, false);
  m.integer("candidate_share", 0, 100);
  m.integer("reference_share", 0, 100);
}

void check_capture(DataCheck& d) {
  Schema& s = d.s_;
  if (!s.object(d.data_, d.path_, {"kind"},
                {"page_url", "frame_url", "media_url", "link_url", "canonical_url", "title", "selection", "meta",
                 "author_hints", "not_captured", "earlier_captures", "media_fetch", "agent", "safe", "media_sha256",
                 "media_size", "media_mime", "media", "perceptual_match"})) {
    return;
  }
  d.choice("kind", capture_kinds, true);
  // A safe capture (a child's case) keeps no picture: only the media's hash, size and type.
  if (const json* safe = d.field("safe")) s.boolean(*safe, d.at("safe"));
  d.shaped("media_sha256", sha256_shape, "64 lowercase hex digits");
  d.integer("media_size", 0, max_exact_integer);
  d.text("media_mime", limits::mime_bytes, false, true);
  for (const auto name : {"page_url", "frame_url", "media_url", "link_url", "canonical_url"}) d.text(name, limits::url_bytes);
  d.text("title", limits::title_bytes);
  d.text("selection", limits::selection_bytes);
  d.text("agent", limits::short_text_bytes, false, true);
  if (const json* meta = d.field("meta")) {
    if (s.map(*meta, d.at("meta"), limits::meta_entries)) {
      for (const auto& [name, value] : meta->items()) {
        const std::string path = key_path(d.at("meta"), name);
        if (name.empty() || name.size() > limits::meta_name_bytes) {
          s.fail(path, "must have a name of 1 to " + std::to_string(limits::meta_name_bytes) + " bytes");
        }
        s.string(value, path, 0, limits::meta_value_bytes);
      }
    }
  }
  if (const json* hints = d.field("author_hints"); hints && s.array(*hints, d.at("author_hints"), limits::author_hints)) {
    for (std::size_t i = 0; i < hints->size(); ++i) {
      s.string((*hints)[i], element_path(d.at("author_hints"), i), 1, limits::author_hint_bytes);
    }
  }
  if (const json* missing = d.field("not_captured"); missing && s.array(*missing, d.at("not_captured"), limits::not_captured)) {
    for (std::size_t i = 0; i < missing->size(); ++i) {
      const std::string path = element_path(d.at("not_captured"), i);
      const json& entry = (*missing)[i];
      if (!s.object(entry, path, {"what", "reason"})) break;
      s.shaped(entry["what"], member_path(path, "what"), is_token, "a token (a-z, 0-9, _; 1 to 64)");
      s.string(entry["reason"], member_path(path, "reason"), 1, limits::reason_bytes);
    }
  }
  if (const json* earlier = d.field("earlier_captures");
      earlier && s.array(*earlier, d.at("earlier_captures"), limits::earlier_captures)) {
    for (std::size_t i = 0; i < earlier->size(); ++i) {
      const std::string path = element_path(d.at("earlier_captures"), i);
      const json& entry = (*earlier)[i];
      if (!s.object(entry, path, {"case", "seq"})) break;
      s.shaped(entry["case"], member_path(path, "case"), is_id, "a case id (a-z, 0-9, -; 1 to 64)");
      s.integer(entry["seq"], member_path(path, "seq"), 0, max_exact_integer);
      if (s.ok() && entry["case"] == d.case_id_ && entry["seq"].get<std::int64_t>() >= d.seq_) {
        s.fail(member_path(path, "seq"), "must name an earlier record of this case");
      }
    }
  }
  if (const json* fetch = d.field("media_fetch");
      fetch && s.object(*fetch, d.at("media_fetch"), {"status"}, {"final_url", "content_type", "content_length"})) {
    DataCheck f(s, *fetch, d.at("media_fetch"), d.seq_);
    f.integer("status", 0, 999, true);
    f.text("final_url", limits::url_bytes);
    f.text("content_type", limits::mime_bytes, false, true);
    f.integer("content_length", 0, max_exact_integer);
  }
  if (const json* media = d.field("media")) check_capture_media(s, *media, d.at("media"), d.seq_);
  if (const json* match = d.field("perceptual_match")) check_perceptual_match(s, *match, d.at("perceptual_match"), d);
}

// {artifacts: [{seq, name, sha256}], reason, note?}: files of earlier records removed on purpose.
// Whether each named artifact really was in that record is checked by verify, which sees the log.
void check_redaction(DataCheck& d, const json& record, std::string_view path) {
  Schema& s = d.s_;
  if (!s.object(d.data_, d.path_, {"artifacts", "reason"}, {"note"})) return;
  d.choice("reason", redaction_reasons, true);
  d.text("note", limits::text_bytes);
  const std::string list_path = d.at("artifacts");
  const json& list = d.data_["artifacts"];
  if (!s.array(list, list_path, limits::redacted_artifacts)) return;
  if (list.empty()) s.fail(list_path, "must name at least one artifact");
  std::set<std::pair<std::int64_t, std::string>> seen;
  for (std::size_t i = 0; i < list.size() && s.ok(); ++i) {
    const std::string at = element_path(list_path, i);
    const json& entry = list[i];
    if (!s.object(entry, at, {"seq", "name", "sha256"})) return;
    DataCheck e(s, entry, at, d.seq_);
    e.earlier_seq("seq", true);
    s.shaped(entry["name"], member_path(at, "name"), artifact_name, "an artifact's file name");
    s.shaped(entry["sha256"], member_path(at, "sha256"), sha256_shape, "64 lowercase hex digits");
    if (s.ok() && !seen.emplace(entry["seq"].get<std::int64_t>(), entry["name"].get<std::string>()).second) {
      s.fail(at, "names the same artifact twice");
    }
  }
  // A redaction removes files; it holds none of its own.
  if (s.ok() && record["artifacts"].is_array() && !record["artifacts"].empty()) s.fail(member_path(path, "artifacts"), "must be empty in a redaction record");
}

// {about_seq, artifact_sha256, source, width, height, algorithm, variants | frames, duration_ms?}:
// PDQ hashes of a capture's picture (variants, each with its 8 dihedral hashes) or of its video's
// frames sampled once a second. That about_seq names a capture holding artifact_sha256 is checked
// by verify, which sees the log.
void check_perceptual_hashes(DataCheck& d, const json& record, std::string_view path) {
  Schema& s = d.s_;
  if (!s.object(d.data_, d.path_, {"about_seq", "artifact_sha256", "source", "width", "height", "algorithm"},
                {"variants", "frames", "duration_ms"})) {
    return;
  }
  d.earlier_seq("about_seq", true);
  d.shaped("artifact_sha256", sha256_shape, "64 lowercase hex digits", true);
  d.choice("source", perceptual_source_names, true);
  d.choice("algorithm", perceptual_algorithm_names, true);
  d.integer("width", 1, perceptual_max_side, true);
  d.integer("height", 1, perceptual_max_side, true);
  d.integer("duration_ms", 0, max_exact_integer);
  if (!s.ok()) return;
  const bool image = d.data_["source"] == "image";
  const char* const wanted = image ? "variants" : "frames";
  const char* const other = image ? "frames" : "variants";
  if (d.field(other) != nullptr) {
    s.fail(d.at(other), image ? "belongs to a video; an image has variants" : "belongs to an image; a video has frames");
    return;
  }
  const json* list = d.field(wanted);
  if (list == nullptr) {
    s.fail(d.at(wanted), image ? "is required for an image" : "is required for a video");
    return;
  }
  const std::string list_path = d.at(wanted);
  if (!s.array(*list, list_path, image ? limits::hash_variants : limits::video_frames)) return;
  if (list->empty()) s.fail(list_path, image ? "must hold at least one variant" : "must hold at least one frame");
  std::set<std::string> names;
  std::int64_t last_timestamp = -1;
  for (std::size_t i = 0; i < list->size() && s.ok(); ++i) {
    const std::string at = element_path(list_path, i);
    const json& entry = (*list)[i];
    if (image) {
      if (!s.object(entry, at, {"name", "hash", "quality", "dihedral"})) return;
      DataCheck v(s, entry, at, d.seq_);
      v.shaped("name", is_token, "a token (a-z, 0-9, _; 1 to 64)", true);
      v.shaped("hash", record_pdq_hex, record_pdq_shape, true);
      v.quality("quality");
      const json& dihedral = entry["dihedral"];
      const std::string dihedral_path = member_path(at, "dihedral");
      if (!s.array(dihedral, dihedral_path, std::numeric_limits<std::size_t>::max())) return;
      if (dihedral.size() != pdq::dihedral_names.size()) {
        s.fail(dihedral_path, "must hold exactly 8 hashes (" + std::to_string(dihedral.size()) + " given)");
      }
      for (std::size_t k = 0; k < dihedral.size() && s.ok(); ++k) s.shaped(dihedral[k], element_path(dihedral_path, k), record_pdq_hex, record_pdq_shape);
      if (s.ok() && dihedral[0] != entry["hash"]) s.fail(element_path(dihedral_path, 0), "must equal hash (it is the picture untransformed)");
      if (s.ok() && !names.insert(entry["name"].get<std::string>()).second) s.fail(member_path(at, "name"), "repeats an earlier variant's name");
    } else {
      if (!s.object(entry, at, {"timestamp", "hash", "quality"})) return;
      DataCheck f(s, entry, at, d.seq_);
      f.integer("timestamp", 0, max_exact_integer, true);
      f.shaped("hash", record_pdq_hex, record_pdq_shape, true);
      f.quality("quality");
      if (!s.ok()) return;
      const auto timestamp = entry["timestamp"].get<std::int64_t>();
      if (timestamp <= last_timestamp) s.fail(member_path(at, "timestamp"), "must be later than the frame before (frames in playing order)");
      last_timestamp = timestamp;
    }
  }
  // The hashes describe an artifact of the capture; they hold no file of their own.
  if (s.ok() && record["artifacts"].is_array() && !record["artifacts"].empty()) {
    s.fail(member_path(path, "artifacts"), "must be empty in a perceptual_hashes record");
  }
}

void check_data(Schema& s, const json& record, std::string_view path, std::int64_t seq) {
  const std::string type = record["type"].get<std::string>();
  DataCheck d(s, record["data"], member_path(path, "data"), seq, record["case"].get<std::string>());
  if (type == "capture") return check_capture(d);
  if (type == "redaction") return check_redaction(d, record, path);
  if (type == "perceptual_hashes") return check_perceptual_hashes(d, record, path);
  if (type == "note") {
    if (s.object(d.data_, d.path_, {"text"}, {"about_seq"})) {
      d.text("text", limits::text_bytes, true);
      d.earlier_seq("about_seq");
    }
  } else if (type == "letter_drafted") {
    if (s.object(d.data_, d.path_, {"kind", "language"}, {"to", "subject", "about_seq"})) {
      d.shaped("kind", is_token, "a token (a-z, 0-9, _; 1 to 64)", true);
      d.choice("language", languages, true);
      d.text("to", limits::party_bytes, false, true);
      d.text("subject", 1024, false, true);
      d.earlier_seq("about_seq");
    }
  } else if (type == "form_filled") {
    if (s.object(d.data_, d.path_, {"form_url"},
                 {"platform", "purpose", "fields", "filled_types", "needs_person", "step", "about_seq"})) {
      d.text("form_url", limits::url_bytes, true);
      d.text("platform", 128, false, true);
      d.shaped("purpose", is_token, "a token (a-z, 0-9, _; 1 to 64)");
      d.integer("fields", 0, 10000);
      d.tokens("filled_types", limits::field_types);
      d.tokens("needs_person", limits::field_types);
      d.integer("step", 0, 1000);
      d.earlier_seq("about_seq");
    }
  } else if (type == "description") {
    // The person's own words for the case, in one language; a later one for that language replaces it.
    if (s.object(d.data_, d.path_, {"language", "text"}, {"subject"})) {
      d.choice("language", description_languages, true);
      d.text("text", limits::text_bytes, true);
      d.text("subject", 1024, false, true);
    }
  } else if (type == "form_fill_undone") {
    if (s.object(d.data_, d.path_, {"form_url", "restored"}, {"about_seq", "reason"})) {
      d.text("form_url", limits::url_bytes, true);
      d.integer("restored", 0, 10000, true);
      d.choice("reason", undo_reasons, false);
      d.earlier_seq("about_seq");
    }
  } else if (type == "request_sent") {
    if (s.object(d.data_, d.path_, {"to", "channel"},
                 {"legal_basis", "reference", "due", "about_seq", "role", "via", "step", "letter", "sent"})) {
      d.text("to", limits::party_bytes, true, true);
      d.choice("channel", channels, true);
      d.choice("role", request_roles, false);
      d.choice("via", request_vias, false);
      d.shaped("step", is_token, "a token (a-z, 0-9, _; 1 to 64)");
      d.shaped("letter", is_token, "a token (a-z, 0-9, _; 1 to 64)");
      d.shaped("sent", is_date, "a date (YYYY-MM-DD)");
      d.text("legal_basis", limits::short_text_bytes, false, true);
      d.text("reference", limits::short_text_bytes, false, true);
      d.shaped("due", is_date, "a date (YYYY-MM-DD)");
      d.earlier_seq("about_seq");
    }
  } else if (type == "answer_received") {
    if (s.object(d.data_, d.path_, {"from", "channel", "outcome"}, {"reference", "summary", "request_seq", "answered"})) {
      d.text("from", limits::party_bytes, true, true);
      d.shaped("answered", is_date, "a date (YYYY-MM-DD)");
      d.choice("channel", channels, true);
      d.choice("outcome", outcomes, true);
      d.text("reference", limits::short_text_bytes, false, true);
      d.text("summary", limits::text_bytes);
      d.earlier_seq("request_seq");
    }
  } else if (type == "deadline_passed") {
    if (s.object(d.data_, d.path_, {"deadline"}, {"what", "request_seq"})) {
      d.shaped("deadline", is_date, "a date (YYYY-MM-DD)", true);
      d.text("what", 1024);
      d.earlier_seq("request_seq");
    }
  } else if (type == "export_made") {
    if (s.object(d.data_, d.path_, {"format", "records"}, {"file_name", "tagmanifest_sha256", "datapackage_sha256"})) {
      d.choice("format", export_formats, true);
      // The log in the export holds the records before this one.
      d.integer("records", 0, seq, true);
      d.text("file_name", 255, false, true);
      // What pins the export's contents: a BagIt bag's tag manifest, a WACZ's datapackage.json.
      d.shaped("tagmanifest_sha256", sha256_shape, "64 lowercase hex digits");
      d.shaped("datapackage_sha256", sha256_shape, "64 lowercase hex digits");
    }
  } else if (type == "correction") {
    if (s.object(d.data_, d.path_, {"corrects_seq", "text"}, {"field"})) {
      d.earlier_seq("corrects_seq", true);
      d.text("text", limits::text_bytes, true);
      d.text("field", limits::short_text_bytes, false, true);
    }
  }
}

void check_artifacts(Schema& s, const json& artifacts, const std::string& path) {
  if (!s.array(artifacts, path, limits::artifacts)) return;
  std::set<std::string> names;
  for (std::size_t i = 0; i < artifacts.size() && s.ok(); ++i) {
    const std::string at = element_path(path, i);
    const json& a = artifacts[i];
    if (!s.object(a, at, {"name", "sha256", "size", "mime"})) return;
    s.shaped(a["name"], member_path(at, "name"), artifact_name,
             "a file name of letters, digits, '.', '_' and '-' (1 to 128, not starting with '.')");
    s.shaped(a["sha256"], member_path(at, "sha256"), sha256_shape, "64 lowercase hex digits");
    s.integer(a["size"], member_path(at, "size"), 0, max_exact_integer);
    s.string(a["mime"], member_path(at, "mime"), 1, limits::mime_bytes, true);
    if (s.ok() && !names.insert(a["name"].get<std::string>()).second) {
      s.fail(member_path(at, "name"), "repeats the name of an earlier artifact of this record");
    }
  }
}

}  // namespace

std::optional<std::string> check_record(const json& record, Stage stage, std::string_view path_view) {
  const std::string path(path_view);
  Schema s;
  const bool sealed = stage == Stage::sealed;
  if (!sealed && record.is_object()) {
    for (const auto name : {"prev", "hash"}) {
      if (record.contains(name)) {
        s.fail(member_path(path, name), "is set by evidence.seal; leave it out (the previous record goes in params.prev)");
      }
    }
  }
  if (sealed) {
    s.object(record, path, {"case", "seq", "type", "at", "data", "artifacts", "prev", "hash"});
  } else {
    s.object(record, path, {"case", "seq", "type", "at", "data", "artifacts"});
  }
  if (!s.ok()) return s.problem();
  s.shaped(record["case"], member_path(path, "case"), is_id, "a case id (a-z, 0-9, -; 1 to 64)");
  s.integer(record["seq"], member_path(path, "seq"), 0, max_exact_integer);
  s.one_of(record["type"], member_path(path, "type"), record_types);
  const json& at = record["at"];
  const std::string at_path = member_path(path, "at");
  if (s.object(at, at_path, {"utc", "tz", "offset_minutes"})) {
    s.shaped(at["utc"], member_path(at_path, "utc"), is_utc_time, "a UTC time like 2026-11-28T10:15:30.000Z");
    s.shaped(at["tz"], member_path(at_path, "tz"), is_time_zone, "an IANA time zone name like Europe/Amsterdam");
    s.integer(at["offset_minutes"], member_path(at_path, "offset_minutes"), -limits::offset_minutes, limits::offset_minutes);
  }
  if (!s.ok()) return s.problem();
  check_data(s, record, path, record["seq"].get<std::int64_t>());
  check_artifacts(s, record["artifacts"], member_path(path, "artifacts"));
  if (sealed) {
    s.shaped(record["prev"], member_path(path, "prev"), sha256_shape, "64 lowercase hex digits");
    s.shaped(record["hash"], member_path(path, "hash"), sha256_shape, "64 lowercase hex digits");
  }
  if (!s.ok()) return s.problem();
  const auto canonical = canonicalize(record);
  if (canonical && canonical->size() > limits::canonical_bytes) {
    return path + " is " + std::to_string(canonical->size()) + " bytes as canonical JSON; the limit is " +
           std::to_string(limits::canonical_bytes);
  }
  return std::nullopt;
}

std::string record_hash(const json& record) {
  json content = record;
  content.erase("hash");
  const auto canonical = canonicalize(content);
  return sha256_hex(canonical ? *canonical : std::string());
}

}  // namespace takedown::evidence

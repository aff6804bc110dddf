// evidence.* and dossier.*: the case log's hash chain, RFC 8785, SHA-256 of small texts, and the
// dossier's BagIt tag files and report.html. Byte-heavy hashing (artifacts) goes through the raw
// C ABI (takedown_sha256_*, takedown_crc32_update) instead of JSON.
#include "evidence/bagit.hpp"
#include "evidence/chain.hpp"
#include "evidence/crc32.hpp"
#include "evidence/jcs.hpp"
#include "evidence/record.hpp"
#include "evidence/report.hpp"
#include "evidence/schema.hpp"
#include "evidence/sha256.hpp"
#include "methods.hpp"
#include "params.hpp"

namespace takedown::core {
namespace {

using nlohmann::json;
using protocol::ErrorCode;
namespace ev = evidence;

Failure invalid(std::string message) { return Failure{ErrorCode::invalid_params, std::move(message)}; }

constexpr std::size_t verify_max_records = 10000;
constexpr std::size_t verify_max_artifacts = 100000;

// {seq, hash} or null (nullopt); anything else is a problem.
std::variant<std::optional<ev::Link>, Failure> read_link(const json& value, std::string_view path) {
  if (value.is_null()) return std::optional<ev::Link>{};
  ev::Schema s;
  if (s.object(value, path, {"seq", "hash"})) {
    s.integer(value["seq"], ev::member_path(path, "seq"), 0, ev::max_exact_integer - 1);
    s.shaped(value["hash"], ev::member_path(path, "hash"), ev::is_sha256_hex, "64 lowercase hex digits");
  }
  if (!s.ok()) return invalid(*s.problem());
  return std::optional<ev::Link>{ev::Link{value["seq"].get<std::int64_t>(), value["hash"].get<std::string>()}};
}

std::string text_of(const json& value) { return value.is_string() ? value.get<std::string>() : std::string(); }

}  // namespace

MethodResult evidence_seal(const json& params) {
  if (auto failure = expect_fields(params, {"record", "prev"})) return *failure;
  auto prev = read_link(params["prev"], "params.prev");
  if (auto* failure = std::get_if<Failure>(&prev)) return *failure;
  auto sealed = ev::seal(params["record"], std::get<std::optional<ev::Link>>(prev));
  if (auto* problem = std::get_if<std::string>(&sealed)) return invalid(*problem);
  return std::get<json>(std::move(sealed));
}

MethodResult evidence_verify(const json& params) {
  if (auto failure = expect_fields(params, {"records"}, {"prev", "expect_head", "artifacts", "later_redactions"})) return *failure;
  ev::Schema s;
  s.array(params["records"], "params.records", verify_max_records);
  if (!s.ok()) return invalid(*s.problem());
  ev::VerifyInput input;
  input.records = &params["records"];
  for (const auto& [name, target] : {std::pair{"prev", &input.prev}, std::pair{"expect_head", &input.expect_head}}) {
    if (!params.contains(name)) continue;
    auto link = read_link(params[name], std::string("params.") + name);
    if (auto* failure = std::get_if<Failure>(&link)) return *failure;
    *target = std::get<std::optional<ev::Link>>(link);
  }
  ev::FoundArtifacts found;
  if (params.contains("artifacts") && !params["artifacts"].is_null()) {
    const json& artifacts = params["artifacts"];
    if (!artifacts.is_object()) return invalid(std::string("params.artifacts must be an object, not ") + artifacts.type_name());
    if (artifacts.size() > verify_max_artifacts) return invalid("params.artifacts has more than 100000 entries");
    for (const auto& [sha256, entry] : artifacts.items()) {
      const std::string path = ev::key_path("params.artifacts", sha256);
      if (!ev::is_sha256_hex(sha256)) return invalid(path + " must be named by 64 lowercase hex digits");
      if (entry.is_null()) {
        found.emplace(sha256, std::nullopt);
        continue;
      }
      // {size} says "I hold bytes with this hash"; {size, sha256} says "the bytes stored under
      // this hash now hash to sha256", which lets verify tell a changed file from a missing one.
      if (s.object(entry, path, {"size"}, {"sha256"})) {
        s.integer(entry["size"], ev::member_path(path, "size"), 0, ev::max_exact_integer);
        if (entry.contains("sha256")) s.shaped(entry["sha256"], ev::member_path(path, "sha256"), ev::is_sha256_hex, "64 lowercase hex digits");
      }
      if (!s.ok()) return invalid(*s.problem());
      found.emplace(sha256, ev::FoundArtifact{entry.contains("sha256") ? entry["sha256"].get<std::string>() : sha256,
                                              entry["size"].get<std::int64_t>()});
    }
    input.artifacts = &found;
  }
  // Redactions by records after the given ones, as an earlier verify of them reported (`redacted`).
  std::vector<ev::Redacted> later;
  if (params.contains("later_redactions") && !params["later_redactions"].is_null()) {
    const json& list = params["later_redactions"];
    if (!s.array(list, "params.later_redactions", verify_max_artifacts)) return invalid(*s.problem());
    for (std::size_t i = 0; i < list.size(); ++i) {
      const std::string path = ev::element_path("params.later_redactions", i);
      const json& entry = list[i];
      if (s.object(entry, path, {"seq", "name", "sha256", "by_seq"}, {"reason"})) {
        s.integer(entry["seq"], ev::member_path(path, "seq"), 0, ev::max_exact_integer);
        s.string(entry["name"], ev::member_path(path, "name"), 1, ev::record_limits::artifact_name_bytes, true);
        s.shaped(entry["sha256"], ev::member_path(path, "sha256"), ev::is_sha256_hex, "64 lowercase hex digits");
        s.integer(entry["by_seq"], ev::member_path(path, "by_seq"), 0, ev::max_exact_integer);
        if (entry.contains("reason")) s.string(entry["reason"], ev::member_path(path, "reason"), 0, 64, true);
      }
      if (!s.ok()) return invalid(*s.problem());
      later.push_back({entry["seq"].get<std::int64_t>(), entry["name"].get<std::string>(), entry["sha256"].get<std::string>(),
                       entry["by_seq"].get<std::int64_t>(), entry.value("reason", std::string())});
    }
    input.later_redactions = &later;
  }
  return ev::to_json(ev::verify(input));
}

MethodResult evidence_canonicalize(const json& params) {
  if (auto failure = expect_fields(params, {"value"})) return *failure;
  std::string problem;
  auto text = ev::canonicalize(params["value"], &problem);
  if (!text) return invalid("params.value cannot be canonicalised: " + problem);
  const std::string sha256 = ev::sha256_hex(*text);
  return json{{"text", std::move(*text)}, {"sha256", sha256}};
}

MethodResult evidence_sha256_hex(const json& params) {
  if (auto failure = expect_fields(params, {"text"})) return *failure;
  if (!params["text"].is_string()) return invalid(std::string("params.text must be a string, not ") + params["text"].type_name());
  return json{{"sha256", ev::sha256_hex(params["text"].get_ref<const std::string&>())}};
}

MethodResult dossier_bag(const json& params) {
  if (auto failure = expect_fields(params, {"case", "exported_at", "tool", "files"}, {"description"})) return *failure;
  ev::Schema s;
  s.shaped(params["case"], "params.case", ev::is_id, "a case id (a-z, 0-9, -; 1 to 64)");
  s.shaped(params["exported_at"], "params.exported_at", ev::is_utc_time, "a UTC time like 2026-11-28T10:15:30.000Z");
  s.string(params["tool"], "params.tool", 1, ev::bag_limits::agent_bytes, true);
  if (params.contains("description") && !params["description"].is_null()) {
    s.string(params["description"], "params.description", 0, ev::bag_limits::description_bytes, true);
  }
  ev::BagRequest request;
  if (s.array(params["files"], "params.files", ev::bag_limits::files)) {
    for (std::size_t i = 0; i < params["files"].size() && s.ok(); ++i) {
      const json& file = params["files"][i];
      const std::string path = ev::element_path("params.files", i);
      if (!s.object(file, path, {"path", "sha256", "size"})) break;
      s.string(file["path"], ev::member_path(path, "path"), 1, ev::bag_limits::path_bytes);
      s.shaped(file["sha256"], ev::member_path(path, "sha256"), ev::is_sha256_hex, "64 lowercase hex digits");
      s.integer(file["size"], ev::member_path(path, "size"), 0, ev::max_exact_integer);
      if (s.ok()) request.files.push_back({file["path"].get<std::string>(), file["sha256"].get<std::string>(), file["size"].get<std::int64_t>()});
    }
  }
  if (!s.ok()) return invalid(*s.problem());
  request.case_id = params["case"].get<std::string>();
  request.exported_at = params["exported_at"].get<std::string>();
  request.software_agent = params["tool"].get<std::string>();
  if (params.contains("description")) request.description = text_of(params["description"]);
  if (auto problem = ev::check_bag_request(request)) return invalid(*problem);
  const ev::Bag bag = ev::make_bag(request);
  json files = json::array();
  for (const auto& tag : bag.tag_files) {
    files.push_back({{"path", tag.path}, {"text", tag.text}, {"sha256", ev::sha256_hex(tag.text)},
                     {"size", tag.text.size()}, {"crc32", ev::crc32(tag.text)}});
  }
  return json{{"tag_files", std::move(files)}, {"payload_oxum", bag.payload_oxum}};
}

MethodResult dossier_report(const json& params) {
  if (auto failure = expect_fields(params, {"lang", "generated_at", "case", "records"},
                                   {"tool", "artifacts", "thumbnails", "plan"})) {
    return *failure;
  }
  namespace limits = ev::report_limits;
  ev::Schema s;
  constexpr std::array<std::string_view, 2> languages = {"nl", "en"};
  s.one_of(params["lang"], "params.lang", languages);
  s.shaped(params["generated_at"], "params.generated_at", ev::is_utc_time, "a UTC time like 2026-11-28T10:15:30.000Z");
  if (params.contains("tool") && !params["tool"].is_null()) s.string(params["tool"], "params.tool", 0, ev::bag_limits::agent_bytes, true);
  const json& case_entry = params["case"];
  if (s.object(case_entry, "params.case", {"id"}, {"title", "created_utc"})) {
    s.shaped(case_entry["id"], "params.case.id", ev::is_id, "a case id (a-z, 0-9, -; 1 to 64)");
    if (case_entry.contains("title") && !case_entry["title"].is_null()) {
      s.string(case_entry["title"], "params.case.title", 0, limits::title_bytes);
    }
    if (case_entry.contains("created_utc") && !case_entry["created_utc"].is_null()) {
      s.shaped(case_entry["created_utc"], "params.case.created_utc", ev::is_utc_time, "a UTC time like 2026-11-28T10:15:30.000Z");
    }
  }
  const json& records = params["records"];
  if (s.array(records, "params.records", limits::records)) {
    for (std::size_t i = 0; i < records.size() && s.ok(); ++i) {
      if (auto problem = ev::check_record(records[i], ev::Stage::sealed, ev::element_path("params.records", i))) {
        s.fail(*problem, "(a report shows well-formed records only; evidence.verify names what is wrong)");
      } else if (records[i]["case"] != case_entry["id"]) {
        s.fail(ev::element_path("params.records", i) + ".case", "is not params.case.id");
      }
    }
  }
  if (!s.ok()) return invalid(*s.problem());

  ev::ReportRequest request;
  request.language = params["lang"] == "nl" ? ev::ReportLanguage::nl : ev::ReportLanguage::en;
  request.generated_at = params["generated_at"].get<std::string>();
  if (params.contains("tool")) request.tool = text_of(params["tool"]);
  request.case_id = case_entry["id"].get<std::string>();
  if (case_entry.contains("title")) request.case_title = text_of(case_entry["title"]);
  if (case_entry.contains("created_utc")) request.case_created = text_of(case_entry["created_utc"]);
  request.records = &records;

  if (params.contains("artifacts") && !params["artifacts"].is_null() &&
      s.array(params["artifacts"], "params.artifacts", ev::bag_limits::files)) {
    for (std::size_t i = 0; i < params["artifacts"].size() && s.ok(); ++i) {
      const json& entry = params["artifacts"][i];
      const std::string path = ev::element_path("params.artifacts", i);
      if (!s.object(entry, path, {"sha256", "path"})) break;
      s.shaped(entry["sha256"], ev::member_path(path, "sha256"), ev::is_sha256_hex, "64 lowercase hex digits");
      if (s.string(entry["path"], ev::member_path(path, "path"), 1, ev::bag_limits::path_bytes)) {
        if (auto problem = ev::payload_path_problem(entry["path"].get_ref<const std::string&>())) {
          s.fail(ev::member_path(path, "path"), *problem);
        }
      }
      if (s.ok()) request.paths.emplace(entry["sha256"].get<std::string>(), entry["path"].get<std::string>());
    }
  }
  if (params.contains("thumbnails") && !params["thumbnails"].is_null()) {
    const json& thumbnails = params["thumbnails"];
    if (s.map(thumbnails, "params.thumbnails", limits::thumbnails)) {
      for (const auto& [sha256, url] : thumbnails.items()) {
        const std::string path = ev::key_path("params.thumbnails", sha256);
        if (!ev::is_sha256_hex(sha256)) {
          s.fail(path, "must be named by 64 lowercase hex digits");
        } else if (s.string(url, path, 1, limits::thumbnail_bytes) && !ev::is_thumbnail_data_url(url.get_ref<const std::string&>())) {
          s.fail(path, "must be a data:image/(png|jpeg|gif|webp);base64,... URL");
        }
        if (!s.ok()) break;
        request.thumbnails.emplace(sha256, url.get<std::string>());
      }
    }
  }
  if (params.contains("plan") && !params["plan"].is_null() && s.array(params["plan"], "params.plan", limits::plan_steps)) {
    for (std::size_t i = 0; i < params["plan"].size() && s.ok(); ++i) {
      const json& step = params["plan"][i];
      const std::string path = ev::element_path("params.plan", i);
      if (!s.object(step, path, {"step", "status"}, {"due"})) break;
      s.string(step["step"], ev::member_path(path, "step"), 1, limits::plan_step_bytes);
      s.shaped(step["status"], ev::member_path(path, "status"), ev::is_token, "a token (a-z, 0-9, _; 1 to 64)");
      const bool has_due = step.contains("due") && !step["due"].is_null();
      if (has_due) s.shaped(step["due"], ev::member_path(path, "due"), ev::is_date, "a date (YYYY-MM-DD)");
      if (s.ok()) request.plan.push_back({step["step"].get<std::string>(), step["status"].get<std::string>(), has_due ? step["due"].get<std::string>() : ""});
    }
  }
  if (!s.ok()) return invalid(*s.problem());

  ev::Report report = ev::make_report(request);
  const std::string sha256 = ev::sha256_hex(report.html);
  const auto size = report.html.size();
  const auto crc = ev::crc32(report.html);
  return json{{"html", std::move(report.html)}, {"sha256", sha256}, {"size", size}, {"crc32", crc},
              {"chain", ev::to_json(report.chain)}};
}

}  // namespace takedown::core

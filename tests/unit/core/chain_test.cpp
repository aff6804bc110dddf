// The case log: records checked against their schema, sealed into a chain, and every kind of
// tampering found and named by verify.
#include "evidence/chain.hpp"
#include "evidence/jcs.hpp"
#include "evidence/record.hpp"
#include "evidence/sha256.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>

#include "evidence_fixtures.hpp"

namespace chain_test {  // one per file: the unity build joins test files

using namespace evidence_fixtures;
namespace ev = takedown::evidence;

namespace {

json verified(const json& records, const ev::FoundArtifacts* artifacts = nullptr, std::optional<ev::Link> prev = {},
              std::optional<ev::Link> expect_head = {}) {
  ev::VerifyInput input;
  input.records = &records;
  input.artifacts = artifacts;
  input.prev = std::move(prev);
  input.expect_head = std::move(expect_head);
  return ev::to_json(ev::verify(input));
}

json call(std::string_view method, const json& params) {
  return json::parse(takedown::core::call(method, params.dump()));
}

std::string seal_problem(const json& record, std::optional<ev::Link> prev = {}) {
  auto result = ev::seal(record, prev);
  const auto* problem = std::get_if<std::string>(&result);
  return problem ? *problem : std::string("(sealed)");
}

// Hashes a changed record again, as someone covering their tracks would.
void rehash(json& record) { record["hash"] = ev::record_hash(record); }

ev::FoundArtifacts all_present(const json& records) {
  ev::FoundArtifacts found;
  for (const auto& record : records) {
    for (const auto& a : record["artifacts"]) {
      found[a["sha256"].get<std::string>()] = ev::FoundArtifact{a["sha256"].get<std::string>(), a["size"].get<std::int64_t>()};
    }
  }
  return found;
}

}  // namespace

TEST_CASE("a sealed record carries prev (64 zeros first) and the SHA-256 of its RFC 8785 form") {
  const json record = json::parse(R"({"case":"case-20261128-0001","seq":0,"type":"capture",
    "at":{"utc":"2026-11-28T10:15:30.123Z","tz":"Europe/Amsterdam","offset_minutes":60},
    "data":{"kind":"image","page_url":"https://example.org/post/1","title":"Caf\u00e9 \"quoted\" \u0001 \ud83d\ude00",
            "meta":{"og:title":"x","\ufb33":"dalet","\ud83d\ude00":"grin"}},
    "artifacts":[{"name":"screenshot.png","sha256":"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855","size":0,"mime":"image/png"}]})");
  auto result = ev::seal(record, std::nullopt);
  REQUIRE(std::holds_alternative<json>(result));
  const json& sealed = std::get<json>(result);
  CHECK(sealed["prev"] == std::string(64, '0'));
  // Computed independently by the Python program in docs/evidence.md (standard library only).
  CHECK(sealed["hash"] == "6a85f271e51f1600f4baab531a3e4b1fd40f7de5d5ec1a5300303047be78278a");
  json content = sealed;
  content.erase("hash");
  CHECK(sealed["hash"] == ev::sha256_hex(*ev::canonicalize(content)));
}

TEST_CASE("seal checks seq against prev and refuses prev and hash in the record") {
  const json first = unsealed(0, "note", {{"text", "x"}});
  CHECK(seal_problem(first) == "(sealed)");
  CHECK(seal_problem(unsealed(1, "note", {{"text", "x"}})).find("without params.prev (a new case) it must be 0") != std::string::npos);
  CHECK(seal_problem(unsealed(5, "note", {{"text", "x"}}), ev::Link{3, std::string(64, 'a')}).find("it must be 4") != std::string::npos);
  json with_hash = first;
  with_hash["hash"] = std::string(64, 'a');
  CHECK(seal_problem(with_hash) == "record.hash is set by evidence.seal; leave it out (the previous record goes in params.prev)");
  json with_prev = first;
  with_prev["prev"] = std::string(64, '0');
  CHECK(seal_problem(with_prev).starts_with("record.prev is set by evidence.seal"));
}

TEST_CASE("a request and its answer carry what guidance.plan's history needs") {
  json request = unsealed(1, "request_sent", {{"to", "Chirp"}, {"channel", "web_form"}, {"role", "platform"}, {"via", "dsa"},
                                              {"step", "ask_platform_removal"}, {"letter", "platform_removal"},
                                              {"sent", "2026-11-27"}, {"due", "2026-12-28"}});
  const ev::Link first{0, std::string(64, 'a')};
  CHECK(seal_problem(request, first) == "(sealed)");
  json bad = request;
  bad["data"]["role"] = "neighbour";
  CHECK(seal_problem(bad, first) == "record.data.role must be one of maker, platform, search_engine, dpa, police, dsc");
  bad = request;
  bad["data"]["via"] = "letter";
  CHECK(seal_problem(bad, first) == "record.data.via must be one of gdpr, dsa, take_it_down");
  bad = request;
  bad["data"]["sent"] = "27-11-2026";
  CHECK(seal_problem(bad, first) == "record.data.sent must be a date (YYYY-MM-DD)");
  json answer = unsealed(2, "answer_received", {{"from", "Chirp"}, {"channel", "email"}, {"outcome", "refused"},
                                               {"answered", "2026-12-01"}, {"request_seq", 1}});
  CHECK(seal_problem(answer, ev::Link{1, std::string(64, 'b')}) == "(sealed)");
  answer["data"]["answered"] = "yesterday";
  CHECK(seal_problem(answer, ev::Link{1, std::string(64, 'b')}) == "record.data.answered must be a date (YYYY-MM-DD)");
}

TEST_CASE("the record schema names the first field that does not fit") {
  const auto problem = [](json record) { return seal_problem(record); };
  json r = unsealed(0, "capture", capture_data());
  CHECK(problem(r) == "(sealed)");

  json bad = r;
  bad["case"] = "Case 1";
  CHECK(problem(bad) == "record.case must be a case id (a-z, 0-9, -; 1 to 64)");
  bad = r;
  bad["type"] = "deleted";
  CHECK(problem(bad).starts_with("record.type must be one of capture, note, letter_drafted"));
  bad = r;
  bad["seq"] = 1.0;
  CHECK(problem(bad) == "record.seq must be an integer, not number");
  bad = r;
  bad["seq"] = 9007199254740992u;
  CHECK(problem(bad) == "record.seq must be at most 9007199254740991");
  bad = r;
  bad["at"]["utc"] = "2026-11-28 10:15";
  CHECK(problem(bad) == "record.at.utc must be a UTC time like 2026-11-28T10:15:30.000Z");
  bad = r;
  bad["at"]["utc"] = "2026-02-29T10:15:30Z";  // not a leap year
  CHECK(problem(bad).starts_with("record.at.utc must be"));
  bad = r;
  bad["at"]["tz"] = "../etc/passwd";
  CHECK(problem(bad).starts_with("record.at.tz must be an IANA time zone name"));
  bad = r;
  bad["at"]["offset_minutes"] = 1500;
  CHECK(problem(bad) == "record.at.offset_minutes must be at most 1080");
  bad = r;
  bad["data"]["surprise"] = 1;
  CHECK(problem(bad) == "record.data.surprise is not a known field");
  bad = r;
  bad["data"]["kind"] = "kindImage";
  CHECK(problem(bad) == "record.data.kind must be one of image, video, audio, link, page, selection");
  bad = r;
  bad["data"]["title"] = std::string(8193, 'x');
  CHECK(problem(bad) == "record.data.title is 8193 bytes; the limit is 8192");
  bad = r;
  bad["data"]["meta"]["og:description"] = 5;
  CHECK(problem(bad) == "record.data.meta[\"og:description\"] must be a string, not number");
  bad = r;
  bad["data"]["not_captured"] = {{{"what", "Media!"}, {"reason", "blob"}}};
  CHECK(problem(bad) == "record.data.not_captured[0].what must be a token (a-z, 0-9, _; 1 to 64)");
  bad = r;
  bad["data"]["earlier_captures"] = {{{"case", case_id}, {"seq", 0}}};
  CHECK(problem(bad) == "record.data.earlier_captures[0].seq must name an earlier record of this case");
  bad = r;
  bad["artifacts"] = {artifact("a.png", 'a', 1), artifact("a.png", 'b', 2)};
  CHECK(problem(bad) == "record.artifacts[1].name repeats the name of an earlier artifact of this record");
  bad = r;
  bad["artifacts"] = json::array({artifact("../a.png", 'a', 1)});  // json::array: clang reads {one json} as a copy of it
  CHECK(problem(bad).starts_with("record.artifacts[0].name must be a file name"));
  bad = r;
  bad["artifacts"] = json::array({artifact("a.png", 'A', 1)});  // json::array: clang reads {one json} as a copy of it
  CHECK(problem(bad) == "record.artifacts[0].sha256 must be 64 lowercase hex digits");
  bad = r;
  bad["artifacts"] = json::array({artifact("a.png", 'a', -1)});  // json::array: clang reads {one json} as a copy of it
  CHECK(problem(bad) == "record.artifacts[0].size must be at least 0");
  bad = unsealed(0, "correction", {{"corrects_seq", 0}, {"text", "typo"}});
  CHECK(problem(bad) == "record.data.corrects_seq names an earlier record, but this is the first record of the case");
  bad = unsealed(0, "note", {{"text", ""}});
  CHECK(problem(bad) == "record.data.text must not be empty");
  // Each field within its limit, the whole record above 512 KiB.
  bad = r;
  bad["data"]["selection"] = std::string(327680, 's');
  for (int i = 0; i < 30; ++i) bad["data"]["meta"]["og:x" + std::to_string(i)] = std::string(8000, 'm');
  CHECK(problem(bad).starts_with("record is "));
  CHECK(problem(bad).ends_with(" bytes as canonical JSON; the limit is 524288"));
}

TEST_CASE("optional data fields may be null (not known) and every type has a schema") {
  json r = unsealed(0, "capture", {{"kind", "page"}, {"page_url", nullptr}, {"frame_url", nullptr}, {"selection", nullptr},
                                   {"meta", json::object()}, {"author_hints", json::array()}});
  CHECK(seal_problem(r) == "(sealed)");
  const auto records = sample_chain();
  CHECK(records.size() == 5);
  CHECK(seal_problem(unsealed(0, "form_filled", {{"form_url", "https://platform.example/report"}, {"fields", 7}})) == "(sealed)");
  CHECK(seal_problem(unsealed(0, "deadline_passed", {{"deadline", "2026-12-28"}})) == "(sealed)");
  CHECK(seal_problem(unsealed(0, "export_made", {{"format", "bagit-zip"}, {"records", 0}})) == "(sealed)");
  CHECK(seal_problem(unsealed(3, "correction", {{"corrects_seq", 2}, {"text", "The date was the 27th."}}),
                     ev::Link{2, std::string(64, 'a')}) == "(sealed)");
}

TEST_CASE("a capture's media say how they were found and kept: a file, segments, a recording") {
  json r = unsealed(0, "capture", capture_data());
  r["data"]["media"] = {{"capture_method", "file"}, {"target", "background"}, {"found_by", "pointer"},
                        {"url", "https://cdn.example/img/1.jpg"}, {"fetched_by", "extension"},
                        {"attempts", {{{"by", "page"}, {"reason", "TypeError: Failed to fetch"}}}},
                        {"status", 200}, {"headers", {{"content-type", "image/jpeg"}}}, {"width", 640}, {"height", 480}};
  CHECK(seal_problem(r) == "(sealed)");
  json segments = r;
  segments["data"]["media"] = {{"capture_method", "segments"}, {"target", "video"}, {"url", "blob:https://platform.example/1"},
                               {"segments", {{{"artifact", "media-stream-1.webm"}, {"url", "https://cdn.example/init.webm"},
                                              {"offset", 0}, {"size", 364}, {"init", true}},
                                             {{"artifact", "media-stream-1.webm"}, {"url", "https://cdn.example/seg-1.webm"},
                                              {"offset", 364}, {"size", 80000}, {"sha256", std::string(64, 'c')}}}}};
  CHECK(seal_problem(segments) == "(sealed)");
  json recording = r;
  recording["data"]["media"] = {{"capture_method", "recording"}, {"codec", "video/webm;codecs=vp9"}, {"duration_ms", 3000},
                                {"time_range", {{"start_ms", 1000}, {"end_ms", 4000}}}, {"stopped_by", "person"}};
  CHECK(seal_problem(recording) == "(sealed)");

  json bad = r;
  bad["data"]["media"].erase("capture_method");
  CHECK(seal_problem(bad) == "record.data.media.capture_method is required");
  bad = r;
  bad["data"]["media"]["capture_method"] = "download";
  CHECK(seal_problem(bad) == "record.data.media.capture_method must be one of file, segments, recording, canvas, frames");
  bad = r;
  bad["data"]["media"]["fetched_by"] = "host";
  CHECK(seal_problem(bad) == "record.data.media.fetched_by must be one of page, extension");
  bad = recording;
  bad["data"]["media"]["time_range"]["end_ms"] = 10;
  CHECK(seal_problem(bad) == "record.data.media.time_range.end_ms must not be before start_ms");
  bad = segments;
  bad["data"]["media"]["segments"][1]["artifact"] = "../x";
  CHECK(seal_problem(bad) == "record.data.media.segments[1].artifact must be an artifact's file name");
  bad = r;
  bad["data"]["media"]["headers"]["x-evil"] = "a\nb";
  CHECK(seal_problem(bad).starts_with("record.data.media.headers[\"x-evil\"]"));
  bad = r;
  bad["data"]["media"]["surprise"] = true;
  CHECK(seal_problem(bad) == "record.data.media.surprise is not a known field");
  CHECK(seal_problem(unsealed(0, "export_made", {{"format", "wacz"}, {"records", 0}, {"datapackage_sha256", std::string(64, 'd')}})) == "(sealed)");
}

TEST_CASE("a form fill records the kinds of fields filled and left, and an undo how many came back") {
  const json filled = {{"form_url", "https://platform.example/report"}, {"platform", "youtube"}, {"purpose", "privacy_gdpr"},
                       {"fields", 6}, {"filled_types", {"full_name", "email", "country"}},
                       {"needs_person", {"sworn_statement", "signature"}}, {"step", 0}};
  CHECK(seal_problem(unsealed(0, "form_filled", filled)) == "(sealed)");
  json repeated = filled;
  repeated["needs_person"] = {"signature", "signature"};
  CHECK(seal_problem(unsealed(0, "form_filled", repeated)) == "record.data.needs_person[1] repeats an earlier item");
  json not_token = filled;
  not_token["filled_types"] = {"Full Name"};
  CHECK(seal_problem(unsealed(0, "form_filled", not_token)).starts_with("record.data.filled_types[0] "));
  CHECK(seal_problem(unsealed(0, "form_fill_undone", {{"form_url", "https://platform.example/report"}, {"restored", 6}})) == "(sealed)");
  CHECK(seal_problem(unsealed(0, "form_fill_undone", {{"form_url", "https://platform.example/report"}})) ==
        "record.data.restored is required");
  // Why it was undone: the person's Undo, or the page hid the panel (issue #14).
  for (const auto* reason : {"person", "panel_hidden"}) {
    CHECK(seal_problem(unsealed(0, "form_fill_undone", {{"form_url", "https://platform.example/report"}, {"restored", 2}, {"reason", reason}})) ==
          "(sealed)");
  }
  CHECK(seal_problem(unsealed(0, "form_fill_undone", {{"form_url", "https://platform.example/report"}, {"restored", 2}, {"reason", "page"}}))
            .starts_with("record.data.reason must be one of"));
}

TEST_CASE("a description record holds the person's own words in one of the form filler's languages") {
  const json own = {{"language", "de"}, {"text", "Mit meinen Worten.\nZweite Zeile."}, {"subject", "Bitte entfernen"}};
  CHECK(seal_problem(unsealed(0, "description", own)) == "(sealed)");
  CHECK(seal_problem(unsealed(0, "description", {{"language", "en"}, {"text", "Only the text."}})) == "(sealed)");
  json other = own;
  other["language"] = "xx";
  CHECK(seal_problem(unsealed(0, "description", other)).starts_with("record.data.language "));
  json empty = own;
  empty["text"] = "";
  CHECK(seal_problem(unsealed(0, "description", empty)).starts_with("record.data.text "));
  json two_lines = own;
  two_lines["subject"] = "one\ntwo";
  CHECK(seal_problem(unsealed(0, "description", two_lines)).starts_with("record.data.subject "));
  json extra = own;
  extra["mood"] = "x";
  CHECK_FALSE(seal_problem(unsealed(0, "description", extra)) == "(sealed)");
}

TEST_CASE("an intact chain verifies, with its artifacts") {
  const json records = sample_chain();
  const auto found = all_present(records);
  const json result = verified(records, &found);
  CHECK(result["ok"] == true);
  CHECK(result["checked"] == 5);
  CHECK(result["artifacts_checked"] == 3);
  CHECK(result["first_problem"].is_null());
  CHECK(result["head"]["seq"] == 4);
  CHECK(result["head"]["hash"] == records[4]["hash"]);
  CHECK(records[1]["prev"] == records[0]["hash"]);
}

TEST_CASE("a deleted record is a seq_gap named by the record that follows the hole") {
  json records = sample_chain();
  records.erase(2);
  const json problem = verified(records)["first_problem"];
  CHECK(problem["kind"] == "seq_gap");
  CHECK(problem["seq"] == 3);
  CHECK(problem["index"] == 2);
  CHECK(problem["message"] == "record 2 is missing: record 3 follows record 1");
}

TEST_CASE("two swapped records are seq_order") {
  json records = sample_chain();
  std::swap(records[1], records[2]);
  const json result = verified(records);
  CHECK(result["ok"] == false);
  CHECK(result["checked"] == 1);
  CHECK(result["first_problem"]["kind"] == "seq_order");
  CHECK(result["first_problem"]["seq"] == 2);
  // A repeated record is out of order too.
  json repeated = sample_chain();
  repeated.insert(repeated.begin() + 2, repeated[1]);
  CHECK(verified(repeated)["first_problem"]["kind"] == "seq_order");
}

TEST_CASE("one changed byte in a record field is a hash_mismatch") {
  json records = sample_chain();
  std::string title = records[0]["data"]["title"];
  title[0] = static_cast<char>(title[0] ^ 0x01);
  records[0]["data"]["title"] = title;
  const json problem = verified(records)["first_problem"];
  CHECK(problem["kind"] == "hash_mismatch");
  CHECK(problem["seq"] == 0);
  CHECK(problem["message"].get<std::string>().starts_with("record 0 has been changed: its content hashes to "));
  // Changing the time or an artifact's recorded hash is found the same way.
  json later = sample_chain();
  later[3]["at"]["offset_minutes"] = 120;
  CHECK(verified(later)["first_problem"]["seq"] == 3);
}

TEST_CASE("a changed record whose hash was recomputed breaks the next record's prev") {
  json records = sample_chain();
  records[1]["data"]["text"] = "Something else.";
  rehash(records[1]);
  const json problem = verified(records)["first_problem"];
  CHECK(problem["kind"] == "prev_mismatch");
  CHECK(problem["seq"] == 2);
  // The first record's prev must be 64 zeros.
  json first = sample_chain();
  first[0]["prev"] = std::string(64, '1');
  rehash(first[0]);
  CHECK(verified(first)["first_problem"]["kind"] == "prev_mismatch");
}

TEST_CASE("artifacts: missing and changed bytes are named, with the artifact") {
  const json records = sample_chain();
  auto found = all_present(records);
  const std::string media = std::string(64, 'b');

  auto changed = found;
  changed[media] = ev::FoundArtifact{std::string(64, 'f'), 52000};
  json problem = verified(records, &changed)["first_problem"];
  CHECK(problem["kind"] == "artifact_mismatch");
  CHECK(problem["seq"] == 0);
  CHECK(problem["artifact"] == json{{"name", "media.jpg"}, {"sha256", media}});

  auto shorter = found;
  shorter[media] = ev::FoundArtifact{media, 51999};
  CHECK(verified(records, &shorter)["first_problem"]["message"] ==
        "artifact media.jpg of record 0 has 51999 bytes; the record says 52000");

  auto missing = found;
  missing.erase(std::string(64, 'c'));
  problem = verified(records, &missing)["first_problem"];
  CHECK(problem["kind"] == "artifact_missing");
  CHECK(problem["seq"] == 2);
  CHECK(problem["artifact"]["name"] == "letter-nl.txt");

  auto null_entry = found;
  null_entry[std::string(64, 'a')] = std::nullopt;
  CHECK(verified(records, &null_entry)["first_problem"]["kind"] == "artifact_missing");
}

TEST_CASE("schema problems and a foreign case are reported, not thrown") {
  json records = sample_chain();
  records[2]["data"]["extra"] = true;
  json problem = verified(records)["first_problem"];
  CHECK(problem["kind"] == "schema");
  CHECK(problem["message"] == "records[2].data.extra is not a known field");
  records = sample_chain();
  records[3] = "not a record";
  problem = verified(records)["first_problem"];
  CHECK(problem["kind"] == "schema");
  CHECK(problem["seq"].is_null());
  records = sample_chain();
  records[1]["case"] = "case-other";
  rehash(records[1]);
  CHECK(verified(records)["first_problem"]["message"] == "records[1].case is case-other, but the chain is case case-20261128-0001");
}

TEST_CASE("a chain is verified in slices with prev, and a cut-off tail is found with expect_head") {
  const json records = sample_chain();
  const json tail(records.begin() + 3, records.end());
  const ev::Link after_2{2, records[2]["hash"].get<std::string>()};
  CHECK(verified(tail, nullptr, after_2)["ok"] == true);
  CHECK(verified(tail)["first_problem"]["kind"] == "seq_gap");
  CHECK(verified(tail, nullptr, ev::Link{2, std::string(64, 'e')})["first_problem"]["kind"] == "prev_mismatch");

  const ev::Link head{4, records[4]["hash"].get<std::string>()};
  CHECK(verified(records, nullptr, std::nullopt, head)["ok"] == true);
  const json cut(records.begin(), records.begin() + 4);
  const json problem = verified(cut, nullptr, std::nullopt, head)["first_problem"];
  CHECK(problem["kind"] == "seq_gap");
  CHECK(problem["message"] == "the log ends at record 3, but it should go on to record 4: records at the end are missing");
}

TEST_CASE("evidence.seal and evidence.verify through call()") {
  json answer = call("evidence.seal", {{"record", unsealed(0, "note", {{"text", "first"}})}, {"prev", nullptr}});
  REQUIRE(answer["ok"] == true);
  const json first = answer["result"];
  answer = call("evidence.seal", {{"record", unsealed(1, "note", {{"text", "second"}})},
                                  {"prev", {{"seq", 0}, {"hash", first["hash"]}}}});
  REQUIRE(answer["ok"] == true);
  const json second = answer["result"];
  CHECK(second["prev"] == first["hash"]);

  answer = call("evidence.seal", {{"record", unsealed(1, "note", {{"text", "x"}})}});
  CHECK(answer["error"]["message"] == "params.prev is required");
  answer = call("evidence.seal", {{"record", unsealed(1, "note", {{"text", "x"}})}, {"prev", {{"seq", 0}, {"hash", "abc"}}}});
  CHECK(answer["error"]["message"] == "params.prev.hash must be 64 lowercase hex digits");

  answer = call("evidence.verify", {{"records", {first, second}},
                                    {"artifacts", json::object()},
                                    {"expect_head", {{"seq", 1}, {"hash", second["hash"]}}}});
  CHECK(answer["result"]["ok"] == true);
  CHECK(answer["result"]["checked"] == 2);
  answer = call("evidence.verify", {{"records", {first}}, {"artifacts", {{"xyz", {{"size", 1}}}}}});
  CHECK(answer["error"]["code"] == "invalid_params");
  CHECK(answer["error"]["message"] == "params.artifacts[\"xyz\"] must be named by 64 lowercase hex digits");
  answer = call("evidence.verify", {{"records", "nope"}});
  CHECK(answer["error"]["message"] == "params.records must be an array, not string");

  // {size} alone means "I hold these bytes under this hash"; a changed file then shows as missing.
  const json capture = chain({unsealed(0, "capture", capture_data(), {artifact("m.png", 'a', 10)})})[0];
  answer = call("evidence.verify", {{"records", {capture}}, {"artifacts", {{std::string(64, 'a'), {{"size", 10}}}}}});
  CHECK(answer["result"]["ok"] == true);
  CHECK(answer["result"]["artifacts_checked"] == 1);
  answer = call("evidence.verify", {{"records", {capture}},
                                    {"artifacts", {{std::string(64, 'a'), {{"size", 10}, {"sha256", std::string(64, 'd')}}}}}});
  CHECK(answer["result"]["first_problem"]["kind"] == "artifact_mismatch");
}

TEST_CASE("evidence.canonicalize and evidence.sha256_hex") {
  json answer = call("evidence.canonicalize", {{"value", json::parse(R"({"b":[1.50,-0.0],"a":"\u00e9"})")}});
  CHECK(answer["result"]["text"] == "{\"a\":\"\xC3\xA9\",\"b\":[1.5,0]}");
  CHECK(answer["result"]["sha256"] == ev::sha256_hex("{\"a\":\"\xC3\xA9\",\"b\":[1.5,0]}"));
  answer = call("evidence.sha256_hex", {{"text", "abc"}});
  CHECK(answer["result"]["sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  answer = call("evidence.sha256_hex", {{"text", 5}});
  CHECK(answer["error"]["message"] == "params.text must be a string, not number");
}

}  // namespace chain_test

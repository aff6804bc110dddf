// Redaction (issue #13): the pictures of a child's case are removed on purpose and a redaction record
// says which and why. verify names a redacted artifact instead of calling it missing, and still finds
// every other change: a missing file nobody redacted, changed bytes, a redaction of a file that never
// was, or of a later record.
#include "evidence/chain.hpp"
#include "evidence/record.hpp"
#include "evidence/report.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>

#include "evidence_fixtures.hpp"

namespace redaction_test {  // one per file: the unity build joins test files

using namespace evidence_fixtures;
namespace ev = takedown::evidence;

namespace {

const std::string screenshot_sha(64, 'a');
const std::string media_sha(64, 'b');

json redaction_entry(std::int64_t seq, const std::string& name, const std::string& sha256) {
  return {{"seq", seq}, {"name", name}, {"sha256", sha256}};
}

json redaction_data(std::vector<json> entries, const std::string& reason = "child_sexual_image") {
  return {{"artifacts", json(std::move(entries))}, {"reason", reason}};
}

// A capture with a screenshot and the media, a note, then the redaction of both pictures.
std::vector<json> redacted_case() {
  return {
      unsealed(0, "capture", capture_data(), {artifact("screenshot.png", 'a', 1000), artifact("media.jpg", 'b', 52000, "image/jpeg")}),
      unsealed(1, "note", {{"text", "The questions say it is my child."}}),
      unsealed(2, "redaction", redaction_data({redaction_entry(0, "screenshot.png", screenshot_sha),
                                               redaction_entry(0, "media.jpg", media_sha)})),
  };
}

json verified(const json& records, const ev::FoundArtifacts* artifacts) {
  ev::VerifyInput input;
  input.records = &records;
  input.artifacts = artifacts;
  return ev::to_json(ev::verify(input));
}

std::string seal_problem(const json& record, std::optional<ev::Link> prev = ev::Link{1, std::string(64, 'a')}) {
  auto result = ev::seal(record, prev);
  const auto* problem = std::get_if<std::string>(&result);
  return problem ? *problem : std::string("(sealed)");
}

}  // namespace

TEST_CASE("a redacted artifact verifies as redacted, named with the record that removed it and why") {
  const json records = chain(redacted_case());
  const ev::FoundArtifacts none;  // both pictures deleted
  const json result = verified(records, &none);
  CHECK(result["ok"] == true);
  CHECK(result["checked"] == 3);
  CHECK(result["artifacts_checked"] == 0);
  CHECK(result["artifacts_redacted"] == 2);
  REQUIRE(result["redacted"].size() == 2);
  CHECK(result["redacted"][0] == json{{"seq", 0}, {"name", "screenshot.png"}, {"sha256", screenshot_sha}, {"by_seq", 2},
                                      {"reason", "child_sexual_image"}});
  CHECK(result["redacted"][1]["name"] == "media.jpg");
}

TEST_CASE("a redacted artifact whose bytes are still kept must still match them") {
  const json records = chain(redacted_case());
  ev::FoundArtifacts still{{media_sha, ev::FoundArtifact{media_sha, 52000}}};
  CHECK(verified(records, &still)["ok"] == true);
  ev::FoundArtifacts changed{{media_sha, ev::FoundArtifact{std::string(64, 'f'), 52000}}};
  const json problem = verified(records, &changed)["first_problem"];
  CHECK(problem["kind"] == "artifact_mismatch");
  CHECK(problem["artifact"]["name"] == "media.jpg");
}

TEST_CASE("an artifact that is missing without a redaction is still missing") {
  auto records = redacted_case();
  // The redaction names only the media; the screenshot disappears as well.
  records[2] = unsealed(2, "redaction", redaction_data({redaction_entry(0, "media.jpg", media_sha)}, "person_asked"));
  const json sealed = chain(records);
  const ev::FoundArtifacts none;
  const json result = verified(sealed, &none);
  CHECK(result["ok"] == false);
  CHECK(result["first_problem"]["kind"] == "artifact_missing");
  CHECK(result["first_problem"]["artifact"]["name"] == "screenshot.png");
  const ev::FoundArtifacts screenshot{{screenshot_sha, ev::FoundArtifact{screenshot_sha, 1000}}};
  const json kept = verified(sealed, &screenshot);
  CHECK(kept["ok"] == true);
  CHECK(kept["artifacts_checked"] == 1);
  CHECK(kept["artifacts_redacted"] == 1);
  CHECK(kept["redacted"][0]["reason"] == "person_asked");
}

TEST_CASE("a redaction that names a file the record never held is a redaction_mismatch") {
  for (const json& wrong : {redaction_entry(0, "media.jpg", std::string(64, 'e')),   // another hash
                            redaction_entry(0, "element.png", screenshot_sha),       // another name
                            redaction_entry(1, "media.jpg", media_sha)}) {           // a record without files
    CAPTURE(wrong.dump());
    auto records = redacted_case();
    records[2] = unsealed(2, "redaction", redaction_data({wrong}));
    const json sealed = chain(records);
    const ev::FoundArtifacts all{{screenshot_sha, ev::FoundArtifact{screenshot_sha, 1000}}, {media_sha, ev::FoundArtifact{media_sha, 52000}}};
    const json result = verified(sealed, &all);
    CHECK(result["ok"] == false);
    CHECK(result["first_problem"]["kind"] == "redaction_mismatch");
    CHECK(result["first_problem"]["seq"] == 2);
    CHECK(result["checked"] == 2);
  }
}

TEST_CASE("a redaction that names a wrong hash does not excuse the missing file it pretends to cover") {
  auto records = redacted_case();
  records[2] = unsealed(2, "redaction", redaction_data({redaction_entry(0, "media.jpg", std::string(64, 'e'))}));
  const json sealed = chain(records);
  const ev::FoundArtifacts screenshot{{screenshot_sha, ev::FoundArtifact{screenshot_sha, 1000}}};
  const json problem = verified(sealed, &screenshot)["first_problem"];
  CHECK(problem["kind"] == "artifact_missing");
  CHECK(problem["artifact"]["name"] == "media.jpg");
}

TEST_CASE("a redaction may only name earlier records, holds no files and gives a known reason") {
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({redaction_entry(2, "media.jpg", media_sha)}))) ==
        "record.data.artifacts[0].seq must be at most 1");
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({redaction_entry(5, "media.jpg", media_sha)}))) ==
        "record.data.artifacts[0].seq must be at most 1");
  CHECK(seal_problem(unsealed(0, "redaction", redaction_data({redaction_entry(0, "media.jpg", media_sha)})), std::nullopt) ==
        "record.data.artifacts[0].seq names an earlier record, but this is the first record of the case");
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({}))) == "record.data.artifacts must name at least one artifact");
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({redaction_entry(0, "media.jpg", media_sha)}, "tidy_up"))) ==
        "record.data.reason must be one of child_sexual_image, person_asked");
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({redaction_entry(0, "media.jpg", media_sha), redaction_entry(0, "media.jpg", media_sha)}))) ==
        "record.data.artifacts[1] names the same artifact twice");
  CHECK(seal_problem(unsealed(2, "redaction", redaction_data({redaction_entry(0, "media.jpg", media_sha)}), {artifact("x.png", 'c', 1)})) ==
        "record.artifacts must be empty in a redaction record");
  json with_note = redaction_data({redaction_entry(0, "media.jpg", media_sha)});
  with_note["note"] = "Removed after the police report.";
  CHECK(seal_problem(unsealed(2, "redaction", with_note)) == "(sealed)");
}

TEST_CASE("a changed redaction record breaks the chain like any other record") {
  json records = chain(redacted_case());
  records[2]["data"]["reason"] = "person_asked";
  const ev::FoundArtifacts none;
  CHECK(verified(records, &none)["first_problem"]["kind"] == "hash_mismatch");
}

TEST_CASE("a chain checked in slices accepts redactions made by later records") {
  const json records = chain(redacted_case());
  const json first = json::array({records[0], records[1]});
  const ev::FoundArtifacts none;
  ev::VerifyInput input;
  input.records = &first;
  input.artifacts = &none;
  CHECK(ev::verify(input).first_problem->kind == "artifact_missing");
  const std::vector<ev::Redacted> later{{0, "screenshot.png", screenshot_sha, 2, "child_sexual_image"},
                                        {0, "media.jpg", media_sha, 2, "child_sexual_image"}};
  input.later_redactions = &later;
  const ev::Verification head = ev::verify(input);
  CHECK_FALSE(head.first_problem.has_value());
  CHECK(head.artifacts_redacted == 2);
  // The slice that holds the redaction record: the records it names lie before it and are taken as given.
  const json rest = json::array({records[2]});
  ev::VerifyInput tail;
  tail.records = &rest;
  tail.artifacts = &none;
  tail.prev = ev::Link{1, records[1]["hash"].get<std::string>()};
  const ev::Verification second = ev::verify(tail);
  CHECK_FALSE(second.first_problem.has_value());
  CHECK(second.redacted.size() == 2);
}

TEST_CASE("a safe capture keeps the media's hash, size and type, and no file") {
  json data = capture_data();
  data["safe"] = true;
  data["media_sha256"] = media_sha;
  data["media_size"] = 52000;
  data["media_mime"] = "image/jpeg";
  CHECK(seal_problem(unsealed(0, "capture", data, {artifact("page.json", 'd', 900, "application/json")}), std::nullopt) == "(sealed)");
  data["media_sha256"] = "B";
  CHECK(seal_problem(unsealed(0, "capture", data), std::nullopt) == "record.data.media_sha256 must be 64 lowercase hex digits");
  data["media_sha256"] = media_sha;
  data["safe"] = "yes";
  CHECK(seal_problem(unsealed(0, "capture", data), std::nullopt) == "record.data.safe must be true or false, not string");
}

TEST_CASE("evidence.verify through call() reports redactions, and the report names them") {
  const json records = chain(redacted_case());
  const json answer = json::parse(takedown::core::call("evidence.verify", json{{"records", records}, {"artifacts", json::object()}}.dump()));
  REQUIRE(answer["ok"] == true);
  CHECK(answer["result"]["ok"] == true);
  CHECK(answer["result"]["artifacts_redacted"] == 2);
  CHECK(answer["result"]["redacted"][1]["by_seq"] == 2);

  for (const auto& [language, removed, reason] : {std::tuple{ev::ReportLanguage::en, "removed by record 2", "keeping such an image is itself an offence"},
                                                  std::tuple{ev::ReportLanguage::nl, "verwijderd door registratie 2", "zo'n beeld bewaren is zelf strafbaar"}}) {
    ev::ReportRequest request;
    request.language = language;
    request.generated_at = "2026-11-28T12:00:00Z";
    request.case_id = case_id;
    request.records = &records;
    const ev::Report report = ev::make_report(request);
    CHECK(report.html.find(removed) != std::string::npos);
    CHECK(report.html.find(ev::html_text(reason)) != std::string::npos);
    CHECK(report.html.find("<img") == std::string::npos);
  }
}

TEST_CASE("the report shows a safe capture: no picture, the media's hash, and why") {
  json data = capture_data();
  data["safe"] = true;
  data["media_sha256"] = media_sha;
  data["media_size"] = 52000;
  data["media_mime"] = "image/jpeg";
  data["not_captured"] = json::array({{{"what", "pictures"}, {"reason", "safe capture"}}});
  const json records = chain({unsealed(0, "capture", data, {artifact("page.json", 'd', 900, "application/json")})});
  ev::ReportRequest request;
  request.language = ev::ReportLanguage::nl;
  request.generated_at = "2026-11-28T12:00:00Z";
  request.case_id = case_id;
  request.records = &records;
  const std::string html = ev::make_report(request).html;
  CHECK(html.find(ev::html_text("Veilige vastlegging")) != std::string::npos);
  CHECK(html.find(ev::html_text("een veilige vastlegging bewaart geen enkel beeld")) != std::string::npos);
  CHECK(html.find(media_sha) != std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
}

}  // namespace redaction_test

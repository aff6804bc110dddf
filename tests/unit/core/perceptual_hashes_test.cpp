// The perceptual_hashes record (PDQ hashes of a capture's picture or of its video's frames) and a
// capture's perceptual_match: every field's limits with a message naming it, the check that the
// hashes describe a file of an earlier capture, and how the report shows them.
#include "evidence/chain.hpp"
#include "evidence/record.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "evidence_fixtures.hpp"

namespace perceptual_hashes_test {

using namespace evidence_fixtures;
namespace ev = takedown::evidence;

namespace {

const std::string media_sha = std::string(64, 'b');

std::string pdq(char fill) { return std::string(64, fill); }

json variant(const std::string& name = "full", char fill = '1', int quality = 100) {
  json dihedral = json::array();
  for (const char c : std::string("12345678")) dihedral.push_back(pdq(c == '1' ? fill : c));
  return {{"name", name}, {"hash", pdq(fill)}, {"quality", quality}, {"dihedral", dihedral}};
}

json image_hashes(std::int64_t about = 0) {
  return {{"about_seq", about}, {"artifact_sha256", media_sha}, {"source", "image"}, {"width", 640}, {"height", 480},
          {"algorithm", "pdq"}, {"variants", {variant()}}};
}

json video_hashes(std::size_t frames = 3) {
  json list = json::array();
  for (std::size_t i = 0; i < frames; ++i) list.push_back({{"timestamp", static_cast<std::int64_t>(i) * 1000}, {"hash", pdq('c')}, {"quality", 40 + static_cast<int>(i % 60)}});
  return {{"about_seq", 0}, {"artifact_sha256", media_sha}, {"source", "video"}, {"width", 320}, {"height", 240},
          {"algorithm", "pdq"}, {"frames", list}, {"duration_ms", static_cast<std::int64_t>(frames) * 1000}};
}

json captured() { return unsealed(0, "capture", capture_data(), {artifact("screenshot.png", 'a', 1000), artifact("media.jpg", 'b', 52000, "image/jpeg")}); }

std::string problem(const json& data, std::int64_t seq = 1, std::vector<json> artifacts = {}) {
  const auto found = ev::check_record(unsealed(seq, "perceptual_hashes", data, std::move(artifacts)), ev::Stage::unsealed);
  return found ? *found : std::string("(valid)");
}

json verified(const json& records) {
  ev::VerifyInput input;
  input.records = &records;
  return ev::to_json(ev::verify(input));
}

}  // namespace

TEST_CASE("an image's and a video's perceptual hashes are records that seal and verify") {
  CHECK(problem(image_hashes()) == "(valid)");
  CHECK(problem(video_hashes()) == "(valid)");
  json variants = image_hashes();
  variants["variants"] = {variant("full"), variant("trimmed", '9', 49), variant("crop_center_90", 'a', 0)};
  CHECK(problem(variants) == "(valid)");
  CHECK(problem(video_hashes(ev::record_limits::video_frames)) == "(valid)");
  const json records = chain({captured(), unsealed(1, "perceptual_hashes", image_hashes()), unsealed(2, "perceptual_hashes", video_hashes())});
  const json result = verified(records);
  CHECK(result["ok"] == true);
  CHECK(result["checked"] == 3);
}

TEST_CASE("every field of perceptual_hashes has its limit and a message naming it") {
  const auto with = [](const char* key, json value, json data = image_hashes()) {
    data[key] = std::move(value);
    return problem(data);
  };
  const auto without = [](const char* key, json data = image_hashes()) {
    data.erase(key);
    return problem(data);
  };
  for (const auto* key : {"about_seq", "artifact_sha256", "source", "width", "height", "algorithm"}) {
    CAPTURE(key);
    CHECK(without(key) == "record.data." + std::string(key) + " is required");
  }
  CHECK(with("extra", 1).find("record.data.extra") != std::string::npos);
  CHECK(with("about_seq", 1).find("record.data.about_seq") != std::string::npos);  // not earlier than itself
  CHECK(problem(image_hashes(), 0).find("names an earlier record, but this is the first record") != std::string::npos);
  CHECK(with("artifact_sha256", std::string(64, 'B')).find("record.data.artifact_sha256") != std::string::npos);
  CHECK(with("source", "audio").find("record.data.source") != std::string::npos);
  CHECK(with("algorithm", "phash").find("record.data.algorithm") != std::string::npos);
  CHECK(with("width", 0).find("record.data.width") != std::string::npos);
  CHECK(with("height", 1.5).find("record.data.height") != std::string::npos);
  CHECK(with("duration_ms", -1).find("record.data.duration_ms") != std::string::npos);

  // An image has variants, a video frames; never the other.
  CHECK(without("variants") == "record.data.variants is required for an image");
  CHECK(without("frames", video_hashes()) == "record.data.frames is required for a video");
  CHECK(with("frames", json::array()) == "record.data.frames belongs to a video; an image has variants");
  CHECK(with("variants", json::array(), video_hashes()) == "record.data.variants belongs to an image; a video has frames");
  CHECK(with("variants", json::array()) == "record.data.variants must hold at least one variant");
  CHECK(with("frames", json::array(), video_hashes()) == "record.data.frames must hold at least one frame");
  CHECK(problem(video_hashes(ev::record_limits::video_frames + 1)) == "record.data.frames has 3601 items; the limit is 3600");

  // Hashes: 64 lowercase hex digits; quality 0 to 100; exactly 8 dihedral hashes, the first the hash itself.
  const auto variant_problem = [](const char* key, json value) {
    json data = image_hashes();
    data["variants"][0][key] = std::move(value);
    return problem(data);
  };
  CHECK(variant_problem("hash", pdq('A')) == "record.data.variants[0].hash must be a PDQ hash (64 lowercase hex digits)");
  CHECK(variant_problem("hash", std::string(63, '1')).find("record.data.variants[0].hash") != std::string::npos);
  CHECK(variant_problem("quality", 101).find("record.data.variants[0].quality") != std::string::npos);
  CHECK(variant_problem("quality", -1).find("record.data.variants[0].quality") != std::string::npos);
  CHECK(variant_problem("name", "Full").find("record.data.variants[0].name") != std::string::npos);
  json seven = variant()["dihedral"];
  seven.erase(seven.size() - 1);
  CHECK(variant_problem("dihedral", seven) == "record.data.variants[0].dihedral must hold exactly 8 hashes (7 given)");
  json nine = variant()["dihedral"];
  nine.push_back(pdq('9'));
  CHECK(variant_problem("dihedral", nine) == "record.data.variants[0].dihedral must hold exactly 8 hashes (9 given)");
  json upper = variant()["dihedral"];
  upper[3] = pdq('F');
  CHECK(variant_problem("dihedral", upper).find("record.data.variants[0].dihedral[3]") != std::string::npos);
  CHECK(variant_problem("dihedral", "all of them").find("must be an array") != std::string::npos);
  json shifted = variant()["dihedral"];
  shifted[0] = pdq('2');
  CHECK(variant_problem("dihedral", shifted) == "record.data.variants[0].dihedral[0] must equal hash (it is the picture untransformed)");
  json twice = image_hashes();
  twice["variants"] = {variant("full"), variant("full", '2')};
  CHECK(problem(twice) == "record.data.variants[1].name repeats an earlier variant's name");
  json many = image_hashes();
  many["variants"] = json::array();
  for (std::size_t i = 0; i <= ev::record_limits::hash_variants; ++i) many["variants"].push_back(variant("v" + std::to_string(i)));
  CHECK(problem(many) == "record.data.variants has 17 items; the limit is 16");

  const auto frame_problem = [](const char* key, json value, std::size_t index = 1) {
    json data = video_hashes();
    data["frames"][index][key] = std::move(value);
    return problem(data);
  };
  CHECK(frame_problem("quality", 100) == "(valid)");
  CHECK(frame_problem("quality", 101).find("record.data.frames[1].quality") != std::string::npos);
  CHECK(frame_problem("hash", "c").find("record.data.frames[1].hash must be a PDQ hash") != std::string::npos);
  CHECK(frame_problem("timestamp", -5).find("record.data.frames[1].timestamp") != std::string::npos);
  CHECK(frame_problem("timestamp", 0) == "record.data.frames[1].timestamp must be later than the frame before (frames in playing order)");
  CHECK(frame_problem("name", "x").find("record.data.frames[1].name") != std::string::npos);

  // The record describes a file of the capture; it holds none of its own.
  CHECK(problem(image_hashes(), 1, {artifact("pixels.png", 'd', 10)}) == "record.artifacts must be empty in a perceptual_hashes record");
}

TEST_CASE("verify checks that perceptual hashes describe a file of an earlier capture") {
  // A safe capture keeps no file: its hashes describe the media it hashed (media_sha256).
  json safe = capture_data();
  safe["safe"] = true;
  safe["media_sha256"] = std::string(64, 'f');
  json of_safe = image_hashes();
  of_safe["artifact_sha256"] = std::string(64, 'f');
  CHECK(verified(chain({unsealed(0, "capture", safe, {artifact("page.json", 'e', 10, "application/json")}),
                        unsealed(1, "perceptual_hashes", of_safe)}))["ok"] == true);

  const json about_note = verified(chain({captured(), unsealed(1, "note", {{"text", "x"}}), unsealed(2, "perceptual_hashes", image_hashes(1))}));
  CHECK(about_note["first_problem"]["kind"] == "schema");
  CHECK(about_note["first_problem"]["seq"] == 2);
  CHECK(about_note["first_problem"]["message"] == "record 2 holds perceptual hashes about record 1, which is a note record, not a capture");

  json other_file = image_hashes();
  other_file["artifact_sha256"] = std::string(64, 'd');
  const json wrong_file = verified(chain({captured(), unsealed(1, "perceptual_hashes", other_file)}));
  CHECK(wrong_file["first_problem"]["message"] ==
        "record 1 holds perceptual hashes of the file " + std::string(64, 'd') + ", but record 0 neither keeps that file nor names it as its media");

  // A slice that starts after the capture cannot see it: checked by whoever checks the earlier slice.
  const json records = chain({captured(), unsealed(1, "perceptual_hashes", other_file)});
  ev::VerifyInput input;
  const json slice = json::array({records[1]});
  input.records = &slice;
  input.prev = ev::Link{0, records[0]["hash"].get<std::string>()};
  CHECK(ev::to_json(ev::verify(input))["ok"] == true);
}

TEST_CASE("a capture's perceptual_match names what it looked like and how close") {
  const auto with_match = [](json match, std::int64_t seq = 3) {
    json data = capture_data();
    data["perceptual_match"] = std::move(match);
    const auto found = ev::check_record(unsealed(seq, "capture", data), ev::Stage::unsealed);
    return found ? *found : std::string("(valid)");
  };
  const json image_match = {{"case", case_id}, {"seq", 0}, {"artifact_sha256", media_sha}, {"distance", 12}, {"hash", pdq('1')},
                            {"reference_variant", "full"}, {"candidate_variant", "trimmed"}, {"transform", "flipy"}};
  const json video_match = {{"case", "case-20261201-0002"}, {"seq", 9}, {"artifact_sha256", media_sha}, {"distance", 20}, {"hash", pdq('c')},
                            {"reference_variant", "frames"}, {"candidate_share", 85}, {"reference_share", 100}};
  CHECK(with_match(image_match) == "(valid)");
  CHECK(with_match(video_match) == "(valid)");
  const auto changed = [&](const char* key, json value) {
    json match = image_match;
    match[key] = std::move(value);
    return with_match(match);
  };
  CHECK(changed("distance", 257).find("record.data.perceptual_match.distance") != std::string::npos);
  CHECK(changed("distance", 256) == "(valid)");
  CHECK(changed("transform", "rot45").find("record.data.perceptual_match.transform") != std::string::npos);
  CHECK(changed("hash", pdq('G')).find("record.data.perceptual_match.hash must be a PDQ hash") != std::string::npos);
  CHECK(changed("candidate_share", 101).find("record.data.perceptual_match.candidate_share") != std::string::npos);
  CHECK(changed("seq", 3) == "record.data.perceptual_match.seq must name an earlier record of this case");
  CHECK(changed("case", "Case 1").find("record.data.perceptual_match.case") != std::string::npos);
  json missing = image_match;
  missing.erase("reference_variant");
  CHECK(with_match(missing) == "record.data.perceptual_match.reference_variant is required");
}

TEST_CASE("the report shows the hashes, their quality and what they describe, in both languages") {
  json video = video_hashes(12);
  json match_capture = capture_data();
  match_capture["perceptual_match"] = {{"case", case_id}, {"seq", 0}, {"artifact_sha256", media_sha}, {"distance", 7}, {"hash", pdq('1')},
                                       {"reference_variant", "full"}, {"transform", "flipy"}};
  const json records = chain({captured(), unsealed(1, "perceptual_hashes", image_hashes()), unsealed(2, "perceptual_hashes", video),
                              unsealed(3, "capture", match_capture)});
  const auto html_in = [&](const char* lang) {
    const json params = {{"lang", lang}, {"generated_at", "2026-11-28T23:30:00.000Z"}, {"tool", "Takedown 0.1.0"},
                         {"case", {{"id", case_id}, {"title", "t"}}}, {"records", records}};
    const json answer = json::parse(takedown::core::call("dossier.report", params.dump()));
    REQUIRE(answer["ok"] == true);
    return answer["result"]["html"].get<std::string>();
  };
  const std::string en = html_in("en");
  for (const std::string& text : std::vector<std::string>{"Fingerprint of the picture", "Perceptual hashes (PDQ)", "image of 640 × 480 pixels",
                                 "video of 320 × 240 pixels, 12 frames (one per second)", "<code>" + pdq('1') + "</code>",
                                 "quality 40, too little detail to compare", "quality 100", "and 2 more frames (every hash is in hashes.csv)",
                                 "plus 7 hashes of the picture rotated and mirrored", "Recognised as a copy", "(distance 7 of 256)",
                                 "<a href=\"#record-0\">#0</a>"}) {
    CAPTURE(text);
    CHECK(en.find(text) != std::string::npos);
  }
  CHECK(en.find("[[") == std::string::npos);
  const std::string nl = html_in("nl");
  for (const std::string& text : std::vector<std::string>{"Vingerafdruk van het beeld", "afbeelding van 640 × 480 pixels", "te weinig detail om te vergelijken",
                                 "Herkend als kopie", "1,0 s"}) {
    CAPTURE(text);
    CHECK(nl.find(text) != std::string::npos);
  }
  CHECK(nl.find("[[") == std::string::npos);
}

}  // namespace perceptual_hashes_test

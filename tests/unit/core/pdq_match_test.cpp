// pdq.match over JSON: the image form (variants, dihedral hashes, the rule's thresholds), the video
// form (bags of frame hashes and their shares), its errors and limits.
#include <string>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <takedown/core/call.hpp>

namespace pdq_match_test {

using nlohmann::json;

json match(const json& params) { return json::parse(takedown::core::call("pdq.match", params.dump())); }

// A hash with bits [from, from + count) set (256-bit, reference hex order).
std::string bits(int from, int count) {
  std::string hex(64, '0');
  for (int k = from; k < from + count; ++k) {
    const int digit = 63 - k / 4;
    const int value = std::stoi(std::string(1, hex[static_cast<std::size_t>(digit)]), nullptr, 16) | (1 << (k % 4));
    hex[static_cast<std::size_t>(digit)] = "0123456789abcdef"[value];
  }
  return hex;
}

const std::string base = bits(0, 128);
const std::string near = bits(10, 128);   // 20 bits from base
const std::string far = bits(100, 128);   // 200 bits from base
const std::string edge = bits(16, 128);   // 32 bits from base

json image(const std::string& hash, int quality = 90, const std::string& name = "full") {
  return {{"variants", json::array({{{"name", name}, {"hash", hash}, {"quality", quality}}})}};
}

json reference(const std::string& id, const std::string& hash, int quality = 90) {
  json r = image(hash, quality);
  r["id"] = id;
  return r;
}

TEST_CASE("an image matches at distance <= 31 with quality >= 50, closest first") {
  const json out = match({{"candidate", image(base)},
                          {"references", {reference("far", far), reference("near", near), reference("same", base),
                                          reference("edge", edge)}}});
  REQUIRE(out["ok"] == true);
  const json& m = out["result"]["matches"];
  REQUIRE(m.size() == 2);
  CHECK(m[0] == json{{"id", "same"}, {"distance", 0}, {"candidate_variant", "full"}, {"reference_variant", "full"}, {"transform", "orig"}});
  CHECK(m[1]["id"] == "near");
  CHECK(m[1]["distance"] == 20);
}

TEST_CASE("max_distance and min_quality are configurable; low quality is never compared") {
  json params = {{"candidate", image(base)}, {"references", {reference("edge", edge)}}};
  CHECK(match(params)["result"]["matches"].empty());
  params["max_distance"] = 32;
  CHECK(match(params)["result"]["matches"].size() == 1);
  params["references"] = json::array({reference("poor", base, 49)});  // not {x}: clang reads a one-element list as a copy
  CHECK(match(params)["result"]["matches"].empty());
  params["min_quality"] = 40;
  CHECK(match(params)["result"]["matches"].size() == 1);
  params["candidate"] = image(base, 39);
  CHECK(match(params)["result"]["matches"].empty());
}

TEST_CASE("a reference's dihedral hashes find mirrored and rotated copies, named by transform") {
  json ref = {{"id", "r"}, {"variants", json::array({{{"name", "trimmed"}, {"hash", far}, {"quality", 80},
      {"dihedral", {far, far, far, far, far, near, far, far}}}})}};
  json candidate = {{"variants", json::array({{{"name", "full"}, {"hash", bits(200, 40)}, {"quality", 80}},
                                              {{"name", "uncaptioned"}, {"hash", base}, {"quality", 80}}})}};
  const json out = match({{"candidate", candidate}, {"references", {ref}}});
  REQUIRE(out["result"]["matches"].size() == 1);
  CHECK(out["result"]["matches"][0] == json{{"id", "r"}, {"distance", 20}, {"candidate_variant", "uncaptioned"},
                                            {"reference_variant", "trimmed"}, {"transform", "flipy"}});
}

json frames(std::initializer_list<std::string> hashes, int quality = 90) {
  json list = json::array();
  long long t = 0;
  for (const auto& h : hashes) list.push_back({{"timestamp", t += 1000}, {"hash", h}, {"quality", quality}});
  return list;
}

TEST_CASE("videos match as bags of frame hashes when either side's share reaches min_share") {
  // Candidate: 4 frames, 3 of them near a reference frame (75%); the reference: 2 frames, both hit (100%).
  json params = {{"candidate", {{"frames", frames({base, near, bits(50, 128), far})}}},
                 {"references", {{{"id", "v"}, {"frames", frames({base, bits(50, 128)})}}}}};
  json out = match(params);
  REQUIRE(out["ok"] == true);
  REQUIRE(out["result"]["matches"].size() == 1);
  CHECK(out["result"]["matches"][0] == json{{"id", "v"}, {"distance", 0}, {"candidate_share", 75}, {"reference_share", 100}});
  // Neither side at 80%: no match; a lower min_share matches.
  params["references"][0]["frames"] = frames({base, bits(150, 100), bits(30, 60)});
  CHECK(match(params)["result"]["matches"].empty());
  params["min_share"] = 50;
  CHECK(match(params)["result"]["matches"].size() == 1);
  // Low-quality frames count on neither side.
  params["candidate"]["frames"] = frames({base, near}, 10);
  CHECK(match(params)["result"]["matches"].empty());
}

std::string error_of(const json& params) {
  const json out = match(params);
  REQUIRE(out["ok"] == false);
  CHECK(out["error"]["code"] == "invalid_params");
  return out["error"]["message"].get<std::string>();
}

TEST_CASE("malformed params are refused with the field named") {
  CHECK(error_of({{"references", json::array()}}).find("candidate") != std::string::npos);
  CHECK(error_of({{"candidate", image(base)}}).find("references") != std::string::npos);
  CHECK(error_of({{"candidate", image("xyz")}, {"references", json::array()}}).find("hex") != std::string::npos);
  CHECK(error_of({{"candidate", {{"variants", json::array()}, {"frames", json::array()}}}, {"references", json::array()}})
            .find("either") != std::string::npos);
  CHECK(error_of({{"candidate", image(base)}, {"references", json::array()}, {"max_distance", 300}}).find("max_distance") != std::string::npos);
  CHECK(error_of({{"candidate", image(base)}, {"references", json::array()}, {"extra", 1}}).find("extra") != std::string::npos);
  json bad_dihedral = reference("r", base);
  bad_dihedral["variants"][0]["dihedral"] = {base, base};
  CHECK(error_of({{"candidate", image(base)}, {"references", {bad_dihedral}}}).find("dihedral") != std::string::npos);
  json video_ref = {{"id", "v"}, {"frames", frames({base})}};
  CHECK(error_of({{"candidate", image(base)}, {"references", {video_ref}}}).find("frames") != std::string::npos);
  json no_id = image(base);
  CHECK(error_of({{"candidate", image(base)}, {"references", {no_id}}}).find("id") != std::string::npos);
}

TEST_CASE("limits: variants per image and frames per video") {
  json many = json::array();
  for (int i = 0; i < 33; ++i) many.push_back({{"name", "v" + std::to_string(i)}, {"hash", base}, {"quality", 90}});
  CHECK(error_of({{"candidate", {{"variants", many}}}, {"references", json::array()}}).find("variants") != std::string::npos);
  many.erase(many.begin());
  CHECK(match({{"candidate", {{"variants", many}}}, {"references", json::array()}})["ok"] == true);
  json long_video = json::array();
  for (int i = 0; i < 3601; ++i) long_video.push_back({{"timestamp", i}, {"hash", base}, {"quality", 90}});
  CHECK(error_of({{"candidate", {{"frames", long_video}}}, {"references", json::array()}}).find("frames") != std::string::npos);
}

}  // namespace pdq_match_test

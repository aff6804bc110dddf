// pdq.match: the match rule of pdq/match.hpp over JSON. Hashing itself takes pixels, which are not
// JSON: see takedown_pdq_hash in the C ABI.
#include <algorithm>
#include <string>
#include <vector>

#include "field_reader.hpp"
#include "methods.hpp"
#include "pdq/match.hpp"
#include "pdq/pdq.hpp"

namespace takedown::core {
namespace {

using nlohmann::json;

constexpr std::size_t max_references = 4096;
constexpr std::size_t max_variants = 32;
constexpr std::size_t max_frames = 3600;

pdq::Hash256 hash_at(const FieldReader& r, std::string_view name, const json& value) {
  if (value.is_string()) {
    if (const auto hash = pdq::from_hex(value.get_ref<const std::string&>())) return *hash;
  }
  r.fail(name, "must be 64 hex digits");
  return {};
}

std::vector<pdq::Variant> read_variants(const FieldReader& owner) {
  std::vector<pdq::Variant> out;
  const json& list = owner.array("variants", max_variants);
  for (std::size_t i = 0; i < list.size() && owner.ok(); ++i) {
    const FieldReader v = owner.element(list[i], i, "variants");
    if (!v.expect_object({"name", "hash", "quality", "dihedral"})) break;
    pdq::Variant variant{v.text("name", 64, true), v.integer("quality", 0, 100, true).value_or(0), {}};
    if (const json* hash = v.get("hash")) variant.hashes.push_back(hash_at(v, "hash", *hash));
    else v.fail("hash", "is required");
    if (v.has("dihedral")) {
      const json& dihedral = v.array("dihedral", 8);
      if (v.ok() && dihedral.size() != 8) v.fail("dihedral", "must hold the 8 dihedral hashes");
      for (std::size_t x = 1; x < dihedral.size() && v.ok(); ++x) variant.hashes.push_back(hash_at(v, "dihedral", dihedral[x]));
    }
    out.push_back(std::move(variant));
  }
  return out;
}

std::vector<pdq::Frame> read_frames(const FieldReader& owner) {
  std::vector<pdq::Frame> out;
  const json& list = owner.array("frames", max_frames);
  for (std::size_t i = 0; i < list.size() && owner.ok(); ++i) {
    const FieldReader f = owner.element(list[i], i, "frames");
    if (!f.expect_object({"timestamp", "hash", "quality"})) break;
    pdq::Frame frame;
    frame.timestamp = f.integer("timestamp", 0, 2'000'000'000, true).value_or(0);
    frame.quality = f.integer("quality", 0, 100, true).value_or(0);
    if (const json* hash = f.get("hash")) frame.hash = hash_at(f, "hash", *hash);
    else f.fail("hash", "is required");
    out.push_back(frame);
  }
  return out;
}

}  // namespace

MethodResult pdq_match(const json& params) {
  const FieldReader p(params, "params");
  if (!p.expect_object({"candidate", "references", "max_distance", "min_quality", "min_share"})) return *p.failure();
  pdq::MatchRule rule;
  rule.max_distance = p.integer("max_distance", 0, 256).value_or(rule.max_distance);
  rule.min_quality = p.integer("min_quality", 0, 100).value_or(rule.min_quality);
  rule.min_share = p.integer("min_share", 1, 100).value_or(rule.min_share);
  if (!p.has("candidate")) p.fail("candidate", "is required");
  const FieldReader candidate = p.child("candidate");
  if (p.ok() && !candidate.expect_object({"variants", "frames"})) return *p.failure();
  const bool video = candidate.has("frames");
  if (p.ok() && video == candidate.has("variants")) p.fail("candidate", "must hold either variants (an image) or frames (a video)");
  const auto candidate_variants = video ? std::vector<pdq::Variant>{} : read_variants(candidate);
  const auto candidate_frames = video ? read_frames(candidate) : std::vector<pdq::Frame>{};
  if (!p.has("references")) p.fail("references", "is required");
  const json& references = p.array("references", max_references);
  json matches = json::array();
  for (std::size_t i = 0; i < references.size() && p.ok(); ++i) {
    const FieldReader r = p.element(references[i], i, "references");
    if (!r.expect_object({"id", video ? "frames" : "variants"})) break;
    const std::string id = r.text("id", 256, true);
    if (video) {
      const auto found = pdq::match_video(candidate_frames, read_frames(r), rule);
      if (found && r.ok()) {
        matches.push_back({{"id", id}, {"distance", found->distance}, {"candidate_share", found->candidate_share},
                           {"reference_share", found->reference_share}});
      }
    } else {
      const auto found = pdq::match_image(candidate_variants, read_variants(r), rule);
      if (found && r.ok()) {
        matches.push_back({{"id", id}, {"distance", found->distance}, {"candidate_variant", found->candidate_variant},
                           {"reference_variant", found->reference_variant},
                           {"transform", pdq::dihedral_names[static_cast<std::size_t>(found->transform)]}});
      }
    }
  }
  if (!p.ok()) return *p.failure();
  std::stable_sort(matches.begin(), matches.end(),
                   [](const json& a, const json& b) { return a["distance"].get<int>() < b["distance"].get<int>(); });
  return json{{"matches", std::move(matches)}};
}

}  // namespace takedown::core

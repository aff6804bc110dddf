#pragma once
// Records and chains for the evidence tests, built the way the extension builds them.
#include "evidence/chain.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace evidence_fixtures {

using nlohmann::json;

inline const std::string case_id = "case-20261128-0001";

inline json at(int minute = 15) {
  return {{"utc", "2026-11-28T10:" + std::to_string(10 + minute % 50) + ":30.123Z"},
          {"tz", "Europe/Amsterdam"},
          {"offset_minutes", 60}};
}

inline json artifact(const std::string& name, char fill, std::int64_t size, const std::string& mime = "image/png") {
  return {{"name", name}, {"sha256", std::string(64, fill)}, {"size", size}, {"mime", mime}};
}

// artifacts is a vector, not json: clang reads a one-element {artifact(...)} given to a json parameter as a
// copy of that artifact, not an array of it.
inline json unsealed(std::int64_t seq, const std::string& type, json data, std::vector<json> artifacts = {}) {
  return {{"case", case_id}, {"seq", seq}, {"type", type}, {"at", at(static_cast<int>(seq))},
          {"data", std::move(data)}, {"artifacts", json(std::move(artifacts))}};
}

inline json capture_data(const std::string& title = "A post") {
  return {{"kind", "image"},
          {"page_url", "https://platform.example/post/1"},
          {"media_url", "https://cdn.example/img/1.jpg"},
          {"title", title},
          {"meta", {{"og:title", title}}},
          {"author_hints", {"https://platform.example/@uploader"}},
          {"not_captured", json::array()}};
}

// Seals `records` in order, each onto the one before.
inline json chain(const std::vector<json>& records) {
  json sealed = json::array();
  std::optional<takedown::evidence::Link> prev;
  for (const auto& record : records) {
    auto result = takedown::evidence::seal(record, prev);
    if (auto* problem = std::get_if<std::string>(&result)) FAIL(*problem);
    const json& s = std::get<json>(result);
    prev = takedown::evidence::Link{s["seq"].get<std::int64_t>(), s["hash"].get<std::string>()};
    sealed.push_back(s);
  }
  return sealed;
}

// Five records of one case: two captures, a letter, a request and an answer.
inline json sample_chain() {
  return chain({
      unsealed(0, "capture", capture_data(), {artifact("screenshot.png", 'a', 1000), artifact("media.jpg", 'b', 52000, "image/jpeg")}),
      unsealed(1, "note", {{"text", "Found it through a friend."}}),
      unsealed(2, "letter_drafted", {{"kind", "gdpr_erasure"}, {"language", "nl"}, {"to", "Platform B.V."}},
               {artifact("letter-nl.txt", 'c', 2400, "text/plain; charset=utf-8")}),
      unsealed(3, "request_sent", {{"to", "Platform B.V."}, {"channel", "web_form"}, {"legal_basis", "GDPR Art. 17"}, {"about_seq", 2}}),
      unsealed(4, "answer_received", {{"from", "Platform B.V."}, {"channel", "email"}, {"outcome", "removed"}, {"request_seq", 3}}),
  });
}

}  // namespace evidence_fixtures

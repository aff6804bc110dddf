// The dossier's BagIt tag files: exact text, manifest encoding, folding and path rules.
#include "evidence/bagit.hpp"
#include "evidence/crc32.hpp"
#include "evidence/sha256.hpp"

#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

namespace bagit_test {  // one per file: the unity build joins test files

namespace ev = takedown::evidence;
using nlohmann::json;

namespace {

ev::BagRequest sample() {
  ev::BagRequest r;
  r.case_id = "case-20261128-0001";
  r.exported_at = "2026-11-28T21:05:09.777Z";
  r.software_agent = "Takedown 0.1.0 (https://takedown.org)";
  r.files = {{"data/report.html", std::string(64, 'c'), 30000},
             {"data/artifacts/media.mp4", std::string(64, 'a'), 104857600},
             {"data/log.jsonl", std::string(64, 'b'), 4096}};
  return r;
}

const std::string& text_of(const ev::Bag& bag, std::string_view path) {
  for (const auto& tag : bag.tag_files) {
    if (tag.path == path) return tag.text;
  }
  FAIL("no tag file " << path);
  static const std::string none;
  return none;
}

}  // namespace

TEST_CASE("the four tag files, exactly") {
  const ev::BagRequest request = sample();
  REQUIRE_FALSE(ev::check_bag_request(request).has_value());
  const ev::Bag bag = ev::make_bag(request);
  REQUIRE(bag.tag_files.size() == 4);
  CHECK(bag.payload_oxum == "104891696.3");
  CHECK(text_of(bag, "bagit.txt") == "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n");
  CHECK(text_of(bag, "bag-info.txt") ==
        "Bag-Software-Agent: Takedown 0.1.0 (https://takedown.org)\n"
        "Bagging-Date: 2026-11-28\n"
        "External-Identifier: case-20261128-0001\n"
        "Payload-Oxum: 104891696.3\n"
        "Bag-Size: 104.9 MB\n"
        "Takedown-Exported-At: 2026-11-28T21:05:09.777Z\n");
  // Sorted by path, "hash  path" (two spaces: bagit validators and sha256sum -c both read it).
  CHECK(text_of(bag, "manifest-sha256.txt") ==
        std::string(64, 'a') + "  data/artifacts/media.mp4\n" + std::string(64, 'b') + "  data/log.jsonl\n" +
            std::string(64, 'c') + "  data/report.html\n");
  const std::string expected_tags = ev::sha256_hex(text_of(bag, "bag-info.txt")) + "  bag-info.txt\n" +
                                    ev::sha256_hex(text_of(bag, "bagit.txt")) + "  bagit.txt\n" +
                                    ev::sha256_hex(text_of(bag, "manifest-sha256.txt")) + "  manifest-sha256.txt\n";
  CHECK(text_of(bag, "tagmanifest-sha256.txt") == expected_tags);
}

TEST_CASE("manifest paths percent-encode CR, LF and % (RFC 8493 §2.1.3)") {
  CHECK(ev::manifest_path("data/100%.png") == "data/100%25.png");
  CHECK(ev::manifest_path("data/a\r\nb") == "data/a%0D%0Ab");
  CHECK(ev::manifest_path("data/%0A") == "data/%250A");
  ev::BagRequest request = sample();
  request.files = {{"data/50%off.png", std::string(64, 'a'), 1}};
  REQUIRE_FALSE(ev::check_bag_request(request).has_value());
  CHECK(text_of(ev::make_bag(request), "manifest-sha256.txt") == std::string(64, 'a') + "  data/50%25off.png\n");
}

TEST_CASE("payload paths stay inside data/ and are portable") {
  CHECK_FALSE(ev::payload_path_problem("data/a.png").has_value());
  CHECK_FALSE(ev::payload_path_problem("data/artifacts/2026/x-1_y.mp4").has_value());
  CHECK_FALSE(ev::payload_path_problem("data/\xC3\xA9t\xC3\xA9.png").has_value());
  const std::pair<const char*, const char*> refused[] = {
      {"a.png", "must start with data/"},
      {"/data/a.png", "must start with data/"},
      {"data/../bagit.txt", "'.' or '..'"},
      {"data/./a", "'.' or '..'"},
      {"data//a", "empty segment"},
      {"data/a/", "empty segment"},
      {"data/", "empty segment"},
      {"data/a\\b", "Windows does not allow"},
      {"data/a:b", "Windows does not allow"},
      {"data/a\nb", "control character"},
      {"data/a\x7f", "control character"},
      {"data/a\xC2\x85", "control character"},
      {"data/CON", "reserves"},
      {"data/x/nul.txt", "reserves"},
      {"data/COM1.png", "reserves"},
      {"data/a.", "ends with a dot"},
      {"data/ a", "starts or ends with a space"},
  };
  for (const auto& [path, why] : refused) {
    const auto& refused_path = path;  // a copy: clang 14 cannot capture a structured binding in CAPTURE's lambda
    CAPTURE(refused_path);
    const auto problem = ev::payload_path_problem(path);
    REQUIRE(problem.has_value());
    CHECK(problem->find(why) != std::string::npos);
  }
  CHECK(ev::payload_path_problem("data/" + std::string(256, 'a')).has_value());
  CHECK(ev::payload_path_problem("data/" + std::string(1020, 'a')).has_value());
  CHECK_FALSE(ev::payload_path_problem("data/CONSOLE.txt").has_value());
  CHECK_FALSE(ev::payload_path_problem("data/com10").has_value());
}

TEST_CASE("duplicates, also those differing only in case, are refused") {
  ev::BagRequest request = sample();
  request.files.push_back({"data/log.jsonl", std::string(64, 'd'), 1});
  CHECK(*ev::check_bag_request(request) == "params.files[3].path repeats params.files[2].path");
  request = sample();
  request.files.push_back({"data/Report.HTML", std::string(64, 'd'), 1});
  CHECK(*ev::check_bag_request(request) == "params.files[3].path differs only in case from params.files[0].path");
}

TEST_CASE("bag-info lines fold before a space to stay within 79 characters") {
  const std::string value =
      "A dossier about a deepfake video of me that appeared on a video platform and was shared in two groups";
  const std::string line = ev::tag_line("External-Description", value);
  std::size_t start = 0;
  std::string unfolded;
  while (start < line.size()) {
    const std::size_t end = line.find('\n', start);
    const std::string part = line.substr(start, end - start);
    CHECK(part.size() <= 79);
    if (start > 0) CHECK(part.front() == ' ');  // continuation lines are indented
    unfolded += part;
    start = end + 1;
  }
  CHECK(unfolded == "External-Description: " + value);
  CHECK(std::count(line.begin(), line.end(), '\n') == 2);
  // A single word longer than a line is kept whole.
  const std::string word(100, 'x');
  CHECK(ev::tag_line("Label", word) == "Label: " + word + "\n");
}

TEST_CASE("human sizes for Bag-Size") {
  CHECK(ev::human_size(0) == "0 bytes");
  CHECK(ev::human_size(1) == "1 byte");
  CHECK(ev::human_size(999) == "999 bytes");
  CHECK(ev::human_size(1000) == "1.0 KB");
  CHECK(ev::human_size(1550) == "1.6 KB");
  CHECK(ev::human_size(999949) == "999.9 KB");
  CHECK(ev::human_size(999950) == "1.0 MB");
  CHECK(ev::human_size(268435456) == "268.4 MB");
  CHECK(ev::human_size(5'000'000'000) == "5.0 GB");
}

TEST_CASE("dossier.bag through call(): tag files with sha256, size and crc32, and clear refusals") {
  const json params = {{"case", "case-20261128-0001"},
                       {"exported_at", "2026-11-28T21:05:09.777Z"},
                       {"tool", "Takedown 0.1.0"},
                       {"description", "Evidence for the police"},
                       {"files", {{{"path", "data/log.jsonl"}, {"sha256", std::string(64, 'b')}, {"size", 4096}}}}};
  json answer = json::parse(takedown::core::call("dossier.bag", params.dump()));
  REQUIRE(answer["ok"] == true);
  const json& tags = answer["result"]["tag_files"];
  REQUIRE(tags.size() == 4);
  CHECK(answer["result"]["payload_oxum"] == "4096.1");
  for (const auto& tag : tags) {
    const std::string text = tag["text"];
    CHECK(tag["sha256"] == ev::sha256_hex(text));
    CHECK(tag["size"] == text.size());
    CHECK(tag["crc32"] == ev::crc32(text));
  }
  CHECK(tags[1]["text"].get<std::string>().find("External-Description: Evidence for the police\n") != std::string::npos);

  const auto error = [&](json p) {
    return json::parse(takedown::core::call("dossier.bag", p.dump()))["error"]["message"].get<std::string>();
  };
  json p = params;
  p["files"][0]["path"] = "data/../../etc/passwd";
  CHECK(error(p) == "params.files[0].path has a '.' or '..' segment");
  p = params;
  p["files"][0]["path"] = "/etc/passwd";
  CHECK(error(p) == "params.files[0].path must start with data/ (payload files live in the bag's data folder)");
  p = params;
  p["description"] = "two\nlines";
  CHECK(error(p) == "params.description must not contain control characters or line breaks");
  p = params;
  p["exported_at"] = "2026-11-28";
  CHECK(error(p) == "params.exported_at must be a UTC time like 2026-11-28T10:15:30.000Z");
  p = params;
  p["files"][0]["size"] = 9007199254740992u;
  CHECK(error(p) == "params.files[0].size must be at most 9007199254740991");
  p = params;
  p["files"] = {{{"path", "data/a"}, {"sha256", std::string(64, 'b')}, {"size", 9007199254740991}},
                {{"path", "data/b"}, {"sha256", std::string(64, 'b')}, {"size", 1}}};
  CHECK(error(p) == "params.files add up to more than 2^53 - 1 bytes");
}

}  // namespace bagit_test

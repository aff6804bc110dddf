// Bit-exactness with the reference PDQ on its own test buffers (../shared/corpora/pdq-vectors, or
// TAKEDOWN_PDQ_VECTORS): every hasher-input buffer gives the reference hash and quality, and the
// dihedral bases give all 8 reference hashes. The full-resolution hashes need a JPEG decoder and
// are checked by tests/node/pdq-host.test.mjs. A missing corpus fails: it is never skipped.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "pdq/netpbm.hpp"
#include "pdq/pdq.hpp"

namespace pdq_vectors_test {

namespace fs = std::filesystem;
namespace pdq = takedown::pdq;

fs::path vectors_dir() {
  if (const char* env = std::getenv("TAKEDOWN_PDQ_VECTORS"); env != nullptr && *env != '\0') return env;
  return TAKEDOWN_PDQ_VECTORS_DIR;
}

std::vector<std::uint8_t> read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read ", path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The CSV's rows as maps from column name to value (the files have no quoted commas).
std::vector<std::map<std::string, std::string>> read_csv(const fs::path& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in.good(), "the PDQ vectors are missing: cannot read ", path.string(),
                  " (set TAKEDOWN_PDQ_VECTORS to the pdq-vectors folder)");
  auto split = [](const std::string& line) {
    std::vector<std::string> cells;
    std::stringstream s(line);
    for (std::string cell; std::getline(s, cell, ',');) cells.push_back(cell);
    return cells;
  };
  std::string line;
  std::getline(in, line);
  const auto header = split(line);
  std::vector<std::map<std::string, std::string>> rows;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto cells = split(line);
    std::map<std::string, std::string> row;
    for (std::size_t i = 0; i < header.size() && i < cells.size(); ++i) row[header[i]] = cells[i];
    rows.push_back(std::move(row));
  }
  return rows;
}

pdq::Result hash_file(const fs::path& path) {
  const auto bytes = read_bytes(path);
  auto parsed = pdq::parse_netpbm(bytes);
  REQUIRE_MESSAGE(std::holds_alternative<pdq::Netpbm>(parsed), path.string(), " does not parse");
  const auto& image = std::get<pdq::Netpbm>(parsed);
  return pdq::hash_pixels(image.pixels, image.width, image.height, image.channels);
}

TEST_CASE("every hasher-input buffer gives the reference's hash and quality") {
  const auto rows = read_csv(vectors_dir() / "vectors.csv");
  REQUIRE(rows.size() == 10);
  for (const auto& row : rows) {
    CAPTURE(row.at("file"));
    const auto result = hash_file(vectors_dir() / row.at("hasher_input"));
    CHECK(pdq::to_hex(result.hashes[0]) == row.at("pdq_hash"));
    CHECK(result.quality == std::stoi(row.at("quality")));
  }
}

TEST_CASE("the dihedral bases give all eight of the reference's dihedral hashes") {
  const auto rows = read_csv(vectors_dir() / "dihedral.csv");
  REQUIRE(rows.size() == 24);
  std::map<std::string, pdq::Result> results;
  for (const auto& row : rows) {
    const std::string file = row.at("file");
    CAPTURE(file);
    CAPTURE(row.at("xform"));
    if (!results.contains(file)) {
      // The base's hasher-input is its file name plus .ppm or .pgm.
      fs::path input = vectors_dir() / "hasher-input" / (file + ".ppm");
      if (!fs::exists(input)) input = vectors_dir() / "hasher-input" / (file + ".pgm");
      results[file] = hash_file(input);
    }
    std::size_t x = 0;
    while (x < pdq::dihedral_names.size() && pdq::dihedral_names[x] != row.at("xform")) ++x;
    REQUIRE(x < pdq::dihedral_names.size());
    CHECK(pdq::to_hex(results[file].hashes[x]) == row.at("pdq_hash"));
    CHECK(results[file].quality == std::stoi(row.at("quality")));
  }
}

}  // namespace pdq_vectors_test

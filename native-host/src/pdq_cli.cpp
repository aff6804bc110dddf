#include "pdq_cli.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "exit_codes.hpp"
#include "pdq/fingerprint.hpp"
#include "pdq/hash256.hpp"
#include "pdq/netpbm.hpp"
#include "pdq/pdq.hpp"

namespace takedown::host {
namespace {

constexpr std::string_view pdq_usage = R"(Usage: takedown-host pdq [--dihedral] [--variants reference|candidate] FILE...
Prints "hash,quality,FILE" for each binary PPM (P6) or PGM (P5) file with maxval 255: its PDQ hash
(64 hex digits, the reference's order) and quality (0-100; under 50 the hash is unreliable), hashed
at full resolution. Make such files with e.g. `convert picture.jpg pnm:picture.pnm`.
  --variants ROLE  one line per variant of docs/pdq.md ("full", "trimmed", ...), its name added as a
                   4th column: "hash,quality,FILE,variant"
  --dihedral       the 7 other dihedral hashes added as last columns (rot90, rot180, rot270, flipx,
                   flipy, flipplus1, flipminus1)
A file that cannot be read or parsed is reported on stderr and the others are still hashed.
Exit codes: 0 all hashed, 1 a file failed, 2 usage error.
)";

// The whole file, or why it could not be read. Files past the largest hashable image are refused
// before they are read in full.
std::variant<std::vector<std::uint8_t>, std::string> read_file(const std::string& path) {
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (file == nullptr) return std::string(std::strerror(errno));
  constexpr std::size_t limit = pdq::max_pixels * 3 + 64 * 1024;
  std::vector<std::uint8_t> bytes;
  std::uint8_t chunk[64 * 1024];
  std::size_t n = 0;
  while ((n = std::fread(chunk, 1, sizeof chunk, file)) > 0) {
    bytes.insert(bytes.end(), chunk, chunk + n);
    if (bytes.size() > limit) break;
  }
  const bool failed = std::ferror(file) != 0;
  std::fclose(file);
  if (failed) return std::string("read error");
  if (bytes.size() > limit) return std::string("the file is larger than any image PDQ hashes here (64 Mi pixels)");
  return bytes;
}

}  // namespace

int run_pdq_cli(std::span<const std::string_view> args) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::fwrite(pdq_usage.data(), 1, pdq_usage.size(), stdout);
    return exit_code::ok;
  }
  bool dihedral = false;
  std::optional<pdq::Role> role;
  std::size_t first = 0;
  for (; first < args.size() && args[first].starts_with("--"); ++first) {
    if (args[first] == "--dihedral") {
      dihedral = true;
    } else if (args[first] == "--variants" && first + 1 < args.size() &&
               (args[first + 1] == "reference" || args[first + 1] == "candidate")) {
      role = args[++first] == "reference" ? pdq::Role::reference : pdq::Role::candidate;
    } else {
      std::fprintf(stderr, "takedown-host: pdq: unknown or incomplete option \"%.*s\"\n%.*s", static_cast<int>(args[first].size()),
                   args[first].data(), static_cast<int>(pdq_usage.size()), pdq_usage.data());
      return exit_code::usage;
    }
  }
  args = args.subspan(first);
  if (args.empty()) {
    std::fprintf(stderr, "takedown-host: pdq needs at least one FILE\n%.*s", static_cast<int>(pdq_usage.size()), pdq_usage.data());
    return exit_code::usage;
  }
  // One output line: the reference's three columns, then what the options add.
  auto print = [&](const pdq::Result& result, const std::string& path, const std::string* variant) {
    std::string line = pdq::to_hex(result.hashes[0]) + "," + std::to_string(result.quality) + "," + path;
    if (variant != nullptr) line += "," + *variant;
    for (std::size_t x = 1; dihedral && x < result.hashes.size(); ++x) line += "," + pdq::to_hex(result.hashes[x]);
    line += "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
  };
  int status = exit_code::ok;
  for (const std::string_view arg : args) {
    const std::string path(arg);
    auto bytes = read_file(path);
    std::string problem;
    if (auto* data = std::get_if<std::vector<std::uint8_t>>(&bytes)) {
      auto parsed = pdq::parse_netpbm(*data);
      if (auto* image = std::get_if<pdq::Netpbm>(&parsed)) {
        if (role) {
          for (const auto& v : pdq::fingerprint({image->pixels, image->width, image->height, image->channels}, *role)) {
            print(v.result, path, &v.name);
          }
        } else {
          print(pdq::hash_pixels(image->pixels, image->width, image->height, image->channels), path, nullptr);
        }
        std::fflush(stdout);
        continue;
      }
      problem = std::get<std::string>(parsed);
    } else {
      problem = "cannot read it: " + std::get<std::string>(bytes);
    }
    std::fprintf(stderr, "takedown-host: pdq: %s: %s\n", path.c_str(), problem.c_str());
    status = exit_code::failed;
  }
  return status;
}

}  // namespace takedown::host

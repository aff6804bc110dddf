#include "proofs/bag_timestamp.hpp"

#include <optional>
#include <set>
#include <system_error>

#include "proofs/tsa_exchange.hpp"
#include "vault/core_bridge.hpp"
#include "vault/file_io.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::proofs {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using protocol::ErrorCode;

struct ManifestLine {
  std::string sha256;
  std::string path;
};

// "<sha256>  <path>" lines (RFC 8493 §2.1.3, with %25, %0D, %0A decoded); nullopt for anything else,
// including a path that could leave the bag.
std::optional<std::vector<ManifestLine>> parse_manifest(std::string_view text) {
  std::vector<ManifestLine> lines;
  while (!text.empty()) {
    const std::size_t end = text.find('\n');
    if (end == std::string_view::npos) return std::nullopt;
    const std::string_view line = text.substr(0, end);
    text.remove_prefix(end + 1);
    if (line.size() < 67 || line.substr(64, 2) != "  " || !vault::is_sha256(line.substr(0, 64))) return std::nullopt;
    std::string path;
    for (std::size_t i = 66; i < line.size(); ++i) {
      const std::string_view rest = line.substr(i);
      if (rest.starts_with("%25") || rest.starts_with("%0D") || rest.starts_with("%0A")) {
        path += rest[2] == '5' ? '%' : rest[2] == 'D' ? '\r' : '\n';
        i += 2;
      } else {
        path += line[i];
      }
    }
    for (const auto& part : fs::path(path)) {
      if (part == ".." || part == "." || part.empty()) return std::nullopt;
    }
    if (path.starts_with("/") || path.find('\\') != std::string::npos || path.find("//") != std::string::npos) return std::nullopt;
    lines.push_back({std::string(line.substr(0, 64)), std::move(path)});
  }
  return lines;
}

// The first file of `manifest` (a file in the bag) whose bytes do not match, as a message; adds every
// listed path to `listed`.
std::optional<std::string> manifest_problem(const fs::path& bag, std::string_view manifest, std::set<std::string>& listed) {
  const auto text = vault::read_if_exists(bag / manifest);
  if (!text) return std::string(manifest) + " is missing";
  const auto lines = parse_manifest(*text);
  if (!lines) return std::string(manifest) + " is not a manifest of this bag";
  for (const ManifestLine& line : *lines) {
    listed.insert(line.path);
    try {
      vault::refuse_symlinks(bag, fs::path(line.path));
      const vault::FileDigest digest = vault::hash_file(bag / line.path);
      if (digest.sha256 != line.sha256) {
        return line.path + " has changed: it hashes to " + digest.sha256 + ", but " + std::string(manifest) + " says " + line.sha256;
      }
    } catch (const vault::VaultError& e) {
      return line.path + " (listed in " + std::string(manifest) + ") cannot be read: " + e.what();
    }
  }
  return std::nullopt;
}

// Every payload file is listed in manifest-sha256.txt (RFC 8493 "complete").
std::optional<std::string> unlisted_payload(const fs::path& bag, const std::set<std::string>& listed) {
  std::error_code error;
  for (auto it = fs::recursive_directory_iterator(bag / "data", error); !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (it->is_directory() && !it->is_symlink()) continue;
    const std::string relative = it->path().lexically_relative(bag).generic_string();
    if (!listed.contains(relative)) return relative + " is in the bag but in no manifest";
  }
  if (error) return "cannot list " + (bag / "data").string() + ": " + error.message();
  return std::nullopt;
}

}  // namespace

BagStamp stamp_tagmanifest(std::string_view tagmanifest, const TsaConfig& config) {
  if (!config.url) {
    throw vault::VaultError(ErrorCode::tsa_not_configured,
                            "no Time Stamping Authority is configured: set TAKEDOWN_TSA_URL (and TAKEDOWN_TSA_CA) or "
                            "\"tsa\": {\"url\", \"ca_file\"} in the vault's config.json");
  }
  const std::string sha256 = vault::sha256_hex(tagmanifest);
  TsaExchange exchange = request_token(config, *digest_from_hex(sha256));
  // A dossier goes to others: a token that does not verify here would not verify for them either.
  if (exchange.trust_problem) {
    throw vault::VaultError(ErrorCode::tsa_failed, "the token from " + *config.url + " does not verify: " +
                                                       exchange.trust_problem->kind + ": " + exchange.trust_problem->message);
  }
  BagStamp stamp;
  stamp.gen_time = exchange.facts.gen_time;
  stamp.serial = exchange.facts.serial;
  stamp.files.push_back({std::string(bag_tsq), std::move(exchange.query.der)});
  stamp.files.push_back({std::string(bag_tsr), std::move(exchange.reply)});
  return stamp;
}

json verify_bag_stamp(const fs::path& bag, const TsaTrust& trust) {
  json answer{{"ok", false}, {"sha256", nullptr}, {"gen_time", nullptr}, {"serial", nullptr}, {"files", 0}};
  auto fail = [&answer](std::string kind, std::string message) {
    answer["problem"] = to_json(Problem{std::move(kind), std::move(message)});
    return answer;
  };
  std::optional<std::string> tagmanifest, query, reply;
  try {
    tagmanifest = vault::read_if_exists(bag / bag_tagmanifest);
    query = vault::read_if_exists(bag / bag_tsq);
    reply = vault::read_if_exists(bag / bag_tsr);
  } catch (const vault::VaultError& e) {
    return fail("not_a_bag", e.what());
  }
  if (!tagmanifest) return fail("not_a_bag", (bag / bag_tagmanifest).string() + " is missing: is " + bag.string() + " a bag folder?");
  if (!query || !reply) {
    return fail("timestamp_missing", "the bag has no timestamp (" + (bag / (query ? bag_tsr : bag_tsq)).string() + " is missing)");
  }
  const std::string sha256 = vault::sha256_hex(*tagmanifest);
  answer["sha256"] = sha256;
  const ReplyReading reading = read_reply(*reply);
  if (reading.facts) {
    answer["gen_time"] = reading.facts->gen_time;
    answer["serial"] = reading.facts->serial;
  }
  const auto query_digest = query_imprint(*query);
  if (!query_digest) return fail("query_unreadable", std::string(bag_tsq) + " is not a SHA-256 TimeStampReq");
  if (digest_hex(*query_digest) != sha256) {
    return fail("tagmanifest_changed", std::string(bag_tagmanifest) + " has changed: it hashes to " + sha256 +
                                           ", but the timestamp is for " + digest_hex(*query_digest));
  }
  if (reading.problem) return fail(reading.problem->kind, reading.problem->message);
  if (!reading.facts->imprint || digest_hex(*reading.facts->imprint) != sha256) {
    return fail("imprint_mismatch", "the token is for " +
                                        (reading.facts->imprint ? digest_hex(*reading.facts->imprint) : std::string("non-SHA-256 data")) +
                                        ", not for " + std::string(bag_tagmanifest) + " (" + sha256 + ")");
  }
  if (auto problem = verify_reply(*query, *reply, trust, true)) return fail(problem->kind, problem->message);

  // The token dates the tag manifest; the manifests pin the rest. Check them too, so "ok" means the
  // whole bag is what was stamped.
  std::set<std::string> tag_listed, payload_listed;
  if (auto problem = manifest_problem(bag, bag_tagmanifest, tag_listed)) return fail("bag_changed", *problem);
  if (!tag_listed.contains("manifest-sha256.txt")) return fail("bag_changed", "tagmanifest-sha256.txt does not list manifest-sha256.txt");
  if (auto problem = manifest_problem(bag, "manifest-sha256.txt", payload_listed)) return fail("bag_changed", *problem);
  if (auto problem = unlisted_payload(bag, payload_listed)) return fail("bag_changed", *problem);
  answer["files"] = tag_listed.size() + payload_listed.size();
  answer["ok"] = true;
  return answer;
}

}  // namespace takedown::host::proofs

#include "proofs/timestamp_cli.hpp"

#include <charconv>
#include <cstdio>
#include <optional>
#include <variant>

#include "exit_codes.hpp"
#include "proofs/bag_timestamp.hpp"
#include "proofs/timestamp.hpp"
#include "proofs/tsa_config.hpp"
#include "utf8_path.hpp"
#include "vault/vault.hpp"

namespace takedown::host::proofs {
namespace {

void say(std::FILE* stream, const std::string& text) {
  std::fwrite(text.data(), 1, text.size(), stream);
  std::fflush(stream);
}

int usage_error(const std::string& problem) {
  say(stderr, "takedown-host: vault timestamp: " + problem + "\nRun 'takedown-host vault timestamp --help' for usage.\n");
  return exit_code::usage;
}

struct VerifyArgs {
  std::string case_id;
  std::int64_t seq = -1;
  std::optional<std::string> bag;  // --bag PATH instead of --case/--seq
  std::optional<std::string> vault_dir;
  std::optional<std::string> ca_file;
};

std::variant<VerifyArgs, std::string> parse_verify_args(std::span<const std::string_view> args) {
  VerifyArgs out;
  std::optional<std::string> case_id, seq, vault_dir, ca_file, bag;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view flag = args[i];
    std::optional<std::string_view> value;
    if (const auto eq = flag.find('='); flag.starts_with("--") && eq != std::string_view::npos) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
    }
    std::optional<std::string>* slot = flag == "--case"    ? &case_id
                                       : flag == "--seq"   ? &seq
                                       : flag == "--vault" ? &vault_dir
                                       : flag == "--ca"    ? &ca_file
                                       : flag == "--bag"   ? &bag
                                                           : nullptr;
    if (slot == nullptr) return "unknown argument \"" + std::string(args[i]) + "\"";
    if (slot->has_value()) return std::string(flag) + " is given twice";
    if (!value) {
      if (i + 1 >= args.size()) return std::string(flag) + " needs a value";
      value = args[++i];
    }
    if (value->empty()) return std::string(flag) + " needs a non-empty value";
    *slot = std::string(*value);
  }
  if (bag) {
    if (case_id || seq) return std::string("--bag PATH checks an exported bag: it takes no --case or --seq");
    out.bag = bag;
    out.vault_dir = vault_dir;
    out.ca_file = ca_file;
    return out;
  }
  if (!case_id) return std::string("--case ID is required (or --bag PATH)");
  if (!vault::is_case_id(*case_id)) return "--case " + *case_id + " is not a case id (^[a-z0-9-]{1,64}$)";
  if (!seq) return std::string("--seq N is required");
  const auto [end, error] = std::from_chars(seq->data(), seq->data() + seq->size(), out.seq);
  if (error != std::errc{} || end != seq->data() + seq->size() || out.seq < 0) return "--seq " + *seq + " is not a number >= 0";
  out.case_id = *case_id;
  out.vault_dir = vault_dir;
  out.ca_file = ca_file;
  return out;
}

// The bag's CA: --ca, else TAKEDOWN_TSA_CA or the vault's config.json (read, never created), else the
// system store.
int run_verify_bag(const VerifyArgs& options) {
  try {
    TsaTrust trust;
    if (options.ca_file) {
      trust.ca_file = options.ca_file;
    } else {
      trust = tsa_config(vault::resolve_root(options.vault_dir ? std::optional<std::string_view>(*options.vault_dir) : std::nullopt)).trust();
    }
    const nlohmann::json checked = verify_bag_stamp(std::filesystem::absolute(utf8_path(*options.bag)), trust);
    const std::string which = "the timestamp of the bag " + *options.bag;
    if (checked["ok"].get<bool>()) {
      say(stdout, which + " verifies: tagmanifest-sha256.txt (" + checked["sha256"].get<std::string>() + ") existed at " +
                      checked["gen_time"].get<std::string>() + " (token serial " + checked["serial"].get<std::string>() + "), and " +
                      std::to_string(checked["files"].get<std::size_t>()) + " files match the bag's manifests\n");
      return exit_code::ok;
    }
    const nlohmann::json& problem = checked["problem"];
    say(stderr, "takedown-host: " + which + " does not verify: " + problem["kind"].get<std::string>() + ": " +
                    problem["message"].get<std::string>() + "\n");
    return exit_code::vault_problem;
  } catch (const vault::VaultError& e) {
    say(stderr, std::string("takedown-host: vault timestamp verify: ") + e.what() + "\n");
    return exit_code::failed;
  }
}

int run_verify(std::span<const std::string_view> args) {
  auto parsed = parse_verify_args(args);
  if (auto* problem = std::get_if<std::string>(&parsed)) return usage_error(*problem);
  const VerifyArgs& options = std::get<VerifyArgs>(parsed);
  if (options.bag) return run_verify_bag(options);
  try {
    const vault::Vault vault = vault::Vault::open(
        vault::resolve_root(options.vault_dir ? std::optional<std::string_view>(*options.vault_dir) : std::nullopt));
    TsaTrust trust = tsa_config(vault.root()).trust();
    if (options.ca_file) trust.ca_file = options.ca_file;
    const nlohmann::json checked = verify_stamp(vault, options.case_id, options.seq, trust);
    const std::string which = "the timestamp of record " + std::to_string(options.seq) + " of case " + options.case_id;
    if (checked["ok"].get<bool>()) {
      say(stdout, which + " verifies: " + checked["hash"].get<std::string>() + " existed at " +
                      checked["gen_time"].get<std::string>() + " (token serial " + checked["serial"].get<std::string>() + ")\n");
      return exit_code::ok;
    }
    const nlohmann::json& problem = checked["problem"];
    say(stderr, "takedown-host: " + which + " does not verify: " + problem["kind"].get<std::string>() + ": " +
                    problem["message"].get<std::string>() + "\n");
    return exit_code::vault_problem;
  } catch (const vault::VaultError& e) {
    say(stderr, std::string("takedown-host: vault timestamp verify: ") + e.what() + "\n");
    return exit_code::failed;
  }
}

}  // namespace

std::string vault_timestamp_usage() {
  return R"(Usage: takedown-host vault timestamp verify --case ID --seq N [--vault DIR] [--ca FILE]
       takedown-host vault timestamp verify --bag PATH [--ca FILE] [--vault DIR]

Checks the RFC 3161 token stored for record N of case ID (cases/ID/proofs/timestamps/N.tsq, .tsr):
the record still hashes to its hash, the query is for that hash, the reply answers the query, and the
token is signed by a TSA whose certificate chains to the CA: --ca FILE (PEM), else TAKEDOWN_TSA_CA or
the vault's config.json "tsa.ca_file", else the system store.
--vault DIR defaults to TAKEDOWN_VAULT, then the per-user vault folder.

--bag PATH checks the token of a bag folder made by 'vault export --timestamp' (unzip a .zip first):
tagmanifest-sha256.txt.tsq and .tsr beside tagmanifest-sha256.txt are for that file's SHA-256 and
signed by a TSA that chains to the CA as above, and every file matches the bag's manifests.

Exit codes: 0 the token verifies; 1 the vault could not be read; 2 usage error; 6 the token does not
verify (the problem is named on stderr, e.g. "record_changed", "imprint_mismatch", "untrusted",
"token_invalid", "timestamp_missing"; for a bag also "tagmanifest_changed", "bag_changed", "not_a_bag").
Tokens are stamped with the host method vault.timestamp, a bag's with 'vault export --timestamp'.
)";
}

int run_vault_timestamp(std::span<const std::string_view> args) {
  const auto is_help = [](std::string_view arg) { return arg == "--help" || arg == "-h" || arg == "help"; };
  for (const std::string_view arg : args) {
    if (is_help(arg)) {
      say(stdout, vault_timestamp_usage());
      return exit_code::ok;
    }
  }
  if (args.empty()) return usage_error("no subcommand given (verify)");
  if (args[0] != "verify") return usage_error("unknown subcommand \"" + std::string(args[0]) + "\" (verify)");
  return run_verify(args.subspan(1));
}

}  // namespace takedown::host::proofs

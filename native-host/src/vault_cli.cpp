#include "vault_cli.hpp"

#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <map>
#include <optional>
#include <variant>

#include <nlohmann/json.hpp>

#include "cli_output.hpp"
#include "exit_codes.hpp"
#include "proofs/bag_timestamp.hpp"
#include "proofs/timestamp_cli.hpp"
#include "utf8_path.hpp"
#include "proofs/tsa_config.hpp"
#include "vault/bag_export.hpp"
#include "vault/vault.hpp"

namespace takedown::host {
namespace {

using Args = std::span<const std::string_view>;
using nlohmann::json;

int vault_usage_error(std::string_view problem) {
  print(stderr, "takedown-host vault: " + std::string(problem) + "\nRun 'takedown-host vault --help' for usage.\n");
  return exit_code::usage;
}

int vault_fail(std::string_view problem) {
  print(stderr, "takedown-host vault: " + std::string(problem) + "\n");
  return exit_code::failed;
}

// --name VALUE / --name=VALUE flags from `allowed` (a value-less flag maps to "").
using Flags = std::map<std::string, std::string, std::less<>>;
std::variant<Flags, std::string> parse_flags(Args args, std::initializer_list<std::string_view> with_value,
                                             std::initializer_list<std::string_view> switches = {}) {
  Flags flags;
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string_view flag = args[i];
    std::optional<std::string_view> value;
    if (const auto eq = flag.find('='); flag.starts_with("--") && eq != std::string_view::npos) {
      value = flag.substr(eq + 1);
      flag = flag.substr(0, eq);
    }
    const bool takes_value = std::find(with_value.begin(), with_value.end(), flag) != with_value.end();
    const bool is_switch = std::find(switches.begin(), switches.end(), flag) != switches.end();
    if (!takes_value && !is_switch) return "unknown argument \"" + std::string(args[i]) + "\"";
    if (flags.contains(flag)) return std::string(flag) + " is given twice";
    if (is_switch) {
      if (value) return std::string(flag) + " takes no value";
      flags.emplace(flag, "");
      continue;
    }
    if (!value) {
      if (i + 1 >= args.size()) return std::string(flag) + " needs a value";
      value = args[++i];
    }
    if (value->empty()) return std::string(flag) + " needs a non-empty value";
    flags.emplace(flag, *value);
  }
  return flags;
}

std::optional<std::string_view> flag(const Flags& flags, std::string_view name) {
  const auto found = flags.find(name);
  if (found == flags.end()) return std::nullopt;
  return std::string_view(found->second);
}

vault::Vault open_vault(const Flags& flags) { return vault::Vault::open(vault::resolve_root(flag(flags, "--vault"))); }

std::string head_text(const std::optional<vault::Head>& head) {
  return head ? std::to_string(head->seq) + "\t" + head->hash : std::string("-\t-");
}

int run_list(const Flags& flags) {
  const vault::Vault vault = open_vault(flags);
  const auto cases = vault.list();
  if (flags.contains("--json")) {
    json out = json::array();
    for (const auto& c : cases) {
      json entry{{"case", c.case_id}, {"records", c.records},
                 {"head", c.head ? json{{"seq", c.head->seq}, {"hash", c.head->hash}} : json(nullptr)}};
      if (c.problem) entry["problem"] = *c.problem;
      out.push_back(std::move(entry));
    }
    return print(stdout, json{{"root", vault.root().string()}, {"cases", out}}.dump() + "\n") ? exit_code::ok : exit_code::failed;
  }
  std::string text = "case\trecords\thead_seq\thead_hash\n";
  for (const auto& c : cases) {
    text += c.case_id + "\t" + std::to_string(c.records) + "\t" + head_text(c.head) + (c.problem ? "\tDAMAGED: " + *c.problem : std::string()) + "\n";
  }
  return print(stdout, text) ? exit_code::ok : exit_code::failed;
}

int run_verify(const Flags& flags) {
  const vault::Vault vault = open_vault(flags);
  const auto case_id = flag(flags, "--case");
  const vault::VerifyReport report = vault.verify(case_id);
  std::string text;
  if (flags.contains("--json")) {
    json cases = json::array();
    for (const auto& c : report.cases) {
      json entry{{"case", c.case_id}, {"ok", c.ok}, {"checked", c.checked}, {"artifacts_redacted", c.redacted}, {"redacted", c.redactions}};
      if (c.problem) entry["problem"] = *c.problem;
      cases.push_back(std::move(entry));
    }
    text = json{{"ok", report.ok}, {"cases", cases}, {"blobs", {{"checked", report.blobs.checked}, {"problems", report.blobs.problems}}}}.dump() + "\n";
  } else {
    for (const auto& c : report.cases) {
      text += (c.ok ? "ok\t" : "FAILED\t") + c.case_id + "\t" + std::to_string(c.checked) + " records checked" +
              (c.problem ? "\t" + *c.problem : std::string()) + "\n";
      // A redaction is not a problem, but a reader of the check must see what is gone and why.
      for (const json& r : c.redactions) {
        text += "redacted\t" + c.case_id + "\t" + r["name"].get<std::string>() + " of record " + std::to_string(r["seq"].get<std::int64_t>()) +
                " (" + r["sha256"].get<std::string>() + ") removed by record " + std::to_string(r["by_seq"].get<std::int64_t>()) + ": " +
                r["reason"].get<std::string>() + "\n";
      }
    }
    for (const auto& problem : report.blobs.problems) text += "FAILED\tblob\t" + problem + "\n";
    text += std::string(report.ok ? "vault verify: ok" : "vault verify: FAILED") + " (" + std::to_string(report.cases.size()) +
            (report.cases.size() == 1 ? " case, " : " cases, ") + std::to_string(report.blobs.checked) + " blobs re-hashed)\n";
  }
  if (!print(stdout, text)) return exit_code::failed;
  return report.ok ? exit_code::ok : exit_code::vault_problem;
}

int run_export(const Flags& flags) {
  const auto case_id = flag(flags, "--case");
  const auto out = flag(flags, "--out");
  if (!case_id || !out) return vault_usage_error("export needs --case ID and --out PATH");
  const vault::Vault vault = open_vault(flags);
  vault::ExportRequest request{std::string(*case_id), std::filesystem::absolute(utf8_path(*out)), std::string(flag(flags, "--lang").value_or("en")), {}};
  std::optional<proofs::BagStamp> stamp;
  if (flags.contains("--timestamp")) {
    const proofs::TsaConfig config = proofs::tsa_config(vault.root());
    request.beside_tagmanifest = [&stamp, config](std::string_view tagmanifest) {
      stamp = proofs::stamp_tagmanifest(tagmanifest, config);
      return stamp->files;
    };
  }
  const vault::ExportResult result = vault::export_bag(vault, request);
  std::string text = result.written.string() + "\n" + std::to_string(result.records) + " records, " +
                     std::to_string(result.payload_files) + " payload files, tagmanifest-sha256.txt " + result.tagmanifest_sha256 + "\n";
  if (stamp) {
    text += "timestamped: tagmanifest-sha256.txt existed at " + stamp->gen_time + " (token serial " + stamp->serial + "), in " +
            std::string(proofs::bag_tsr) + " (verified)\n";
  }
  return print(stdout, text) ? exit_code::ok : exit_code::failed;
}

}  // namespace

std::string vault_usage_text() {
  return R"(takedown-host vault: the evidence vault on disk (docs/vault.md).

Usage:
  takedown-host vault list   [--vault DIR] [--json]
  takedown-host vault verify [--case ID] [--vault DIR] [--json]
  takedown-host vault export --case ID --out PATH [--lang en|nl] [--timestamp] [--vault DIR]
  takedown-host vault timestamp verify --case ID --seq N [--vault DIR] [--ca FILE]
  takedown-host vault timestamp verify --bag PATH [--ca FILE] [--vault DIR]
  takedown-host vault [COMMAND] --help

The vault is DIR, else $TAKEDOWN_VAULT, else ~/.local/share/takedown/vault ($XDG_DATA_HOME/takedown/vault).
list: one line per case: case id, records, head seq and hash (tab-separated).
verify: every case's chain (or one case's) and every blob re-hashed; names the first problem per case,
  and every file a redaction record removed on purpose (with the record and the reason).
export: the case as a BagIt dossier like the extension's: PATH ending in .zip gets a stored zip (top
  folder: the case id), any other PATH becomes the bag folder. PATH must not exist.
  --timestamp: the configured TSA signs the SHA-256 of tagmanifest-sha256.txt; the query and token go
  beside it as tagmanifest-sha256.txt.tsq and .tsr (in no manifest). The token must verify, else
  nothing is written. Check it with 'vault timestamp verify --bag PATH' or
  openssl ts -verify -data tagmanifest-sha256.txt -in tagmanifest-sha256.txt.tsr -CAfile tsa-ca.pem

Exit codes:
  0  success; verify: everything checked is intact
  1  could not finish (the vault or PATH is unusable, or --timestamp got no token that verifies;
     the message says why)
  2  usage error
  6  verify: a problem was found (each one named on stdout)
)";
}

int run_vault_cli(Args args) {
  if (args.empty()) return vault_usage_error("no vault command given");
  const std::string_view command = args[0];
  const Args rest = args.subspan(1);
  if (is_help(command)) return print(stdout, vault_usage_text()) ? exit_code::ok : exit_code::failed;
  if (command == "timestamp") return proofs::run_vault_timestamp(rest);
  for (const std::string_view arg : rest) {
    if (is_help(arg)) return print(stdout, vault_usage_text()) ? exit_code::ok : exit_code::failed;
  }
  std::variant<Flags, std::string> parsed;
  if (command == "list") {
    parsed = parse_flags(rest, {"--vault"}, {"--json"});
  } else if (command == "verify") {
    parsed = parse_flags(rest, {"--vault", "--case"}, {"--json"});
  } else if (command == "export") {
    parsed = parse_flags(rest, {"--vault", "--case", "--out", "--lang"}, {"--timestamp"});
  } else {
    return vault_usage_error("unknown vault command \"" + std::string(command) + "\"");
  }
  if (auto* problem = std::get_if<std::string>(&parsed)) return vault_usage_error(*problem);
  const Flags& flags = std::get<Flags>(parsed);
  try {
    if (command == "list") return run_list(flags);
    if (command == "verify") return run_verify(flags);
    return run_export(flags);
  } catch (const vault::VaultError& e) {
    return vault_fail(std::string(protocol::to_string(e.code)) + ": " + e.what());
  } catch (const std::exception& e) {
    return vault_fail(e.what());
  }
}

}  // namespace takedown::host

#include "proofs/timestamp.hpp"

#include <evidence/record.hpp>

#include "proofs/timestamp_query.hpp"
#include "proofs/timestamp_token.hpp"
#include "proofs/tsa_exchange.hpp"
#include "vault/file_io.hpp"

namespace takedown::host::proofs {
namespace {

using nlohmann::json;
using protocol::ErrorCode;
namespace fs = std::filesystem;

constexpr std::string_view stamps_dir = "proofs/timestamps";

struct StampFiles {
  fs::path tsq, tsr, meta;
};

StampFiles files_for(const fs::path& dir, std::int64_t seq) {
  const std::string base = std::to_string(seq);
  return {dir / (base + ".tsq"), dir / (base + ".tsr"), dir / (base + ".json")};
}

json relative_files(std::int64_t seq) {
  const std::string base = std::string(stamps_dir) + "/" + std::to_string(seq);
  return json{{"tsq", base + ".tsq"}, {"tsr", base + ".tsr"}};
}

const json* find_record(const std::vector<json>& records, std::int64_t seq) {
  for (const json& record : records) {
    if (record.value("seq", std::int64_t{-1}) == seq) return &record;
  }
  return nullptr;
}

// The record's hash as recomputed from its content, or the problem that prevents trusting it.
std::optional<Problem> record_problem(const json& record) {
  if (auto broken = evidence::check_record(record, evidence::Stage::sealed)) {
    return Problem{"record_changed", "the record no longer matches the record schema: " + *broken};
  }
  const std::string recomputed = evidence::record_hash(record);
  if (recomputed != record["hash"].get<std::string>()) {
    return Problem{"record_changed", "record " + std::to_string(record["seq"].get<std::int64_t>()) +
                                         " has been changed: its content hashes to " + recomputed + ", but its hash says " +
                                         record["hash"].get<std::string>()};
  }
  return std::nullopt;
}

// The answer for a record whose files are already there (also the answer right after stamping).
json stored_answer(const vault::Vault& vault, std::string_view case_id, std::int64_t seq, const TsaTrust& trust,
                   const std::string& tsa) {
  json checked = verify_stamp(vault, case_id, seq, trust);
  json answer{{"case", case_id},          {"seq", seq},
              {"hash", checked["hash"]},  {"tsa", tsa},
              {"gen_time", checked["gen_time"]}, {"serial", checked["serial"]},
              {"verified", checked["ok"]}, {"files", relative_files(seq)}};
  if (checked.contains("problem")) answer["problem"] = checked["problem"];
  return answer;
}

}  // namespace

json stamp_record(const vault::Vault& vault, std::string_view case_id, std::optional<std::int64_t> seq,
                  const TsaConfig& config) {
  if (!config.url) {
    throw vault::VaultError(ErrorCode::tsa_not_configured,
                            "no Time Stamping Authority is configured: set TAKEDOWN_TSA_URL (and TAKEDOWN_TSA_CA) or "
                            "\"tsa\": {\"url\", \"ca_file\"} in " + (vault.root() / "config.json").string());
  }
  const std::vector<json> records = vault.read_log(case_id);
  if (records.empty()) throw vault::VaultError(ErrorCode::invalid_params, "case " + std::string(case_id) + " has no records in the vault");
  const json* record = seq ? find_record(records, *seq) : &records.back();
  if (record == nullptr) {
    throw vault::VaultError(ErrorCode::invalid_params, "case " + std::string(case_id) + " has no record with seq " + std::to_string(*seq));
  }
  const std::int64_t record_seq = (*record)["seq"].get<std::int64_t>();
  if (auto problem = record_problem(*record)) throw vault::VaultError(ErrorCode::vault_io, problem->message);

  const StampFiles files = files_for(vault.case_dir(case_id) / stamps_dir, record_seq);
  if (vault::exists_no_symlink(files.meta)) return stored_answer(vault, case_id, record_seq, config.trust(), *config.url);

  const std::string hash = (*record)["hash"].get<std::string>();
  const TsaExchange exchange = request_token(config, *digest_from_hex(hash));

  const fs::path dir = vault.ensure_case_subdir(case_id, stamps_dir);
  const StampFiles target = files_for(dir, record_seq);
  const TokenFacts& facts = exchange.facts;
  json meta{{"case", case_id},
            {"seq", record_seq},
            {"hash", hash},
            {"imprint", {{"algorithm", "sha256"}, {"hex", hash}}},
            {"tsa", *config.url},
            {"ca_file", config.ca_file ? json(*config.ca_file) : json(nullptr)},
            {"requested_utc", exchange.requested_utc},
            {"nonce", exchange.query.nonce_hex},
            {"gen_time", facts.gen_time},
            {"serial", facts.serial},
            {"policy", facts.policy},
            {"tsa_name", facts.tsa_name},
            {"verified", !exchange.trust_problem},
            {"files", relative_files(record_seq)}};
  if (exchange.trust_problem) meta["problem"] = to_json(*exchange.trust_problem);
  // The .json goes last: a crash in between leaves a query and reply without it, and the next request
  // simply stamps again.
  vault::write_durably(target.tsq, exchange.query.der, vault::Access::read_only);
  vault::write_durably(target.tsr, exchange.reply, vault::Access::read_only);
  vault::write_durably(target.meta, meta.dump(2) + "\n", vault::Access::read_only);
  return stored_answer(vault, case_id, record_seq, config.trust(), *config.url);
}

json verify_stamp(const vault::Vault& vault, std::string_view case_id, std::int64_t seq, const TsaTrust& trust) {
  json answer{{"case", case_id}, {"seq", seq}, {"ok", false}, {"hash", nullptr}, {"gen_time", nullptr}, {"serial", nullptr}};
  auto fail = [&answer](Problem problem) {
    answer["problem"] = to_json(problem);
    return answer;
  };
  const StampFiles files = files_for(vault.case_dir(case_id) / stamps_dir, seq);
  const auto query = vault::read_if_exists(files.tsq);
  const auto reply = vault::read_if_exists(files.tsr);
  if (!query || !reply) {
    return fail({"timestamp_missing", "record " + std::to_string(seq) + " of case " + std::string(case_id) +
                                          " has no stored timestamp (" + (query ? files.tsr : files.tsq).string() + " is missing)"});
  }
  const ReplyReading reading = read_reply(*reply);
  if (reading.facts) {
    answer["gen_time"] = reading.facts->gen_time;
    answer["serial"] = reading.facts->serial;
  }
  const std::vector<json> records = vault.read_log(case_id);
  const json* record = find_record(records, seq);
  if (record == nullptr) return fail({"record_missing", "case " + std::string(case_id) + " has no record with seq " + std::to_string(seq)});
  if (record->contains("hash") && (*record)["hash"].is_string()) answer["hash"] = (*record)["hash"];
  if (auto problem = record_problem(*record)) return fail(*problem);

  const std::string hash = (*record)["hash"].get<std::string>();
  const auto query_digest = query_imprint(*query);
  if (!query_digest) return fail({"query_unreadable", files.tsq.string() + " is not a SHA-256 TimeStampReq"});
  if (digest_hex(*query_digest) != hash) {
    return fail({"query_mismatch", "the stored query is for " + digest_hex(*query_digest) + ", not for record " +
                                       std::to_string(seq) + "'s hash " + hash});
  }
  if (reading.problem) return fail(*reading.problem);
  if (!reading.facts->imprint || digest_hex(*reading.facts->imprint) != hash) {
    return fail({"imprint_mismatch", "the token is for " +
                                         (reading.facts->imprint ? digest_hex(*reading.facts->imprint) : std::string("non-SHA-256 data")) +
                                         ", not for record " + std::to_string(seq) + "'s hash " + hash});
  }
  if (auto problem = verify_reply(*query, *reply, trust, true)) return fail(*problem);
  answer["ok"] = true;
  return answer;
}

}  // namespace takedown::host::proofs

#include "proofs/auto_stamp.hpp"

#include <exception>
#include <string>

#include "log.hpp"
#include "proofs/timestamp.hpp"
#include "proofs/tsa_config.hpp"

namespace takedown::host::proofs {
namespace {

using nlohmann::json;

json failure(std::string kind, std::string message) {
  return json{{"ok", false}, {"problem", {{"kind", std::move(kind)}, {"message", std::move(message)}}}};
}

void note_failure(std::string_view case_id, std::int64_t seq, const json& answer) {
  const json& problem = answer["problem"];
  Log::from_environment().line("timestamp of record " + std::to_string(seq) + " of case " + std::string(case_id) +
                               " failed (the record is kept): " + problem["kind"].get<std::string>() + ": " +
                               problem["message"].get<std::string>());
}

json stamp(const vault::Vault& vault, std::string_view case_id, std::int64_t seq, const TsaConfig& config) {
  try {
    const json stamped = stamp_record(vault, case_id, seq, config);
    if (stamped["verified"].get<bool>()) return json{{"ok", true}, {"seq", stamped["seq"]}, {"gen_time", stamped["gen_time"]}};
    json answer = stamped.contains("problem") ? json{{"ok", false}, {"problem", stamped["problem"]}}
                                              : failure("token_invalid", "the token does not verify");
    answer["seq"] = stamped["seq"];
    answer["gen_time"] = stamped["gen_time"];
    return answer;
  } catch (const vault::VaultError& e) {
    return failure(std::string(protocol::to_string(e.code)), e.what());
  } catch (const std::exception& e) {  // OpenSSL failing to build a query, say
    return failure("tsa_failed", e.what());
  }
}

}  // namespace

std::optional<json> stamp_new_head(const vault::Vault& vault, std::string_view case_id, std::int64_t seq) noexcept {
  try {
    TsaConfig config;
    try {
      config = tsa_config(vault.root());
    } catch (const vault::VaultError& e) {
      // An unreadable config.json may well be meant to turn stamping on: say so rather than skip quietly.
      json answer = failure(std::string(protocol::to_string(e.code)), e.what());
      note_failure(case_id, seq, answer);
      return answer;
    }
    if (!config.every_record) return std::nullopt;
    json answer = stamp(vault, case_id, seq, config);
    if (!answer["ok"].get<bool>()) note_failure(case_id, seq, answer);
    return answer;
  } catch (...) {  // out of memory while answering: the append's own answer still goes out
    return std::nullopt;
  }
}

}  // namespace takedown::host::proofs

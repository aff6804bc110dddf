#include "proofs/proof_methods.hpp"

#include <optional>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "net/url.hpp"
#include "proofs/timestamp.hpp"
#include "proofs/tsa_exchange.hpp"
#include "proofs/tsa_config.hpp"
#include "proofs/witness.hpp"
#include "vault/base64.hpp"
#include "vault/vault.hpp"
#include "vault/vault_paths.hpp"

namespace takedown::host::proofs {
namespace {

using core::Failure;
using nlohmann::json;
using protocol::ErrorCode;

struct Fields {
  std::string case_id;
  std::optional<std::int64_t> seq;
  std::string url;
};

enum class Need { seq_optional, seq_required, url_required };

Failure invalid(std::string message) { return Failure{ErrorCode::invalid_params, std::move(message)}; }

std::variant<Fields, Failure> read_fields(const json& params, Need need) {
  if (!params.is_object()) return invalid(std::string("params must be an object, not ") + params.type_name());
  const bool takes_url = need == Need::url_required;
  for (const auto& [name, value] : params.items()) {
    if (name != "case" && name != (takes_url ? "url" : "seq")) return invalid("params." + name + " is not a known field");
  }
  Fields fields;
  if (!params.contains("case") || !params["case"].is_string()) return invalid("params.case must be a string");
  fields.case_id = params["case"].get<std::string>();
  if (!vault::is_case_id(fields.case_id)) return invalid("params.case must match ^[a-z0-9-]{1,64}$");
  if (takes_url) {
    if (!params.contains("url") || !params["url"].is_string()) return invalid("params.url must be a string");
    fields.url = params["url"].get<std::string>();
    if (fields.url.size() > net::url_max_bytes) return invalid("params.url is longer than " + std::to_string(net::url_max_bytes) + " bytes");
    return fields;
  }
  if (params.contains("seq")) {
    if (!params["seq"].is_number_integer() || params["seq"].get<std::int64_t>() < 0) {
      return invalid("params.seq must be an integer >= 0");
    }
    fields.seq = params["seq"].get<std::int64_t>();
  } else if (need == Need::seq_required) {
    return invalid("params.seq is required");
  }
  return fields;
}

// Opens the vault the host uses (TAKEDOWN_VAULT or the per-OS default), runs `work` and wraps its
// answer; a VaultError becomes its own error code.
template <class Work>
std::string answer(const json& params, Need need, Work work) {
  auto fields = read_fields(params, need);
  if (auto* failure = std::get_if<Failure>(&fields)) return core::error_envelope(*failure);
  try {
    const vault::Vault vault = vault::Vault::open(vault::resolve_root(std::nullopt));
    return core::ok_envelope(work(vault, std::get<Fields>(fields)));
  } catch (const vault::VaultError& e) {
    return core::error_envelope({e.code, e.what()});
  }
}

// Standard padded base64 (RFC 4648 §4): the query and the token travel in a JSON answer.
}  // namespace

std::string vault_timestamp(const json& params) {
  return answer(params, Need::seq_optional, [](const vault::Vault& vault, const Fields& fields) {
    return stamp_record(vault, fields.case_id, fields.seq, tsa_config(vault.root()));
  });
}

std::string vault_timestamp_verify(const json& params) {
  return answer(params, Need::seq_required, [](const vault::Vault& vault, const Fields& fields) {
    json checked = verify_stamp(vault, fields.case_id, *fields.seq, tsa_config(vault.root()).trust());
    json result{{"ok", checked["ok"]}, {"gen_time", checked["gen_time"]}, {"serial", checked["serial"]}, {"hash", checked["hash"]}};
    if (checked.contains("problem")) result["problem"] = checked["problem"];
    return result;
  });
}

std::string vault_timestamp_digest(const json& params) {
  if (!params.is_object()) return core::error_envelope(invalid(std::string("params must be an object, not ") + params.type_name()));
  for (const auto& [name, value] : params.items()) {
    if (name != "sha256") return core::error_envelope(invalid("params." + name + " is not a known field"));
  }
  if (!params.contains("sha256") || !params["sha256"].is_string() || !vault::is_sha256(params["sha256"].get<std::string>())) {
    return core::error_envelope(invalid("params.sha256 must be 64 lowercase hex digits"));
  }
  const std::string sha256 = params["sha256"].get<std::string>();
  try {
    const vault::Vault vault = vault::Vault::open(vault::resolve_root(std::nullopt));
    const TsaConfig config = tsa_config(vault.root());
    TsaExchange exchange = request_token(config, *digest_from_hex(sha256));
    // The token travels inside a file others check: one that does not verify here is refused, as a bag's is.
    if (exchange.trust_problem) {
      throw vault::VaultError(ErrorCode::tsa_failed, "the token from " + config.url.value_or("") + " does not verify: " +
                                                         exchange.trust_problem->kind + ": " + exchange.trust_problem->message);
    }
    return core::ok_envelope(json{{"sha256", sha256},
                                  {"tsa", config.url.value_or("")},
                                  {"gen_time", exchange.facts.gen_time},
                                  {"serial", exchange.facts.serial},
                                  {"tsq", vault::encode_base64(exchange.query.der)},
                                  {"tsr", vault::encode_base64(exchange.reply)}});
  } catch (const vault::VaultError& e) {
    return core::error_envelope({e.code, e.what()});
  }
}

std::string vault_witness(const json& params) {
  return answer(params, Need::url_required, [](const vault::Vault& vault, const Fields& fields) {
    return witness_url(vault, fields.case_id, fields.url);
  });
}

}  // namespace takedown::host::proofs

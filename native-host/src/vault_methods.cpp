#include "vault_methods.hpp"

#include <initializer_list>
#include <mutex>
#include <optional>
#include <variant>

#include <nlohmann/json.hpp>
#include <takedown/core/envelope.hpp>
#include <takedown/core/json_guard.hpp>
#include <takedown/protocol.hpp>

#include "proofs/auto_stamp.hpp"
#include "vault/vault.hpp"

namespace takedown::host {
namespace {

using core::Failure;
using nlohmann::json;
using protocol::ErrorCode;
namespace vlt = vault;

// Params that break the schema, as invalid_params.
struct BadParams {
  std::string message;
};

// The vault of this process, opened on first use; a failed open is retried by the next call. Jobs
// call this from worker threads (session.hpp), so opening is guarded; once set it never changes.
const vlt::Vault& session_vault() {
  static std::mutex opening;
  static std::optional<vlt::Vault> opened;
  const std::lock_guard lock(opening);
  if (!opened) opened = vlt::Vault::open(vlt::resolve_root(std::nullopt));
  return *opened;
}

// Checks params' field names; returns them as they are (never copied: an upload chunk is megabytes).
const json& read_params(const json& params, std::initializer_list<std::string_view> required,
                        std::initializer_list<std::string_view> optional = {}) {
  if (!params.is_object()) throw BadParams{std::string("params must be an object, not ") + params.type_name()};
  for (const auto& item : params.items()) {
    const std::string& key = item.key();  // not a structured binding: clang 14 cannot capture one
    const auto known = [&](std::initializer_list<std::string_view> names) {
      for (std::string_view name : names) if (name == key) return true;
      return false;
    };
    if (!known(required) && !known(optional)) throw BadParams{"params." + key + " is not a known field"};
  }
  for (std::string_view name : required) {
    if (!params.contains(name)) throw BadParams{"params." + std::string(name) + " is required"};
  }
  return params;
}

const std::string& text_field(const json& params, const char* name) {
  const json& value = params[name];
  if (!value.is_string()) throw BadParams{std::string("params.") + name + " must be a string, not " + value.type_name()};
  return value.get_ref<const std::string&>();
}

std::int64_t integer_field(const json& params, const char* name) {
  const json& value = params[name];
  if (!value.is_number_integer() || (value.is_number_unsigned() && value.get<std::uint64_t>() > 9007199254740991u)) {
    throw BadParams{std::string("params.") + name + " must be an integer"};
  }
  return value.get<std::int64_t>();
}

json head_json(const std::optional<vlt::Head>& head) {
  return head ? json{{"seq", head->seq}, {"hash", head->hash}} : json(nullptr);
}

// Runs one method body, turning the vault's and the schema's failures into error envelopes.
template <typename Body>
std::string answer(Body&& body) {
  try {
    return core::ok_envelope(body());
  } catch (const vlt::VaultError& e) {
    return core::error_envelope({e.code, e.what()});
  } catch (const BadParams& e) {
    return core::error_envelope({ErrorCode::invalid_params, e.message});
  }
}

}  // namespace

std::string vault_info(const json& params_in) {
  return answer([&] {
    read_params(params_in, {});
    const vlt::Vault& vault = session_vault();
    return json{{"root", vault.root().string()}, {"cases", vault.list().size()}, {"blobs", vault.blob_count()}};
  });
}

std::string vault_list(const json& params_in) {
  return answer([&] {
    read_params(params_in, {});
    json cases = json::array();
    for (const vlt::CaseSummary& summary : session_vault().list()) {
      json entry{{"case", summary.case_id}, {"records", summary.records}, {"head", head_json(summary.head)}};
      if (summary.problem) entry["problem"] = *summary.problem;
      cases.push_back(std::move(entry));
    }
    return json{{"cases", std::move(cases)}};
  });
}

std::string vault_head(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"case"});
    const std::string& case_id = text_field(params, "case");
    return json{{"case", case_id}, {"head", head_json(session_vault().head(case_id))}};
  });
}

std::string vault_append(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"case", "record"});
    const std::string& case_id = text_field(params, "case");
    json result{{"record", session_vault().append(case_id, params["record"])}};
    // Only after the record is durable; a failed stamp is part of the answer, never an error.
    if (auto stamped = proofs::stamp_new_head(session_vault(), case_id, result["record"]["seq"].get<std::int64_t>())) {
      result["timestamp"] = std::move(*stamped);
    }
    return result;
  });
}

std::string vault_mirror(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"case", "records"});
    const std::string& case_id = text_field(params, "case");
    if (!params["records"].is_array()) throw BadParams{"params.records must be an array"};
    const auto& records = params["records"].get_ref<const json::array_t&>();
    const vlt::MirrorResult result = session_vault().mirror(case_id, records);
    json answer{{"case", case_id}, {"head", head_json(result.head)}, {"added", result.added}, {"skipped", result.skipped}};
    // One stamp for the batch: the new head pins every record added before it.
    if (result.added > 0 && result.head) {
      if (auto stamped = proofs::stamp_new_head(session_vault(), case_id, result.head->seq)) answer["timestamp"] = std::move(*stamped);
    }
    return answer;
  });
}

std::string vault_upload_begin(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"sha256", "size"});
    const std::string& sha256 = text_field(params, "sha256");
    const vlt::UploadState state = session_vault().upload_begin(sha256, integer_field(params, "size"));
    return json{{"sha256", sha256}, {"offset", state.offset}, {"complete", state.complete}};
  });
}

std::string vault_upload_chunk(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"sha256", "offset", "data"});
    const std::string& sha256 = text_field(params, "sha256");
    const std::int64_t offset = integer_field(params, "offset");
    // Decoded piece by piece into the part file: the chunk's bytes are never all in memory at once.
    return json{{"sha256", sha256}, {"offset", session_vault().upload_chunk_base64(sha256, offset, text_field(params, "data"))}};
  });
}

std::string vault_upload_commit(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"sha256"});
    const std::string& sha256 = text_field(params, "sha256");
    return json{{"sha256", sha256}, {"size", session_vault().upload_commit(sha256)}};
  });
}

std::string vault_verify(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {}, {"case"});
    std::optional<std::string> case_id;
    if (params.contains("case") && !params["case"].is_null()) case_id = text_field(params, "case");
    const vlt::VerifyReport report = session_vault().verify(case_id);
    json cases = json::array();
    for (const vlt::CaseCheck& check : report.cases) {
      json entry{{"case", check.case_id}, {"ok", check.ok}, {"checked", check.checked},
                 {"artifacts_redacted", check.redacted}, {"redacted", check.redactions}};
      if (check.problem) entry["problem"] = *check.problem;
      cases.push_back(std::move(entry));
    }
    return json{{"ok", report.ok}, {"cases", std::move(cases)},
                {"blobs", {{"checked", report.blobs.checked}, {"problems", report.blobs.problems}}}};
  });
}

std::string vault_redact(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"case"});
    const std::string& case_id = text_field(params, "case");
    const vlt::RedactResult result = session_vault().redact(case_id);
    json kept = json::array();
    for (const vlt::RedactKept& k : result.kept) kept.push_back({{"sha256", k.sha256}, {"case", k.case_id}, {"seq", k.seq}});
    return json{{"case", case_id}, {"removed", result.removed}, {"absent", result.absent}, {"kept", std::move(kept)}};
  });
}

std::string vault_erase(const json& params_in) {
  return answer([&] {
    const json& params = read_params(params_in, {"confirm"});
    if (params["confirm"] != "erase everything") throw BadParams{"params.confirm must be \"erase everything\""};
    const vlt::Vault::Erased erased = session_vault().erase();
    return json{{"erased", {{"cases", erased.cases}, {"blobs", erased.blobs}}}};
  });
}

}  // namespace takedown::host

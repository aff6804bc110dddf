#include "proofs/witness.hpp"

#include <cerrno>

#include "net/fetch.hpp"
#include "net/utc_time.hpp"
#include "proofs/witness_fetch.hpp"
#include "vault/file_io.hpp"

namespace takedown::host::proofs {
namespace {

using nlohmann::json;
using protocol::ErrorCode;
namespace fs = std::filesystem;

constexpr std::string_view witness_dir = "proofs/witness";

json result_json(const std::string& requested, const WitnessFetch& witnessed) {
  const net::FetchResult& fetched = witnessed.result;
  json hops = json::array();
  for (const net::Hop& hop : fetched.hops) {
    hops.push_back({{"url", hop.url}, {"status", hop.status}, {"remote", hop.remote}, {"refused", hop.refused}});
  }
  json headers = json::array();
  for (const net::HeaderField& field : fetched.headers) headers.push_back(json::array({field.name, field.value}));
  json result{{"ok", fetched.ok},
              {"url", requested},
              {"status", fetched.status},
              {"final_url", fetched.final_url},
              {"hops", hops},
              {"headers", headers},
              {"peer_cert_sha256", fetched.peer_cert_sha256 ? json(*fetched.peer_cert_sha256) : json(nullptr)},
              {"tls", fetched.tls ? json{{"version", fetched.tls->version}, {"cipher", fetched.tls->cipher}} : json(nullptr)},
              {"bytes", fetched.body_complete ? json(fetched.body.size()) : json(nullptr)},
              {"sha256", fetched.body_complete ? json(fetched.sha256) : json(nullptr)},
              {"started_utc", fetched.started_utc},
              {"ended_utc", fetched.ended_utc},
              {"request", {{"method", "GET"},
                           {"cookies", false},
                           {"credentials", false},
                           {"user_agent", witness_user_agent},
                           {"accept", witness_accept},
                           {"upgraded_to_https", witnessed.upgraded}}}};
  if (fetched.error) result["error"] = {{"kind", fetched.error->kind}, {"message", fetched.error->message}};
  return result;
}

// Reserves <utc>-<n>.json with O_EXCL, so two host processes witnessing in the same second never
// write over each other's result.
fs::path reserve_result_file(const fs::path& dir, const std::string& stamp) {
  for (int n = 1;; ++n) {
    const fs::path file = dir / (stamp + "-" + std::to_string(n) + ".json");
    if (vault::exists_no_symlink(file)) continue;
    try {
      vault::open_file(file, vault::OpenMode::create_new);
      return file;
    } catch (const vault::VaultError&) {
      if (n > 1000) throw;  // not a race any more: report the file system's error
    }
  }
}

}  // namespace

json witness_url(const vault::Vault& vault, std::string_view case_id, std::string_view url_text) {
  const fs::path case_dir = vault.case_dir(case_id);
  if (!vault::exists_no_symlink(case_dir / "log.jsonl")) {
    throw vault::VaultError(ErrorCode::invalid_params, "case " + std::string(case_id) + " is not in the vault");
  }
  auto url = net::parse_url(url_text);
  if (auto* problem = std::get_if<std::string>(&url)) throw vault::VaultError(ErrorCode::invalid_params, "params.url: " + *problem);

  const WitnessFetch witnessed = witness_fetch(std::get<net::Url>(url));
  json result = result_json(std::string(url_text), witnessed);
  if (witnessed.result.body_complete) vault.put_blob(witnessed.result.body);  // the blob's name is result.sha256

  const fs::path dir = vault.ensure_case_subdir(case_id, witness_dir);
  const fs::path file = reserve_result_file(dir, net::utc_compact(std::chrono::system_clock::now()));
  result["file"] = std::string(witness_dir) + "/" + file.filename().string();
  vault::write_durably(file, result.dump(2) + "\n", vault::Access::read_only);
  return result;
}

}  // namespace takedown::host::proofs

#include "proofs/tsa_exchange.hpp"

#include <chrono>
#include <variant>

#include "net/fetch.hpp"
#include "net/utc_time.hpp"
#include "proofs/fetch_settings.hpp"
#include "vault/vault_error.hpp"

namespace takedown::host::proofs {
namespace {

using protocol::ErrorCode;

std::string post_to_tsa(const std::string& url_text, const std::string& query_der) {
  auto url = net::parse_url(url_text);
  if (auto* problem = std::get_if<std::string>(&url)) {
    throw vault::VaultError(ErrorCode::tsa_not_configured, "the TSA URL " + url_text + " is unusable: " + *problem);
  }
  net::Request request;
  request.method = "POST";
  request.url = std::get<net::Url>(url);
  request.accept = "application/timestamp-reply";
  request.content_type = "application/timestamp-query";
  request.body = query_der;
  // The TSA is the person's own choice, so it may be on any address (the witness rules are for pages' URLs).
  net::FetchResult reply = net::fetch(request, tsa_limits(), transport_trust(), net::Reach::anywhere);
  if (reply.error) throw vault::VaultError(ErrorCode::tsa_failed, "the TSA at " + url_text + ": " + reply.error->message);
  if (!reply.body_complete) throw vault::VaultError(ErrorCode::tsa_failed, "the TSA at " + url_text + " sent no complete reply");
  return std::move(reply.body);
}

}  // namespace

TsaExchange request_token(const TsaConfig& config, const Digest32& imprint) {
  if (!config.url) throw vault::VaultError(ErrorCode::tsa_not_configured, "no Time Stamping Authority is configured");
  TsaExchange exchange;
  exchange.query = build_query(imprint);
  exchange.requested_utc = net::utc_iso(std::chrono::system_clock::now());
  exchange.reply = post_to_tsa(*config.url, exchange.query.der);

  ReplyReading reading = read_reply(exchange.reply);
  if (reading.problem) throw vault::VaultError(ErrorCode::tsa_failed, "the TSA at " + *config.url + ": " + reading.problem->message);
  // A reply for another query (wrong imprint or nonce) is the TSA's failure, not a proof to keep.
  if (auto mismatch = verify_reply(exchange.query.der, exchange.reply, config.trust(), false)) {
    throw vault::VaultError(ErrorCode::tsa_failed, "the TSA at " + *config.url + " answered another query: " + mismatch->message);
  }
  exchange.trust_problem = verify_reply(exchange.query.der, exchange.reply, config.trust(), true);
  exchange.facts = std::move(*reading.facts);
  return exchange;
}

}  // namespace takedown::host::proofs

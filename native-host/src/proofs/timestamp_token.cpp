#include "proofs/timestamp_token.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <openssl/objects.h>
#include <openssl/x509v3.h>

#include "net/system_roots.hpp"
#include "proofs/openssl_handles.hpp"

namespace takedown::host::proofs {
namespace {

std::string integer_hex(const ASN1_INTEGER* value) {
  if (value == nullptr) return {};
  BignumPtr number(ASN1_INTEGER_to_BN(value, nullptr));
  if (!number) return {};
  char* text = BN_bn2hex(number.get());
  if (text == nullptr) return {};
  std::string out(text);
  OPENSSL_free(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string object_text(const ASN1_OBJECT* object) {
  if (object == nullptr) return {};
  char text[128];
  const int size = OBJ_obj2txt(text, sizeof text, object, 1);
  return size > 0 ? std::string(text, std::min<std::size_t>(static_cast<std::size_t>(size), sizeof text - 1)) : std::string();
}

std::string general_name_text(GENERAL_NAME* name) {
  if (name == nullptr) return {};
  BioPtr out(BIO_new(BIO_s_mem()));
  if (!out || GENERAL_NAME_print(out.get(), name) != 1) return {};
  return bio_text(out.get());
}

std::string status_text(TS_STATUS_INFO* info) {
  std::string text;
  const STACK_OF(ASN1_UTF8STRING)* lines = TS_STATUS_INFO_get0_text(info);
  for (int i = 0; lines != nullptr && i < sk_ASN1_UTF8STRING_num(lines); ++i) {
    const ASN1_UTF8STRING* line = sk_ASN1_UTF8STRING_value(lines, i);
    if (!text.empty()) text += "; ";
    text.append(reinterpret_cast<const char*>(ASN1_STRING_get0_data(line)), static_cast<std::size_t>(ASN1_STRING_length(line)));
  }
  return text;
}

TokenFacts facts_of(TS_TST_INFO* info) {
  TokenFacts facts;
  if (const ASN1_GENERALIZEDTIME* time = TS_TST_INFO_get_time(info)) {
    facts.gen_time = generalized_time_iso(
        std::string_view(reinterpret_cast<const char*>(ASN1_STRING_get0_data(time)), static_cast<std::size_t>(ASN1_STRING_length(time))));
  }
  facts.serial = integer_hex(TS_TST_INFO_get_serial(info));
  facts.policy = object_text(TS_TST_INFO_get_policy_id(info));
  facts.tsa_name = general_name_text(TS_TST_INFO_get_tsa(info));
  facts.nonce_hex = integer_hex(TS_TST_INFO_get_nonce(info));
  TS_MSG_IMPRINT* message = TS_TST_INFO_get_msg_imprint(info);
  const ASN1_OBJECT* algorithm = nullptr;
  X509_ALGOR_get0(&algorithm, nullptr, nullptr, TS_MSG_IMPRINT_get_algo(message));
  const ASN1_OCTET_STRING* hashed = TS_MSG_IMPRINT_get_msg(message);
  if (OBJ_obj2nid(algorithm) == NID_sha256 && ASN1_STRING_length(hashed) == 32) {
    Digest32 digest{};
    std::memcpy(digest.data(), ASN1_STRING_get0_data(hashed), 32);
    facts.imprint = digest;
  }
  return facts;
}

// OpenSSL 3.4 deprecates TS_VERIFY_CTX_set_store for set0_store (same ownership: the context frees it).
void give_store(TS_VERIFY_CTX* context, X509_STORE* store) {
#if OPENSSL_VERSION_NUMBER >= 0x30400000L
  TS_VERIFY_CTX_set0_store(context, store);
#else
  TS_VERIFY_CTX_set_store(context, store);
#endif
}

std::optional<Problem> load_trust(X509_STORE* store, const TsaTrust& trust) {
  if (!trust.ca_file) {
    if (!net::add_system_roots(store)) return Problem{"ca_unreadable", openssl_errors("cannot load the system store")};
    return std::nullopt;
  }
  X509_LOOKUP* lookup = X509_STORE_add_lookup(store, X509_LOOKUP_file());
  if (lookup == nullptr || X509_LOOKUP_load_file(lookup, trust.ca_file->c_str(), X509_FILETYPE_PEM) != 1) {
    return Problem{"ca_unreadable", "cannot read the TSA CA file " + *trust.ca_file + ": " + openssl_errors("no detail")};
  }
  return std::nullopt;
}

Problem classify_failure() {
  const OpensslErrors errors = take_openssl_errors();
  const std::string detail = errors.text.empty() ? "the token does not verify" : errors.text;
  if (errors.has_reason(ERR_LIB_TS, TS_R_CERTIFICATE_VERIFY_ERROR)) {
    return {"untrusted", "the token's signer does not chain to the configured TSA CA: " + detail};
  }
  if (errors.has_reason(ERR_LIB_TS, TS_R_NONCE_MISMATCH) || errors.has_reason(ERR_LIB_TS, TS_R_NONCE_NOT_RETURNED)) {
    return {"query_mismatch", "the reply does not answer the stored query: " + detail};
  }
  if (errors.has_reason(ERR_LIB_TS, TS_R_MESSAGE_IMPRINT_MISMATCH)) {
    return {"imprint_mismatch", "the token is for other data: " + detail};
  }
  return {"token_invalid", "the token does not verify: " + detail};
}

}  // namespace

std::string generalized_time_iso(std::string_view g) {
  const bool digits = g.size() >= 15 && std::all_of(g.begin(), g.begin() + 14, [](char c) { return c >= '0' && c <= '9'; });
  if (!digits || !g.ends_with('Z')) return std::string(g);
  std::string out;
  out.append(g.substr(0, 4)).append("-").append(g.substr(4, 2)).append("-").append(g.substr(6, 2));
  out.append("T").append(g.substr(8, 2)).append(":").append(g.substr(10, 2)).append(":").append(g.substr(12, 2));
  out.append(g.substr(14));  // ".fff" when the TSA gives fractions, then "Z"
  return out;
}

ReplyReading read_reply(std::string_view tsr_der) {
  BioPtr in = memory_bio(tsr_der);
  TsRespPtr reply(in ? d2i_TS_RESP_bio(in.get(), nullptr) : nullptr);
  if (!reply) return {std::nullopt, Problem{"reply_unreadable", "not a TimeStampResp: " + openssl_errors("no detail")}};
  TS_STATUS_INFO* status = TS_RESP_get_status_info(reply.get());
  const long code = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
  if (code != 0 && code != 1) {  // granted, grantedWithMods
    const std::string text = status_text(status);
    return {std::nullopt, Problem{"not_granted", "the TSA refused (status " + std::to_string(code) + ")" +
                                                     (text.empty() ? "" : ": " + text)}};
  }
  TS_TST_INFO* info = TS_RESP_get_tst_info(reply.get());
  if (info == nullptr) return {std::nullopt, Problem{"reply_unreadable", "the reply holds no token"}};
  return {facts_of(info), std::nullopt};
}

std::optional<Problem> verify_reply(std::string_view tsq_der, std::string_view tsr_der, const TsaTrust& trust,
                                    bool check_signature) {
  ERR_clear_error();
  BioPtr query_in = memory_bio(tsq_der);
  TsReqPtr query(query_in ? d2i_TS_REQ_bio(query_in.get(), nullptr) : nullptr);
  if (!query) return Problem{"query_unreadable", "the stored query is not a TimeStampReq: " + openssl_errors("no detail")};
  BioPtr reply_in = memory_bio(tsr_der);
  TsRespPtr reply(reply_in ? d2i_TS_RESP_bio(reply_in.get(), nullptr) : nullptr);
  if (!reply) return Problem{"reply_unreadable", "the stored reply is not a TimeStampResp: " + openssl_errors("no detail")};

  // Version, policy (when asked), imprint and nonce come from the query; the signature check must be
  // added by hand (notes §2.4), or a forged token with the right imprint would pass.
  TsVerifyCtxPtr context(TS_REQ_to_TS_VERIFY_CTX(query.get(), nullptr));
  if (!context) return Problem{"token_invalid", openssl_errors("cannot set up the verification")};
  if (check_signature) {
    TS_VERIFY_CTX_add_flags(context.get(), TS_VFY_SIGNATURE);
    X509StorePtr store(X509_STORE_new());
    if (!store) return Problem{"token_invalid", openssl_errors("out of memory")};
    if (auto problem = load_trust(store.get(), trust)) return problem;
    give_store(context.get(), store.release());
  }
  if (TS_RESP_verify_response(context.get(), reply.get()) == 1) return std::nullopt;
  return classify_failure();
}

}  // namespace takedown::host::proofs

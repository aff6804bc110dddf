#include "proofs/timestamp_query.hpp"

#include <cstring>
#include <stdexcept>

#include <openssl/objects.h>
#include <openssl/rand.h>

#include "proofs/openssl_handles.hpp"

namespace takedown::host::proofs {
namespace {

void require(bool done, std::string_view step) {
  if (!done) throw std::runtime_error("cannot build the timestamp query (" + std::string(step) + "): " + openssl_errors("no detail"));
}

int hex_value(char c) noexcept {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::optional<Digest32> digest_from_hex(std::string_view hex) {
  if (hex.size() != 64) return std::nullopt;
  Digest32 digest{};
  for (std::size_t i = 0; i < 32; ++i) {
    const int high = hex_value(hex[2 * i]);
    const int low = hex_value(hex[2 * i + 1]);
    if (high < 0 || low < 0) return std::nullopt;
    digest[i] = static_cast<std::uint8_t>(high * 16 + low);
  }
  return digest;
}

std::string bytes_hex(std::span<const std::uint8_t> bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (const std::uint8_t byte : bytes) {
    out += digits[byte >> 4];
    out += digits[byte & 15];
  }
  return out;
}

std::string digest_hex(const Digest32& digest) { return bytes_hex(digest); }

TimestampQuery build_query(const Digest32& imprint) {
  TsReqPtr request(TS_REQ_new());
  require(request != nullptr, "TS_REQ_new");
  require(TS_REQ_set_version(request.get(), 1) == 1, "version");

  X509AlgorPtr algorithm(X509_ALGOR_new());
  require(algorithm != nullptr, "X509_ALGOR_new");
  require(X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) == 1, "algorithm");
  TsMsgImprintPtr message(TS_MSG_IMPRINT_new());
  require(message != nullptr, "TS_MSG_IMPRINT_new");
  require(TS_MSG_IMPRINT_set_algo(message.get(), algorithm.get()) == 1, "imprint algorithm");  // copies
  require(TS_MSG_IMPRINT_set_msg(message.get(), const_cast<unsigned char*>(imprint.data()),
                                 static_cast<int>(imprint.size())) == 1,
          "imprint");
  require(TS_REQ_set_msg_imprint(request.get(), message.get()) == 1, "message imprint");  // copies

  std::uint8_t nonce_bytes[8];
  require(RAND_bytes(nonce_bytes, sizeof nonce_bytes) == 1, "random nonce");
  nonce_bytes[0] &= 0x7f;  // a positive INTEGER of a fixed width keeps the hex form simple
  nonce_bytes[0] |= 0x40;
  BignumPtr nonce_number(BN_bin2bn(nonce_bytes, sizeof nonce_bytes, nullptr));
  require(nonce_number != nullptr, "nonce");
  Asn1IntegerPtr nonce(BN_to_ASN1_INTEGER(nonce_number.get(), nullptr));
  require(nonce != nullptr, "nonce");
  require(TS_REQ_set_nonce(request.get(), nonce.get()) == 1, "set nonce");  // copies
  require(TS_REQ_set_cert_req(request.get(), 1) == 1, "certReq");

  BioPtr out(BIO_new(BIO_s_mem()));
  require(out != nullptr && i2d_TS_REQ_bio(out.get(), request.get()) == 1, "DER");
  return {bio_text(out.get()), bytes_hex(nonce_bytes)};
}

std::optional<Digest32> query_imprint(std::string_view der) {
  BioPtr in = memory_bio(der);
  if (!in) return std::nullopt;
  TsReqPtr request(d2i_TS_REQ_bio(in.get(), nullptr));
  ERR_clear_error();
  if (!request) return std::nullopt;
  TS_MSG_IMPRINT* message = TS_REQ_get_msg_imprint(request.get());
  const X509_ALGOR* algorithm = TS_MSG_IMPRINT_get_algo(message);
  const ASN1_OBJECT* object = nullptr;
  X509_ALGOR_get0(&object, nullptr, nullptr, algorithm);
  if (OBJ_obj2nid(object) != NID_sha256) return std::nullopt;
  const ASN1_OCTET_STRING* hashed = TS_MSG_IMPRINT_get_msg(message);
  if (ASN1_STRING_length(hashed) != 32) return std::nullopt;
  Digest32 digest{};
  std::memcpy(digest.data(), ASN1_STRING_get0_data(hashed), 32);
  return digest;
}

}  // namespace takedown::host::proofs

#pragma once
// Owning handles for the OpenSSL objects the proofs use, and the error queue as text.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/ts.h>
#include <openssl/x509.h>

namespace takedown::host::proofs {

template <class T, void (*Free)(T*)>
struct OpensslDeleter {
  void operator()(T* p) const noexcept { Free(p); }
};

using BioPtr = std::unique_ptr<BIO, OpensslDeleter<BIO, BIO_free_all>>;
using BignumPtr = std::unique_ptr<BIGNUM, OpensslDeleter<BIGNUM, BN_free>>;
using Asn1IntegerPtr = std::unique_ptr<ASN1_INTEGER, OpensslDeleter<ASN1_INTEGER, ASN1_INTEGER_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, OpensslDeleter<TS_REQ, TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, OpensslDeleter<TS_RESP, TS_RESP_free>>;
using TsMsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, OpensslDeleter<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free>>;
using TsVerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, OpensslDeleter<TS_VERIFY_CTX, TS_VERIFY_CTX_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, OpensslDeleter<X509_ALGOR, X509_ALGOR_free>>;
using X509StorePtr = std::unique_ptr<X509_STORE, OpensslDeleter<X509_STORE, X509_STORE_free>>;

// A read-only memory BIO over `bytes` (which must outlive it).
BioPtr memory_bio(std::string_view bytes);
// Everything a memory BIO holds.
std::string bio_text(BIO* bio);
// OpenSSL's queued errors (the queue is emptied): their codes, and their text with any detail
// OpenSSL attached ("Verify error:unable to get local issuer certificate") joined with "; ".
struct OpensslErrors {
  std::vector<unsigned long> codes;
  std::string text;
  bool has_reason(int lib, int reason) const noexcept;
};
OpensslErrors take_openssl_errors();
// take_openssl_errors().text, or `fallback` when the queue was empty.
std::string openssl_errors(std::string_view fallback);

}  // namespace takedown::host::proofs

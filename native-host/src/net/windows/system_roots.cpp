#include "net/system_roots.hpp"

#include <windows.h>
#include <wincrypt.h>

#include <openssl/err.h>

namespace takedown::host::net {

bool add_system_roots(X509_STORE* store) {
  // The current user's view of the trusted roots (it includes the machine's).
  const HCERTSTORE roots = ::CertOpenSystemStoreW(0, L"ROOT");
  if (roots == nullptr) return false;
  for (PCCERT_CONTEXT cert = ::CertEnumCertificatesInStore(roots, nullptr); cert != nullptr;
       cert = ::CertEnumCertificatesInStore(roots, cert)) {
    const unsigned char* der = cert->pbCertEncoded;
    X509* x509 = d2i_X509(nullptr, &der, static_cast<long>(cert->cbCertEncoded));
    if (x509 == nullptr) continue;  // a certificate OpenSSL cannot read is one root fewer, not a failure
    X509_STORE_add_cert(store, x509);  // a duplicate is refused harmlessly
    X509_free(x509);
  }
  ERR_clear_error();
  ::CertCloseStore(roots, 0);
  return true;
}

}  // namespace takedown::host::net

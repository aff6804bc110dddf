#include "net/system_roots.hpp"

#include <openssl/x509_vfy.h>

namespace takedown::host::net {

bool add_system_roots(X509_STORE* store) {
  if (X509_STORE_set_default_paths(store) != 1) return false;
  // Debian's store, also when OpenSSL was built with another default folder.
  X509_LOOKUP* folder = X509_STORE_add_lookup(store, X509_LOOKUP_hash_dir());
  if (folder != nullptr) X509_LOOKUP_add_dir(folder, "/etc/ssl/certs", X509_FILETYPE_PEM);
  return true;
}

}  // namespace takedown::host::net

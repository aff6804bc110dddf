#pragma once
// The system's trusted root certificates, added to an OpenSSL store: OpenSSL's default paths and
// Debian's /etc/ssl/certs on POSIX (net/posix/system_roots.cpp), the Windows certificate store's
// "ROOT" (net/windows/system_roots.cpp), since an OpenSSL built for Windows knows no store of its own.
#include <openssl/x509.h>

namespace takedown::host::net {

// False when the store could not be read at all.
bool add_system_roots(X509_STORE* store);

}  // namespace takedown::host::net

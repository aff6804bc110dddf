#pragma once
// Limits and trust for the proofs' fetches. Defaults suit the open web; tests shorten them with
// TAKEDOWN_WITNESS_TIMEOUT_MS (connect and read timeouts, in ms), TAKEDOWN_WITNESS_MAX_BYTES (the
// body cap) and add a test CA with TAKEDOWN_EXTRA_CA (a PEM file, trusted besides the system store).
#include "net/fetch.hpp"

namespace takedown::host::proofs {

net::FetchLimits witness_limits();
net::FetchLimits tsa_limits();  // no redirects, a 1 MiB reply cap; TAKEDOWN_WITNESS_TIMEOUT_MS applies too
net::Trust transport_trust();

}  // namespace takedown::host::proofs

#pragma once
// The witness's test-only allowance: a resolver override (test names answer chosen addresses, no DNS,
// no /etc/hosts) and 127.0.0.0/8 counted as public, so node tests can prove each refusal and still
// fetch from a local HTTPS server. Only tests/support/witness_test_host.cpp (target
// takedown_test_witness_host) installs one, in its own main; takedown-host never calls
// install_test_allowance, reads no variable, flag or file for it, so the product cannot turn it on.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace takedown::host::net {

struct TestAllowance {
  bool loopback_is_public = false;
  // The addresses (text) a host name resolves to instead of DNS; nullopt: ask DNS as usual. Called once
  // per hop, possibly from several threads.
  std::function<std::optional<std::vector<std::string>>(std::string_view host)> resolve;
};

// Installs the allowance for the rest of the process. Call before any fetch starts.
void install_test_allowance(TestAllowance allowance);

// The installed allowance, or nullptr (always nullptr in takedown-host).
const TestAllowance* test_allowance() noexcept;

}  // namespace takedown::host::net

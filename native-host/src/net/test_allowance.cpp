#include "test_allowance.hpp"

#include <memory>

namespace takedown::host::net {
namespace {

// Set once, before any fetch (see install_test_allowance), and only read afterwards.
std::unique_ptr<const TestAllowance>& installed_allowance() {
  static std::unique_ptr<const TestAllowance> allowance;
  return allowance;
}

}  // namespace

void install_test_allowance(TestAllowance allowance) {
  installed_allowance() = std::make_unique<const TestAllowance>(std::move(allowance));
}

const TestAllowance* test_allowance() noexcept { return installed_allowance().get(); }

}  // namespace takedown::host::net

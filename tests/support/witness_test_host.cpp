// takedown_test_witness_host: takedown-host with the witness's test-only allowance switched on, for
// node tests alone (never installed, never packaged). It differs from takedown-host only here, in
// main: 127.0.0.0/8 counts as a public address, and host names listed in TAKEDOWN_TEST_RESOLVE answer
// the addresses given there instead of DNS, so tests can map names to loopback and private addresses
// without /etc/hosts. Format: "name=address,address;other=address|address": a comma separates the
// addresses of one answer, "|" separates successive answers (the Nth lookup of a name gets the Nth
// answer, the last one repeats), which lets a test rebind a name between two hops.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli.hpp"
#include "exit_codes.hpp"
#include "log.hpp"
#include "net/test_allowance.hpp"

namespace {

using Answer = std::vector<std::string>;

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = text.find(separator, start);
    parts.emplace_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

class TestResolver {
 public:
  explicit TestResolver(std::string_view spec) {
    for (const std::string& entry : split(spec, ';')) {
      const std::size_t equals = entry.find('=');
      if (entry.empty() || equals == std::string::npos) continue;
      std::vector<Answer>& answers = names_[entry.substr(0, equals)];
      for (const std::string& answer : split(std::string_view(entry).substr(equals + 1), '|')) {
        answers.push_back(answer.empty() ? Answer{} : split(answer, ','));
      }
    }
  }

  std::optional<Answer> operator()(std::string_view host) {
    const std::lock_guard lock(mutex_);
    const auto found = names_.find(std::string(host));
    if (found == names_.end()) return std::nullopt;
    std::size_t& asked = asked_[found->first];
    const Answer& answer = found->second[std::min(asked, found->second.size() - 1)];
    ++asked;
    return answer;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::vector<Answer>> names_;
  std::map<std::string, std::size_t> asked_;
};

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);
  try {
    takedown::host::net::TestAllowance allowance;
    allowance.loopback_is_public = true;
    const char* spec = std::getenv("TAKEDOWN_TEST_RESOLVE");
    auto resolver = std::make_shared<TestResolver>(spec == nullptr ? "" : spec);
    allowance.resolve = [resolver](std::string_view host) { return (*resolver)(host); };
    takedown::host::net::install_test_allowance(std::move(allowance));
    const std::vector<std::string_view> args(argv + (argc > 0 ? 1 : 0), argv + argc);
    return takedown::host::run_cli(args, takedown::host::Log::from_environment());
  } catch (const std::exception& e) {
    std::fprintf(stderr, "takedown_test_witness_host: internal failure: %s\n", e.what());
  }
  return takedown::host::exit_code::failed;
}

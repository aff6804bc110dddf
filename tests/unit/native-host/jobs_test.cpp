// Long methods off the read loop (issue #17): the vault gate's order, and sessions whose long methods
// are answered by a stand-in that takes its time, over in-memory streams.
#include "jobs.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include <nlohmann/json.hpp>

#include "exit_codes.hpp"
#include "memory_stream.hpp"
#include "session.hpp"
#include "vault_gate.hpp"

namespace jobs_test {  // one per file: the unity build joins test files

using namespace std::chrono_literals;
using namespace takedown::host;
using nlohmann::json;
using takedown::host::test::frame;
using takedown::host::test::MemoryReader;
using takedown::host::test::MemoryWriter;

namespace {

// Splits what the session wrote into parsed frames; a torn or interleaved frame fails the parse.
std::vector<json> frames_of(const std::string& stream) {
  std::vector<json> out;
  std::size_t at = 0;
  while (at < stream.size()) {
    REQUIRE(stream.size() - at >= 4);
    std::uint32_t length = 0;
    std::memcpy(&length, stream.data() + at, 4);
    REQUIRE(stream.size() - at - 4 >= length);
    out.push_back(json::parse(stream.substr(at + 4, length)));
    at += 4 + length;
  }
  return out;
}

std::string request(const json& id, const char* method) { return frame(json{{"id", id}, {"method", method}}.dump()); }

// Answers "vault.verify" after `delay` and everything else at once, counting calls at work together.
struct SlowStandIn {
  std::chrono::milliseconds delay;
  std::atomic<int> at_work{0};
  std::atomic<int> most_at_work{0};

  std::string operator()(const Request& r) {
    const int now = ++at_work;
    for (int seen = most_at_work; now > seen && !most_at_work.compare_exchange_weak(seen, now);) {
    }
    if (r.method == "vault.verify") std::this_thread::sleep_for(delay);
    --at_work;
    return with_id(r.id, R"({"ok":true,"result":{"method":")" + r.method + "\"}}");
  }
};

SessionOptions options_for(SlowStandIn& stand_in, std::chrono::milliseconds progress_every) {
  SessionOptions options;
  options.answer = [&stand_in](const Request& r) { return stand_in(r); };
  options.jobs.progress_every = progress_every;
  return options;
}

bool is_progress(const json& f) { return f.contains("progress"); }

}  // namespace

TEST_CASE("the long methods are the five the contract names, and only they") {
  for (const char* name : {"vault.witness", "vault.timestamp", "vault.timestamp_digest", "vault.verify", "vault.erase"}) {
    CHECK(is_long_method(name));
  }
  for (const char* name : {"ping", "version", "vault.head", "vault.info", "vault.upload_chunk", "vault.timestamp_verify", "core.echo"}) {
    CHECK_FALSE(is_long_method(name));
  }
}

TEST_CASE("the vault gate: erase waits for vault work before it, vault work after it waits for the erase") {
  VaultGate gate;
  CHECK(vault_access("ping") == VaultAccess::none);
  CHECK(vault_access("vault.erase") == VaultAccess::exclusive);
  CHECK(vault_access("vault.head") == VaultAccess::shared);

  VaultGate::Ticket first = gate.take("vault.timestamp");
  VaultGate::Ticket second = gate.take("vault.head");
  CHECK(gate.ready(first));
  CHECK(gate.ready(second));  // two vault requests side by side
  VaultGate::Ticket erase = gate.take("vault.erase");
  VaultGate::Ticket later = gate.take("vault.head");
  VaultGate::Ticket ping = gate.take("ping");
  CHECK_FALSE(gate.ready(erase));
  CHECK_FALSE(gate.ready(later));
  CHECK(gate.ready(ping));  // outside the vault: never waits

  first = VaultGate::Ticket();
  CHECK_FALSE(gate.ready(erase));
  second = VaultGate::Ticket();
  CHECK(gate.ready(erase));
  CHECK_FALSE(gate.ready(later));

  std::atomic<bool> passed{false};
  std::thread waiter([&] {
    gate.wait(later);
    passed = true;
  });
  std::this_thread::sleep_for(50ms);
  CHECK_FALSE(passed.load());
  erase = VaultGate::Ticket();
  waiter.join();
  CHECK(passed.load());
}

TEST_CASE("a session answers short requests while a long one works, with progress until its reply") {
  SlowStandIn stand_in{700ms};
  MemoryReader in(request("slow", "vault.verify") + request(1, "ping") + request(2, "vault.head") + request(3, "ping"));
  MemoryWriter out;
  const SessionEnd end = run_session(in, out, options_for(stand_in, 150ms));
  CHECK(end.exit_code == exit_code::ok);
  CHECK(end.reason == "end of input (4 requests answered)");

  const std::vector<json> frames = frames_of(out.data());
  std::vector<json> replies;
  for (const json& f : frames) {
    if (!is_progress(f)) replies.push_back(f["id"]);
  }
  CHECK(replies == std::vector<json>{1, 2, 3, "slow"});

  std::vector<std::int64_t> elapsed;
  bool replied = false;
  for (const json& f : frames) {
    if (f["id"] != "slow") continue;
    if (!is_progress(f)) {
      replied = true;
      continue;
    }
    CHECK_FALSE(replied);  // never after the reply
    CHECK(f["progress"]["state"] == "running");
    elapsed.push_back(f["progress"]["elapsed_ms"].get<std::int64_t>());
  }
  REQUIRE(elapsed.size() >= 4);  // one at the start, then one per 150 ms of a 700 ms job
  CHECK(elapsed.front() < 150);
  for (std::size_t i = 1; i < elapsed.size(); ++i) CHECK(elapsed[i] - elapsed[i - 1] >= 150);
}

TEST_CASE("frames from many jobs never interleave, even when the writer takes one byte at a time") {
  SlowStandIn stand_in{30ms};
  std::string input;
  for (int i = 0; i < 40; ++i) input += request(i, i % 4 == 0 ? "vault.verify" : "ping");
  MemoryReader in(input);
  MemoryWriter out(1);
  const SessionEnd end = run_session(in, out, options_for(stand_in, 5ms));
  CHECK(end.exit_code == exit_code::ok);
  std::size_t replies = 0;
  for (const json& f : frames_of(out.data())) {
    if (!is_progress(f)) ++replies;
  }
  CHECK(replies == 40);
  CHECK(stand_in.most_at_work.load() > 1);                       // long jobs ran beside other work
  CHECK(stand_in.most_at_work.load() <= 4 + 1);                  // four workers and the read loop at most
}

TEST_CASE("at the end of input the session waits for running jobs and answers them") {
  SlowStandIn stand_in{300ms};
  MemoryReader in(request("a", "vault.verify") + request("b", "vault.verify"));
  MemoryWriter out;
  const auto started = std::chrono::steady_clock::now();
  const SessionEnd end = run_session(in, out, options_for(stand_in, 1000ms));
  CHECK(std::chrono::steady_clock::now() - started >= 300ms);
  CHECK(std::chrono::steady_clock::now() - started < 550ms);  // side by side, not one after the other
  CHECK(end.exit_code == exit_code::ok);
  CHECK(end.reason == "end of input (2 requests answered)");
}

TEST_CASE("a browser that stops reading ends the session once the jobs are done") {
  SlowStandIn stand_in{50ms};
  MemoryReader in(request("a", "vault.verify") + request(1, "ping"));
  MemoryWriter out;
  out.fail();
  const SessionEnd end = run_session(in, out, options_for(stand_in, 1000ms));
  CHECK(end.exit_code == exit_code::io_error);
  CHECK(end.reason.starts_with("browser stopped reading: write failed: simulated broken pipe"));
}

}  // namespace jobs_test

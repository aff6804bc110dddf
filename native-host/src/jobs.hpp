#pragma once
// Long host methods (protocol.json long_host_methods: witness, timestamps, verify, erase) run off the
// session's read loop on a few worker threads, so that pings, heads and uploads are answered while a
// TSA or a web server takes its time. Each job sends progress frames
//   {"id":<id>,"progress":{"state":"running"|"waiting","elapsed_ms":N}}
// one when it starts running (or has waited for a free worker or the vault since it arrived) and then
// one every progress interval, and its ordinary reply once it is done; never a progress frame after
// the reply. docs/protocol.md "Concurrency and progress".
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <takedown/protocol.hpp>

#include "dispatch.hpp"
#include "frame_sink.hpp"
#include "vault_gate.hpp"

namespace takedown::host {

// Whether `method` runs as a job (the one list: protocol.json long_host_methods).
bool is_long_method(std::string_view method) noexcept;

// Answers one checked request; the session uses answer_request, tests a stand-in they control.
using Answerer = std::function<std::string(const Request&)>;

struct JobSettings {
  std::chrono::milliseconds progress_every{protocol::limits::host_progress_interval_ms};
  std::size_t max_running = 4;  // worker threads at most; later jobs wait (state "waiting") for a free one
};

class JobRunner {
 public:
  JobRunner(FrameSink& sink, VaultGate& gate, Answerer answer, JobSettings settings = {});
  ~JobRunner();  // finish()
  JobRunner(const JobRunner&) = delete;
  JobRunner& operator=(const JobRunner&) = delete;

  // Accepts a request (its vault ticket already taken on the read loop) and returns at once.
  void start(Request request, VaultGate::Ticket ticket);

  // Waits until every accepted job has been answered, then stops the threads. Never throws.
  void finish() noexcept;

  std::size_t answered() const;

 private:
  using Clock = std::chrono::steady_clock;
  struct Job {
    Request request;
    VaultGate::Ticket ticket;
    Clock::time_point accepted;
    Clock::time_point next_progress;
    bool running = false;
  };
  using JobList = std::list<Job>;

  void work();
  void tick();
  void run(JobList::iterator job);
  void send_progress(Job& job, Clock::time_point now);  // with mutex_ held

  FrameSink& sink_;
  VaultGate& gate_;
  Answerer answer_;
  JobSettings settings_;

  mutable std::mutex mutex_;
  std::condition_variable work_;  // a job was queued, or the runner is closing
  std::condition_variable tick_;  // the set of jobs changed, or the runner is closing
  JobList jobs_;                  // accepted and not yet answered
  std::deque<JobList::iterator> queue_;  // accepted and not yet picked up by a worker
  std::size_t idle_ = 0;
  std::size_t answered_ = 0;
  bool closing_ = false;
  std::vector<std::thread> workers_;
  std::thread ticker_;
};

}  // namespace takedown::host

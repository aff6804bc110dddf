#include "jobs.hpp"

#include <algorithm>
#include <exception>
#include <utility>

namespace takedown::host {

bool is_long_method(std::string_view method) noexcept {
  return std::find(protocol::long_host_methods.begin(), protocol::long_host_methods.end(), method) !=
         protocol::long_host_methods.end();
}

JobRunner::JobRunner(FrameSink& sink, VaultGate& gate, Answerer answer, JobSettings settings)
    : sink_(sink), gate_(gate), answer_(std::move(answer)), settings_(settings) {
  settings_.max_running = std::max<std::size_t>(settings_.max_running, 1);
}

JobRunner::~JobRunner() { finish(); }

void JobRunner::start(Request request, VaultGate::Ticket ticket) {
  std::unique_lock lock(mutex_);
  const Clock::time_point now = Clock::now();
  jobs_.push_back(Job{std::move(request), std::move(ticket), now, now + settings_.progress_every, false});
  queue_.push_back(std::prev(jobs_.end()));
  try {
    if (!ticker_.joinable()) ticker_ = std::thread([this] { tick(); });
    if (idle_ < queue_.size() && workers_.size() < settings_.max_running) workers_.emplace_back([this] { work(); });
  } catch (const std::exception&) {
    // No thread to be had: answer this one here, on the read loop, rather than never.
    if (workers_.empty()) {
      const JobList::iterator job = queue_.back();
      queue_.pop_back();
      lock.unlock();
      run(job);
      return;
    }
  }
  lock.unlock();
  work_.notify_one();
  tick_.notify_one();
}

void JobRunner::work() {
  std::unique_lock lock(mutex_);
  for (;;) {
    ++idle_;
    work_.wait(lock, [&] { return !queue_.empty() || closing_; });
    --idle_;
    if (queue_.empty()) return;  // closing, and nothing left to do
    const JobList::iterator job = queue_.front();
    queue_.pop_front();
    lock.unlock();
    run(job);
    lock.lock();
  }
}

// Runs one job on the calling thread: waits for its turn at the vault, announces it, answers it.
void JobRunner::run(JobList::iterator job) {
  gate_.wait(job->ticket);
  {
    const std::lock_guard lock(mutex_);
    job->running = true;
    send_progress(*job, Clock::now());
  }
  std::string reply;
  try {
    reply = answer_(job->request);
  } catch (...) {
    // answer_request never throws; a stand-in that does still gets its request answered.
    try {
      reply = with_id(job->request.id, R"({"ok":false,"error":{"code":"internal","message":"the job failed"}})");
    } catch (...) {
      reply = R"({"id":null,"ok":false,"error":{"code":"internal","message":"out of memory"}})";
    }
  }
  {
    // The reply leaves while the job list is held, so the ticker cannot send a progress frame after it.
    const std::lock_guard lock(mutex_);
    jobs_.erase(job);  // its vault ticket goes with it: the requests behind it may run
    if (sink_.write(reply)) ++answered_;
  }
  tick_.notify_one();
}

void JobRunner::send_progress(Job& job, Clock::time_point now) {
  job.next_progress = now + settings_.progress_every;
  const auto elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(now - job.accepted).count();
  const std::string_view state = job.running ? "running" : "waiting";
  try {
    sink_.write(with_id(job.request.id, R"({"progress":{"state":")" + std::string(state) + R"(","elapsed_ms":)" +
                                            std::to_string(elapsed) + "}}"));
  } catch (const std::exception&) {
    // Out of memory for a progress frame: skip this one; the reply still comes.
  }
}

void JobRunner::tick() {
  std::unique_lock lock(mutex_);
  for (;;) {
    if (jobs_.empty()) {
      if (closing_) return;
      tick_.wait(lock);
      continue;
    }
    const auto due = std::min_element(jobs_.begin(), jobs_.end(), [](const Job& a, const Job& b) {
                       return a.next_progress < b.next_progress;
                     })->next_progress;
    tick_.wait_until(lock, due);
    const Clock::time_point now = Clock::now();
    for (Job& job : jobs_) {
      if (job.next_progress <= now) send_progress(job, now);
    }
  }
}

void JobRunner::finish() noexcept {
  {
    const std::lock_guard lock(mutex_);
    closing_ = true;
  }
  work_.notify_all();
  tick_.notify_all();
  for (std::thread& worker : workers_) {
    if (worker.joinable()) worker.join();
  }
  if (ticker_.joinable()) ticker_.join();
}

std::size_t JobRunner::answered() const {
  const std::lock_guard lock(mutex_);
  return answered_;
}

}  // namespace takedown::host

#pragma once
// Where each request in the history stands: its deadline (when the law sets one) and whether the
// answer is still awaited, late, or in.
#include <optional>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "../time/deadline.hpp"
#include "situation.hpp"

namespace takedown::guidance {

enum class RequestStatus { waiting, overdue, refused, partial, removed, reported, filed };

struct RequestProgress {
  std::size_t index;  // into Situation::history
  const HistoryEntry* entry;
  std::optional<time::Deadline> deadline;
  RequestStatus status;
};

std::vector<RequestProgress> evaluate_history(const Situation& situation);
std::string_view status_name(RequestStatus status) noexcept;
// {rule, start, due, counts_from} for plans: the compact form of a deadline.
nlohmann::json deadline_summary(const time::Deadline& deadline, std::string_view counts_from);
nlohmann::json progress_to_json(const std::vector<RequestProgress>& progress);

// True when a request's answer opens the way to escalation (late, refused or only partly done).
inline bool escalates(const RequestProgress& p) {
  return p.status == RequestStatus::overdue || p.status == RequestStatus::refused || p.status == RequestStatus::partial;
}

}  // namespace takedown::guidance

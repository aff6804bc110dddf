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
// A GDPR extension counts only when announced within the first month, with reasons (Art. 12(3)).
enum class Extension { none, counts, too_late, without_reasons };

// The name of the DSA response period in plans: the period a notice set (DSA Art. 16 sets none).
inline constexpr std::string_view dsa_response_rule = "dsa_response_period";

struct RequestProgress {
  std::size_t index;  // into Situation::history
  const HistoryEntry* entry;
  std::optional<time::Deadline> deadline;
  RequestStatus status;
  Extension extension = Extension::none;
};

std::vector<RequestProgress> evaluate_history(const Situation& situation);
std::string_view status_name(RequestStatus status) noexcept;
// {rule, start, due, counts_from} for plans: the compact form of a deadline.
// `rule` names a custom period (dsa_response_rule); empty: the deadline's own rule.
nlohmann::json deadline_summary(const time::Deadline& deadline, std::string_view counts_from, std::string_view rule = {});
// The DSA response period for a notice sent now or in `entry` (its own, the situation's, or the default).
int dsa_response_days(const Situation& situation, const HistoryEntry* entry = nullptr);
std::string_view extension_name(Extension extension) noexcept;
nlohmann::json progress_to_json(const std::vector<RequestProgress>& progress);

// True when a request's answer opens the way to escalation (late, refused or only partly done).
inline bool escalates(const RequestProgress& p) {
  return p.status == RequestStatus::overdue || p.status == RequestStatus::refused || p.status == RequestStatus::partial;
}

}  // namespace takedown::guidance

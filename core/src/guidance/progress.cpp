#include "progress.hpp"

namespace takedown::guidance {
namespace {

std::optional<time::Deadline> deadline_of(const HistoryEntry& entry) {
  using time::DeadlineRule;
  if (entry.to == RequestTo::dpa || entry.to == RequestTo::police) return std::nullopt;
  switch (entry.via) {
    case Via::gdpr: {
      const auto rule = entry.extended ? DeadlineRule::gdpr_extended : DeadlineRule::gdpr_one_month;
      return time::compute_deadline(time::spec_of(rule), entry.sent);
    }
    case Via::take_it_down: {
      // Only the day of sending is known: 48 hours from any moment of that day end, at the latest,
      // when the second day after it ends.
      const time::DeadlineSpec latest{DeadlineRule::take_it_down_48_hours, 2, time::DeadlineUnit::days,
                                      time::WorkingCalendar::none};
      return time::compute_deadline(latest, entry.sent);
    }
    case Via::dsa: return std::nullopt;  // "without undue delay": no date to count to
  }
  return std::nullopt;
}

RequestStatus status_of(const HistoryEntry& entry, const std::optional<time::Deadline>& deadline,
                        const std::optional<time::CivilDate>& today) {
  switch (entry.answer) {
    case Answer::refused: return RequestStatus::refused;
    case Answer::partial: return RequestStatus::partial;
    case Answer::removed: return RequestStatus::removed;
    case Answer::none: break;
  }
  if (entry.to == RequestTo::police) return RequestStatus::reported;
  if (entry.to == RequestTo::dpa) return RequestStatus::filed;
  if (deadline && today && *today > deadline->period->end) return RequestStatus::overdue;
  return RequestStatus::waiting;
}

}  // namespace

std::vector<RequestProgress> evaluate_history(const Situation& situation) {
  std::vector<RequestProgress> progress;
  for (std::size_t i = 0; i < situation.history.size(); ++i) {
    const HistoryEntry& entry = situation.history[i];
    auto deadline = deadline_of(entry);
    const auto status = status_of(entry, deadline, situation.today);
    progress.push_back({i, &entry, std::move(deadline), status});
  }
  return progress;
}

std::string_view status_name(RequestStatus status) noexcept {
  switch (status) {
    case RequestStatus::waiting: return "waiting";
    case RequestStatus::overdue: return "overdue";
    case RequestStatus::refused: return "refused";
    case RequestStatus::partial: return "partial";
    case RequestStatus::removed: return "removed";
    case RequestStatus::reported: return "reported";
    case RequestStatus::filed: return "filed";
  }
  return "";
}

nlohmann::json deadline_summary(const time::Deadline& deadline, std::string_view counts_from) {
  return {{"rule", time::deadline_rule_name(deadline.spec.rule)},
          {"start", time::start_text(deadline)},
          {"due", time::due_text(deadline)},
          {"counts_from", counts_from}};
}

nlohmann::json progress_to_json(const std::vector<RequestProgress>& progress) {
  auto out = nlohmann::json::array();
  for (const auto& p : progress) {
    nlohmann::json entry{{"history_index", p.index},
                         {"to", name_of(p.entry->to)},
                         {"name", p.entry->name},
                         {"sent", time::format_date(p.entry->sent)},
                         {"status", status_name(p.status)}};
    if (p.deadline) entry["deadline"] = deadline_summary(*p.deadline, "sent");
    out.push_back(entry);
  }
  return out;
}

}  // namespace takedown::guidance

#include "progress.hpp"

namespace takedown::guidance {
namespace {

Extension extension_of(const HistoryEntry& entry) {
  if (!entry.extended || entry.via != Via::gdpr) return Extension::none;
  if (entry.extension_reasons == Tri::no) return Extension::without_reasons;
  if (entry.extended_on) {
    const auto first_month = time::compute_deadline(time::spec_of(time::DeadlineRule::gdpr_one_month), entry.sent);
    if (*entry.extended_on > first_month.period->end) return Extension::too_late;
  }
  return Extension::counts;
}

std::optional<time::Deadline> deadline_of(const HistoryEntry& entry, const Situation& situation, Extension extension) {
  using time::DeadlineRule;
  if (entry.to == RequestTo::dpa || entry.to == RequestTo::police || entry.to == RequestTo::dsc) return std::nullopt;
  switch (entry.via) {
    case Via::gdpr: {
      const auto rule = extension == Extension::counts ? DeadlineRule::gdpr_extended : DeadlineRule::gdpr_one_month;
      return time::compute_deadline(time::spec_of(rule), entry.sent);
    }
    case Via::take_it_down: {
      // Only the day of sending is known: 48 hours from any moment of that day end, at the latest,
      // when the second day after it ends.
      const time::DeadlineSpec latest{DeadlineRule::take_it_down_48_hours, 2, time::DeadlineUnit::days,
                                      time::WorkingCalendar::none};
      return time::compute_deadline(latest, entry.sent);
    }
    case Via::dsa: {
      // The DSA says only "without undue delay"; the period is the one the notice set, counted in
      // calendar days (a day stands for the 24 hours asked for sexual content).
      const time::DeadlineSpec period{DeadlineRule::custom, dsa_response_days(situation, &entry),
                                      time::DeadlineUnit::days, time::WorkingCalendar::none};
      return time::compute_deadline(period, entry.sent);
    }
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
  if (entry.to == RequestTo::dpa || entry.to == RequestTo::dsc) return RequestStatus::filed;
  if (deadline && today && *today > deadline->period->end) return RequestStatus::overdue;
  return RequestStatus::waiting;
}

}  // namespace

std::vector<RequestProgress> evaluate_history(const Situation& situation) {
  std::vector<RequestProgress> progress;
  for (std::size_t i = 0; i < situation.history.size(); ++i) {
    const HistoryEntry& entry = situation.history[i];
    const auto extension = extension_of(entry);
    auto deadline = deadline_of(entry, situation, extension);
    const auto status = status_of(entry, deadline, situation.today);
    progress.push_back({i, &entry, std::move(deadline), status, extension});
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

int dsa_response_days(const Situation& situation, const HistoryEntry* entry) {
  if (entry != nullptr && entry->respond_within_days) return *entry->respond_within_days;
  if (situation.dsa_response_days) return *situation.dsa_response_days;
  return situation.sexual == Tri::yes ? sexual_dsa_response_days : default_dsa_response_days;
}

std::string_view extension_name(Extension extension) noexcept {
  switch (extension) {
    case Extension::none: return "none";
    case Extension::counts: return "counts";
    case Extension::too_late: return "too_late";
    case Extension::without_reasons: return "without_reasons";
  }
  return "";
}

nlohmann::json deadline_summary(const time::Deadline& deadline, std::string_view counts_from, std::string_view rule) {
  return {{"rule", rule.empty() ? time::deadline_rule_name(deadline.spec.rule) : rule},
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
    if (p.deadline) {
      const bool dsa = p.entry->via == Via::dsa;
      entry["deadline"] = deadline_summary(*p.deadline, "sent", dsa ? dsa_response_rule : std::string_view());
    }
    if (p.extension != Extension::none) entry["extension"] = extension_name(p.extension);
    out.push_back(entry);
  }
  return out;
}

}  // namespace takedown::guidance

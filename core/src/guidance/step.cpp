#include "step.hpp"

namespace takedown::guidance {
namespace {

std::string_view status_name(StepStatus status) {
  switch (status) {
    case StepStatus::now: return "now";
    case StepStatus::waiting: return "waiting";
    case StepStatus::overdue: return "overdue";
    case StepStatus::later: return "later";
  }
  return "";
}

nlohmann::json texts_json(const std::vector<Text>& list) {
  auto out = nlohmann::json::array();
  for (const auto& text : list) out.push_back(text_json(text));
  return out;
}

}  // namespace

nlohmann::json text_json(const Text& text) { return {{"nl", text.nl}, {"en", text.en}}; }

nlohmann::json step_to_json(const Step& step) {
  nlohmann::json addressee{{"role", step.addressee.role}, {"name", step.addressee.name}};
  if (!step.addressee.contact.empty()) addressee["contact"] = step.addressee.contact;
  nlohmann::json out{
      {"kind", step.kind},
      {"status", status_name(step.status)},
      {"addressee", addressee},
      {"legal_bases", step.legal_bases},
      {"why", text_json(step.why)},
      {"preconditions", texts_json(step.preconditions)},
      {"notes", texts_json(step.notes)},
      {"deadlines", step.deadlines},
      {"letters", step.letters},
      {"sources", step.sources},
  };
  if (!step.urls.empty()) out["urls"] = step.urls;
  if (step.history_index) out["history_index"] = *step.history_index;
  return out;
}

}  // namespace takedown::guidance

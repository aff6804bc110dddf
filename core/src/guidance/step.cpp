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

nlohmann::json addressee_to_json(const Addressee& a) {
  nlohmann::json out{{"role", a.role}, {"name", a.name}};
  if (a.role.empty()) out.erase("role");  // alternatives share their parent's role
  if (!a.contact.empty()) out["contact"] = a.contact;
  if (!a.postal_address.empty()) out["postal_address"] = a.postal_address;
  if (!a.complaint_url.empty()) out["complaint_url"] = a.complaint_url;
  if (a.confirmed) out["confirmed"] = *a.confirmed;
  if (!a.land.empty()) out["land"] = a.land;
  if (!a.alternatives.empty()) {
    out["alternatives"] = nlohmann::json::array();
    for (const auto& alternative : a.alternatives) out["alternatives"].push_back(addressee_to_json(alternative));
  }
  return out;
}

nlohmann::json step_to_json(const Step& step) {
  const nlohmann::json addressee = addressee_to_json(step.addressee);
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

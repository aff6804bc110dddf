// forms.classify and forms.plan: the field types of a form snapshot, and what to fill in each from the
// person's profile and the case (docs/forms.md).
#include <cmath>

#include "field_reader.hpp"
#include "forms/classify.hpp"
#include "forms/form_choice.hpp"
#include "forms/hints.hpp"
#include "forms/plan.hpp"
#include "forms/plan_input.hpp"
#include "forms/snapshot.hpp"
#include "methods.hpp"
#include "params.hpp"

namespace takedown::core {
namespace {

using nlohmann::json;
namespace fm = forms;

// Two decimals: enough for a person, and the same text natively and in wasm.
double rounded(double confidence) { return std::round(confidence * 100.0) / 100.0; }

struct Input {
  fm::Snapshot snapshot;
  std::vector<fm::Hint> hints;
};

std::variant<Input, Failure> read_input(const json& params) {
  Input input;
  auto snapshot = fm::read_snapshot(params.at("snapshot"), "params.snapshot");
  if (auto* failure = std::get_if<Failure>(&snapshot)) return *failure;
  input.snapshot = std::move(std::get<fm::Snapshot>(snapshot));
  const FieldReader in(params, "params");
  input.hints = fm::read_hints(in);
  if (!in.ok()) return *in.failure();
  return input;
}

json classification_json(const fm::SnapshotField& field, const fm::Classification& c) {
  json out = {{"ref", field.ref},
              {"type", fm::type_name(c.type)},
              {"confidence", rounded(c.confidence)},
              {"source", fm::source_name(c.source)}};
  if (c.language) out["language"] = fm::lang_name(*c.language);
  if (!c.matched.empty()) out["matched"] = c.matched;
  return out;
}

json choice_json(const fm::FormChoice& choice) {
  json candidates = json::array();
  for (const auto& c : choice.candidates) {
    candidates.push_back({{"id", c.id}, {"kind", fm::form_kind_name(c.kind)}, {"label", c.label}, {"score", c.score}});
  }
  return {{"id", choice.id},
          {"kind", fm::form_kind_name(choice.kind)},
          {"label", choice.label},
          {"confidence", rounded(choice.confidence)},
          {"uncertain", choice.uncertain},
          {"candidates", std::move(candidates)}};
}

}  // namespace

MethodResult forms_classify(const json& params) {
  if (auto failure = expect_fields(params, {"snapshot"}, {"hints"})) return *failure;
  auto input = read_input(params);
  if (auto* failure = std::get_if<Failure>(&input)) return *failure;
  const auto& in = std::get<Input>(input);
  const fm::ClassifiedForm form = fm::classify(in.snapshot, in.hints);
  json fields = json::array();
  for (std::size_t i = 0; i < form.fields.size(); ++i) {
    fields.push_back(classification_json(in.snapshot.fields[i], form.fields[i]));
  }
  return json{{"fields", std::move(fields)}};
}

MethodResult forms_plan(const json& params) {
  if (auto failure = expect_fields(params, {"snapshot", "profile", "case", "lang"}, {"hints", "form"})) return *failure;
  const FieldReader reader(params, "params");
  const std::string lang = reader.choice("lang", {"nl", "en"}, "en");
  std::optional<std::string> requested;
  if (reader.has("form")) requested = reader.text("form", fm::max_string_characters);
  fm::SizeProblem size;
  const fm::Profile profile = fm::read_profile(reader, size);
  const fm::CaseFacts facts = fm::read_case(reader, size);
  if (size.failure) return *size.failure;
  if (!reader.ok()) return *reader.failure();
  auto input = read_input(params);
  if (auto* failure = std::get_if<Failure>(&input)) return *failure;
  const auto& in = std::get<Input>(input);

  const fm::ClassifiedForm form = fm::classify(in.snapshot, in.hints);
  const core::Language language = *language_from_name(lang);
  const fm::FormChoice choice = fm::choose_form(in.snapshot, form, requested, language);
  const auto steps = fm::make_plan(in.snapshot, form, choice, profile, facts, language);
  json fields = json::array();
  std::size_t filled = 0;
  std::size_t attention = 0;
  std::size_t skipped = 0;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    const auto& c = form.fields[i];
    const auto& s = steps[i];
    json out = {{"ref", in.snapshot.fields[i].ref},
                {"type", fm::type_name(c.type)},
                {"confidence", rounded(c.confidence)},
                {"action", fm::action_name(s.action)},
                {"reason", s.reason}};
    if (s.value) out["value"] = *s.value;
    if (s.option) out["option"] = {{"value", s.option->value}, {"text", s.option->text}};
    if (s.answered) out["answered"] = true;
    if (!s.more_values.empty()) out["more_values"] = s.more_values;
    fields.push_back(std::move(out));
    switch (s.action) {
      case fm::Action::attention: ++attention; break;
      case fm::Action::skip: ++skipped; break;
      default: ++filled; break;
    }
  }
  return json{{"fields", std::move(fields)},
              {"summary", {{"fill", filled}, {"attention", attention}, {"skip", skipped}}},
              {"form", choice_json(choice)}};
}

}  // namespace takedown::core

#include "bounded_text.hpp"

#include "fold.hpp"

namespace takedown::forms {

void SizeProblem::record(const core::FieldReader& in, std::string_view name, std::string problem) {
  if (!failure) failure = core::Failure{protocol::ErrorCode::too_large, in.path_of(name) + " " + std::move(problem)};
}

std::string bounded_text(const core::FieldReader& in, std::string_view name, std::size_t max_characters,
                         SizeProblem& size, bool required) {
  const nlohmann::json* value = in.get(name);
  if (value == nullptr) {
    if (required) in.fail(name, "is required");
    return {};
  }
  if (!value->is_string()) {
    in.fail(name, "must be a string");
    return {};
  }
  const auto& raw = value->get_ref<const std::string&>();
  if (raw.size() > max_characters && character_count(raw) > max_characters) {
    size.record(in, name, "is longer than " + std::to_string(max_characters) + " characters");
    return {};
  }
  return raw;
}

}  // namespace takedown::forms

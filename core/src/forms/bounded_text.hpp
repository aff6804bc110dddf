#pragma once
// Reading strings with a limit in characters (what a person sees), not bytes: a shape problem is
// invalid_params (recorded in the FieldReader), a string over its limit is too_large.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <takedown/core/envelope.hpp>

#include "../field_reader.hpp"

namespace takedown::forms {

struct SizeProblem {
  std::optional<core::Failure> failure;
  void record(const core::FieldReader& in, std::string_view name, std::string problem);
};

// The string at `name` as given (absent: ""), at most `max_characters` characters.
std::string bounded_text(const core::FieldReader& in, std::string_view name, std::size_t max_characters,
                         SizeProblem& size, bool required = false);

}  // namespace takedown::forms

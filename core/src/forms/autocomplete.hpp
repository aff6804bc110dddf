#pragma once
// The HTML autocomplete attribute (WHATWG "autofill detail tokens"): the page author saying what a
// field is. The strongest evidence there is, except where it is known to be misused: "on", "off" and
// made-up tokens say nothing, and "new-password" is widely put on ordinary fields to stop browsers
// from filling them.
#include <optional>
#include <string_view>

#include "field_type.hpp"

namespace takedown::forms {

struct AutocompleteMeaning {
  // The field's type, or unknown for a token that names something Takedown never fills
  // (cc-number, username, bday, one-time-code, ...).
  FieldType type = FieldType::unknown;
  std::string_view token;  // the field-name token, as written
};

// nullopt when the attribute says nothing usable. `password_input`: the field is <input type=password>.
std::optional<AutocompleteMeaning> read_autocomplete(std::string_view attribute, bool password_input);

}  // namespace takedown::forms

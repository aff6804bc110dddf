#pragma once
// What a field's shape says it holds when its words do not: one-time codes, card numbers and expiry
// dates are often `tel` or numeric inputs (for the digit keyboard), told apart from a phone number only
// by how much they hold (maxlength), the keyboard asked for (inputmode), their pattern attribute and
// the shape of their placeholder ("123456", "1234 1234 1234 1234", "MM / YY").
#include <optional>
#include <string_view>

#include "cues.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

enum class NumberShape {
  code,       // a one-time code, PIN or card security code: a few digits
  card,       // a payment card number
  expiry,     // a card's expiry date
  too_short,  // holds fewer characters than any phone number (one box of a split number, an extension)
};

// The shape that rules out a phone number, if any.
std::optional<NumberShape> number_shape(const SnapshotField& field);

// The most digits `pattern` accepts when it accepts digits only ("\d{6}", "[0-9]{4,8}"); nullopt when
// it accepts anything else or any number of digits.
std::optional<int> digits_of_pattern(std::string_view pattern);

}  // namespace takedown::forms

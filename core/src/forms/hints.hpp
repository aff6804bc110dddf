#pragma once
// Field hints from the platform registry: for a known platform's form, which name/id or label text
// marks which field type. They fill in where the generic patterns stay unsure.
#include <string>
#include <variant>
#include <vector>

#include <takedown/core/envelope.hpp>

#include "../field_reader.hpp"
#include "field_type.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

inline constexpr std::size_t max_hints = 200;
inline constexpr std::size_t max_hint_substrings = 50;
inline constexpr std::size_t max_hint_substring_characters = 200;

struct Hint {
  FieldType type = FieldType::unknown;
  std::vector<std::string> name;   // lower-cased; matched inside the name or id attribute
  std::vector<std::string> label;  // folded; matched inside the label, placeholder or aria text
};

// Reads the "hints" field of `params` (absent: none); problems are recorded in the reader.
std::vector<Hint> read_hints(const core::FieldReader& params);

// The hint that marks `field`, if any: the substring it matched, or "".
const Hint* matching_hint(const std::vector<Hint>& hints, const SnapshotField& field, std::string& matched);

}  // namespace takedown::forms

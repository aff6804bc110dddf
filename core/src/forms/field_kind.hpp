#pragma once
// What kind of control a field is, as far as the types it can hold go: an <input type=email> holds an
// e-mail address and nothing else, a <select> holds a country or an answer but never a name.
#include "field_type.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

enum class FieldKind { text, email, tel, url, date, number, choice, multi_line, checkbox, radio, none };

FieldKind kind_of(const SnapshotField& field) noexcept;
// Whether a field of this kind can be of this type at all.
bool kind_allows(FieldKind kind, FieldType type) noexcept;

}  // namespace takedown::forms

#pragma once
// Checkboxes and radios. A checkbox is mostly a statement the person makes (consent to terms, a
// good-faith belief, a sworn declaration) and which Takedown never ticks; sometimes a plain fact
// ("I am the person shown") that the case answers. A radio is an answer to a question; only the
// question "who are you reporting for" is one Takedown answers.
#include "classify.hpp"
#include "evidence.hpp"
#include "field_kind.hpp"

namespace takedown::forms {

Classification classify_checkable(const SnapshotField& field, const FieldEvidence& evidence, FieldKind kind,
                                  const FormContext& context);

// The answer a radio or checkbox gives by its own label (or, failing that, its value).
Answer own_answer(const SnapshotField& field, std::optional<Lang> page);

}  // namespace takedown::forms

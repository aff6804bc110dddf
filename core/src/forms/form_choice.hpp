#pragma once
// Which one form of a page the fill is for (docs/forms.md, "Choosing the form"). A page holds more
// forms than the removal form: a comment box under it, a newsletter box in the footer, a search box, a
// login. The person's own choice decides (the form around the field they right-clicked, or the one they
// picked when asked); otherwise the form with the strongest removal-form signal (fields for content
// URLs, descriptions, statements, the platform's hints, report words in its heading or button), never
// a login, sign-up, search, newsletter, comment or checkout form. When two forms are close, or none
// says it is a removal form, the choice is uncertain and the person is asked first.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "../language.hpp"
#include "classify.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

enum class FormKind { removal, login, signup, search, newsletter, comment, checkout, contact, other };

std::string_view form_kind_name(FormKind kind) noexcept;

struct FormCandidate {
  std::string id;
  FormKind kind = FormKind::other;
  std::string label;
  double score = 0;
};

struct FormChoice {
  std::string id;           // the chosen group; "" is the group of fields without one
  bool any = false;         // false: no form on the page may be filled
  FormKind kind = FormKind::other;
  std::string label;
  double confidence = 0;
  bool uncertain = false;   // the person is asked before anything is filled
  std::vector<FormCandidate> candidates;  // every group, strongest removal signal first

  // Whether a field may be acted on at all: it is in the chosen form and the choice is certain.
  bool includes(const SnapshotField& field) const { return any && !uncertain && field.form == id; }
};

// `requested`: a group the person chose (forms.plan's `form`); the snapshot's `target_form` likewise.
FormChoice choose_form(const Snapshot& snapshot, const ClassifiedForm& form, const std::optional<std::string>& requested,
                       core::Language language);

}  // namespace takedown::forms

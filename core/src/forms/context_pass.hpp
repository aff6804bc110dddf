#pragma once
// Reading the fields together, after each was classified alone:
//   - a bare "Name" is the full name, unless it stands beside a given name (then it is the family
//     name, as French "Nom" beside "Prénom" and German "Name" beside "Vorname") or a family name
//     (then it is the given name), or right beside a payment card's field (then it is the holder's);
//   - the field right before a password is a login's identifier: left alone;
//   - an e-mail field right after another is its confirmation;
//   - a second street-address line right after the first is address line 2;
//   - radios of one group share their question: when it asks who reports, or when the answers are
//     "myself" / "my child" / "someone I represent", every radio of the group is a relationship answer.
#include "classify.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

void apply_context(const Snapshot& snapshot, ClassifiedForm& form);

}  // namespace takedown::forms

#include "context_pass.hpp"

#include <algorithm>
#include <map>
#include <string>

namespace takedown::forms {
namespace {

constexpr std::size_t neighbourhood = 3;

bool fillable_or_named(const Classification& c) { return is_fillable(c.type) || c.generic_name; }

void resolve_generic_names(ClassifiedForm& form) {
  auto& fields = form.fields;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (!fields[i].generic_name) continue;
    bool given = false;
    bool family = false;
    bool full = false;
    bool card = false;
    const std::size_t from = i >= neighbourhood ? i - neighbourhood : 0;
    const std::size_t to = std::min(fields.size(), i + neighbourhood + 1);
    for (std::size_t j = from; j < to; ++j) {
      if (j == i) continue;
      given = given || fields[j].type == FieldType::given_name;
      family = family || fields[j].type == FieldType::family_name;
      full = full || fields[j].type == FieldType::full_name;
      card = card || (fields[j].card && (j + 1 == i || i + 1 == j));
    }
    auto& c = fields[i];
    c.generic_name = false;
    FieldType type = FieldType::full_name;
    if (full || (given && family) || card) {
      // A second name field beside complete ones: whose, which part? Beside a card number: the holder's.
      type = FieldType::unknown;
    } else if (given) {
      type = FieldType::family_name;
    } else if (family) {
      type = FieldType::given_name;
    }
    if (type != FieldType::unknown && c.confidence >= min_confidence(type)) c.type = type;
  }
}

// The previous field that holds something (fillable or a password), within `reach` places.
std::optional<std::size_t> previous_meaningful(const ClassifiedForm& form, std::size_t i, std::size_t reach) {
  for (std::size_t back = 1; back <= reach && back <= i; ++back) {
    const auto& c = form.fields[i - back];
    if (fillable_or_named(c) || c.type == FieldType::password) return i - back;
  }
  return std::nullopt;
}

// The field right before a password is the account's identifier (a login's e-mail or user name): what
// the person signs in with, which may not be the profile's address, and never Takedown's to fill.
// The next (or previous) field one types into: a "remember me" box or a hidden field does not count.
std::optional<std::size_t> typed_neighbour(const Snapshot& snapshot, std::size_t i, int step) {
  for (auto j = static_cast<std::ptrdiff_t>(i) + step; j >= 0 && j < static_cast<std::ptrdiff_t>(snapshot.fields.size()); j += step) {
    const auto& f = snapshot.fields[static_cast<std::size_t>(j)];
    if (!f.checkable() && f.visible) return static_cast<std::size_t>(j);
  }
  return std::nullopt;
}

bool is_identifier_type(FieldType t) {
  return t == FieldType::email || t == FieldType::email_confirm || t == FieldType::phone || t == FieldType::given_name ||
         t == FieldType::family_name || t == FieldType::full_name || t == FieldType::middle_name;
}

// A login form is an identifier and one password. A sign-up form asks more around them (a name before
// the e-mail, the password twice): there the e-mail is the person's, as on any other form.
void drop_login_identifiers(const Snapshot& snapshot, ClassifiedForm& form) {
  for (std::size_t i = 0; i < form.fields.size(); ++i) {
    auto& c = form.fields[i];
    if (!is_identifier_type(c.type) || c.signup) continue;
    const auto next = typed_neighbour(snapshot, i, 1);
    if (!next || form.fields[*next].type != FieldType::password) continue;
    const auto after = typed_neighbour(snapshot, *next, 1);
    if (after && form.fields[*after].type == FieldType::password) continue;
    const auto before = typed_neighbour(snapshot, i, -1);
    if (before && is_fillable(form.fields[*before].type)) continue;
    c.type = FieldType::unknown;
    c.matched = "login identifier";
  }
}

void pair_email_confirmations(ClassifiedForm& form) {
  for (std::size_t i = 1; i < form.fields.size(); ++i) {
    auto& c = form.fields[i];
    if (c.type != FieldType::email) continue;
    const auto previous = previous_meaningful(form, i, 2);
    if (previous && form.fields[*previous].type == FieldType::email) {
      c.type = FieldType::email_confirm;
      c.confidence *= 0.95;
    }
  }
}

void number_address_lines(ClassifiedForm& form) {
  for (std::size_t i = 1; i < form.fields.size(); ++i) {
    auto& c = form.fields[i];
    if (c.type != FieldType::street_address) continue;
    const auto previous = previous_meaningful(form, i, 2);
    if (previous && form.fields[*previous].type == FieldType::street_address) c.type = FieldType::address_line2;
  }
}

void share_radio_questions(const Snapshot& snapshot, ClassifiedForm& form) {
  std::map<std::string, std::vector<std::size_t>> groups;
  for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
    const auto& field = snapshot.fields[i];
    if (!field.is_radio()) continue;
    if (!field.name.empty()) {
      groups["name:" + field.name].push_back(i);
    } else if (!field.group.empty()) {
      groups["group:" + field.group].push_back(i);
    }
  }
  for (const auto& entry : groups) {
    const auto& members = entry.second;
    const Classification* question = nullptr;
    bool answers[3] = {false, false, false};
    for (const std::size_t i : members) {
      const auto& c = form.fields[i];
      if (c.type == FieldType::relationship && (question == nullptr || c.confidence > question->confidence)) {
        question = &c;
      }
      if (c.answer == Answer::self) answers[0] = true;
      if (c.answer == Answer::child) answers[1] = true;
      if (c.answer == Answer::represented) answers[2] = true;
    }
    const int distinct = (answers[0] ? 1 : 0) + (answers[1] ? 1 : 0) + (answers[2] ? 1 : 0);
    if (question == nullptr && distinct < 2) continue;
    const Classification shared = question ? *question : Classification{};
    for (const std::size_t i : members) {
      auto& c = form.fields[i];
      const Answer answer = c.answer;
      if (question) {
        c = shared;
      } else {
        c = Classification{};
        c.confidence = 0.75;
        c.source = Source::pattern;
        c.matched = "answers";
      }
      c.type = FieldType::relationship;
      c.answer = answer;
    }
  }
  // A radio that gave an answer but whose group turned out to be about something else stays unknown.
  for (auto& c : form.fields) {
    if (c.type != FieldType::relationship && !is_question(c.type)) c.answer = Answer::none;
  }
}

// A form that asks for nothing but an e-mail address or a phone number (a newsletter box, a magic-link or
// two-step sign-in, "send me a login code") is never a removal form: the address or number there is a
// subscription's or an account's.
// With a visible password it is a sign-in or sign-up form, which drop_login_identifiers reads; a hidden one
// is the next step of a two-step sign-in.
void drop_lone_identifiers(const Snapshot& snapshot, ClassifiedForm& form) {
  if (form.context.report_form) return;
  for (const auto& f : snapshot.fields) {
    if (f.tag == Tag::input && f.type == "password" && f.visible) return;
  }
  const auto identifier = [](FieldType t) {
    return t == FieldType::email || t == FieldType::email_confirm || t == FieldType::phone;
  };
  bool email = false;
  for (const auto& c : form.fields) {
    if (identifier(c.type)) {
      email = true;
    } else if (is_fillable(c.type) || c.generic_name) {
      return;
    }
  }
  if (!email) return;
  for (auto& c : form.fields) {
    if (!identifier(c.type)) continue;
    c.type = FieldType::unknown;
    c.matched = "e-mail or phone alone";
  }
}

// A phone number is typed into one field: a run of phone-looking fields side by side is a one-time code
// split into a box per digit, or a number split into parts, and none of them takes the whole number.
// Four or more in a row, or three whose labels do not tell them apart ("Phone", "Mobile", "Work").
void drop_phone_runs(const Snapshot& snapshot, ClassifiedForm& form) {
  const auto first_label = [&](std::size_t i) {
    const auto& labels = snapshot.fields[i].labels;
    return labels.empty() ? std::string() : labels.front().text;
  };
  for (std::size_t i = 0; i < form.fields.size();) {
    std::size_t end = i;
    while (end < form.fields.size() && form.fields[end].type == FieldType::phone) ++end;
    if (end == i) {
      ++i;
      continue;
    }
    std::size_t distinct = 0;
    for (std::size_t j = i; j < end; ++j) {
      const std::string label = first_label(j);
      bool seen = label.empty();
      for (std::size_t k = i; k < j && !seen; ++k) seen = first_label(k) == label;
      if (!seen) ++distinct;
    }
    const std::size_t run = end - i;
    if (run >= 4 || (run == 3 && distinct <= 1)) {
      for (std::size_t j = i; j < end; ++j) {
        form.fields[j].type = FieldType::unknown;
        form.fields[j].matched = "one of a run of boxes";
      }
    }
    i = end;
  }
}

}  // namespace

void apply_context(const Snapshot& snapshot, ClassifiedForm& form) {
  resolve_generic_names(form);
  drop_login_identifiers(snapshot, form);
  pair_email_confirmations(form);
  number_address_lines(form);
  share_radio_questions(snapshot, form);
  drop_lone_identifiers(snapshot, form);
  drop_phone_runs(snapshot, form);
}

}  // namespace takedown::forms

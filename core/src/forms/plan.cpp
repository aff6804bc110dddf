#include "plan.hpp"

#include <map>

#include "../text/sanitize.hpp"
#include "date_format.hpp"
#include "field_kind.hpp"
#include "fold.hpp"
#include "plan_reasons.hpp"
#include "statements.hpp"

namespace takedown::forms {
namespace {

struct Planner {
  const Snapshot& snapshot;
  const ClassifiedForm& form;
  const FormChoice& choice;
  const Profile& profile;
  const CaseFacts& facts;
  core::Language language;
  std::vector<PlanStep> steps;

  PlanStep step(Action action, Reason reason, FieldType type, std::size_t count = 0) const {
    PlanStep s;
    s.action = action;
    s.reason = reason_text(reason, language, type, count);
    return s;
  }

  Answer wanted() const {
    switch (profile.acting_for) {
      case ActingFor::self: return Answer::self;
      case ActingFor::child: return Answer::child;
      case ActingFor::represented: return Answer::represented;
      case ActingFor::unknown: break;
    }
    return Answer::none;
  }

  // What a yes/no question asks about ("Are you the person shown?" asks about self).
  Answer subject_of(std::string_view question) const {
    const Answer a = answer_of(question, form.context.page);
    return (a == Answer::self || a == Answer::child || a == Answer::represented) ? a : Answer::none;
  }

  // Whether choosing an answer states what the profile says.
  bool says_wanted(Answer answer, Answer subject) const {
    const Answer w = wanted();
    if (answer == w) return true;
    if (subject == Answer::none) return false;
    return (answer == Answer::yes && subject == w) || (answer == Answer::no && subject != w);
  }

  std::string question_of(const SnapshotField& field) const {
    if (!field.group.empty()) return field.group;
    return field.labels.empty() ? std::string() : field.labels.front().text;
  }

  static std::string group_key(const SnapshotField& field) {
    if (!field.name.empty()) return "name:" + field.name;
    if (!field.group.empty()) return "group:" + field.group;
    return {};
  }

  // --- Values from the profile and the case --------------------------------------------------------

  // The person's own text in the form's language; else in the language they use with us; else the one
  // they wrote.
  const std::string& own_text(const std::map<Lang, std::string>& by_lang) const {
    static const std::string none;
    if (by_lang.empty()) return none;
    if (form.context.page) {
      if (const auto found = by_lang.find(*form.context.page); found != by_lang.end()) return found->second;
    }
    const Lang own = language == core::Language::nl ? Lang::nl : Lang::en;
    if (const auto found = by_lang.find(own); found != by_lang.end()) return found->second;
    return by_lang.begin()->second;
  }

  std::string full_name() const {
    if (!profile.full_name.empty()) return profile.full_name;
    if (!profile.given_name.empty() && !profile.family_name.empty()) return profile.given_name + " " + profile.family_name;
    return {};
  }

  static std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
      if (!out.empty()) out += '\n';
      out += item;
    }
    return out;
  }

  // The value for a field of `type`, and whether it comes from the case (not the profile).
  std::string value_for(FieldType type, const SnapshotField& field, FieldKind kind, std::size_t index_of_kind,
                        bool& from_case) const {
    from_case = false;
    switch (type) {
      case FieldType::given_name: return profile.given_name;
      case FieldType::family_name: return profile.family_name;
      case FieldType::full_name: return full_name();
      case FieldType::email:
      case FieldType::email_confirm: return profile.email;
      case FieldType::phone: return profile.phone;
      case FieldType::country:
        return profile.country ? std::string(country_display_name(*profile.country, form.context.page.value_or(Lang::en)))
                               : std::string();
      case FieldType::street_address: return profile.street_address;
      case FieldType::postal_code: return profile.postal_code;
      case FieldType::city: return profile.city;
      case FieldType::region: return profile.region;
      case FieldType::organisation: return profile.organisation;
      default: break;
    }
    from_case = true;
    const bool multi_line = kind == FieldKind::multi_line;
    switch (type) {
      case FieldType::content_url:
        return index_of_kind < facts.content_urls.size() ? facts.content_urls[index_of_kind] : std::string();
      case FieldType::content_urls: return joined(facts.content_urls);
      case FieldType::search_results_url:
        if (multi_line) return joined(facts.search_results_urls);
        return index_of_kind < facts.search_results_urls.size() ? facts.search_results_urls[index_of_kind] : std::string();
      case FieldType::reported_account: return facts.reported_account;
      case FieldType::description: {
        const std::string& text = own_text(facts.descriptions).empty() ? facts.description : own_text(facts.descriptions);
        return multi_line ? text : core::single_line(text);
      }
      case FieldType::subject: return own_text(facts.subjects).empty() ? facts.subject : own_text(facts.subjects);
      case FieldType::date: return facts.today ? write_date(*facts.today, field, form.context.page).value_or("") : "";
      default: return {};
    }
  }

  // --- Steps ---------------------------------------------------------------------------------------

  // Whether a person can see the field (a concealed one, once the snapshot says so, counts as unseen).
  static bool shown(const SnapshotField& field) { return field.visible; }

  static bool enters_text(FieldKind kind) {
    return kind == FieldKind::text || kind == FieldKind::email || kind == FieldKind::tel || kind == FieldKind::url ||
           kind == FieldKind::date || kind == FieldKind::number || kind == FieldKind::multi_line;
  }

  PlanStep missing(const SnapshotField& field, FieldType type) const {
    if (type == FieldType::date && facts.today) {
      return step(Action::attention, Reason::date_format_unknown, type);
    }
    return field.required ? step(Action::attention, Reason::no_value_required, type)
                          : step(Action::skip, Reason::no_value, type);
  }

  PlanStep plan_choice(const SnapshotField& field, FieldType type) const {
    std::optional<std::size_t> option;
    if (type == FieldType::country) {
      if (profile.country == nullptr) return missing(field, type);
      option = country_option(field.options, *profile.country);
    } else {
      const std::string wanted_text = type == FieldType::region ? profile.region : type == FieldType::city ? profile.city : "";
      if (wanted_text.empty()) return missing(field, type);
      option = text_option(field.options, wanted_text);
    }
    if (!option) return step(Action::attention, Reason::option_not_offered, type);
    PlanStep s = step(Action::select, Reason::chosen_from_profile, type);
    s.option = field.options[*option];
    return s;
  }

  PlanStep plan_text(const SnapshotField& field, FieldType type, FieldKind kind, std::size_t index_of_kind,
                     std::size_t count_of_kind) const {
    bool from_case = false;
    const std::string value = value_for(type, field, kind, index_of_kind, from_case);
    if (value.empty()) return missing(field, type);
    if (field.maxlength >= 0 && character_count(value) > static_cast<std::size_t>(field.maxlength)) {
      return step(Action::attention, Reason::too_long, type, static_cast<std::size_t>(field.maxlength));
    }
    if (!field.value.empty()) {
      if (field.value == value) return step(Action::skip, Reason::already_filled, type);
      // A prefilled prefix ("https://", "+31") is completed; anything else is the person's to judge,
      // except in a custom picker, whose text is its placeholder or a default ("Select a country").
      const bool picker = field.tag == Tag::custom && (field.role == "combobox" || field.role == "listbox");
      if (!picker && value.compare(0, field.value.size(), field.value) != 0) {
        return step(Action::attention, Reason::holds_other_value, type);
      }
    }
    Reason reason = type == FieldType::date ? Reason::today : from_case ? Reason::from_case : Reason::from_profile;
    bool answered = false;
    if (type == FieldType::description || type == FieldType::subject) {
      const bool own = !own_text(type == FieldType::description ? facts.descriptions : facts.subjects).empty();
      reason = own ? Reason::own_text : Reason::our_text;
      answered = !own;
    }
    std::size_t count = 0;
    const std::size_t urls = type == FieldType::content_url ? facts.content_urls.size()
                           : type == FieldType::search_results_url && kind != FieldKind::multi_line
                               ? facts.search_results_urls.size() : 0;
    PlanStep s;
    if (urls > count_of_kind && index_of_kind + 1 == count_of_kind) {
      s = step(Action::fill, Reason::more_urls_than_fields, type, urls);
      const auto& all = type == FieldType::content_url ? facts.content_urls : facts.search_results_urls;
      s.more_values.assign(all.begin() + static_cast<std::ptrdiff_t>(count_of_kind), all.end());
    } else {
      s = step(Action::fill, reason, type, count);
    }
    s.value = value;
    s.answered = answered;
    return s;
  }

  PlanStep plan_relationship(std::size_t i, const std::map<std::string, std::optional<std::size_t>>& chosen) const {
    const SnapshotField& field = snapshot.fields[i];
    const Classification& c = form.fields[i];
    const FieldKind kind = kind_of(field);
    if (wanted() == Answer::none) return step(Action::attention, Reason::acting_for_unknown, c.type);
    if (kind == FieldKind::radio) {
      const auto found = chosen.find(group_key(field));
      if (found == chosen.end() || !found->second) return step(Action::attention, Reason::answer_not_offered, c.type);
      return *found->second == i ? step(Action::check, Reason::answer_ticked, c.type)
                                 : step(Action::skip, Reason::other_answer, c.type);
    }
    if (kind == FieldKind::checkbox) {
      if (c.answer == wanted()) return step(Action::check, Reason::answer_ticked, c.type);
      if (c.answer == Answer::none) return step(Action::attention, Reason::answer_not_offered, c.type);
      return field.required ? step(Action::attention, Reason::not_so_in_case, c.type)
                            : step(Action::skip, Reason::not_so_in_case, c.type);
    }
    // A select or listbox: the option that gives the answer, or yes/no to a question about it.
    std::optional<std::size_t> option = answer_option(field.options, wanted(), form.context.page);
    if (!option) {
      const Answer subject = subject_of(question_of(field));
      for (std::size_t o = 0; o < field.options.size() && subject != Answer::none; ++o) {
        const Answer a = answer_of(field.options[o].text, form.context.page);
        if ((a == Answer::yes || a == Answer::no) && says_wanted(a, subject)) {
          option = o;
          break;
        }
      }
    }
    if (!option) return step(Action::attention, Reason::answer_not_offered, c.type);
    PlanStep s = step(Action::select, Reason::answer_chosen, c.type);
    s.option = field.options[*option];
    return s;
  }

  // --- Questions the case answers (ai_generated, consent_to_share, report_category) ----------------

  // The yes/no a question wants, or none when the case does not say.
  Answer wanted_yes_no(const Classification& c) const {
    if (c.type == FieldType::ai_generated) return Answer::yes;
    if (c.type != FieldType::consent_to_share || !facts.consent_to_share) return Answer::none;
    // "Was it shared without your consent?" asks it the other way round.
    return *facts.consent_to_share != c.without_consent ? Answer::yes : Answer::no;
  }

  static std::string own_label(const SnapshotField& field) {
    for (const auto& label : field.labels) {
      if (label.source != TextSource::label_ancestor) return label.text;
    }
    return field.value;
  }

  // The one member of a radio group (or one option) that answers the question, if exactly one does.
  template <typename TextOf, typename AnswerOf>
  std::optional<std::size_t> pick(std::size_t count, FieldType type, Answer wanted, TextOf text_of, AnswerOf answer_of_member) const {
    const auto unique = [&](auto&& fits) -> std::optional<std::size_t> {
      std::optional<std::size_t> found;
      for (std::size_t i = 0; i < count; ++i) {
        if (!fits(i)) continue;
        if (found) return std::nullopt;
        found = i;
      }
      return found;
    };
    if (type == FieldType::report_category) {
      std::vector<Option> texts;
      for (std::size_t i = 0; i < count; ++i) texts.push_back({"", text_of(i)});
      return category_option(texts, form.context.page);
    }
    if (auto found = unique([&](std::size_t i) { return answer_of_member(i) == wanted; })) return found;
    // "Yes, it was made with AI" is not a bare yes: a member that names AI answers yes.
    if (type == FieldType::ai_generated && wanted == Answer::yes) {
      return unique([&](std::size_t i) {
        return answer_of_member(i) != Answer::no && category_rank(text_of(i), form.context.page) >= 3;
      });
    }
    return std::nullopt;
  }

  std::map<std::string, std::optional<std::size_t>> choose_question_radios() const {
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
      if (is_question(form.fields[i].type) && snapshot.fields[i].is_radio()) groups[group_key(snapshot.fields[i])].push_back(i);
    }
    std::map<std::string, std::optional<std::size_t>> chosen;
    for (const auto& entry : groups) {
      const std::vector<std::size_t>& members = entry.second;  // not a structured binding: clang 14 cannot capture one
      const Classification& c = form.fields[members.front()];
      const auto found = pick(
          members.size(), c.type, wanted_yes_no(c), [&](std::size_t m) { return own_label(snapshot.fields[members[m]]); },
          [&](std::size_t m) { return form.fields[members[m]].answer; });
      chosen[entry.first] = found ? std::optional<std::size_t>(members[*found]) : std::nullopt;
    }
    return chosen;
  }

  PlanStep plan_question(std::size_t i, const std::map<std::string, std::optional<std::size_t>>& chosen) const {
    const SnapshotField& field = snapshot.fields[i];
    const Classification& c = form.fields[i];
    const FieldKind kind = kind_of(field);
    const Answer wanted = wanted_yes_no(c);
    if (c.type == FieldType::consent_to_share && wanted == Answer::none) return step(Action::attention, Reason::consent_unknown, c.type);
    const Reason done = c.type == FieldType::ai_generated ? Reason::ai_answered
                      : c.type == FieldType::consent_to_share ? Reason::consent_answered : Reason::category_chosen;
    const Reason not_offered = c.type == FieldType::report_category ? Reason::category_not_offered : Reason::question_not_offered;
    PlanStep s;
    if (kind == FieldKind::radio) {
      const auto found = chosen.find(group_key(field));
      if (found == chosen.end() || !found->second) return step(Action::attention, not_offered, c.type);
      if (*found->second != i) return step(Action::skip, Reason::other_answer, c.type);
      s = step(Action::check, done, c.type);
    } else if (kind == FieldKind::checkbox) {
      // Ticking a box says yes; only "made with AI" is said so surely (a consent box is the person's).
      if (c.type != FieldType::ai_generated) return step(Action::attention, Reason::consent, c.type);
      s = step(Action::check, done, c.type);
    } else {
      const auto option = pick(
          field.options.size(), c.type, wanted, [&](std::size_t o) { return field.options[o].text; },
          [&](std::size_t o) { return answer_of(field.options[o].text, form.context.page); });
      if (!option) return step(Action::attention, not_offered, c.type);
      s = step(Action::select, done, c.type);
      s.option = field.options[*option];
    }
    s.answered = true;
    return s;
  }

  // For each relationship radio group: the one radio that states the profile's answer, if exactly one does.
  std::map<std::string, std::optional<std::size_t>> choose_radios() const {
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
      if (form.fields[i].type == FieldType::relationship && snapshot.fields[i].is_radio() && in_scope(i)) {
        groups[group_key(snapshot.fields[i])].push_back(i);
      }
    }
    std::map<std::string, std::optional<std::size_t>> chosen;
    for (const auto& entry : groups) {
      const Answer subject = subject_of(question_of(snapshot.fields[entry.second.front()]));
      std::optional<std::size_t> match;
      bool several = false;
      for (const std::size_t i : entry.second) {
        if (!says_wanted(form.fields[i].answer, subject)) continue;
        several = several || match.has_value();
        match = i;
      }
      chosen[entry.first] = several ? std::nullopt : match;
    }
    return chosen;
  }

  // A field the plan may act on: in the chosen form, seen by a person, and no honeypot.
  bool in_scope(std::size_t i) const {
    const SnapshotField& field = snapshot.fields[i];
    return choice.includes(field) && field.concealed.empty() && !form.fields[i].decoy && !duplicates[i];
  }

  std::vector<bool> duplicates;

  static bool single_valued(FieldType type) {
    switch (type) {
      case FieldType::given_name: case FieldType::family_name: case FieldType::middle_name: case FieldType::full_name:
      case FieldType::email: case FieldType::phone: case FieldType::street_address: case FieldType::postal_code:
      case FieldType::city: case FieldType::organisation: return true;
      default: return false;
    }
  }

  // A form asks for a thing once: a later field of the same type, with the same label, whose name only
  // adds words to the first one's ("name" and "second-name", "email" and "email_2") is a decoy.
  void find_duplicates() {
    duplicates.assign(snapshot.fields.size(), false);
    const auto label = [&](const SnapshotField& f) { return f.labels.empty() ? std::string() : fold_text(f.labels.front().text); };
    const auto ident = [&](const SnapshotField& f) { return fold_identifier(f.name.empty() ? f.id : f.name); };
    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
      const SnapshotField& first = snapshot.fields[i];
      if (!single_valued(form.fields[i].type) || !choice.includes(first) || !first.concealed.empty() || form.fields[i].decoy) continue;
      const std::string first_name = ident(first);
      if (first_name.size() <= 2) continue;
      for (std::size_t j = i + 1; j < snapshot.fields.size(); ++j) {
        const SnapshotField& later = snapshot.fields[j];
        if (duplicates[j] || form.fields[j].type != form.fields[i].type || !choice.includes(later)) continue;
        const std::string later_name = ident(later);
        if (label(later) == label(first) && later_name.size() > first_name.size() &&
            later_name.find(first_name) != std::string::npos) {
          duplicates[j] = true;
        }
      }
    }
  }

  void run() {
    find_duplicates();
    const auto chosen = choose_radios();
    const auto chosen_answers = choose_question_radios();
    // The n-th field of a URL type that a person can see in the chosen form takes the n-th URL of the
    // case: other fields neither take a URL nor move the others on, so a page cannot collect more URLs
    // than its form visibly asks for.
    std::map<FieldType, std::size_t> seen;
    std::map<FieldType, std::size_t> total;
    for (std::size_t i = 0; i < form.fields.size(); ++i) {
      if (in_scope(i) && shown(snapshot.fields[i])) ++total[form.fields[i].type];
    }

    for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
      const SnapshotField& field = snapshot.fields[i];
      const Classification& c = form.fields[i];
      const FieldKind kind = kind_of(field);
      if (!choice.includes(field)) {
        steps.push_back(step(Action::skip, Reason::outside_form, c.type));
        continue;
      }
      if (c.decoy || duplicates[i]) {
        steps.push_back(step(Action::skip, Reason::decoy, c.type));
        continue;
      }
      if (!field.concealed.empty()) {
        steps.push_back(step(Action::skip, Reason::hidden, c.type));
        continue;
      }
      const std::size_t index_of_kind = shown(field) ? seen[c.type]++ : total[c.type];
      PlanStep s;
      switch (c.type) {
        case FieldType::password: s = step(Action::skip, Reason::password, c.type); break;
        case FieldType::captcha: s = step(Action::skip, Reason::captcha, c.type); break;
        case FieldType::file_upload: s = step(Action::attention, Reason::file, c.type); break;
        case FieldType::sworn_statement: s = step(Action::attention, Reason::sworn, c.type); break;
        case FieldType::good_faith_statement: s = step(Action::attention, Reason::good_faith, c.type); break;
        case FieldType::consent_checkbox: s = step(Action::attention, Reason::consent, c.type); break;
        case FieldType::signature: s = step(Action::attention, Reason::signature, c.type); break;
        case FieldType::unknown:
          s = field.required && field.visible && !field.disabled && kind != FieldKind::none
                  ? step(Action::attention, Reason::not_recognised_required, c.type)
                  : step(Action::skip, Reason::not_recognised, c.type);
          break;
        default:
          if (field.disabled || field.readonly) {
            s = step(Action::skip, Reason::read_only, c.type);
          } else if (!field.visible && enters_text(kind)) {
            // An invisible text field is a honeypot or a step not shown yet: never filled.
            s = step(Action::skip, Reason::hidden, c.type);
          } else if (c.type == FieldType::relationship) {
            s = plan_relationship(i, chosen);
          } else if (is_question(c.type)) {
            s = plan_question(i, chosen_answers);
          } else if (kind == FieldKind::choice) {
            s = plan_choice(field, c.type);
          } else {
            s = plan_text(field, c.type, kind, index_of_kind, total[c.type]);
          }
      }
      // Asked only of someone reporting for another person (their name, proof of authority): it follows
      // the person's own situation, whatever the field is.
      if (c.for_someone_else && c.type != FieldType::password && c.type != FieldType::captcha &&
          (kind != FieldKind::none || c.type == FieldType::file_upload) && field.visible) {
        s = wanted() == Answer::self ? step(Action::skip, Reason::only_for_someone_else, c.type)
                                     : step(Action::attention, Reason::for_someone_else, c.type);
      }
      steps.push_back(std::move(s));
    }
  }
};

}  // namespace

std::string_view action_name(Action action) noexcept {
  switch (action) {
    case Action::fill: return "fill";
    case Action::select: return "select";
    case Action::check: return "check";
    case Action::attention: return "attention";
    case Action::skip: return "skip";
  }
  return "skip";
}

std::vector<PlanStep> make_plan(const Snapshot& snapshot, const ClassifiedForm& form, const FormChoice& choice,
                                const Profile& profile, const CaseFacts& facts, core::Language language) {
  Planner planner{snapshot, form, choice, profile, facts, language, {}, {}};
  planner.run();
  return std::move(planner.steps);
}

}  // namespace takedown::forms

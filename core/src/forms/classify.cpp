#include "classify.hpp"

#include <algorithm>
#include <array>

#include "autocomplete.hpp"
#include "context_pass.hpp"
#include "evidence.hpp"
#include "field_kind.hpp"
#include "fold.hpp"
#include "number_shape.hpp"
#include "statements.hpp"

namespace takedown::forms {
namespace {

double noisy_or(double a, double b) { return 1.0 - (1.0 - a) * (1.0 - b); }

struct Candidate {
  double score = 0;
  Cue cue = Cue::other;
  Source source = Source::pattern;
  std::string_view matched;  // for input-type and option evidence, what decided
};

// Everything the patterns, the input type and the options say, as candidate types (plus two
// pseudo-types: a bare "name" and a sink for things Takedown never fills).
struct Candidates {
  std::array<Candidate, field_type_count> type{};
  Candidate generic_name;
  Candidate sink;

  void offer(FieldType t, double score, Cue cue) {
    auto& slot = type[static_cast<std::size_t>(t)];
    if (score > slot.score) slot = {score, cue, Source::pattern, {}};
  }
  // Evidence from the control itself (its input type, its options) joins the patterns' evidence.
  void boost(FieldType t, double score, Source source, std::string_view matched, Cue cue) {
    auto& slot = type[static_cast<std::size_t>(t)];
    const double combined = noisy_or(slot.score, score);
    if (score >= slot.score) {
      slot = {combined, cue, source, matched};
    } else {
      slot.score = combined;
    }
  }
  Candidate& operator[](FieldType t) { return type[static_cast<std::size_t>(t)]; }
};

constexpr Cue sink_cues[] = {Cue::username, Cue::card,         Cue::website, Cue::birth,
                             Cue::code,     Cue::phone_prefix, Cue::newsletter, Cue::other};

constexpr FieldType personal_types[] = {
    FieldType::given_name, FieldType::family_name, FieldType::middle_name, FieldType::full_name,
    FieldType::email, FieldType::email_confirm, FieldType::phone, FieldType::country, FieldType::street_address,
    FieldType::address_line2, FieldType::postal_code, FieldType::city, FieldType::region, FieldType::organisation,
};

Classification with_evidence(FieldType type, double confidence, const Candidate& c, const FieldEvidence& evidence) {
  Classification out;
  out.type = type;
  out.confidence = confidence;
  out.source = c.source;
  if (c.source == Source::pattern) {
    const auto& best = evidence.best(c.cue);
    out.matched = std::string(best.words);
    if (best.lang != Lang::any) out.language = best.lang;
  } else {
    out.matched = std::string(c.matched);
  }
  return out;
}

// The field has a label, but in a script the lexicon does not read (Cyrillic, Greek, CJK...): what it says
// is unknown, so a name or id attribute alone ("name", "title") is a weak witness of what is asked.
bool unread_label(const SnapshotField& field) {
  if (field.labels.empty()) return false;
  for (const auto& label : field.labels) {
    if (fold_text(label.text) != " ") return false;
  }
  return fold_text(field.placeholder) == " ";
}

Classification classify_control(const SnapshotField& field, const FieldEvidence& ev, FieldKind kind,
                                const FormContext& context) {
  Candidates c;
  // What the patterns say, type by type.
  c.offer(FieldType::given_name, ev.score(Cue::given_name), Cue::given_name);
  c.offer(FieldType::family_name, ev.score(Cue::family_name), Cue::family_name);
  c.offer(FieldType::middle_name, ev.score(Cue::middle_name), Cue::middle_name);
  c.offer(FieldType::full_name, ev.score(Cue::full_name), Cue::full_name);
  c.offer(FieldType::phone, ev.score(Cue::phone), Cue::phone);
  c.offer(FieldType::country, ev.score(Cue::country), Cue::country);
  c.offer(FieldType::street_address, ev.score(Cue::street_address), Cue::street_address);
  c.offer(FieldType::address_line2, ev.score(Cue::address_line2), Cue::address_line2);
  c.offer(FieldType::postal_code, ev.score(Cue::postal_code), Cue::postal_code);
  c.offer(FieldType::city, ev.score(Cue::city), Cue::city);
  c.offer(FieldType::region, ev.score(Cue::region), Cue::region);
  c.offer(FieldType::organisation, ev.score(Cue::organisation), Cue::organisation);
  c.offer(FieldType::relationship, ev.score(Cue::relationship), Cue::relationship);
  c.offer(FieldType::reported_account, ev.score(Cue::reported_account), Cue::reported_account);
  c.offer(FieldType::signature, ev.score(Cue::signature), Cue::signature);
  c.offer(FieldType::password, ev.score(Cue::password), Cue::password);
  // Questions answered for the person (#14): only choices hold them (field_kind.cpp).
  c.offer(FieldType::ai_generated, ev.score(Cue::ai_generated), Cue::ai_generated);
  c.offer(FieldType::consent_to_share, ev.score(Cue::consent_to_share), Cue::consent_to_share);
  c.offer(FieldType::report_category, ev.score(Cue::report_category), Cue::report_category);
  // A subject line is one line; a text box named so is a message.
  if (kind != FieldKind::multi_line) c.offer(FieldType::subject, ev.score(Cue::subject), Cue::subject);
  c.generic_name = {ev.score(Cue::name), Cue::name, Source::pattern, {}};

  const double confirm = ev.score(Cue::confirm);
  const double email = ev.score(Cue::email);
  c.offer(confirm >= 0.5 ? FieldType::email_confirm : FieldType::email, email, Cue::email);

  // Search-results pages are content URLs of a kind: the more specific wording wins outright.
  const double search = ev.score(Cue::search_results);
  const double content = ev.score(Cue::content_url);
  const double account = ev.score(Cue::reported_account);
  if (search > 0) {
    c.offer(FieldType::search_results_url, noisy_or(search, 0.5 * content), Cue::search_results);
  } else if (account >= 0.5 && account >= content && kind != FieldKind::multi_line) {
    // "Username or link of the account": a link to an account is the account.
    c.offer(FieldType::reported_account, noisy_or(account, 0.5 * content), Cue::reported_account);
  } else {
    c.offer(kind == FieldKind::multi_line ? FieldType::content_urls : FieldType::content_url, content, Cue::content_url);
  }
  // A description is written in a text box; a one-line field with such a label is more often a subject.
  c.offer(FieldType::description, ev.score(Cue::description) * (kind == FieldKind::multi_line ? 1.0 : 0.75),
          Cue::description);
  // "Date" means today's date only where nothing says it is another one.
  const double other_date = std::max(ev.score(Cue::other_date), ev.score(Cue::birth));
  if (other_date < 0.5) c.offer(FieldType::date, ev.score(Cue::date), Cue::date);

  for (const Cue cue : sink_cues) {
    const double s = ev.score(cue);
    if (s > c.sink.score) c.sink = {s, cue, Source::pattern, {}};
  }
  if (unread_label(field)) {
    for (auto& t : c.type) t.score *= 0.6;
    c.generic_name.score *= 0.6;
  }

  // A field shaped like a one-time code, a card number or an expiry date (number_shape.hpp) is no phone number.
  const auto shape = number_shape(field);
  if (shape) {
    c[FieldType::phone].score *= 0.3;
    // Only a code's or a card's shape is evidence of its own (a short box may be a postcode or a state).
    const double s = *shape == NumberShape::too_short ? 0.0 : 0.6;
    if (s > c.sink.score) c.sink = {s, *shape == NumberShape::code ? Cue::code : Cue::card, Source::input_type, "shape"};
  }
  // A code sent to the person's phone or e-mail ("Enter the code we sent to your phone") is not their number.
  if (ev.read_score(Cue::code) >= 0.5) {
    c[FieldType::phone].score *= 0.3;
    c[FieldType::email].score *= 0.3;
    c[FieldType::email_confirm].score *= 0.3;
  }
  // "Email or phone", "Phone, username or email": an account's identifier, whichever the person uses, not
  // a contact field (a form that wants both asks for both).
  const int identifiers = (ev.read_score(Cue::email) >= 0.5 ? 1 : 0) + (ev.read_score(Cue::phone) >= 0.5 ? 1 : 0) +
                          (ev.read_score(Cue::username) >= 0.5 ? 1 : 0);
  if (identifiers >= 2) {
    for (const FieldType t : personal_types) c[t].score *= 0.3;
    c.generic_name.score *= 0.3;
    if (c.sink.score < 0.9) c.sink = {0.9, Cue::other, Source::pattern, "identifier"};
  }

  // On a report form without a password, "username" is the reported account's, not the person's own.
  if (context.report_form && !context.has_password && c.sink.cue == Cue::username) {
    c.offer(FieldType::reported_account, 0.8 * c.sink.score, Cue::username);
    c.sink = {};
  }

  // What the control itself says.
  switch (kind) {
    case FieldKind::email:
      c.boost(confirm >= 0.5 ? FieldType::email_confirm : FieldType::email, 0.9, Source::input_type, "type=email",
              Cue::email);
      break;
    case FieldKind::tel:
      // type=tel is also used for any number (a postcode, a membership number, a one-time code, a card's
      // number) to get a digit keyboard: it says "phone" only when neither the words nor the shape say otherwise.
      if (c[FieldType::postal_code].score < 0.5 && !shape && c.sink.score < 0.5) {
        c.boost(FieldType::phone, 0.85, Source::input_type, "type=tel", Cue::phone);
      }
      break;
    case FieldKind::url: {
      // The input type says "some URL": it strengthens whichever URL reading the words lean to.
      FieldType lean = FieldType::content_url;
      for (const FieldType t : {FieldType::search_results_url, FieldType::reported_account}) {
        if (c[t].score > c[lean].score) lean = t;
      }
      const Cue cue = lean == FieldType::content_url ? Cue::content_url
                    : lean == FieldType::reported_account ? Cue::reported_account : Cue::search_results;
      c.boost(lean, 0.5, Source::input_type, "type=url", cue);
      break;
    }
    case FieldKind::date:
      if (other_date < 0.5) c.boost(FieldType::date, 0.55, Source::input_type, "type=date", Cue::date);
      break;
    case FieldKind::choice:
      if (options_are_phone_prefixes(field.options)) {
        c.sink = {0.95, Cue::phone_prefix, Source::pattern, {}};
      } else if (options_are_countries(field.options)) {
        // A list of countries is a country, whatever its label calls it ("Region", "Location").
        c.boost(FieldType::country, 0.9, Source::pattern, "options", Cue::country);
        c[FieldType::region].score = 0;
        c[FieldType::city].score = 0;
      } else if (options_are_relationship_answers(field.options, context.page)) {
        c.boost(FieldType::relationship, 0.85, Source::pattern, "options", Cue::relationship);
      } else if (options_are_report_categories(field.options, context.page)) {
        // Options that name kinds of imagery: a category, though alone not enough to choose one for the person.
        c.boost(FieldType::report_category, 0.6, Source::pattern, "options", Cue::report_category);
      }
      break;
    default: break;
  }

  // A bare "Name" beside a specific one ("fullname", "Vorname") joins it.
  FieldType best_name = FieldType::unknown;
  for (const FieldType t : {FieldType::full_name, FieldType::given_name, FieldType::family_name, FieldType::middle_name}) {
    if (c[t].score > 0 && (best_name == FieldType::unknown || c[t].score > c[best_name].score)) best_name = t;
  }
  if (best_name != FieldType::unknown && c.generic_name.score > 0) {
    c[best_name].score = noisy_or(c[best_name].score, 0.8 * c.generic_name.score);
    c.generic_name = {};
  }

  // "Signature (type your full name)": the name is how to sign, not what to fill.
  if (c[FieldType::signature].score >= 0.5) {
    for (const FieldType t : {FieldType::full_name, FieldType::given_name, FieldType::family_name, FieldType::middle_name}) {
      c[t].score *= 0.3;
    }
    c.generic_name.score *= 0.3;
  }

  // A sign-in or password-reset form's e-mail or name is an account identifier, not the person's contact.
  if (ev.any(Cue::login) >= 0.3) {
    for (const FieldType t : personal_types) c[t].score *= 0.3;
    c.generic_name.score *= 0.3;
  }
  // A name on a payment form is the card holder's.
  if (ev.any(Cue::card) >= 0.3) {
    for (const FieldType t : {FieldType::full_name, FieldType::given_name, FieldType::family_name, FieldType::middle_name}) {
      c[t].score *= 0.3;
    }
    c.generic_name.score *= 0.3;
  }
  // Free text asked only in another case ("If you are a representative, explain...") is not the person's to fill.
  if (ev.any(Cue::conditional) >= 0.3) {
    for (const FieldType t : {FieldType::description, FieldType::content_url, FieldType::content_urls,
                              FieldType::reported_account, FieldType::search_results_url}) {
      c[t].score *= 0.3;
    }
  }

  // A field about someone else ("the uploader's e-mail") never gets the person's own data.
  if (ev.any(Cue::third_party) >= 0.3) {
    for (const FieldType t : personal_types) c[t].score *= 0.3;
    c.generic_name.score *= 0.3;
  }

  // The strongest candidate the control can hold, less 0.4 of the strongest rival: two readings that are
  // nearly as likely leave the field empty.
  double best = 0;
  double second = 0;
  int winner = -2;  // a type index, -1 for the generic name, -2 for the sink
  const auto consider = [&](double score, int who) {
    if (score > best) {
      second = best;
      best = score;
      winner = who;
    } else if (score > second) {
      second = score;
    }
  };
  for (std::size_t t = 0; t < field_type_count; ++t) {
    if (kind_allows(kind, static_cast<FieldType>(t))) consider(c.type[t].score, static_cast<int>(t));
  }
  if (kind == FieldKind::text) consider(c.generic_name.score, -1);
  consider(c.sink.score, -2);
  if (best <= 0) return {};
  const double confidence = best - 0.4 * second;

  if (winner == -2) {
    Classification out = with_evidence(FieldType::unknown, confidence, c.sink, ev);
    out.card = c.sink.cue == Cue::card;
    return out;
  }
  if (winner == -1) {
    Classification out = with_evidence(FieldType::unknown, confidence, c.generic_name, ev);
    out.generic_name = true;
    return out;
  }
  const auto type = static_cast<FieldType>(winner);
  Classification out = with_evidence(type, confidence, c.type[static_cast<std::size_t>(winner)], ev);
  if (confidence < min_confidence(type)) {
    out.type = FieldType::unknown;
  }
  return out;
}

// "If you are reporting on behalf of someone: ..." (in the field's texts or its section): a condition
// that names acting for another person, and not the person themselves.
bool asked_of_someone_else(const FieldEvidence& ev) {
  if (ev.any(Cue::conditional) < 0.3) return false;
  const double other = std::max(ev.any(Cue::represented), ev.any(Cue::child));
  return other >= 0.3 && other > ev.any(Cue::self);
}

Classification classify_field(const SnapshotField& field, const FieldMatches& matches, const FormContext& context,
                              const std::vector<Hint>& hints) {
  const FieldKind kind = kind_of(field);
  const FieldEvidence ev(matches, context.page, kind == FieldKind::checkbox || kind == FieldKind::radio);

  // A captcha answer field is never touched, whatever else it claims to be.
  const double captcha = std::max(ev.score(Cue::captcha), ev.any(Cue::captcha) >= 0.5 ? ev.any(Cue::captcha) : 0.0);
  if (captcha >= 0.5) {
    Classification c;
    c.type = FieldType::captcha;
    c.confidence = std::min(1.0, captcha + 0.1);
    c.source = Source::pattern;
    c.matched = std::string(ev.best(Cue::captcha).words);
    return c;
  }
  // A honeypot that says so is left alone, whatever its other words ask for.
  const double decoy = std::max(ev.score(Cue::decoy), ev.any(Cue::decoy));
  if (decoy >= 0.45) {
    Classification c;
    c.confidence = std::min(1.0, decoy + 0.1);
    c.source = Source::pattern;
    c.matched = std::string(ev.best(Cue::decoy).words);
    c.decoy = true;
    return c;
  }
  if (field.tag == Tag::input && (field.type == "password" || field.type == "file")) {
    Classification c;
    c.type = field.type == "password" ? FieldType::password : FieldType::file_upload;
    c.confidence = 1;
    c.source = Source::input_type;
    c.matched = "type=" + field.type;
    return c;
  }
  if (kind == FieldKind::none) {
    Classification c;
    c.confidence = 1;
    c.source = Source::input_type;
    c.matched = field.type.empty() ? std::string("tag") : "type=" + field.type;
    return c;
  }

  // Comboboxes get autocomplete tokens that do not describe them (react-select puts "new-password" on
  // its input): there the attribute is not trusted.
  const bool combobox = field.role == "combobox" || field.tag == Tag::custom;
  if (!combobox && kind != FieldKind::checkbox && kind != FieldKind::radio) {
    if (const auto meaning = read_autocomplete(field.autocomplete, field.type == "password")) {
      FieldType type = meaning->type;
      // autocomplete="name" is often put on every part of a split name: a label that clearly names
      // the part wins over it.
      if (type == FieldType::full_name || type == FieldType::given_name || type == FieldType::family_name) {
        const Classification by_label = classify_control(field, ev, kind, context);
        if ((by_label.type == FieldType::given_name || by_label.type == FieldType::family_name ||
             by_label.type == FieldType::full_name) && by_label.type != type && by_label.confidence >= 0.8) {
          return by_label;
        }
      }
      if (type == FieldType::email && ev.score(Cue::confirm) >= 0.5) type = FieldType::email_confirm;
      // A sign-in or password-reset form's e-mail is the account's identifier (see classify_control).
      const bool login = ev.any(Cue::login) >= 0.3 && type != FieldType::unknown && type != FieldType::password;
      if (login) type = FieldType::unknown;
      if (type == FieldType::unknown || kind_allows(kind, type) || kind == FieldKind::text) {
        Classification c;
        c.type = type;
        c.confidence = 0.98;
        c.source = Source::autocomplete;
        c.matched = std::string(meaning->token);
        return c;
      }
    }
  }

  Classification out = (kind == FieldKind::checkbox || kind == FieldKind::radio)
                           ? classify_checkable(field, ev, kind, context)
                           : classify_control(field, ev, kind, context);

  // The platform's own hints: they decide where the patterns are unsure, and never turn a statement
  // into something else.
  std::string matched;
  if (const Hint* hint = matching_hint(hints, field, matched)) {
    const bool checkable = kind == FieldKind::checkbox || kind == FieldKind::radio;
    const bool unsure = out.type == FieldType::unknown || out.confidence < 0.9;
    if (unsure && !is_statement(out.type) && (!checkable || out.type == FieldType::unknown) &&
        (kind_allows(kind, hint->type) || kind == FieldKind::text || kind == FieldKind::multi_line)) {
      Classification c;
      c.type = hint->type;
      c.confidence = 0.9;
      c.source = Source::hint;
      c.matched = matched;
      c.answer = out.answer;
      return c;
    }
  }
  return out;
}

}  // namespace

std::string_view source_name(Source source) noexcept {
  switch (source) {
    case Source::autocomplete: return "autocomplete";
    case Source::input_type: return "input_type";
    case Source::pattern: return "pattern";
    case Source::hint: return "hint";
    case Source::none: return "none";
  }
  return "none";
}

ClassifiedForm classify(const Snapshot& snapshot, const std::vector<Hint>& hints) {
  ClassifiedForm form;
  std::vector<FieldMatches> matches;
  matches.reserve(snapshot.fields.size());
  for (const auto& field : snapshot.fields) {
    matches.push_back(match_field(field));
    if (field.tag == Tag::input && field.type == "password") form.context.has_password = true;
  }
  form.context.page = lang_from_tag(snapshot.lang);
  if (!form.context.page) form.context.page = detect_language(matches);

  // A report form says so in its title, headings or labels.
  std::vector<PatternMatch> found;
  PatternMatcher::instance().find(fold_text(snapshot.title), found);
  for (const auto& field_matches : matches) {
    for (const auto& f : field_matches.found) found.push_back(f.match);
  }
  form.context.report_form = std::any_of(found.begin(), found.end(), [](const PatternMatch& m) {
    return m.cue == Cue::report_context || m.cue == Cue::sworn || m.cue == Cue::good_faith ||
           m.cue == Cue::content_url || m.cue == Cue::reported_account;
  });

  form.fields.reserve(snapshot.fields.size());
  for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
    form.fields.push_back(classify_field(snapshot.fields[i], matches[i], form.context, hints));
    form.fields.back().signup = std::any_of(matches[i].found.begin(), matches[i].found.end(),
                                            [](const FieldMatches::Found& f) { return f.match.cue == Cue::signup; });
  }
  for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
    const FieldEvidence ev(matches[i], form.context.page, false);
    auto& c = form.fields[i];
    c.for_someone_else = asked_of_someone_else(ev);
    c.without_consent = ev.any(Cue::without_consent) >= 0.5;
  }
  apply_context(snapshot, form);
  return form;
}

}  // namespace takedown::forms

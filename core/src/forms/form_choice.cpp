#include "form_choice.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "field_kind.hpp"
#include "fold.hpp"
#include "pattern_matcher.hpp"

namespace takedown::forms {
namespace {

// Words a form's heading, button, name or address uses for what it is, folded (fold.hpp), whole words.
struct KindWords {
  FormKind kind;
  std::vector<std::string_view> words;
};

const std::vector<KindWords>& kind_words() {
  static const std::vector<KindWords> table = {
      {FormKind::login,
       {"log in", "login", "sign in", "signin", "log on", "logon", "inloggen", "einloggen", "anmelden", "se connecter",
        "connexion", "iniciar sesion", "accedi", "entrar", "zaloguj", "logowanie", "forgot password",
        "wachtwoord vergeten", "passwort vergessen", "mot de passe oublie"}},
      {FormKind::signup,
       {"sign up", "signup", "register", "registration", "create account", "create an account", "join now",
        "registreren", "account aanmaken", "registrieren", "registrierung", "konto erstellen", "inscription",
        "creer un compte", "registrarse", "crear cuenta", "registrati", "registrazione", "criar conta", "cadastre se",
        "zarejestruj", "rejestracja", "zaloz konto"}},
      {FormKind::search,
       {"search", "zoek", "zoeken", "suche", "suchen", "rechercher", "recherche", "buscar", "busqueda", "cerca",
        "pesquisar", "pesquisa", "szukaj", "wyszukaj", "wyszukiwanie", "searchform", "search form"}},
      {FormKind::newsletter,
       {"newsletter", "newsletters", "nieuwsbrief", "subscribe", "subscription", "mailing list", "abonneren",
        "inschrijven", "abonnieren", "s abonner", "abonnez vous", "suscribete", "suscribirse", "boletin", "iscriviti",
        "assine", "inscreva se", "subskrybuj", "zapisz sie", "nieuwsbrief ontvangen"}},
      {FormKind::comment,
       {"comment", "comments", "commentform", "leave a reply", "reply", "post comment", "add a comment", "reactie",
        "reageer", "plaats reactie", "kommentar", "kommentieren", "antworten", "commentaire", "commenter", "repondre",
        "comentario", "comentar", "responder", "commento", "commenta", "rispondi", "komentarz", "skomentuj",
        "odpowiedz", "wp comments post"}},
      {FormKind::checkout,
       {"checkout", "check out", "payment", "pay now", "billing", "place order", "afrekenen", "betalen", "kasse",
        "zahlung", "bezahlen", "paiement", "payer", "pago", "pagar", "pagamento", "platnosc", "zaplac"}},
      {FormKind::contact,
       {"contact", "contact us", "neem contact op", "kontakt", "contacto", "contatto", "contato", "contactez nous",
        "nous contacter"}},
  };
  return table;
}

bool has_phrase(const std::string& folded, std::string_view phrase) {
  std::string needle;
  needle.reserve(phrase.size() + 2);
  needle += ' ';
  needle += phrase;
  needle += ' ';
  return folded.find(needle) != std::string::npos;
}

bool says(const std::string& folded, FormKind kind) {
  for (const auto& row : kind_words()) {
    if (row.kind != kind) continue;
    for (const auto word : row.words) {
      if (has_phrase(folded, word)) return true;
    }
  }
  return false;
}

// What a field contributes to a group's removal-form signal.
double removal_weight(const SnapshotField& field, const Classification& c) {
  double weight = 0;
  switch (c.type) {
    case FieldType::content_url:
    case FieldType::content_urls:
    case FieldType::search_results_url: weight = 3; break;
    case FieldType::reported_account: weight = 2; break;
    case FieldType::description: weight = field.multi_line() ? 1.5 : 1; break;
    case FieldType::sworn_statement:
    case FieldType::good_faith_statement: weight = 2; break;
    case FieldType::relationship: weight = field.is_radio() ? 0.7 : 2; break;   // a group of radios counts about once
    case FieldType::signature: weight = 1; break;
    case FieldType::file_upload: weight = 0.5; break;
    default: break;
  }
  if (c.source == Source::hint) weight += 1;   // the platform's registry names this field
  return weight;
}

// A field whose value the plan would set from the case or the profile.
bool takes_value(const SnapshotField& field, const Classification& c) {
  if (!field.visible || !field.concealed.empty() || c.decoy) return false;
  switch (c.type) {
    case FieldType::unknown:
    case FieldType::password:
    case FieldType::captcha:
    case FieldType::file_upload:
    case FieldType::signature:
    case FieldType::sworn_statement:
    case FieldType::good_faith_statement:
    case FieldType::consent_checkbox: return false;
    default: return true;
  }
}

bool excluded(FormKind kind) {
  return kind == FormKind::login || kind == FormKind::signup || kind == FormKind::search ||
         kind == FormKind::newsletter || kind == FormKind::comment || kind == FormKind::checkout;
}

struct Group {
  std::string id;
  const FormGroup* meta = nullptr;  // null for the fields without a group
  std::size_t order = 0;
  double removal = 0;
  bool report_words = false;
  std::size_t fillable = 0;
  std::size_t passwords = 0;
  bool search_field = false;
  bool card = false;
  std::string texts;        // folded heading, button, name, address
  std::string field_names;  // folded names and ids of its fields
  FormKind kind = FormKind::other;
};

constexpr double clear_removal = 3;  // a URL field, or a description and a statement, or report words and a description

FormKind kind_of_group(const Group& g) {
  if (g.removal >= clear_removal) return FormKind::removal;
  const std::string all = g.texts + g.field_names;
  if (g.passwords > 0) {
    if (g.passwords > 1 || says(all, FormKind::signup)) return FormKind::signup;
    if (g.fillable <= 2 || says(g.texts, FormKind::login)) return FormKind::login;
  }
  if (says(g.texts, FormKind::login)) return FormKind::login;
  if (says(g.texts, FormKind::signup)) return FormKind::signup;
  if (g.card || says(g.texts, FormKind::checkout)) return FormKind::checkout;
  if (g.search_field || says(g.texts, FormKind::search)) return FormKind::search;
  if (says(g.texts, FormKind::newsletter)) return FormKind::newsletter;
  if (says(all, FormKind::comment)) return FormKind::comment;
  if (g.report_words && g.removal >= 1) return FormKind::removal;
  if (says(g.texts, FormKind::contact)) return FormKind::contact;
  return FormKind::other;
}

bool report_words_in(const std::string& folded) {
  std::vector<PatternMatch> found;
  PatternMatcher::instance().find(folded, found);
  return std::any_of(found.begin(), found.end(), [](const PatternMatch& m) { return m.cue == Cue::report_context; });
}

std::string label_of(const Group& g, core::Language language) {
  if (g.meta != nullptr) {
    for (const std::string* text : {&g.meta->heading, &g.meta->submit_text, &g.meta->name, &g.meta->action_path}) {
      if (!text->empty()) return *text;
    }
  }
  const bool nl = language == core::Language::nl;
  return (nl ? "Formulier " : "Form ") + std::to_string(g.order + 1);
}

double rounded(double value) { return std::round(value * 100.0) / 100.0; }

}  // namespace

std::string_view form_kind_name(FormKind kind) noexcept {
  switch (kind) {
    case FormKind::removal: return "removal";
    case FormKind::login: return "login";
    case FormKind::signup: return "signup";
    case FormKind::search: return "search";
    case FormKind::newsletter: return "newsletter";
    case FormKind::comment: return "comment";
    case FormKind::checkout: return "checkout";
    case FormKind::contact: return "contact";
    case FormKind::other: return "other";
  }
  return "other";
}

FormChoice choose_form(const Snapshot& snapshot, const ClassifiedForm& form, const std::optional<std::string>& requested,
                       core::Language language) {
  // The groups in the order the page has them: the snapshot's, then the fields without one.
  std::vector<Group> groups;
  std::map<std::string, std::size_t> index;
  for (const auto& meta : snapshot.forms) {
    index.emplace(meta.id, groups.size());
    Group g;
    g.id = meta.id;
    g.meta = &meta;
    g.order = groups.size();
    g.texts = fold_text(meta.heading + " | " + meta.submit_text) + fold_identifier(meta.name) + fold_identifier(meta.action_path);
    g.report_words = report_words_in(g.texts);
    groups.push_back(std::move(g));
  }
  for (std::size_t i = 0; i < snapshot.fields.size(); ++i) {
    const SnapshotField& field = snapshot.fields[i];
    const Classification& c = form.fields[i];
    auto found = index.find(field.form);
    if (found == index.end()) {
      found = index.emplace(field.form, groups.size()).first;
      Group g;
      g.id = field.form;
      g.order = groups.size();
      groups.push_back(std::move(g));
    }
    Group& g = groups[found->second];
    const bool seen = field.visible && field.concealed.empty() && !c.decoy;
    if (!seen) continue;
    g.removal += removal_weight(field, c);
    if (takes_value(field, c)) ++g.fillable;
    if (field.tag == Tag::input && field.type == "password") ++g.passwords;
    if (field.type == "search" || field.role == "searchbox") g.search_field = true;
    g.card = g.card || c.card;
    g.field_names += fold_identifier(field.name) + fold_identifier(field.id);
  }
  for (Group& g : groups) {
    if (g.report_words) g.removal += 1.5;
    g.kind = kind_of_group(g);
  }

  FormChoice choice;
  for (const Group& g : groups) {
    choice.candidates.push_back({g.id, g.kind, label_of(g, language), rounded(g.removal)});
  }
  std::stable_sort(choice.candidates.begin(), choice.candidates.end(),
                   [](const FormCandidate& a, const FormCandidate& b) { return a.score > b.score; });
  const auto pick = [&](const Group& g, double confidence, bool uncertain) {
    choice.id = g.id;
    choice.any = true;
    choice.kind = g.kind;
    choice.label = label_of(g, language);
    choice.confidence = rounded(confidence);
    choice.uncertain = uncertain;
    return choice;
  };

  // The person's own choice: the form they picked, or the one around the field they right-clicked.
  for (const std::string* chosen : {requested ? &*requested : nullptr, &snapshot.target_form}) {
    if (chosen == nullptr || chosen->empty()) continue;
    if (const auto found = index.find(*chosen); found != index.end()) return pick(groups[found->second], 1, false);
  }
  // A snapshot that says nothing of groups (an older content script, a test) is one form as a whole.
  if (!snapshot.grouped) {
    if (groups.empty()) return choice;
    return pick(groups.front(), 1, false);
  }

  std::vector<const Group*> open;
  for (const Group& g : groups) {
    if (g.fillable > 0 && !excluded(g.kind)) open.push_back(&g);
  }
  if (open.empty()) return choice;
  std::stable_sort(open.begin(), open.end(), [](const Group* a, const Group* b) {
    return a->removal != b->removal ? a->removal > b->removal : a->fillable > b->fillable;
  });
  const Group& best = *open.front();
  if (open.size() == 1) return pick(best, best.removal >= clear_removal ? 1.0 : 0.8, false);
  const double second = open[1]->removal;
  // Uncertain: no form says it is a removal form, or another says so nearly as strongly.
  const bool uncertain = best.removal < clear_removal || second >= 0.75 * best.removal;
  const double confidence = best.removal > 0 ? std::clamp((best.removal - second) / best.removal, 0.0, 1.0) : 0.0;
  return pick(best, confidence, uncertain);
}

}  // namespace takedown::forms

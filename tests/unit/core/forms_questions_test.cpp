// forms.plan and the questions a removal form asks that the case answers (#14, part C): made with AI,
// consent to sharing, what is reported, the subject line, the person's own description, answers about
// who is shown in more languages, fields asked only of someone reporting for another person, and the
// URLs left for the form's "add another URL" button.
#include <doctest/doctest.h>

#include <string>

#include "forms_fixtures.hpp"

namespace forms_questions_test {  // one per file: the unity build joins test files

using namespace forms_test;

namespace {

const json self_profile = {{"given_name", "Sanne"}, {"family_name", "de Vries"}, {"email", "sanne@example.org"}, {"acting_for", "self"}};
const json base_facts = {{"content_urls", {"https://video.example/1", "https://video.example/2", "https://video.example/3"}},
                         {"description", "Our default text."},
                         {"subject", "Removal request"},
                         {"today", "2026-11-28"}};

json with(json base, const std::string& key, json value) {
  base[key] = std::move(value);
  return base;
}

json options(std::initializer_list<std::string> texts) {
  json out = json::array();
  for (const auto& text : texts) out.push_back({{"value", std::to_string(out.size())}, {"text", text}});
  return out;
}

}  // namespace

TEST_CASE("made with AI: a yes/no radio group, a select and a box are answered yes, and listed as answered") {
  const json snap = snapshot({radio("y", "ai", "Was this image created or altered using AI?", "Yes", "yes"),
                              radio("n", "ai", "Was this image created or altered using AI?", "No", "no"),
                              select("s", "Is the content AI-generated?", "ai2", options({"Select", "Yes", "No", "I don't know"})),
                              checkbox("c", "This content was made with AI")},
                             "en", "Report content");
  const auto p = plan_of(snap, self_profile, base_facts);
  CHECK(p.at("y")["type"] == "ai_generated");
  CHECK(p.at("y")["action"] == "check");
  CHECK(p.at("y")["answered"] == true);
  CHECK(p.at("n")["action"] == "skip");
  CHECK(p.at("s")["type"] == "ai_generated");
  CHECK(p.at("s")["action"] == "select");
  CHECK(p.at("s")["option"]["text"] == "Yes");
  CHECK(p.at("c")["type"] == "ai_generated");
  CHECK(p.at("c")["action"] == "check");
}

TEST_CASE("made with AI in German and Dutch, with answers that name AI rather than a bare yes") {
  const json de = snapshot({radio("j", "ki", "Wurde der Inhalt mit KI erzeugt?", "Ja", "ja"),
                            radio("n", "ki", "Wurde der Inhalt mit KI erzeugt?", "Nein", "nein")},
                           "de");
  CHECK(plan_of(de, self_profile, base_facts).at("j")["action"] == "check");
  const json nl = snapshot({select("s", "Is dit beeld met kunstmatige intelligentie gemaakt?", "ai",
                                   options({"Kies", "Ja, het is een deepfake", "Nee, het is echt"}))},
                           "nl");
  const auto p = plan_of(nl, self_profile, base_facts, "nl");
  CHECK(p.at("s")["action"] == "select");
  CHECK(p.at("s")["option"]["text"] == "Ja, het is een deepfake");
}

TEST_CASE("consent to sharing: answered only from the case, the other way round when asked 'without consent'") {
  const auto question = [](const std::string& text) {
    return snapshot({radio("y", "c", text, "Yes", "yes"), radio("n", "c", text, "No", "no")}, "en");
  };
  const json asked = question("Did you consent to this content being shared?");
  // Not said on the case page: the person answers.
  const auto unknown = plan_of(asked, self_profile, base_facts);
  CHECK(unknown.at("y")["type"] == "consent_to_share");
  CHECK(unknown.at("y")["action"] == "attention");
  CHECK(unknown.at("n")["action"] == "attention");
  const auto no = plan_of(asked, self_profile, with(base_facts, "consent_to_share", "no"));
  CHECK(no.at("n")["action"] == "check");
  CHECK(no.at("n")["answered"] == true);
  CHECK(no.at("y")["action"] == "skip");
  const auto yes = plan_of(asked, self_profile, with(base_facts, "consent_to_share", "yes"));
  CHECK(yes.at("y")["action"] == "check");
  // "Was it shared without your consent?" yes means no consent.
  const auto inverted = plan_of(question("Was it shared without your consent?"), self_profile, with(base_facts, "consent_to_share", "no"));
  CHECK(inverted.at("y")["action"] == "check");
  CHECK(inverted.at("n")["action"] == "skip");
  // In French, as a select.
  const json fr = snapshot({select("s", "Avez-vous consenti à la diffusion ?", "c", options({"Choisir", "Oui", "Non"}))}, "fr");
  CHECK(plan_of(fr, self_profile, with(base_facts, "consent_to_share", "no")).at("s")["option"]["text"] == "Non");
}

TEST_CASE("what is reported: synthetic imagery first, then intimate imagery, then privacy, in any language") {
  const json en = snapshot({select("s", "What are you reporting?", "cat",
                                   options({"Select", "Spam", "Harassment", "Nudity or sexual content", "AI-generated or manipulated media",
                                            "Privacy violation"}))},
                           "en");
  auto p = plan_of(en, self_profile, base_facts);
  CHECK(p.at("s")["type"] == "report_category");
  CHECK(p.at("s")["option"]["text"] == "AI-generated or manipulated media");
  CHECK(p.at("s")["answered"] == true);
  const json intimate = snapshot({select("s", "Categorie", "cat", options({"Kies", "Oplichting", "Naaktfoto's zonder toestemming", "Privacy"}))}, "nl");
  CHECK(plan_of(intimate, self_profile, base_facts, "nl").at("s")["option"]["text"] == "Naaktfoto's zonder toestemming");
  const json privacy = snapshot({select("s", "Motivo della segnalazione", "m", options({"Scegli", "Spam", "Violazione della privacy", "Altro"}))}, "it");
  CHECK(plan_of(privacy, self_profile, base_facts).at("s")["option"]["text"] == "Violazione della privacy");
  const json none = snapshot({select("s", "Type of report", "t", options({"Select", "Spam", "Copyright", "Other"}))}, "en");
  CHECK(plan_of(none, self_profile, base_facts).at("s")["action"] == "attention");
  // Radios under the question, in Polish.
  const json pl = snapshot({radio("a", "r", "Co chcesz zgłosić?", "Spam", "spam"),
                            radio("b", "r", "Co chcesz zgłosić?", "Deepfake (treści wygenerowane przez AI)", "ai"),
                            radio("c", "r", "Co chcesz zgłosić?", "Nagie zdjęcia", "nude")},
                           "pl");
  const auto r = plan_of(pl, self_profile, base_facts);
  CHECK(r.at("b")["action"] == "check");
  CHECK(r.at("a")["action"] == "skip");
  CHECK(r.at("c")["action"] == "skip");
}

TEST_CASE("a subject line is ours or the person's own, in the form's language; so is the description") {
  const json snap = snapshot({field("s", "text", "Betreff"), textarea("d", "Beschreibung")}, "de");
  const auto ours = plan_of(snap, self_profile, base_facts);
  CHECK(ours.at("s")["type"] == "subject");
  CHECK(ours.at("s")["value"] == "Removal request");
  CHECK(ours.at("s")["answered"] == true);
  CHECK(ours.at("d")["value"] == "Our default text.");
  CHECK(ours.at("d")["answered"] == true);
  const json own = with(with(base_facts, "descriptions", {{"en", "In my words."}, {"de", "Mit meinen Worten."}}),
                        "subjects", {{"de", "Mein Betreff"}});
  const auto p = plan_of(snap, self_profile, own);
  CHECK(p.at("d")["value"] == "Mit meinen Worten.");
  CHECK_FALSE(p.at("d").contains("answered"));
  CHECK(p.at("s")["value"] == "Mein Betreff");
  // A form in a language the person did not write in: the one in the language they use with us.
  const auto fr = plan_of(snapshot({textarea("d", "Description du problème")}, "fr"), self_profile, own, "en");
  CHECK(fr.at("d")["value"] == "In my words.");
  // "Subject" on a text box is a message, not a subject line.
  CHECK(types_of(snapshot({textarea("m", "Subject")}, "en")).at("m") != "subject");
}

TEST_CASE("who is shown, in more languages: the answer that says it is the person") {
  const auto group = [](const std::string& lang, const std::string& question, const std::string& me, const std::string& other) {
    return snapshot({radio("me", "who", question, me, "1"), radio("other", "who", question, other, "2")}, lang);
  };
  const struct { const char* lang; const char* question; const char* me; const char* other; } cases[] = {
      {"fr", "Qui êtes-vous ?", "C'est moi", "Un représentant"},
      {"fr", "Pour qui faites-vous ce signalement ?", "Moi", "Une autre personne"},
      {"de", "Wer sind Sie?", "Ich bin die betroffene Person", "Ich bin ein Vertreter"},
      {"en", "Who are you?", "The person shown", "A representative"},
      {"nl", "Wie bent u?", "Ik ben degene die te zien is", "Een vertegenwoordiger"},
      {"es", "¿Quién es usted?", "Soy la persona afectada", "Un representante"},
      {"it", "Chi sei?", "Sono la persona interessata", "Un rappresentante"},
      {"pt", "Quem é você?", "Sou a pessoa retratada", "Um representante"},
      {"pl", "Kim jesteś?", "Jestem osobą widoczną", "Przedstawiciel"},
  };
  for (const auto& c : cases) {
    INFO(c.me);
    const auto p = plan_of(group(c.lang, c.question, c.me, c.other), self_profile, base_facts);
    CHECK(p.at("me")["action"] == "check");
    CHECK(p.at("other")["action"] == "skip");
  }
}

TEST_CASE("fields asked only of someone reporting for another person follow the person's own situation") {
  const json snap = snapshot({field("n", "text", "If you are reporting on behalf of someone, their full name"),
                              field("r", "text", "If you are reporting on behalf of someone, your relationship to them"),
                              field("proof", "file", "If you are a representative, proof of authority"),
                              field("e", "email", "Your email")},
                             "en");
  const auto self = plan_of(snap, self_profile, base_facts);
  CHECK(self.at("n")["action"] == "skip");
  CHECK(self.at("r")["action"] == "skip");
  CHECK(self.at("proof")["action"] == "skip");
  CHECK(self.at("e")["action"] == "fill");
  const auto other = plan_of(snap, with(self_profile, "acting_for", "represented"), base_facts);
  CHECK(other.at("n")["action"] == "attention");
  CHECK(other.at("proof")["action"] == "attention");
  CHECK_FALSE(other.at("n").contains("value"));
  CHECK(other.at("e")["action"] == "fill");
  // A section that says so does the same for the fields under it.
  json in_section = field("m", "text", "Full name", "", {{"section", "If you are filing on behalf of another person"}});
  CHECK(plan_of(snapshot({in_section}, "en"), self_profile, base_facts).at("m")["action"] == "skip");
}

TEST_CASE("the last URL field carries the case's other URLs, for the form's add button") {
  const auto p = plan_of(snapshot({field("u", "url", "Link to the content")}, "en"), self_profile, base_facts);
  CHECK(p.at("u")["value"] == "https://video.example/1");
  CHECK(p.at("u")["more_values"] == json({"https://video.example/2", "https://video.example/3"}));
  const auto all = plan_of(snapshot({field("a", "url", "Link 1 to the content"), field("b", "url", "Link 2 to the content"),
                                     field("c", "url", "Link 3 to the content")}, "en"),
                           self_profile, base_facts);
  for (const auto* ref : {"a", "b", "c"}) CHECK_FALSE(all.at(ref).contains("more_values"));
}

TEST_CASE("the new case facts are checked") {
  const json snap = snapshot({field("s", "text", "Subject")}, "en");
  const auto plan = [&](const json& facts) {
    return json{{"snapshot", snap}, {"profile", self_profile}, {"case", facts}, {"lang", "en"}};
  };
  CHECK(call_error("forms.plan", plan(with(base_facts, "consent_to_share", "maybe")))["code"] == "invalid_params");
  CHECK(call_error("forms.plan", plan(with(base_facts, "descriptions", {{"xx", "text"}})))["code"] == "invalid_params");
  CHECK(call_error("forms.plan", plan(with(base_facts, "descriptions", "text")))["code"] == "invalid_params");
  CHECK(call_error("forms.plan", plan(with(base_facts, "descriptions", {{"en", std::string(5001, 'a')}})))["code"] == "too_large");
  CHECK(call_ok("forms.plan", plan(with(base_facts, "consent_to_share", nullptr)))["fields"][0]["value"] == "Removal request");
}

}  // namespace forms_questions_test

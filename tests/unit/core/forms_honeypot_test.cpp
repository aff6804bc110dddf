// Honeypots and decoys are never filled (issue #14): fields a person cannot see (the snapshot's
// `concealed`), names and labels that say so in any of the eight languages, and fields that ask
// about someone else only when the person is not the one shown.
#include <doctest/doctest.h>

#include <string>

#include "forms_fixtures.hpp"

namespace forms_honeypot_test {  // one per file: the unity build joins test files

using namespace forms_test;

namespace {

const json profile = {{"given_name", "Sanne"}, {"family_name", "de Vries"}, {"email", "sanne@example.org"},
                      {"phone", "+31 6 12345678"}, {"acting_for", "self"}};
const json facts = {{"content_urls", {"https://video.example/watch?v=1"}}, {"description", "A deepfake of me."}};

json plan_step(json f, const std::string& lang = "en") {
  const json snap = snapshot({std::move(f), field("ok", "email", "Email")}, lang, "Report content");
  auto p = plan_of(snap, profile, facts);
  CHECK(p["ok"]["action"] == "fill");  // the real field beside it still is
  return p["x"];
}

}  // namespace

TEST_CASE("a field hidden from the person by any means is skipped, whatever it asks for") {
  for (const std::string why : {"offscreen", "zero_size", "transparent", "clipped", "aria_hidden", "inert", "covered", "collapsed",
                          "not_rendered"}) {
    INFO(why);
    const json step = plan_step(field("x", "text", "Full name", "name", {{"concealed", why}}));
    CHECK(step["action"] == "skip");
    CHECK_FALSE(step.contains("value"));
    CHECK(step["reason"] == "Hidden on the page: left alone.");
  }
  // A checkbox hidden that way is not ticked either.
  json hidden_radio = radio("x", "who", "Who are you reporting for?", "I am the person shown", "self");
  hidden_radio["concealed"] = "offscreen";
  CHECK(plan_step(hidden_radio)["action"] == "skip");
}

TEST_CASE("names and labels that say they are traps, in eight languages") {
  const std::pair<const char*, const char*> labelled[] = {
      {"en", "Leave this field empty"}, {"en", "If you are human, leave this blank"}, {"en", "Do not fill this in"},
      {"nl", "Laat dit veld leeg"},     {"de", "Dieses Feld leer lassen"},           {"fr", "Laissez ce champ vide"},
      {"es", "Deje este campo vacío"},  {"it", "Lascia questo campo vuoto"},         {"pt", "Deixe este campo vazio"},
      {"pl", "Pozostaw to pole puste"},
  };
  for (const auto& entry : labelled) {
    const auto& lang = entry.first;
    const auto& label = entry.second;
    INFO(std::string(label));
    const json step = plan_step(field("x", "text", label), lang);
    CHECK(step["action"] == "skip");
    CHECK_FALSE(step.contains("value"));
  }
  // Named as a trap, labelled as the real thing.
  for (const std::string name : {"hp_email", "honeypot", "website_hp", "hp-name", "bot_trap", "botcheck"}) {
    INFO(name);
    const json step = plan_step(field("x", "email", "Email", name));
    CHECK(step["action"] == "skip");
    CHECK(step["reason"] == "A trap for robots (\"leave this empty\"): left empty.");
  }
  // Optional fields that may be left blank are no traps.
  CHECK(plan_step(field("x", "text", "Full name (leave blank if you prefer not to say)"))["value"] == "Sanne de Vries");
  // A help text (aria-describedby) that says so counts too.
  CHECK(plan_step(field("x", "text", "Full name", "name2", {{"description", "Please leave this empty."}}))["action"] == "skip");
}

TEST_CASE("fields for someone other than the person shown stay empty") {
  const std::pair<const char*, const char*> labelled[] = {
      {"en", "Full name (only if you are not the person shown)"},
      {"en", "Email of the person you represent"},
      {"nl", "Naam (alleen als je niet de persoon op de foto bent)"},
      {"de", "Name der vertretenen Person"},
      {"fr", "Nom (uniquement si vous n'êtes pas la personne représentée)"},
      {"es", "Nombre completo (solo si no es la persona que aparece)"},
      {"it", "Nome e cognome (solo se non sei la persona ritratta)"},
      {"pt", "Nome completo (somente se você não é a pessoa mostrada)"},
      {"pl", "Imię i nazwisko (tylko jeśli nie jesteś osobą na zdjęciu)"},
  };
  for (const auto& entry : labelled) {
    const auto& lang = entry.first;
    const auto& label = entry.second;
    INFO(std::string(label));
    const json step = plan_step(field("x", "text", label), lang);
    CHECK_FALSE(step.contains("value"));
  }
  // The person's own name field is still filled.
  CHECK(plan_step(field("x", "text", "Full name"))["value"] == "Sanne de Vries");
}

TEST_CASE("a second field for the same thing, whose name only adds a word, is a decoy") {
  const json snap = snapshot({field("n", "text", "Full name", "name"), field("x", "text", "Full name", "second-name"),
                              field("e", "email", "Email", "email"), field("e2", "email", "Confirm email", "email_2")},
                             "en", "Report content");
  auto p = plan_of(snap, profile, facts);
  CHECK(p["n"]["value"] == "Sanne de Vries");
  CHECK(p["x"]["action"] == "skip");
  CHECK_FALSE(p["x"].contains("value"));
  CHECK(p["e2"]["value"] == "sanne@example.org");  // a confirmation is asked for by its own label
  // Three people's details in one form, each under its own name: no decoys.
  const json three = snapshot({field("a", "text", "Full name", "p0_name"), field("b", "text", "Full name", "p1_name")}, "en", "Report");
  auto q = plan_of(three, profile, facts);
  CHECK(q["a"]["action"] == "fill");
  CHECK(q["b"]["action"] == "fill");
}

}  // namespace forms_honeypot_test

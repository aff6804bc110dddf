// The text machinery under the classifier: folding, identifier splitting, the pattern table and its
// matcher, autocomplete tokens, date formats.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "forms/autocomplete.hpp"
#include "forms/date_format.hpp"
#include "forms/fold.hpp"
#include "forms/pattern_matcher.hpp"
#include "forms/patterns.hpp"

namespace forms_text_test {  // one per file: the unity build joins test files

using namespace takedown::forms;

namespace {

std::vector<std::string> cues_in(std::string_view text) {
  std::vector<PatternMatch> matches;
  PatternMatcher::instance().find(fold_text(text), matches);
  std::vector<std::string> out;
  for (const auto& m : matches) out.emplace_back(cue_name(m.cue));
  return out;
}

bool has(const std::vector<std::string>& list, std::string_view item) {
  for (const auto& x : list) {
    if (x == item) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("fold_text lower-cases, folds diacritics and makes everything else a word boundary") {
  CHECK(fold_text("E-mailadres") == " e mailadres ");
  CHECK(fold_text("Straße und Hausnummer") == " strasse und hausnummer ");
  CHECK(fold_text("Imię i nazwisko") == " imie i nazwisko ");
  CHECK(fold_text("Téléphone (portable)") == " telephone portable ");
  CHECK(fold_text("Łódź, Gdańsk, Œuvre, Ærø") == " lodz gdansk oeuvre aero ");
  CHECK(fold_text("Cafe\xCC\x81") == " cafe ");                      // decomposed é
  CHECK(fold_text("ver\xC2\xADklaring") == " verklaring ");          // soft hyphen joins
  CHECK(fold_text("") == " ");
  CHECK(fold_text("  ,;  ") == " ");
  CHECK(fold_text("\xFF\xFEoops") == " oops ");                       // malformed bytes separate
  CHECK(fold_text("Имя Email") == " email ");                        // other scripts are boundaries
}

TEST_CASE("fold_identifier splits camelCase, acronyms, digits and punctuation") {
  CHECK(fold_identifier("billingAddress[zipCode]") == " billing address zip code ");
  CHECK(fold_identifier("HTMLFirstName") == " html first name ");
  CHECK(fold_identifier("address2") == " address 2 ");
  CHECK(fold_identifier("ctl00$MainContent$txtEMail") == " ctl 00 main content txt e mail ");
  CHECK(fold_identifier("request[custom_fields][360001]") == " request custom fields 360001 ");
  CHECK(fold_identifier("g-recaptcha-response") == " g recaptcha response ");
  CHECK(character_count("Imię") == 4);
  CHECK(character_count("") == 0);
}

TEST_CASE("every pattern of the table is written folded, with markers only at its ends") {
  std::size_t alternatives = 0;
  for (const auto& row : pattern_rows()) {
    CHECK(row.weight > 0);
    CHECK(row.weight <= 1.0);
    for (const std::string& word : row.words) {
      std::string_view alt = word;
      ++alternatives;
      INFO(cue_name(row.cue), ": \"", std::string(alt), "\"");
      REQUIRE_FALSE(alt.empty());
      if (alt.front() == '=') alt.remove_prefix(1);
      if (alt.front() == '*') alt.remove_prefix(1);
      if (!alt.empty() && alt.back() == '*') alt.remove_suffix(1);
      std::string framed(1, ' ');  // built step by step: GCC 12 -O3 warns falsely on " " + s + " "
      framed.append(alt);
      framed.push_back(' ');
      CHECK(fold_text(alt) == framed);
    }
  }
  CHECK(alternatives > 1000);
  CHECK(PatternMatcher::instance().pattern_count() == alternatives);
}

TEST_CASE("the table covers the eight languages for the person's own fields") {
  const std::set<Cue> personal{Cue::given_name, Cue::family_name, Cue::email, Cue::phone, Cue::country,
                               Cue::street_address, Cue::postal_code, Cue::city, Cue::description,
                               Cue::signature, Cue::sworn, Cue::good_faith, Cue::consent};
  for (const Cue cue : personal) {
    std::set<Lang> langs;
    for (const auto& row : pattern_rows()) {
      if (row.cue == cue) langs.insert(row.lang);
    }
    INFO(cue_name(cue));
    if (langs.count(Lang::any) == 0) CHECK(langs.size() >= 7);
  }
  for (const Lang lang : {Lang::en, Lang::nl, Lang::de, Lang::fr, Lang::es, Lang::it, Lang::pt, Lang::pl}) {
    bool sworn = false;
    bool good_faith = false;
    for (const auto& row : pattern_rows()) {
      sworn = sworn || (row.cue == Cue::sworn && row.lang == lang);
      good_faith = good_faith || (row.cue == Cue::good_faith && row.lang == lang);
    }
    INFO(lang_name(lang));
    CHECK(sworn);
    CHECK(good_faith);
  }
}

TEST_CASE("the matcher finds whole words, marked prefixes and suffixes, and drops matches inside longer ones") {
  CHECK(has(cues_in("Land"), "country"));
  CHECK_FALSE(has(cues_in("Landmark"), "country"));            // a whole word, not a prefix
  CHECK_FALSE(has(cues_in("Bundesland"), "country"));
  CHECK(has(cues_in("Bundesland"), "region"));
  CHECK(has(cues_in("Telefoonnummer"), "phone"));              // "telefoon*"
  CHECK(has(cues_in("Confirma tu correo"), "confirm"));
  CHECK_FALSE(has(cues_in("Confirma tu correo"), "signature")); // "firma" is a whole word
  CHECK(has(cues_in("Firma"), "signature"));                   // strictness is the evidence's business
  const auto company = cues_in("Company name");
  CHECK(has(company, "organisation"));
  CHECK_FALSE(has(company, "name"));                           // inside "company name"
  const auto user = cues_in("Naam gebruiker");
  CHECK(has(user, "username"));
  CHECK(has(cues_in("Gebruikersnaam"), "username"));
  CHECK_FALSE(has(cues_in("Gebruikersnaam"), "name"));
  const auto email = cues_in("E-mail address");
  CHECK(has(email, "email"));
  CHECK_FALSE(has(email, "street_address"));
  CHECK(has(cues_in("Date of birth"), "birth"));
  CHECK_FALSE(has(cues_in("Date of birth"), "date"));
  CHECK(has(cues_in("Date"), "date"));
  CHECK(has(cues_in("Name on card"), "card"));
  CHECK_FALSE(has(cues_in("Name on card"), "name"));
}

TEST_CASE("statements are told apart in every language") {
  CHECK(has(cues_in("I swear, under penalty of perjury, that the information is accurate"), "sworn"));
  CHECK(has(cues_in("Ik verklaar dat ik de persoon op de afbeelding ben"), "sworn"));
  CHECK(has(cues_in("Je déclare sur l'honneur que ces informations sont exactes"), "sworn"));
  CHECK(has(cues_in("Ich versichere an Eides statt, dass meine Angaben richtig sind"), "sworn"));
  CHECK(has(cues_in("Declaro bajo pena de perjurio que la información es correcta"), "sworn"));
  CHECK(has(cues_in("Dichiaro sotto la mia responsabilità che i dati sono veri"), "sworn"));
  CHECK(has(cues_in("Declaro, sob pena de lei, que as informações são verdadeiras"), "sworn"));
  CHECK(has(cues_in("Oświadczam, że podane informacje są zgodne z prawdą"), "sworn"));
  CHECK(has(cues_in("I have a good faith belief that the use is not authorised"), "good_faith"));
  CHECK(has(cues_in("Ik meld dit te goeder trouw"), "good_faith"));
  CHECK(has(cues_in("Je signale ce contenu de bonne foi"), "good_faith"));
  CHECK(has(cues_in("Ich handle in gutem Glauben"), "good_faith"));
  CHECK(has(cues_in("Actúo de buena fe"), "good_faith"));
  CHECK(has(cues_in("Agisco in buona fede"), "good_faith"));
  CHECK(has(cues_in("Ajo de boa-fé"), "good_faith"));
  CHECK(has(cues_in("Działam w dobrej wierze"), "good_faith"));
  CHECK(has(cues_in("I agree to the Terms of Service"), "consent"));
  CHECK(has(cues_in("Ik ga akkoord met de privacyverklaring"), "consent"));
}

TEST_CASE("autocomplete: the field-name token decides, misuse says nothing") {
  CHECK(read_autocomplete("given-name", false)->type == FieldType::given_name);
  CHECK(read_autocomplete("section-a shipping family-name", false)->type == FieldType::family_name);
  CHECK(read_autocomplete("billing email webauthn", false)->type == FieldType::email);
  CHECK(read_autocomplete("work tel", false)->type == FieldType::phone);
  CHECK(read_autocomplete("fax tel", false)->type == FieldType::unknown);
  CHECK(read_autocomplete("country-name", false)->type == FieldType::country);
  CHECK(read_autocomplete("address-level2", false)->type == FieldType::city);
  CHECK(read_autocomplete("cc-name", false)->type == FieldType::unknown);
  CHECK(read_autocomplete("bday", false)->type == FieldType::unknown);
  CHECK_FALSE(read_autocomplete("off", false));
  CHECK_FALSE(read_autocomplete("on", false));
  CHECK_FALSE(read_autocomplete("nope-not-a-token", false));
  CHECK_FALSE(read_autocomplete("", false));
  CHECK_FALSE(read_autocomplete("new-password", false));  // put on text fields to stop browser autofill
  CHECK(read_autocomplete("new-password", true)->type == FieldType::password);
}

TEST_CASE("today's date in the field's own format") {
  const takedown::time::CivilDate today{2026, 11, 8};
  SnapshotField f;
  f.type = "date";
  CHECK(write_date(today, f, Lang::nl) == "2026-11-08");
  f.type = "text";
  f.placeholder = "dd-mm-jjjj";
  CHECK(write_date(today, f, Lang::en) == "08-11-2026");
  f.placeholder = "MM/DD/YYYY";
  CHECK(write_date(today, f, std::nullopt) == "11/08/2026");
  f.placeholder = "TT.MM.JJJJ";
  CHECK(write_date(today, f, Lang::de) == "08.11.2026");
  f.placeholder = "jj/mm/aaaa";
  CHECK(write_date(today, f, Lang::fr) == "08/11/2026");
  f.placeholder = "e.g. 31/12/2025";
  CHECK(write_date(today, f, Lang::en) == "08/11/2026");
  f.placeholder = "e.g. 03/04/2025";                  // March or April: says nothing
  CHECK_FALSE(write_date(today, f, Lang::en));
  f.placeholder = "";
  CHECK(write_date(today, f, Lang::nl) == "08-11-2026");
  CHECK(write_date(today, f, Lang::pl) == "08.11.2026");
  CHECK(write_date(today, f, Lang::es) == "08/11/2026");
  CHECK_FALSE(write_date(today, f, Lang::en));        // 08/11 is August in one country, November in another
  CHECK_FALSE(write_date(today, f, std::nullopt));
  f.type = "datetime-local";
  CHECK_FALSE(write_date(today, f, Lang::nl));
}

}  // namespace forms_text_test

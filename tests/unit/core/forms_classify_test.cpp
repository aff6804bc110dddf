// forms.classify on hand-built snapshots: realistic removal forms in several languages, and one case
// per tricky rule (autocomplete first and where it is distrusted, negatives, the name post-pass,
// e-mail confirmation, address lines, statements, captchas, hints, thresholds).
#include <doctest/doctest.h>

#include "forms_fixtures.hpp"

namespace forms_classify_test {  // one per file: the unity build joins test files

using namespace forms_test;

TEST_CASE("an English removal form in the style of a search engine's") {
  const json snap = snapshot(
      {field("name", "text", "Full name", "full_name"),
       select("country", "Country of residence", "country",
              {{{"value", ""}, {"text", "Select"}}, {{"value", "NL"}, {"text", "Netherlands"}},
               {{"value", "DE"}, {"text", "Germany"}}, {{"value", "US"}, {"text", "United States"}},
               {{"value", "FR"}, {"text", "France"}}, {{"value", "BE"}, {"text", "Belgium"}}}),
       field("mail", "email", "Contact email address", "contact_email"),
       radio("self", "relationship", "Are you the person depicted, or their authorised representative?", "I am the person depicted", "self"),
       radio("rep", "relationship", "Are you the person depicted, or their authorised representative?", "I am an authorised representative", "rep"),
       textarea("urls", "URLs of the images you want removed", "image_urls"),
       field("serp", "url", "URL of the search results page that shows the image", "search_results_url"),
       field("shots", "file", "Screenshots", "screenshots"),
       checkbox("gf", "I have a good faith belief that the images were shared without my consent"),
       checkbox("sw", "I swear, under penalty of perjury, that the information in this notification is accurate"),
       field("sig", "text", "Signature: type your full name", "signature"),
       field("date", "date", "Date", "signed_on"),
       textarea("cap", "", "g-recaptcha-response", {{"visible", false}})},
      "en", "Report explicit fake imagery");
  const auto t = types_of(snap);
  CHECK(t.at("name") == "full_name");
  CHECK(t.at("country") == "country");
  CHECK(t.at("mail") == "email");
  CHECK(t.at("self") == "relationship");
  CHECK(t.at("rep") == "relationship");
  CHECK(t.at("urls") == "content_urls");
  CHECK(t.at("serp") == "search_results_url");
  CHECK(t.at("shots") == "file_upload");
  CHECK(t.at("gf") == "good_faith_statement");
  CHECK(t.at("sw") == "sworn_statement");
  CHECK(t.at("sig") == "signature");
  CHECK(t.at("date") == "date");
  CHECK(t.at("cap") == "captcha");
}

TEST_CASE("a Dutch privacy request") {
  const json snap = snapshot(
      {field("vn", "text", "Voornaam", "voornaam"), field("tv", "text", "Tussenvoegsel", "tussenvoegsel"),
       field("an", "text", "Achternaam", "achternaam"), field("em", "text", "E-mailadres", "email"),
       field("em2", "text", "Herhaal je e-mailadres", "email_herhaal"), field("tel", "text", "Telefoonnummer (optioneel)", "tel"),
       field("st", "text", "Straat en huisnummer", "straat"), field("pc", "text", "Postcode", "postcode"),
       field("wp", "text", "Woonplaats", "woonplaats"), field("ld", "text", "Land", "land"),
       textarea("om", "Omschrijf je verzoek", "omschrijving"),
       checkbox("ok", "Ik verklaar dat ik deze gegevens naar waarheid heb ingevuld"),
       checkbox("pv", "Ik ga akkoord met de privacyverklaring")},
      "nl");
  const auto t = types_of(snap);
  CHECK(t.at("vn") == "given_name");
  CHECK(t.at("tv") == "middle_name");
  CHECK(t.at("an") == "family_name");
  CHECK(t.at("em") == "email");
  CHECK(t.at("em2") == "email_confirm");
  CHECK(t.at("tel") == "phone");
  CHECK(t.at("st") == "street_address");
  CHECK(t.at("pc") == "postal_code");
  CHECK(t.at("wp") == "city");
  CHECK(t.at("ld") == "country");
  CHECK(t.at("om") == "description");
  CHECK(t.at("ok") == "sworn_statement");
  CHECK(t.at("pv") == "consent_checkbox");
}

TEST_CASE("German, French, Spanish, Italian, Portuguese and Polish contact parts") {
  struct Case {
    const char* lang;
    const char* given;
    const char* family;
    const char* street;
    const char* postal;
    const char* city;
    const char* country;
    const char* phone;
  };
  const Case cases[] = {
      {"de", "Vorname", "Nachname", "Straße und Hausnummer", "PLZ", "Ort", "Land", "Telefonnummer"},
      {"fr", "Prénom", "Nom de famille", "Adresse postale", "Code postal", "Ville", "Pays", "Numéro de téléphone"},
      {"es", "Nombre de pila", "Apellidos", "Dirección postal", "Código postal", "Ciudad", "País", "Teléfono"},
      {"it", "Nome di battesimo", "Cognome", "Indirizzo", "CAP", "Città", "Paese", "Numero di telefono"},
      {"pt", "Primeiro nome", "Sobrenome", "Morada", "Código postal", "Cidade", "País", "Telefone"},
      {"pl", "Imię", "Nazwisko", "Ulica i numer", "Kod pocztowy", "Miejscowość", "Kraj", "Numer telefonu"},
  };
  for (const auto& c : cases) {
    INFO(c.lang);
    const json snap = snapshot({field("g", "text", c.given), field("f", "text", c.family), field("s", "text", c.street),
                                field("p", "text", c.postal), field("c", "text", c.city), field("k", "text", c.country),
                                field("t", "text", c.phone)},
                               c.lang);
    const auto t = types_of(snap);
    CHECK(t.at("g") == "given_name");
    CHECK(t.at("f") == "family_name");
    CHECK(t.at("s") == "street_address");
    CHECK(t.at("p") == "postal_code");
    CHECK(t.at("c") == "city");
    CHECK(t.at("k") == "country");
    CHECK(t.at("t") == "phone");
  }
}

TEST_CASE("the page's language is detected from its labels when it declares none") {
  // "Kraj" (Polish: country) and "CAP" (Italian: postal code) count only in their own language.
  const json pl = snapshot({field("a", "text", "Imię"), field("b", "text", "Nazwisko"), field("c", "text", "Kraj")});
  CHECK(types_of(pl).at("c") == "country");
  const json en = snapshot({field("a", "text", "First name"), field("b", "text", "Last name"), field("c", "text", "Kraj")});
  CHECK(types_of(en).at("c") == "unknown");
}

TEST_CASE("autocomplete is honoured first, but not on comboboxes and not when it is 'off'") {
  const json snap = snapshot(
      {field("a", "text", "Naam", "x1", {{"autocomplete", "family-name"}}),
       field("b", "text", "Company", "x2", {{"autocomplete", "email"}}),
       field("c", "text", "Voornaam", "x3", {{"autocomplete", "off"}}),
       field("d", "text", "E-mail", "x4", {{"autocomplete", "new-password"}}),
       field("e", "text", "Land", "x5", {{"autocomplete", "new-password"}, {"role", "combobox"}}),
       field("f", "text", "Achternaam", "x6", {{"autocomplete", "given-name"}, {"role", "combobox"}}),
       field("g", "text", "Name on card", "x7", {{"autocomplete", "cc-name"}})},
      "nl");
  const auto result = call_ok("forms.classify", {{"snapshot", snap}})["fields"];
  CHECK(result[0]["type"] == "family_name");
  CHECK(result[0]["source"] == "autocomplete");
  CHECK(result[0]["matched"] == "family-name");
  CHECK(result[1]["type"] == "email");
  CHECK(result[2]["type"] == "given_name");
  CHECK(result[2]["source"] == "pattern");
  CHECK(result[3]["type"] == "email");
  CHECK(result[4]["type"] == "country");
  CHECK(result[5]["type"] == "family_name");  // the combobox's autocomplete is not trusted
  CHECK(result[6]["type"] == "unknown");
  CHECK(result[6]["source"] == "autocomplete");
}

TEST_CASE("input types: e-mail, phone, password and file decide; hidden and buttons are nothing") {
  const json snap = snapshot({field("a", "email", ""), field("b", "tel", ""), field("d", "file", "Name"),
                              field("e", "hidden", "Email", "email"), field("f", "submit", "Email"), field("g", "date", ""),
                              field("c", "password", "Name")});
  const auto result = call_ok("forms.classify", {{"snapshot", snap}})["fields"];
  CHECK(result[0]["type"] == "email");
  CHECK(result[0]["source"] == "input_type");
  CHECK(result[1]["type"] == "phone");
  CHECK(result[2]["type"] == "file_upload");
  CHECK(result[3]["type"] == "unknown");
  CHECK(result[4]["type"] == "unknown");
  CHECK(result[5]["type"] == "unknown");  // a date input says nothing about which date
  CHECK(result[6]["type"] == "password");
}

TEST_CASE("negatives: Landmark, confirma, naam gebruiker, name on card, date of birth, company name") {
  const json snap = snapshot(
      {field("a", "text", "Landmark"), field("b", "text", "Confirma tu correo electrónico"), field("c", "text", "Naam gebruiker"),
       field("d", "text", "Name on card"), field("e", "text", "Date of birth"), field("f", "text", "Company name"),
       field("g", "date", "Geburtsdatum"), field("h", "text", "Username"), field("i", "text", "Fax"),
       field("j", "tel", "Fax number")});
  const auto t = types_of(snap);
  CHECK(t.at("a") == "unknown");
  CHECK(t.at("b") == "email_confirm");
  CHECK(t.at("c") == "unknown");
  CHECK(t.at("d") == "unknown");
  CHECK(t.at("e") == "unknown");
  CHECK(t.at("f") == "organisation");
  CHECK(t.at("g") == "unknown");
  CHECK(t.at("h") == "unknown");
  CHECK(t.at("i") == "unknown");
  CHECK(t.at("j") == "unknown");
}

TEST_CASE("'firma' is a company in Dutch and German, a signature in Spanish and Italian, nothing when unsure") {
  CHECK(types_of(snapshot({field("f", "text", "Firma")}, "de")).at("f") == "organisation");
  CHECK(types_of(snapshot({field("f", "text", "Firma")}, "nl")).at("f") == "organisation");
  CHECK(types_of(snapshot({field("f", "text", "Firma")}, "es")).at("f") == "signature");
  CHECK(types_of(snapshot({field("f", "text", "Firma")}, "it")).at("f") == "signature");
  CHECK(types_of(snapshot({field("f", "text", "Firma")}, "ja")).at("f") == "unknown");
}

TEST_CASE("a bare Name is the full name alone, the family name beside a given name, the given name beside a family name") {
  CHECK(types_of(snapshot({field("n", "text", "Name", "name"), field("e", "email", "E-mail")})).at("n") == "full_name");
  CHECK(types_of(snapshot({field("n", "text", "Naam", "naam")}, "nl")).at("n") == "full_name");
  const auto fr = types_of(snapshot({field("p", "text", "Prénom"), field("n", "text", "Nom")}, "fr"));
  CHECK(fr.at("p") == "given_name");
  CHECK(fr.at("n") == "family_name");
  const auto de = types_of(snapshot({field("n", "text", "Name"), field("v", "text", "Vorname")}, "de"));
  CHECK(de.at("n") == "family_name");
  const auto es = types_of(snapshot({field("n", "text", "Nombre"), field("a", "text", "Apellidos")}, "es"));
  CHECK(es.at("n") == "given_name");
  CHECK(es.at("a") == "family_name");
  const auto it = types_of(snapshot({field("n", "text", "Nome"), field("c", "text", "Cognome")}, "it"));
  CHECK(it.at("n") == "given_name");
  // Beside both parts, a third name field is someone's, but not certainly whose.
  const auto both = types_of(snapshot({field("g", "text", "First name"), field("l", "text", "Last name"), field("n", "text", "Name")}));
  CHECK(both.at("n") == "unknown");
}

TEST_CASE("name and id tokens: camelCase, brackets, and the last word weighs most") {
  const json snap = snapshot({field("a", "text", "", "billingAddress[zipCode]"), field("b", "text", "", "customerFirstName"),
                              field("c", "text", "", "user_last_name"), field("d", "text", "", "contact.email"),
                              field("e", "text", "", "addressCity"), field("f", "text", "", "input_4821")});
  const auto t = types_of(snap);
  CHECK(t.at("a") == "postal_code");
  CHECK(t.at("b") == "given_name");
  CHECK(t.at("c") == "family_name");
  CHECK(t.at("d") == "email");
  CHECK(t.at("e") == "city");
  CHECK(t.at("f") == "unknown");
}

TEST_CASE("label quality: a label tied by markup outweighs text that merely stands near") {
  // Two readings, one from label[for] and one from an ancestor row: the label wins.
  json f = field("a", "text", "Postcode", "x");
  f["labels"].push_back({{"text", "Woonplaats"}, {"source", "ancestor"}});
  CHECK(types_of(snapshot({f}, "nl")).at("a") == "postal_code");
  json g = field("a", "text", "Woonplaats", "x", json::object(), "ancestor");
  g["labels"].push_back({{"text", "Postcode"}, {"source", "for"}});
  CHECK(types_of(snapshot({g}, "nl")).at("a") == "postal_code");
}

TEST_CASE("the field right before a password is a login's identifier, left alone") {
  const auto login = types_of(snapshot({field("e", "email", "Email address"), field("p", "password", "Password")}));
  CHECK(login.at("e") == "unknown");
  const auto signup = types_of(snapshot({field("n", "text", "Full name"), field("e", "email", "Email"),
                                         field("u", "text", "Username"), field("p", "password", "Password"),
                                         field("p2", "password", "Confirm password")}));
  CHECK(signup.at("n") == "full_name");
  CHECK(signup.at("e") == "email");
  CHECK(types_of(snapshot({field("e", "text", "E-mail"), field("p", "text", "Wachtwoord")}, "nl")).at("p") == "password");
}

TEST_CASE("e-mail confirmation pairs and address lines are read together") {
  const auto t = types_of(snapshot({field("e1", "email", "Email"), field("e2", "email", "Email"),
                                    field("a1", "text", "Address"), field("a2", "text", "Address"),
                                    field("z", "text", "ZIP")}));
  CHECK(t.at("e1") == "email");
  CHECK(t.at("e2") == "email_confirm");
  CHECK(t.at("a1") == "street_address");
  CHECK(t.at("a2") == "address_line2");
  CHECK(t.at("z") == "postal_code");
  // Two e-mail fields far apart are two forms' e-mail fields (a login and a sign-up on one page).
  const auto two = types_of(snapshot({field("e1", "email", "Email"), field("p", "password", "Password"),
                                      field("n", "text", "Full name"), field("e2", "email", "Email")}));
  CHECK(two.at("e2") == "email");
}

TEST_CASE("report-form types: content URL, reported account, description, signature, relationship select") {
  const json snap = snapshot(
      {field("u", "url", "Link to the post", "post_url"), field("acc", "text", "Profile URL of the impersonating account"),
       textarea("d", "Please describe why this content should be removed"), field("sig", "text", "Electronic signature"),
       select("rel", "Relationship to the person shown", "rel",
              {{{"value", ""}, {"text", "Choose"}}, {{"value", "1"}, {"text", "I am the person shown"}},
               {{"value", "2"}, {"text", "Parent or legal guardian"}}, {{"value", "3"}, {"text", "Lawyer or representative"}}}),
       field("web", "url", "Your website"), field("handt", "text", "Handtekening", "", json::object())},
      "en", "Report impersonation");
  const auto t = types_of(snap);
  CHECK(t.at("u") == "content_url");
  CHECK(t.at("acc") == "reported_account");
  CHECK(t.at("d") == "description");
  CHECK(t.at("sig") == "signature");
  CHECK(t.at("rel") == "relationship");
  CHECK(t.at("web") == "unknown");
  CHECK(t.at("handt") == "signature");
}

TEST_CASE("on a report form without a password, a username is the reported account's") {
  const json report = snapshot({field("u", "text", "Username"), textarea("d", "Describe the problem")}, "en", "Report a user");
  CHECK(types_of(report).at("u") == "reported_account");
  const json login = snapshot({field("u", "text", "Username"), field("p", "password", "Password")}, "en", "Report a user");
  CHECK(types_of(login).at("u") == "unknown");
  const json own = snapshot({field("u", "text", "Your username")}, "en", "Report a user");
  CHECK(types_of(own).at("u") == "unknown");
}

TEST_CASE("fields about someone else never get the person's data") {
  const auto t = types_of(snapshot({field("n", "text", "Full name of the person who posted it"),
                                    field("e", "email", "Email address of the uploader"),
                                    field("d", "text", "Naam van de dader")},
                                   "en"));
  CHECK(t.at("n") == "unknown");
  CHECK(t.at("e") == "unknown");
  CHECK(t.at("d") == "unknown");
}

TEST_CASE("checkbox statements: sworn beats good faith beats consent; opt-ins are nothing; plain facts are relationships") {
  const json snap = snapshot(
      {checkbox("a", "I declare that I am the person in the image and I agree to the terms"),
       checkbox("b", "I have a good-faith belief that this is unlawful and accept the privacy policy"),
       checkbox("c", "I accept the Terms of Service"), checkbox("d", "Subscribe to our newsletter"),
       checkbox("e", "Remember me"), checkbox("f", "I am the person shown in this content"),
       checkbox("g", "Ik ben de ouder of voogd van het kind"),
       checkbox("h", "I confirm"),
       checkbox("i", "An Eides statt versichere ich die Richtigkeit meiner Angaben"),
       checkbox("j", "Je déclare sur l'honneur l'exactitude des informations"),
       checkbox("k", "Declaro bajo pena de perjurio que soy la persona afectada"),
       checkbox("l", "Certifico de boa-fé")},
      "en");
  const auto t = types_of(snap);
  CHECK(t.at("a") == "sworn_statement");
  CHECK(t.at("b") == "good_faith_statement");
  CHECK(t.at("c") == "consent_checkbox");
  CHECK(t.at("d") == "unknown");
  CHECK(t.at("e") == "unknown");
  CHECK(t.at("f") == "relationship");
  CHECK(t.at("g") == "relationship");
  CHECK(t.at("h") == "unknown");
  CHECK(t.at("i") == "sworn_statement");
  CHECK(t.at("j") == "sworn_statement");
  CHECK(t.at("k") == "sworn_statement");
  CHECK(t.at("l") == "sworn_statement");
}

TEST_CASE("a statement named only by its fieldset legend is still a statement") {
  json box = checkbox("a", "I agree");
  box["section"] = "Sworn statement";
  CHECK(types_of(snapshot({box})).at("a") == "sworn_statement");
  json faith = checkbox("b", "Ja");
  faith["section"] = "Verklaring te goeder trouw";
  CHECK(types_of(snapshot({faith}, "nl")).at("b") == "good_faith_statement");
}

TEST_CASE("radios share their group's question; answers alone can make the question") {
  const auto yes_no = types_of(snapshot({radio("y", "q", "Bent u de persoon op de afbeelding?", "Ja", "ja"),
                                         radio("n", "q", "Bent u de persoon op de afbeelding?", "Nee", "nee")},
                                        "nl"));
  CHECK(yes_no.at("y") == "relationship");
  CHECK(yes_no.at("n") == "relationship");
  const auto answers = types_of(snapshot({radio("a", "who", "", "Myself", "1"), radio("b", "who", "", "My child", "2"),
                                          radio("c", "who", "", "Someone else", "3")}));
  CHECK(answers.at("a") == "relationship");
  CHECK(answers.at("c") == "relationship");
  const auto other = types_of(snapshot({radio("a", "size", "T-shirt size", "Small", "s"), radio("b", "size", "T-shirt size", "Large", "l")}));
  CHECK(other.at("a") == "unknown");
}

TEST_CASE("captchas are recognised whatever else they claim, passwords by their type") {
  const auto t = types_of(snapshot({textarea("a", "", "h-captcha-response"), field("b", "text", "Enter the characters you see", "code"),
                                    field("c", "text", "Email", "captcha_email"), field("d", "text", "", "cf-turnstile-response"),
                                    field("e", "password", "Email")}));
  CHECK(t.at("a") == "captcha");
  CHECK(t.at("b") == "captcha");
  CHECK(t.at("c") == "captcha");
  CHECK(t.at("d") == "captcha");
  CHECK(t.at("e") == "password");
}

TEST_CASE("the registry's hints decide where the patterns are unsure, never over autocomplete or a statement") {
  const json hints = json::array({{{"type", "content_url"}, {"name", {"entry.1234"}}},
                                  {{"type", "reported_account"}, {"label", {"Offending handle"}}},
                                  {{"type", "given_name"}, {"name", {"fld"}}},
                                  {{"type", "description"}, {"name", {"stmt"}}}});
  const json snap = snapshot({field("a", "text", "Answer", "entry.1234"), field("b", "text", "Offending handle (@…)"),
                              field("c", "text", "", "fld9", {{"autocomplete", "email"}}),
                              checkbox("d", "I swear under penalty of perjury", "stmt"), field("e", "text", "Nothing")});
  const auto result = call_ok("forms.classify", {{"snapshot", snap}, {"hints", hints}})["fields"];
  CHECK(result[0]["type"] == "content_url");
  CHECK(result[0]["source"] == "hint");
  CHECK(result[0]["matched"] == "entry.1234");
  CHECK(result[1]["type"] == "reported_account");
  CHECK(result[2]["type"] == "email");
  CHECK(result[3]["type"] == "sworn_statement");
  CHECK(result[4]["type"] == "unknown");
}

TEST_CASE("an unknown field stays unknown: unlabelled, ambiguous and weak readings") {
  const auto t = types_of(snapshot({field("a", "text", ""), field("b", "text", "Email or phone number"),
                                    field("c", "text", "Title"), field("d", "text", "Answer"), textarea("e", ""),
                                    field("g", "number", "Quantity")}));
  for (const auto& [ref, type] : t) {
    const auto& field_ref = ref;  // a copy: clang 14 cannot capture a structured binding in INFO's lambda
    INFO(field_ref);
    CHECK(type == "unknown");
  }
}

TEST_CASE("a one-line subject is a subject line (#14), in each language; a text box so named is not") {
  const auto t = types_of(snapshot({field("en", "text", "Subject"), field("nl", "text", "Onderwerp"), field("de", "text", "Betreff"),
                                    field("fr", "text", "Objet"), field("es", "text", "Asunto"), field("it", "text", "Oggetto"),
                                    field("pt", "text", "Assunto"), field("pl", "text", "Temat"), textarea("box", "Subject")}));
  for (const auto* ref : {"en", "nl", "de", "fr", "es", "it", "pt", "pl"}) CHECK(t.at(ref) == "subject");
  CHECK(t.at("box") != "subject");
}

TEST_CASE("'tell us what happened' asks for the description, in each language") {
  for (const auto& [lang, text] : std::vector<std::pair<std::string, std::string>>{
           {"en", "Tell us what happened"}, {"es", "Cuéntanos qué ocurre"}, {"nl", "Vertel ons wat er is gebeurd"},
           {"de", "Erzählen Sie uns, was geschehen ist"}, {"fr", "Dites-nous ce qui s'est passé"},
           {"it", "Raccontaci cosa è successo"}, {"pt", "Conte-nos o que aconteceu"}, {"pl", "Powiedz nam, co się stało"}}) {
    const std::string label = text;   // a copy: doctest's message cannot capture a structured binding
    const auto t = types_of(snapshot({textarea("d", label)}, lang));
    CHECK_MESSAGE(t.at("d") == "description", label);
  }
}

TEST_CASE("every answer carries a confidence in [0, 1] with two decimals and names what decided") {
  const auto result = call_ok("forms.classify", {{"snapshot", snapshot({field("a", "text", "Voornaam", "voornaam"),
                                                                        field("b", "text", "")}, "nl")}})["fields"];
  CHECK(result[0]["confidence"].get<double>() > 0.9);
  CHECK(result[0]["confidence"].get<double>() <= 1.0);
  CHECK(result[0]["language"] == "nl");
  CHECK(result[0]["matched"] == "voornaam");
  CHECK(result[1]["confidence"] == 0);
  CHECK(result[1]["source"] == "none");
  CHECK_FALSE(result[1].contains("matched"));
  const double c = result[0]["confidence"].get<double>();
  CHECK(c * 100 == doctest::Approx(static_cast<double>(static_cast<long>(c * 100 + 0.5))));
}

TEST_CASE("'X of Y': a label names its field first, and words after a linking word count less") {
  const auto t = types_of(snapshot({textarea("a", "Links to the posts, comments or media (one per line)"),
                                    textarea("b", "Description of the content (include links)"),
                                    textarea("m", "Message link(s)", "", {{"description", "One link per line."}}),
                                    field("c", "text", "URL van het profiel of de content (indien van toepassing)")},
                                   "en", "Report"));
  CHECK(t.at("a") == "content_urls");
  CHECK(t.at("b") == "description");
  CHECK(t.at("c") == "content_url");  // "URL van": the URL words lead
  CHECK(t.at("m") == "content_urls");  // a compound without a linking word: "link" is its head
}

TEST_CASE("questions for another case, other dates, rules that mention consent") {
  const auto t = types_of(snapshot(
      {textarea("a", "If you are a representative: explain your authority to act on this person's behalf"),
       field("b", "url", "Link to the post (if applicable)"),
       field("c", "date", "Date you first saw the content"), field("d", "text", "Date à laquelle vous avez vu le contenu"),
       field("e", "text", "Issue date (MM / YY)"), checkbox("f", "No sexual images of people without their consent"),
       checkbox("g", "I have a good faith belief that the information in this report is accurate and complete")},
      "en", "Report"));
  CHECK(t.at("a") == "unknown");
  CHECK(t.at("b") == "content_url");
  CHECK(t.at("c") == "unknown");
  CHECK(t.at("d") == "unknown");
  CHECK(t.at("e") == "unknown");
  CHECK(t.at("f") == "unknown");
  CHECK(t.at("g") == "good_faith_statement");
}

TEST_CASE("sign-in and password-reset forms, payment cards, account numbers") {
  json reset = field("e", "text", "Email", "email");
  reset["section"] = "Password recovery";
  CHECK(types_of(snapshot({reset})).at("e") == "unknown");
  json join = field("e", "email", "Email", "email");
  join["section"] = "Create your account";
  CHECK(types_of(snapshot({join, field("p", "password", "Password")})).at("e") == "email");
  const auto card = types_of(snapshot({field("n0", "text", "Card number"), field("n", "text", "Name"), field("x", "text", "Expiry")}));
  CHECK(card.at("n") == "unknown");
  const auto numbers = types_of(snapshot({field("m", "tel", "Membership number"), field("z", "tel", "ZIP code")}));
  CHECK(numbers.at("m") == "unknown");
  CHECK(numbers.at("z") == "postal_code");
}

TEST_CASE("the words win over a misused autocomplete on a split name; a country list wins over its label") {
  const auto t = types_of(snapshot({field("g", "text", "First name", "fn", {{"autocomplete", "name"}}),
                                    field("f", "text", "Last name", "ln", {{"autocomplete", "name"}}),
                                    select("r", "Region", "region",
                                           {{{"value", "AT"}, {"text", "Austria"}}, {{"value", "BE"}, {"text", "Belgium"}},
                                            {{"value", "FR"}, {"text", "France"}}, {{"value", "DE"}, {"text", "Germany"}},
                                            {{"value", "NL"}, {"text", "Netherlands"}}})}));
  CHECK(t.at("g") == "given_name");
  CHECK(t.at("f") == "family_name");
  CHECK(t.at("r") == "country");
}

TEST_CASE("report-form wording in several languages: impersonation, who reports, acknowledgments, colons") {
  const auto es = types_of(snapshot({field("a", "text", "Nombre de usuario o enlace de la cuenta que se hace pasar por ti")},
                                    "es", "Denunciar una cuenta"));
  CHECK(es.at("a") == "reported_account");
  const auto de = types_of(snapshot({radio("s", "reporter", "Wer meldet die Inhalte?", "Ich bin die abgebildete Person", "selbst"),
                                     radio("v", "reporter", "Wer meldet die Inhalte?", "Ich handle im Namen der abgebildeten Person", "vertretung")},
                                    "de"));
  CHECK(de.at("s") == "relationship");
  CHECK(de.at("v") == "relationship");
  const auto p = plan_of(snapshot({radio("s", "reporter", "Wer meldet die Inhalte?", "Ich bin die abgebildete Person", "selbst"),
                                   radio("v", "reporter", "Wer meldet die Inhalte?", "Ich handle im Namen der abgebildeten Person", "vertretung")},
                                  "de"),
                         {{"acting_for", "represented"}}, json::object());
  CHECK(p.at("v")["action"] == "check");
  CHECK(p.at("s")["action"] == "skip");
  const auto en = types_of(snapshot({checkbox("u", "I understand that reports with false information may lead to restrictions of my account."),
                                     field("id", "text", "User ID of the account that posted it (optional)"),
                                     field("sig", "text", "Electronic signature: type your full legal name"),
                                     field("city", "text", "City, State")},
                                    "en", "Submit a request"));
  CHECK(en.at("u") == "consent_checkbox");
  CHECK(en.at("id") == "unknown");
  CHECK(en.at("sig") == "signature");
  CHECK(en.at("city") != "region");  // a list: "State" after the comma is not the field's head
}

}  // namespace forms_classify_test

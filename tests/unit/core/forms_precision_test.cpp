// Fields that look like a phone number or an e-mail address to the words or the input type but are not
// the person's: one-time codes, card numbers and expiry dates typed `tel`, codes "sent to your phone",
// and a login's "e-mail or phone" identifier (issue #14: precision on forms the tests do not contain).
#include <doctest/doctest.h>

#include "forms/number_shape.hpp"
#include "forms_fixtures.hpp"

namespace forms_precision_test {  // one per file: the unity build joins test files

using namespace forms_test;

namespace {

// The type of `f` beside a full-name field (a form that asks for nothing but a phone number or an e-mail
// address is a sign-in or a newsletter: see the last cases).
std::string type_alone(const json& f, const std::string& lang = "") {
  return types_of(snapshot({field("name", "text", "Full name"), f}, lang)).at(f["ref"]);
}

std::string type_only(const json& f) { return types_of(snapshot({f})).at(f["ref"]); }

}  // namespace

TEST_CASE("a tel input is a phone number unless its shape says otherwise") {
  CHECK(type_alone(field("a", "tel", "")) == "phone");
  CHECK(type_alone(field("b", "tel", "Phone number", "phone", {{"maxlength", 15}})) == "phone");
  CHECK(type_alone(field("c", "tel", "", "", {{"maxlength", 20}, {"inputmode", "tel"}, {"placeholder", "06 12345678"}})) == "phone");
  // Eight digits are a whole phone number in Denmark or Norway: only a numeric keyboard makes them a code.
  CHECK(type_alone(field("d", "tel", "Telefon", "tlf", {{"pattern", "[0-9]{8}"}}), "de") == "phone");
  CHECK(type_alone(field("e", "tel", "Mobile", "mobile", {{"pattern", "^\\+?[0-9 ]+$"}})) == "phone");

  // One-time codes.
  CHECK(type_alone(field("f", "tel", "", "", {{"maxlength", 6}, {"inputmode", "numeric"}})) != "phone");
  CHECK(type_alone(field("g", "tel", "", "", {{"maxlength", 8}, {"inputmode", "numeric"}})) != "phone");
  CHECK(type_alone(field("h", "tel", "", "", {{"placeholder", "123456"}})) != "phone");
  CHECK(type_alone(field("i", "tel", "", "", {{"placeholder", "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"}})) != "phone");
  CHECK(type_alone(field("j", "tel", "", "", {{"pattern", "\\d{6}"}})) != "phone");
  CHECK(type_alone(field("k", "text", "", "otp", {{"pattern", "[0-9]{4,6}"}, {"inputmode", "numeric"}})) != "phone");
  // One box per digit.
  std::vector<json> boxes{field("name", "text", "Full name")};
  for (int i = 1; i <= 6; ++i) {
    boxes.push_back(field("box" + std::to_string(i), "tel", "Digit " + std::to_string(i), "", {{"maxlength", 1}}));
  }
  for (const auto& [ref, type] : types_of(snapshot(boxes))) CHECK(type != "phone");
  // The parts of a split number hold less than any phone number: none of them gets the whole number.
  const auto split = types_of(snapshot({field("n", "text", "Full name"), field("p1", "tel", "Phone", "phone_area", {{"maxlength", 3}}),
                                        field("p2", "tel", "", "phone_prefix", {{"maxlength", 3}}),
                                        field("p3", "tel", "", "phone_line", {{"maxlength", 4}})}));
  for (const char* ref : {"p1", "p2", "p3"}) CHECK(split.at(ref) != "phone");

  // Cards.
  CHECK(type_alone(field("l", "tel", "", "", {{"placeholder", "1234 1234 1234 1234"}})) != "phone");
  CHECK(type_alone(field("m", "tel", "", "", {{"placeholder", "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 "
                                                              "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 "
                                                              "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2 "
                                                              "\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2\xE2\x80\xA2"}})) != "phone");
  CHECK(type_alone(field("n", "tel", "", "", {{"placeholder", "MM / YY"}})) != "phone");
  CHECK(type_alone(field("o", "tel", "", "", {{"placeholder", "12/28"}})) != "phone");
  CHECK(type_alone(field("q", "tel", "", "", {{"placeholder", "CVC"}, {"maxlength", 4}})) != "phone");
  CHECK(type_alone(field("r", "tel", "Expiration month", "")) != "phone");
  CHECK(type_alone(field("s", "tel", "Card number", "")) != "phone");
  // A bare "Name" beside a card number shaped so is the card holder's, not the person's.
  const auto card = types_of(snapshot({field("num", "tel", "", "", {{"placeholder", "1234 1234 1234 1234"}}),
                                       field("holder", "text", "Name")}));
  CHECK(card.at("holder") == "unknown");
}

TEST_CASE("a short field that is not a number keeps its type") {
  CHECK(type_alone(field("pc", "text", "Postcode", "postcode", {{"maxlength", 5}, {"placeholder", "12345"}})) == "postal_code");
  CHECK(type_alone(field("pc2", "tel", "ZIP code", "zip", {{"maxlength", 5}, {"inputmode", "numeric"}})) == "postal_code");
  CHECK(type_alone(field("mi", "text", "Middle initial", "mi", {{"maxlength", 1}})) == "middle_name");
  CHECK(type_alone(field("st", "text", "State", "state", {{"maxlength", 2}})) == "region");
}

TEST_CASE("a code sent to the person's phone or e-mail is not their number or address, in the eight languages") {
  const std::pair<const char*, const char*> codes[] = {
      {"en", "Enter the code we sent to your phone"},
      {"en", "We sent a 6-digit code to your email"},
      {"en", "One-time passcode"},
      {"nl", "Vul de code in die we naar je telefoon stuurden"},
      {"nl", "Sms-code"},
      {"de", "Bestätigungscode aus der SMS"},
      {"de", "Sicherheitscode (per E-Mail erhalten)"},
      {"fr", "Saisissez le code reçu par SMS sur votre téléphone"},
      {"es", "Código de verificación enviado a tu teléfono"},
      {"it", "Inserisci il codice ricevuto sul cellulare"},
      {"pt", "Código SMS enviado para o seu telemóvel"},
      {"pl", "Wpisz kod SMS wysłany na Twój telefon"},
  };
  for (const auto& code : codes) {
    const auto& lang = code.first;
    const auto& label = code.second;
    INFO(std::string(label));
    const auto t = type_alone(field("x", "tel", label, ""), lang);
    CHECK(t != "phone");
    CHECK(t != "email");
    CHECK(type_alone(field("y", "text", label, ""), lang) != "phone");
    CHECK(type_alone(field("z", "email", label, ""), lang) != "email");
  }
  // The contact fields themselves are unchanged.
  CHECK(type_alone(field("p", "tel", "Telefoonnummer", "telefoon"), "nl") == "phone");
  CHECK(types_of(snapshot({field("n", "text", "Full name"), field("e", "email", "E-mail address", "email")})).at("e") == "email");
  CHECK(type_alone(field("pc", "text", "Zip / Postal code", "zip")) == "postal_code");
  CHECK(type_alone(field("cc", "text", "Country code", "country")) == "country");
}

TEST_CASE("a field that takes e-mail, phone or user name alike is an account identifier, not a contact field") {
  CHECK(type_alone(field("a", "text", "Email or phone number", "identifier")) == "unknown");
  CHECK(type_alone(field("b", "text", "Phone, username or email", "login")) == "unknown");
  CHECK(type_alone(field("c", "text", "", "", {{"placeholder", "Username or e-mail address"}})) == "unknown");
  CHECK(type_alone(field("d", "text", "E-mailadres of telefoonnummer", "id"), "nl") == "unknown");
  CHECK(types_of(snapshot({field("n", "text", "Name"), field("e", "email", "E-mail", "email")})).at("e") == "email");
  CHECK(type_alone(field("f", "tel", "Mobile phone", "mobile")) == "phone");
}

TEST_CASE("a form that asks for nothing but an e-mail address or a phone number is a newsletter or a sign-in") {
  CHECK(type_only(field("m", "tel", "Mobile number", "mobile")) == "unknown");
  const auto both = types_of(snapshot({field("e", "email", "Email", "email"), field("p", "tel", "Phone", "phone")}));
  CHECK(both.at("e") == "unknown");
  CHECK(both.at("p") == "unknown");
  CHECK(type_only(field("e", "email", "Your email", "email")) == "unknown");
  const auto link = types_of(snapshot({field("e", "text", "Email", "email"), field("c", "text", "Confirm email", "email2")}));
  CHECK(link.at("e") == "unknown");
  CHECK(link.at("c") == "unknown");
  // The password of a two-step sign-in's next step, already in the page but hidden.
  CHECK(types_of(snapshot({field("e", "email", "Email", "email"), field("p", "password", "Password", "pw", {{"visible", false}})}))
            .at("e") == "unknown");
  // On a report form, or beside the person's name, the address is theirs.
  CHECK(types_of(snapshot({field("e", "email", "Email", "email")}, "en", "Report a privacy violation")).at("e") == "email");
  CHECK(types_of(snapshot({field("n", "text", "Full name"), field("e", "email", "Email", "email")})).at("e") == "email");
}

TEST_CASE("a label in a script the lexicon does not read leaves a bare name attribute too weak to decide") {
  CHECK(type_only(field("u", "text", "\xD0\x98\xD0\xBC\xD1\x8F \xD0\xBF\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xB7\xD0\xBE\xD0\xB2\xD0\xB0\xD1\x82\xD0\xB5\xD0\xBB\xD1\x8F", "name")) == "unknown");
  CHECK(type_only(field("n", "text", "", "name")) == "full_name");  // no label at all: the attribute is all there is
  CHECK(type_alone(field("e", "email", "\xD0\x9F\xD0\xBE\xD1\x87\xD1\x82\xD0\xB0", "email"), "ru") != "full_name");
}

TEST_CASE("a run of phone-looking boxes is a code or a split number, never the whole phone number") {
  std::vector<json> boxes{field("name", "text", "Full name")};
  for (const char* ref : {"d0", "d1", "d2", "d3", "d4", "d5"}) boxes.push_back(field(ref, "tel", ""));
  for (const auto& [ref, type] : types_of(snapshot(boxes))) CHECK(type == (ref == "name" ? "full_name" : "unknown"));
  const auto split = types_of(snapshot({field("n", "text", "Full name"), field("a", "tel", "Phone"), field("b", "tel", ""),
                                        field("c", "tel", "")}));
  for (const char* ref : {"a", "b", "c"}) CHECK(split.at(ref) == "unknown");
  // Different numbers, each labelled: each is a phone.
  const auto three = types_of(snapshot({field("n", "text", "Full name"), field("h", "tel", "Home phone"),
                                        field("m", "tel", "Mobile phone"), field("w", "tel", "Work phone")}));
  for (const char* ref : {"h", "m", "w"}) CHECK(three.at(ref) == "phone");
  const auto two = types_of(snapshot({field("n", "text", "Full name"), field("p", "tel", ""), field("q", "tel", "")}));
  CHECK(two.at("p") == "phone");
}

TEST_CASE("digits_of_pattern reads digit-only patterns") {
  using takedown::forms::digits_of_pattern;
  CHECK(digits_of_pattern("\\d{6}") == 6);
  CHECK(digits_of_pattern("^[0-9]{4,8}$") == 8);
  CHECK(digits_of_pattern("[0-9][0-9][0-9]") == 3);
  CHECK(digits_of_pattern("\\d{3}\\d{4}") == 7);
  CHECK_FALSE(digits_of_pattern("[0-9]*"));
  CHECK_FALSE(digits_of_pattern("\\d+"));
  CHECK_FALSE(digits_of_pattern("[A-Z]{2}\\d{4}"));
  CHECK_FALSE(digits_of_pattern(""));
  CHECK_FALSE(digits_of_pattern("\\d{6"));
}

}  // namespace forms_precision_test

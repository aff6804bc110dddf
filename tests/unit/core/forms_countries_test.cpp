// The country table and choosing options: by code, by name in any of eight languages, and the
// detection of country, calling-code and relationship option lists.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "forms/countries.hpp"
#include "forms/fold.hpp"
#include "forms/options.hpp"

namespace forms_countries_test {  // one per file: the unity build joins test files

using namespace takedown::forms;

TEST_CASE("the country table lists every ISO 3166-1 entry once, named in eight languages") {
  const auto all = countries();
  CHECK(all.size() >= 250);
  std::set<std::string_view> alpha2;
  std::set<std::string_view> alpha3;
  std::set<int> numeric;
  for (const auto& c : all) {
    INFO(c.alpha2);
    CHECK(c.alpha2.size() == 2);
    CHECK(c.alpha3.size() == 3);
    CHECK(alpha2.insert(c.alpha2).second);
    CHECK(alpha3.insert(c.alpha3).second);
    if (c.numeric != 0) CHECK(numeric.insert(c.numeric).second);
    for (const auto names : c.names) CHECK_FALSE(names.empty());
  }
}

TEST_CASE("no folded name points to two countries") {
  std::map<std::string, std::string_view> seen;
  for (const auto& c : countries()) {
    for (const auto names : c.names) {
      std::string_view rest = names;
      while (!rest.empty()) {
        const auto bar = rest.find('|');
        const std::string folded = fold_text(rest.substr(0, bar));
        rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
        const auto [it, inserted] = seen.emplace(folded, c.alpha2);
        const auto& first_alpha2 = it->second;  // a copy: clang 14 cannot capture a structured binding in INFO's lambda
        INFO(folded, " is ", first_alpha2, " and ", c.alpha2);
        CHECK(it->second == c.alpha2);
      }
    }
  }
}

TEST_CASE("countries are found by code and by name in any language, accents and case aside") {
  CHECK(country_by_alpha2("nl")->alpha3 == "NLD");
  CHECK(country_by_alpha2("UK")->alpha2 == "GB");
  CHECK(country_by_alpha2("EL")->alpha2 == "GR");
  CHECK(country_by_code("DEU")->alpha2 == "DE");
  CHECK(country_by_code("528")->alpha2 == "NL");
  CHECK(country_by_code("XX") == nullptr);
  CHECK(country_by_name("Nederland")->alpha2 == "NL");
  CHECK(country_by_name("The Netherlands")->alpha2 == "NL");
  CHECK(country_by_name("PAYS-BAS")->alpha2 == "NL");
  CHECK(country_by_name("Países Bajos")->alpha2 == "NL");
  CHECK(country_by_name("paises bajos")->alpha2 == "NL");
  CHECK(country_by_name("Niederlande")->alpha2 == "NL");
  CHECK(country_by_name("Holandia")->alpha2 == "NL");
  CHECK(country_by_name("Österreich")->alpha2 == "AT");
  CHECK(country_by_name("Allemagne")->alpha2 == "DE");
  CHECK(country_by_name("Wielka Brytania")->alpha2 == "GB");
  CHECK(country_by_name("Côte d'Ivoire")->alpha2 == "CI");
  CHECK(country_by_name("Türkei")->alpha2 == "TR");
  CHECK(country_by_name("Landmark") == nullptr);
  CHECK(country_display_name(*country_by_alpha2("DE"), Lang::nl) == "Duitsland");
  CHECK(country_display_name(*country_by_alpha2("DE"), Lang::fr) == "Allemagne");
  CHECK(country_display_name(*country_by_alpha2("GB"), Lang::en) == "United Kingdom");
  CHECK(country_display_name(*country_by_alpha2("ES"), Lang::es) == "España");
}

namespace {

std::vector<Option> list(std::initializer_list<std::pair<const char*, const char*>> items) {
  std::vector<Option> out;
  for (const auto& [value, text] : items) out.push_back({value, text});
  return out;
}

}  // namespace

TEST_CASE("a country option is chosen by value first, then by visible text") {
  const Country& nl = *country_by_alpha2("NL");
  const auto iso = list({{"", "Kies een land"}, {"BE", "België"}, {"NL", "Nederland"}, {"DE", "Duitsland"}});
  CHECK(country_option(iso, nl) == 2u);
  const auto lower = list({{"be", "Belgique"}, {"nl", "Pays-Bas"}, {"fr", "France"}});
  CHECK(country_option(lower, nl) == 1u);
  const auto alpha3 = list({{"BEL", "Belgium"}, {"NLD", "Netherlands"}});
  CHECK(country_option(alpha3, nl) == 1u);
  const auto names_as_values = list({{"Belgien", "Belgien"}, {"Niederlande", "Niederlande"}});
  CHECK(country_option(names_as_values, nl) == 1u);
  const auto ids = list({{"1", "Afghanistan"}, {"2", "Albanië"}, {"151", "Nederland"}});
  CHECK(country_option(ids, nl) == 2u);  // numeric ids are not numeric codes: the text decides
  const auto numeric = list({{"056", ""}, {"528", ""}});
  CHECK(country_option(numeric, nl) == 1u);
  CHECK_FALSE(country_option(list({{"BE", "België"}}), nl));
}

TEST_CASE("option lists: countries, calling codes, relationship answers") {
  const auto countries_list = list({{"", "Select"}, {"AT", "Austria"}, {"BE", "Belgium"}, {"FR", "France"},
                                    {"DE", "Germany"}, {"NL", "Netherlands"}, {"ES", "Spain"}});
  CHECK(options_are_countries(countries_list));
  const auto states = list({{"AL", "Alabama"}, {"AZ", "Arizona"}, {"CA", "California"}, {"CO", "Colorado"},
                            {"DE", "Delaware"}, {"GA", "Georgia"}, {"IN", "Indiana"}, {"MA", "Massachusetts"}});
  CHECK_FALSE(options_are_countries(states));  // codes that are country codes too, but texts that are states
  CHECK(options_are_countries(list({{"AT", "AT"}, {"BE", "BE"}, {"DE", "DE"}, {"FR", "FR"}, {"NL", "NL"}})));
  const auto prefixes = list({{"31", "Netherlands (+31)"}, {"32", "Belgium (+32)"}, {"49", "Germany (+49)"},
                              {"33", "France (+33)"}});
  CHECK(options_are_phone_prefixes(prefixes));
  CHECK_FALSE(options_are_countries(prefixes));
  const auto who = list({{"", "Choose"}, {"me", "Myself"}, {"kid", "My child"}, {"rep", "Someone I represent"}});
  CHECK(options_are_relationship_answers(who, Lang::en));
  CHECK(answer_option(who, Answer::child, Lang::en) == 2u);
  const auto wie = list({{"a", "Ikzelf"}, {"b", "Mijn kind"}, {"c", "Iemand anders"}});
  CHECK(answer_option(wie, Answer::represented, Lang::nl) == 2u);
  CHECK(answer_of("Ja", Lang::nl) == Answer::yes);
  CHECK(answer_of("Ja", Lang::pl) == Answer::self);  // Polish "ja" is "I"
  CHECK(answer_of("Nein", Lang::de) == Answer::no);
  CHECK(text_option(list({{"ut", "Utrecht"}, {"nh", "Noord-Holland"}}), "noord holland") == 1u);
}

}  // namespace forms_countries_test

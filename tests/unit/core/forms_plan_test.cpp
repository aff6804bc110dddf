// forms.plan: what is filled, chosen, ticked, highlighted or left alone, and why; and the params'
// schema and limits for both forms methods.
#include <doctest/doctest.h>

#include <string>

#include "forms_fixtures.hpp"

namespace forms_plan_test {  // one per file: the unity build joins test files

using namespace forms_test;

namespace {

const json profile = {{"given_name", "Sanne"},  {"family_name", "de Vries"},     {"email", "sanne@example.org"},
                      {"phone", "+31 6 12345678"}, {"country", "NL"},            {"street_address", "Oudegracht 1"},
                      {"postal_code", "3511 AB"}, {"city", "Utrecht"},           {"acting_for", "self"}};
const json facts = {{"content_urls", {"https://video.example/watch?v=1", "https://video.example/watch?v=2"}},
                    {"description", "A deepfake of me.\n\nMade without my consent."},
                    {"reported_account", "https://social.example/@faker"},
                    {"today", "2026-11-28"}};

json with(json base, const std::string& key, json value) {
  base[key] = std::move(value);
  return base;
}

}  // namespace

TEST_CASE("the person's data is filled, the case's facts too, and the summary counts them") {
  const json snap = snapshot({field("g", "text", "First name"), field("f", "text", "Last name"), field("n", "text", "Full name"),
                              field("e", "email", "Email"), field("e2", "email", "Confirm email"), field("t", "tel", "Phone"),
                              field("s", "text", "Street address"), field("p", "text", "Postcode"), field("c", "text", "City"),
                              field("u", "url", "Link to the post"), textarea("d", "Describe the problem"),
                              field("a", "text", "Profile URL of the reported account")},
                             "en", "Report");
  const json result = call_ok("forms.plan", {{"snapshot", snap}, {"profile", profile}, {"case", facts}, {"lang", "en"}});
  std::map<std::string, json> p;
  for (const auto& f : result["fields"]) p[f["ref"]] = f;
  CHECK(p["g"]["value"] == "Sanne");
  CHECK(p["f"]["value"] == "de Vries");
  CHECK(p["n"]["value"] == "Sanne de Vries");  // joined from the parts when the profile has no full name
  CHECK(p["e"]["value"] == "sanne@example.org");
  CHECK(p["e2"]["value"] == "sanne@example.org");
  CHECK(p["t"]["value"] == "+31 6 12345678");
  CHECK(p["s"]["value"] == "Oudegracht 1");
  CHECK(p["p"]["value"] == "3511 AB");
  CHECK(p["c"]["value"] == "Utrecht");
  CHECK(p["u"]["value"] == "https://video.example/watch?v=1");
  CHECK(p["d"]["value"] == "A deepfake of me.\n\nMade without my consent.");
  CHECK(p["a"]["value"] == "https://social.example/@faker");
  for (auto& [ref, step] : p) {
    const auto& field_ref = ref;  // a copy: clang 14 cannot capture a structured binding in INFO's lambda
    INFO(field_ref);
    CHECK(step["action"] == "fill");
    CHECK_FALSE(step["reason"].get<std::string>().empty());
  }
  CHECK(p["g"]["reason"] == "Filled in: your given name, from your profile.");
  CHECK(result["summary"] == json({{"fill", 12}, {"attention", 0}, {"skip", 0}}));
}

TEST_CASE("statements are never ticked, signatures and files are the person's, passwords and captchas are skipped") {
  const json snap = snapshot({checkbox("sw", "I swear under penalty of perjury that this is accurate"),
                              checkbox("gf", "I have a good faith belief"), checkbox("ok", "I agree to the terms"),
                              field("sig", "text", "Signature"), field("file", "file", "Attachment"),
                              field("pw", "password", "Password"), textarea("cap", "", "g-recaptcha-response"),
                              field("x", "text", "Something else")});
  const auto p = plan_of(snap, with(profile, "signature_name", "Sanne de Vries"), facts);
  CHECK(p.at("sw")["action"] == "attention");
  CHECK(p.at("gf")["action"] == "attention");
  CHECK(p.at("ok")["action"] == "attention");
  CHECK(p.at("sig")["action"] == "attention");
  CHECK_FALSE(p.at("sig").contains("value"));
  CHECK(p.at("file")["action"] == "attention");
  CHECK(p.at("pw")["action"] == "skip");
  CHECK(p.at("cap")["action"] == "skip");
  CHECK(p.at("x")["action"] == "skip");
  for (const auto& [ref, step] : p) CHECK(step["action"] != "check");
}

TEST_CASE("a sworn statement is never ticked, even when it also states the person's relationship") {
  const json snap = snapshot({checkbox("a", "I declare that I am the person depicted in the content"),
                              checkbox("b", "I am the person depicted in the content")});
  const auto p = plan_of(snap, profile, facts);
  CHECK(p.at("a")["type"] == "sworn_statement");
  CHECK(p.at("a")["action"] == "attention");
  CHECK(p.at("b")["type"] == "relationship");
  CHECK(p.at("b")["action"] == "check");
  const auto child = plan_of(snap, with(profile, "acting_for", "child"), facts);
  CHECK(child.at("b")["action"] == "skip");
}

TEST_CASE("required fields without a value need the person; optional ones are left empty") {
  const json snap = snapshot({field("org", "text", "Organisation", "", {{"required", true}}), field("org2", "text", "Company"),
                              field("mid", "text", "Middle name", "", {{"required", true}}),
                              field("x", "text", "", "q17", {{"required", true}}), field("y", "text", "", "q18")});
  const auto p = plan_of(snap, profile, facts);
  CHECK(p.at("org")["action"] == "attention");
  CHECK(p.at("org2")["action"] == "skip");
  CHECK(p.at("mid")["action"] == "attention");
  CHECK(p.at("x")["action"] == "attention");
  CHECK(p.at("y")["action"] == "skip");
}

TEST_CASE("country selects by value or by visible text in the page's language; text fields get the name") {
  const json iso = select("a", "Country", "country",
                          {{{"value", ""}, {"text", "—"}}, {{"value", "BE"}, {"text", "Belgium"}}, {{"value", "DE"}, {"text", "Germany"}},
                           {{"value", "FR"}, {"text", "France"}}, {{"value", "NL"}, {"text", "Netherlands"}}, {{"value", "ES"}, {"text", "Spain"}}});
  const json names = select("b", "Land", "land",
                            {{{"value", "Belgien"}, {"text", "Belgien"}}, {{"value", "Deutschland"}, {"text", "Deutschland"}},
                             {{"value", "Frankreich"}, {"text", "Frankreich"}}, {{"value", "Niederlande"}, {"text", "Niederlande"}},
                             {{"value", "Österreich"}, {"text", "Österreich"}}});
  const json numbers = select("c", "Pays", "pays",
                              {{{"value", "1"}, {"text", "Allemagne"}}, {{"value", "2"}, {"text", "Belgique"}}, {{"value", "3"}, {"text", "France"}},
                               {{"value", "4"}, {"text", "Pays-Bas"}}, {{"value", "5"}, {"text", "Suisse"}}});
  const auto p = plan_of(snapshot({iso, names, numbers, field("d", "text", "Land")}, "de"), profile, facts);
  CHECK(p.at("a")["action"] == "select");
  CHECK(p.at("a")["option"] == json({{"value", "NL"}, {"text", "Netherlands"}}));
  CHECK(p.at("b")["option"]["value"] == "Niederlande");
  CHECK(p.at("c")["option"]["value"] == "4");
  CHECK(p.at("d")["value"] == "Niederlande");
  const auto other = plan_of(snapshot({iso}), with(profile, "country", "JP"), facts);
  CHECK(other.at("a")["action"] == "attention");
}

TEST_CASE("relationship: the radio, option or yes/no answer that matches acting_for") {
  const json radios = snapshot({radio("me", "who", "Who are you reporting for?", "Myself", "me"),
                                radio("kid", "who", "Who are you reporting for?", "My child", "kid"),
                                radio("rep", "who", "Who are you reporting for?", "Someone I represent", "rep")});
  auto p = plan_of(radios, profile, facts);
  CHECK(p.at("me")["action"] == "check");
  CHECK(p.at("kid")["action"] == "skip");
  CHECK(p.at("rep")["action"] == "skip");
  p = plan_of(radios, with(profile, "acting_for", "child"), facts);
  CHECK(p.at("kid")["action"] == "check");
  CHECK(p.at("me")["action"] == "skip");
  json nobody = profile;
  nobody.erase("acting_for");
  p = plan_of(radios, nobody, facts);
  CHECK(p.at("me")["action"] == "attention");

  const json yes_no = snapshot({radio("y", "q", "Sind Sie die Person auf dem Bild?", "Ja", "j"),
                                radio("n", "q", "Sind Sie die Person auf dem Bild?", "Nein", "n")},
                               "de");
  p = plan_of(yes_no, profile, facts);
  CHECK(p.at("y")["action"] == "check");
  CHECK(p.at("n")["action"] == "skip");
  p = plan_of(yes_no, with(profile, "acting_for", "represented"), facts);
  CHECK(p.at("n")["action"] == "check");
  // A longer question phrase that holds a self question ("Are you the person shown ...") still asks
  // about self, so "Yes" answers it for someone reporting for themselves.
  for (const char* question : {"Are you the person shown in the content?", "Are you the person in the image?",
                               "Are you reporting for yourself?"}) {
    const json en_yes_no = snapshot({radio("y", "q", question, "Yes", "yes"), radio("n", "q", question, "No", "no")});
    p = plan_of(en_yes_no, profile, facts);
    CHECK_MESSAGE(p.at("y")["action"] == "check", question);
    CHECK(p.at("n")["action"] == "skip");
  }

  const json sel = snapshot({select("s", "Relationship to the person shown", "rel",
                                    {{{"value", ""}, {"text", "Choose"}}, {{"value", "1"}, {"text", "I am the person shown"}},
                                     {{"value", "2"}, {"text", "Parent or guardian"}}, {{"value", "3"}, {"text", "Lawyer"}}})});
  p = plan_of(sel, with(profile, "acting_for", "represented"), facts);
  CHECK(p.at("s")["action"] == "select");
  CHECK(p.at("s")["option"]["value"] == "3");
  const json other = snapshot({radio("a", "who", "Who are you?", "A journalist", "j"), radio("b", "who", "Who are you?", "A researcher", "r")});
  p = plan_of(other, profile, facts);
  CHECK(p.at("a")["action"] == "attention");
}

TEST_CASE("dates: ISO for date inputs, the shown format for text, nothing invented on an English page") {
  const json snap = snapshot({field("a", "date", "Date"), field("b", "text", "Date", "", {{"placeholder", "DD/MM/YYYY"}}),
                              field("c", "text", "Date")});
  const auto p = plan_of(snap, profile, facts);
  CHECK(p.at("a")["value"] == "2026-11-28");
  CHECK(p.at("b")["value"] == "28/11/2026");
  CHECK(p.at("c")["action"] == "attention");
  const auto nl = plan_of(snapshot({field("a", "text", "Datum")}, "nl"), profile, facts);
  CHECK(nl.at("a")["value"] == "28-11-2026");
  const auto no_today = plan_of(snapshot({field("a", "date", "Date")}), profile, json::object());
  CHECK(no_today.at("a")["action"] == "skip");
}

TEST_CASE("URL fields take the case's URLs in order; a text box takes them all, one per line") {
  const json snap = snapshot({field("u1", "url", "Content URL 1"), field("u2", "url", "Content URL 2"), field("u3", "url", "Content URL 3")}, "en", "Report");
  auto p = plan_of(snap, profile, facts);
  CHECK(p.at("u1")["value"] == "https://video.example/watch?v=1");
  CHECK(p.at("u2")["value"] == "https://video.example/watch?v=2");
  CHECK(p.at("u3")["action"] == "skip");
  p = plan_of(snapshot({field("u1", "url", "Content URL")}, "en", "Report"), profile, facts);
  CHECK(p.at("u1")["action"] == "fill");
  CHECK(p.at("u1")["reason"].get<std::string>().find("2 URLs") != std::string::npos);
  p = plan_of(snapshot({textarea("all", "URLs of the content")}), profile, facts);
  CHECK(p.at("all")["value"] == "https://video.example/watch?v=1\nhttps://video.example/watch?v=2");
}

TEST_CASE("only URL fields a person can see take URLs, counted among themselves") {
  // Hidden URL fields before and between the visible ones: they take nothing and move nothing on.
  const json hidden = {{"visible", false}};
  const json snap = snapshot({field("h1", "url", "Content URL 1", "", hidden), field("u1", "url", "Content URL"),
                              field("h2", "url", "Content URL 2", "", hidden), field("h3", "url", "Content URL 3", "", hidden)},
                             "en", "Report");
  const auto p = plan_of(snap, profile, facts);
  CHECK(p.at("u1")["value"] == "https://video.example/watch?v=1");
  // The one visible field is the last one the form shows, so its reason names the URLs left over.
  CHECK(p.at("u1")["reason"].get<std::string>().find("2 URLs") != std::string::npos);
  for (const auto* ref : {"h1", "h2", "h3"}) {
    INFO(ref);
    CHECK(p.at(ref)["action"] == "skip");
    CHECK_FALSE(p.at(ref).contains("value"));
  }
}

TEST_CASE("hidden honeypots, read-only fields, prefilled values and too-short fields") {
  const json snap = snapshot({field("h", "text", "Name", "name", {{"visible", false}}),
                              field("r", "email", "Email", "", {{"readonly", true}}),
                              field("same", "text", "First name", "", {{"value", "Sanne"}}),
                              field("diff", "text", "Last name", "", {{"value", "Jansen"}}),
                              field("pre", "tel", "Phone", "", {{"value", "+31"}}),
                              field("short", "text", "City", "", {{"maxlength", 4}}),
                              textarea("d", "Description", "", {{"maxlength", 10}})});
  const auto p = plan_of(snap, profile, facts);
  CHECK(p.at("h")["action"] == "skip");
  CHECK(p.at("r")["action"] == "skip");
  CHECK(p.at("same")["action"] == "skip");
  CHECK(p.at("diff")["action"] == "attention");
  CHECK(p.at("pre")["action"] == "fill");
  CHECK(p.at("short")["action"] == "attention");
  CHECK(p.at("d")["action"] == "attention");
  CHECK(p.at("d")["reason"].get<std::string>().find("10") != std::string::npos);
}

TEST_CASE("reasons are in the language asked for") {
  const json snap = snapshot({field("g", "text", "Voornaam"), checkbox("s", "Ik verklaar dat dit klopt")}, "nl");
  const auto nl = plan_of(snap, profile, facts, "nl");
  CHECK(nl.at("g")["reason"] == "Ingevuld: je voornaam, uit je profiel.");
  CHECK(nl.at("s")["reason"].get<std::string>().find("verklaring onder ede") != std::string::npos);
  const auto en = plan_of(snap, profile, facts, "en");
  CHECK(en.at("s")["reason"].get<std::string>().find("sworn statement") != std::string::npos);
}

TEST_CASE("a description keeps its lines in a text box and becomes one line in an input") {
  const auto p = plan_of(snapshot({textarea("t", "Description"), field("i", "text", "Reason for the request")}), profile, facts);
  CHECK(p.at("t")["value"] == "A deepfake of me.\n\nMade without my consent.");
  CHECK(p.at("i")["value"] == "A deepfake of me. Made without my consent.");
}

TEST_CASE("params are checked strictly: shapes are invalid_params, sizes too_large") {
  const json ok = snapshot({field("a", "text", "Name")});
  CHECK(call_error("forms.classify", json::object())["code"] == "invalid_params");
  CHECK(call_error("forms.classify", {{"snapshot", ok}, {"extra", 1}})["code"] == "invalid_params");
  CHECK(call_error("forms.classify", {{"snapshot", {{"fields", "x"}}}})["message"] == "params.snapshot.fields must be an array");
  CHECK(call_error("forms.classify", {{"snapshot", {{"url", "x"}}}})["message"] == "params.snapshot.fields is required");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({{{"tag", "input"}}})}})["message"] ==
        "params.snapshot.fields[0].ref is required");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({{{"ref", "a"}, {"tag", "div"}}})}})["message"] ==
        "params.snapshot.fields[0].tag must be one of input, select, textarea, editable, custom");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({field("a", "text", "x"), field("a", "text", "y")})}})["message"] ==
        "params.snapshot.fields[1].ref repeats an earlier field's ref");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({with(field("a", "text", "x"), "colour", "red")})}})["message"] ==
        "params.snapshot.fields[0].colour is not a known field");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({with(field("a", "text", "x"), "labels", json::array({{{"text", "x"}, {"source", "nearby"}}}))})}})["code"] ==
        "invalid_params");
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({with(field("a", "text", "x"), "required", "yes")})}})["message"] ==
        "params.snapshot.fields[0].required must be true or false");
  CHECK(call_error("forms.classify", {{"snapshot", ok}, {"hints", {{{"type", "nonsense"}, {"name", {"x"}}}}}})["message"] ==
        "params.hints[0].type must be a field type of docs/forms.md other than unknown");
  CHECK(call_error("forms.classify", {{"snapshot", ok}, {"hints", {{{"type", "email"}}}}})["message"] ==
        "params.hints[0] needs a name or a label substring");

  // Limits: 1,000 characters (not bytes) per string, 500 options, 2,000 fields.
  const std::string thousand_e_acute = [] {
    std::string s;
    for (int i = 0; i < 1000; ++i) s += "\xC3\xA9";
    return s;
  }();
  CHECK(call_ok("forms.classify", {{"snapshot", snapshot({with(field("a", "text", "x"), "title", thousand_e_acute)})}})["fields"].size() == 1);
  const json long_title = call_error("forms.classify", {{"snapshot", snapshot({with(field("a", "text", "x"), "title", thousand_e_acute + "e")})}});
  CHECK(long_title["code"] == "too_large");
  CHECK(long_title["message"] == "params.snapshot.fields[0].title is longer than 1000 characters");
  json options = json::array();
  for (int i = 0; i < 501; ++i) options.push_back({{"value", std::to_string(i)}, {"text", "x"}});
  CHECK(call_error("forms.classify", {{"snapshot", snapshot({select("s", "x", "s", options)})}})["code"] == "too_large");
  json fields = json::array();
  for (int i = 0; i < 2001; ++i) fields.push_back({{"ref", std::to_string(i)}, {"tag", "input"}});
  CHECK(call_error("forms.classify", {{"snapshot", snapshot(fields)}})["message"] ==
        "params.snapshot.fields has more than 2000 entries");
  fields.erase(fields.end() - 1);
  CHECK(call_ok("forms.classify", {{"snapshot", snapshot(fields)}})["fields"].size() == 2000);

  // forms.plan: profile, case and lang are required and checked.
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", profile}, {"case", facts}})["message"] == "params.lang is required");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", profile}, {"case", facts}, {"lang", "de"}})["message"] ==
        "params.lang must be one of nl, en");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", with(profile, "country", "Netherlands")}, {"case", facts}, {"lang", "en"}})["message"] ==
        "params.profile.country must be an ISO 3166-1 alpha-2 code such as NL");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", with(profile, "email", "not an address")}, {"case", facts}, {"lang", "en"}})["code"] ==
        "invalid_params");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", with(profile, "acting_for", "friend")}, {"case", facts}, {"lang", "en"}})["code"] ==
        "invalid_params");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", profile}, {"case", with(facts, "content_urls", {"javascript:alert(1)"})}, {"lang", "en"}})["message"] ==
        "params.case.content_urls[0] must be an http or https URL");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", profile}, {"case", with(facts, "today", "28-11-2026")}, {"lang", "en"}})["code"] ==
        "invalid_params");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", profile}, {"case", with(facts, "description", std::string(5001, 'x'))}, {"lang", "en"}})["code"] ==
        "too_large");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", with(profile, "nickname", "x")}, {"case", facts}, {"lang", "en"}})["message"] ==
        "params.profile.nickname is not a known field");
  CHECK(call_error("forms.plan", {{"snapshot", ok}, {"profile", with(profile, "phone", 31)}, {"case", facts}, {"lang", "en"}})["message"] ==
        "params.profile.phone must be a string");
  // null is "not known", as JS callers write it.
  const json nulls = call_ok("forms.plan", {{"snapshot", snapshot({field("a", "text", "Phone"), field("b", "url", "Profile URL of the account")}, "en", "Report")},
                                            {"profile", with(profile, "phone", nullptr)},
                                            {"case", {{"reported_account", nullptr}, {"content_urls", nullptr}, {"today", nullptr}}},
                                            {"lang", "en"}});
  CHECK(nulls["fields"][0]["action"] == "skip");
  CHECK(nulls["fields"][1]["action"] == "skip");
}

}  // namespace forms_plan_test

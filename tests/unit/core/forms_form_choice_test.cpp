// forms.plan's choice of one form (core/src/forms/form_choice.cpp): the removal form among a comment
// box, a newsletter box, a search box and a login; the person's own choice and the right-clicked form;
// div-based groups; an uncertain choice that fills nothing; snapshots without groups as before.
#include <doctest/doctest.h>

#include <string>

#include "forms_fixtures.hpp"

namespace forms_form_choice_test {  // one per file: the unity build joins test files

using namespace forms_test;

namespace {

const json profile = {{"given_name", "Sanne"}, {"family_name", "de Vries"}, {"email", "sanne@example.org"}, {"acting_for", "self"}};
const json facts = {{"content_urls", {"https://video.example/watch?v=1"}}, {"description", "A deepfake of me."}};

json in(json f, const std::string& group) {
  f["form"] = group;
  return f;
}

json group(const std::string& id, const std::string& heading, const std::string& submit, const std::string& name = "",
           const std::string& kind = "form") {
  return {{"id", id}, {"kind", kind}, {"name", name}, {"action_path", ""}, {"heading", heading}, {"submit_text", submit}, {"field_count", 1}};
}

json grouped(std::vector<json> fields, std::vector<json> groups, const std::string& lang = "en", const std::string& target = "") {
  json snap = snapshot(std::move(fields), lang, "A page");
  snap["forms"] = json(std::move(groups));
  snap["target_form"] = target;
  return snap;
}

json plan(const json& snap, json extra = json::object()) {
  json params = {{"snapshot", snap}, {"profile", profile}, {"case", facts}, {"lang", "en"}};
  params.update(extra);
  return call_ok("forms.plan", params);
}

std::map<std::string, json> steps(const json& result) {
  std::map<std::string, json> out;
  for (const auto& f : result["fields"]) out[f["ref"].get<std::string>()] = f;
  return out;
}

// A removal form (g0) with a comment form, a newsletter box, a search box and a login on the same page.
json busy_page(const std::string& target = "") {
  return grouped({in(field("rn", "text", "Full name"), "g0"), in(field("re", "email", "Email"), "g0"),
                  in(field("ru", "url", "Link to the content"), "g0"), in(textarea("rd", "Describe the problem"), "g0"),
                  in(field("cn", "text", "Name", "author"), "g1"), in(field("ce", "email", "Email", "email"), "g1"),
                  in(textarea("cc", "Comment", "comment"), "g1"),
                  in(field("ne", "email", "Your e-mail address"), "g2"),
                  in(field("sq", "search", "Search", "q"), "g3"),
                  in(field("lu", "email", "Email"), "g4"), in(field("lp", "password", "Password"), "g4")},
                 {group("g0", "Report content", "Send report"), group("g1", "Leave a reply", "Post comment", "commentform"),
                  group("g2", "Subscribe to our newsletter", "Subscribe"), group("g3", "", "Search", "searchform"),
                  group("g4", "Sign in", "Log in")},
                 "en", target);
}

}  // namespace

TEST_CASE("the removal form is chosen; the comment, newsletter, search and login forms are left alone") {
  const json result = plan(busy_page());
  CHECK(result["form"]["id"] == "g0");
  CHECK(result["form"]["kind"] == "removal");
  CHECK(result["form"]["label"] == "Report content");
  CHECK(result["form"]["uncertain"] == false);
  std::map<std::string, std::string> kinds;
  for (const auto& c : result["form"]["candidates"]) kinds[c["id"]] = c["kind"];
  CHECK(kinds == std::map<std::string, std::string>{{"g0", "removal"}, {"g1", "comment"}, {"g2", "newsletter"},
                                                    {"g3", "search"}, {"g4", "login"}});
  auto p = steps(result);
  for (const char* ref : {"rn", "re", "ru", "rd"}) CHECK(p[ref]["action"] == "fill");
  for (const char* ref : {"cn", "ce", "cc", "ne", "sq", "lu", "lp"}) {
    INFO(ref);
    CHECK(p[ref]["action"] == "skip");
    CHECK_FALSE(p[ref].contains("value"));
    CHECK(p[ref]["reason"] == "Outside the chosen form: left alone.");
  }
}

TEST_CASE("the right-clicked form and the person's answer decide, whatever the signals say") {
  // Right-clicked in the comment form: the person means it.
  auto clicked = plan(busy_page("g1"));
  CHECK(clicked["form"]["id"] == "g1");
  CHECK(clicked["form"]["confidence"] == 1.0);
  CHECK(steps(clicked)["ce"]["action"] == "fill");
  CHECK(steps(clicked)["re"]["action"] == "skip");
  // Chosen in the panel.
  auto answered = plan(busy_page(), {{"form", "g2"}});
  CHECK(answered["form"]["id"] == "g2");
  CHECK(steps(answered)["ne"]["value"] == "sanne@example.org");
  CHECK(steps(answered)["rn"]["action"] == "skip");
  // A group that is not on the page (it went away) is no choice: the page's own signals decide.
  CHECK(plan(busy_page(), {{"form", "g9"}})["form"]["id"] == "g0");
}

TEST_CASE("two forms without a clear removal signal: uncertain, nothing is filled, both are offered") {
  const json snap = grouped({in(field("a1", "text", "Full name"), "g0"), in(field("a2", "email", "Email"), "g0"),
                             in(field("b1", "text", "Full name"), "g1"), in(field("b2", "email", "Email"), "g1")},
                            {group("g0", "Ask a question", "Send"), group("g1", "Request a callback", "Send")});
  const json result = plan(snap);
  CHECK(result["form"]["uncertain"] == true);
  CHECK(result["form"]["candidates"].size() == 2);
  for (const auto& f : result["fields"]) CHECK(f["action"] == "skip");
  // Answered: that form only.
  auto p = steps(plan(snap, {{"form", "g1"}}));
  CHECK(p["b1"]["value"] == "Sanne de Vries");
  CHECK(p["a1"]["action"] == "skip");
}

TEST_CASE("two removal forms nearly as strong are uncertain too; a clear winner is not") {
  const json close = grouped({in(field("a", "url", "Link to the content"), "g0"), in(field("b", "url", "Link to the content"), "g1")},
                             {group("g0", "Report a post", "Send"), group("g1", "Report a video", "Send")});
  CHECK(plan(close)["form"]["uncertain"] == true);
  const json clear = grouped({in(field("a", "url", "Link to the content"), "g0"), in(textarea("d", "Describe the problem"), "g0"),
                              in(field("s", "checkbox", "I swear under penalty of perjury"), "g0"),
                              in(field("n", "text", "Full name"), "g1"), in(field("e", "email", "Email"), "g1")},
                             {group("g0", "Report a post", "Send"), group("g1", "Contact us", "Send")});
  const auto result = plan(clear);
  CHECK(result["form"]["id"] == "g0");
  CHECK(result["form"]["uncertain"] == false);
}

TEST_CASE("div-based forms and forms in other languages are told apart by their words") {
  // A div-based report form beside a login box (Dutch), and a German newsletter.
  const json snap = grouped({in(field("u", "url", "Link naar de inhoud"), "g0"), in(textarea("d", "Omschrijving"), "g0"),
                             in(field("n", "text", "Naam"), "g0"),
                             in(field("le", "email", "E-mailadres"), "g1"), in(field("lp", "password", "Wachtwoord"), "g1"),
                             in(field("ne", "email", "E-Mail-Adresse"), "g2")},
                            {group("g0", "Inhoud melden", "Melding versturen", "", "container"),
                             group("g1", "Inloggen", "Inloggen", "", "container"), group("g2", "Newsletter abonnieren", "Abonnieren")},
                            "nl");
  const auto result = plan(snap);
  CHECK(result["form"]["id"] == "g0");
  auto p = steps(result);
  CHECK(p["le"]["action"] == "skip");
  CHECK(p["ne"]["action"] == "skip");
  CHECK(p["u"]["action"] == "fill");
}

TEST_CASE("a page with only forms Takedown never fills fills nothing") {
  const json snap = grouped({in(field("q", "search", "Search", "q"), "g0"), in(field("e", "email", "Email"), "g1"),
                             in(field("p", "password", "Password"), "g1")},
                            {group("g0", "", "Search"), group("g1", "Sign in", "Log in")});
  const json result = plan(snap);
  CHECK(result["form"]["id"] == "");
  for (const auto& f : result["fields"]) CHECK(f["action"] == "skip");
}

TEST_CASE("a snapshot without groups is one form, as before") {
  const json result = plan(snapshot({field("n", "text", "Full name"), field("e", "email", "Email")}, "en", "Report"));
  CHECK(result["form"]["id"] == "");
  CHECK(result["form"]["uncertain"] == false);
  CHECK(steps(result)["n"]["value"] == "Sanne de Vries");
}

TEST_CASE("the snapshot's groups are checked") {
  json bad = grouped({in(field("n", "text", "Name"), "g0")}, {group("g0", "", ""), group("g0", "", "")});
  CHECK(call_error("forms.plan", {{"snapshot", bad}, {"profile", profile}, {"case", facts}, {"lang", "en"}})["message"] ==
        "params.snapshot.forms[1].id repeats an earlier group's id");
  json kind = grouped({in(field("n", "text", "Name"), "g0")}, {group("g0", "", "", "", "table")});
  CHECK(call_error("forms.plan", {{"snapshot", kind}, {"profile", profile}, {"case", facts}, {"lang", "en"}})["code"] == "invalid_params");
  json concealed = snapshot({field("n", "text", "Name", "", {{"concealed", "behind"}})});
  CHECK(call_error("forms.plan", {{"snapshot", concealed}, {"profile", profile}, {"case", facts}, {"lang", "en"}})["code"] == "invalid_params");
}

TEST_CASE("a page whose fields have no form or submit control is still never filled as a login") {
  // The content script found no group ("forms": []): the fields without one are the page's only form.
  const json login = grouped({field("e", "email", "Email"), field("p", "password", "Password")}, {});
  const json result = plan(login);
  CHECK(result["form"]["id"] == "");
  CHECK(result["form"]["label"] == "");
  for (const auto& f : result["fields"]) CHECK(f["action"] == "skip");
  const json report = grouped({field("u", "url", "Link to the content"), field("n", "text", "Full name")}, {});
  const auto p = steps(plan(report));
  CHECK(p.at("u")["action"] == "fill");
  CHECK(p.at("n")["value"] == "Sanne de Vries");
}

}  // namespace forms_form_choice_test

// letters.render: golden letters for every kind in both languages, inert page-derived strings,
// placeholders for missing facts, the facts a letter relied on, and refused input.
//
// Golden files: tests/golden/letters/<kind>.<language>.{txt,html}. To regenerate them deliberately:
//   TAKEDOWN_UPDATE_GOLDEN=1 ./build/<dir>/tests/takedown_unit_tests -tc="golden*"
// then read every changed letter before committing it.
#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "letters/kinds.hpp"
#include "letters/letter_context.hpp"
#include "letters/template.hpp"
#include "letters/template_store.hpp"

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const json profile = json::parse(R"({"name":"Jane Doe","email":"jane@example.org",
  "postal_address":"Keizersgracht 1, 1015 CJ Amsterdam","phone":"+31 6 1234 5678"})");

// The demo case (the Chirp post of the e2e demo page), with what each kind of letter needs on top. What
// the person typed themselves (description, timeline) is in the letter's language, as it would be.
json golden_case(std::string_view kind, std::string_view language = "en") {
  const bool nl = language == "nl";
  json c = json::parse(R"({"date":"2026-11-28","platform":"Chirp","media":"image",
    "urls":["https://chirp.example/p/42","https://chirp.example/media/42.jpg"],
    "handle":"@fakeaccount","title":"Look who it is","first_seen":"2026-11-27",
    "labelled_as_deepfake":"no","public_figure":"no","sexual":"no","consent_given_earlier":"no"})");
  if (kind == "maker_erasure") {
    c["addressee"] = {{"name", "M. de Maker"}, {"email", "maker@example.net"}};
    c["description"] = nl ? "mijn gezicht op het lichaam van iemand anders, op een foto van een feest waar ik nooit was"
                          : "my face put on someone else's body in a photo of a party I never went to";
  }
  if (kind == "platform_removal" || kind == "take_it_down_notice" || kind == "police_summary") c["sexual"] = "yes";
  if (kind == "search_delisting") {
    c["addressee"] = {{"name", "Example Search"}};
    c["search_terms"] = {"Jane Doe", "Jane Doe Amsterdam"};
  }
  if (kind == "reminder") c["request"] = {{"to_name", "Chirp"}, {"sent", "2026-10-01"}, {"reference", "CHP-1234"}};
  if (kind == "dpa_complaint") {
    c["request"] = {{"to_name", "Chirp"}, {"sent", "2026-10-01"}, {"reference", "CHP-1234"}, {"answer", "refused"},
                    {"answered", "2026-10-20"}};
    c["still_online"] = "yes";
  }
  if (kind == "platform_appeal") {
    c["request"] = {{"sent", "2026-10-01"}, {"reference", "CHP-1234"}, {"via", "dsa"}, {"answer", "refused"},
                    {"answered", "2026-10-20"}};
  }
  if (kind == "police_summary") {
    c["evidence"] = json::parse(R"([
      {"url":"https://chirp.example/p/42","captured_at":"2026-11-27T21:14:05Z",
       "sha256":"3A7BD3E2360A3D29EEA436FCFB7E44C735D117C42D1C1835420B6B9942DD4F1B"},
      {"url":"https://chirp.example/media/42.jpg","captured_at":"2026-11-27T21:14:07Z",
       "sha256":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}])");
    c["evidence"][0]["description"] = nl ? "schermafbeelding van het bericht" : "screenshot of the post";
    c["evidence"][1]["description"] = nl ? "het afbeeldingsbestand" : "the image file";
    c["timeline"] = nl ? json::parse(R"([{"date":"2026-11-27","event":"een vriendin stuurde mij een link naar het bericht"},
      {"date":"2026-11-27","event":"ik heb het bericht en de afbeelding vastgelegd met Takedown"},
      {"date":"2026-11-28","event":"ik heb het bericht gemeld bij Chirp"}])")
                       : json::parse(R"([{"date":"2026-11-27","event":"a friend sent me a link to the post"},
      {"date":"2026-11-27","event":"I saved the post and the image with Takedown"},
      {"date":"2026-11-28","event":"I reported the post to Chirp"}])");
  }
  return c;
}

json render(const json& params) {
  const json answer = json::parse(takedown::core::call("letters.render", params.dump()));
  REQUIRE_MESSAGE(answer["ok"] == true, answer.dump());
  return answer["result"];
}

json render(std::string_view kind, std::string_view language, const json& c, const json& who = profile) {
  return render({{"kind", kind}, {"language", language}, {"case", c}, {"profile", who}});
}

std::string error_of(const json& params) {
  const json answer = json::parse(takedown::core::call("letters.render", params.dump()));
  REQUIRE(answer["ok"] == false);
  CHECK(answer["error"]["code"] == "invalid_params");
  return answer["error"]["message"];
}

fs::path golden_dir() {
  // This file is tests/unit/core/letters_test.cpp; CMake passes absolute source paths.
  return fs::path(__FILE__).parent_path().parent_path().parent_path() / "golden" / "letters";
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// What a person reviewing a letter sees: the envelope first, then the body.
std::string reviewable(const json& letter) {
  std::string to = letter["addressee"]["name"];
  if (letter["addressee"].contains("postal_address")) to += ", " + letter["addressee"]["postal_address"].get<std::string>();
  if (letter["addressee"].contains("email")) to += " <" + letter["addressee"]["email"].get<std::string>() + ">";
  return "Subject: " + letter["subject"].get<std::string>() + "\nTo: " + to + "\n\n" + letter["text"].get<std::string>();
}

// The HTML may only contain the letter's own few tags; anything else came from a value.
void check_only_letter_markup(const std::string& html) {
  const std::set<std::string> allowed{"article", "/article", "p", "/p", "br", "ul", "/ul", "li", "/li"};
  for (auto at = html.find('<'); at != std::string::npos; at = html.find('<', at + 1)) {
    const auto end = html.find_first_of(" >", at);
    REQUIRE(end != std::string::npos);
    const std::string tag = html.substr(at + 1, end - at - 1);
    CAPTURE(tag);
    CHECK(allowed.count(tag) == 1);
  }
}

const std::vector<std::string> all_kinds{"maker_erasure", "platform_removal", "search_delisting", "take_it_down_notice",
                                         "reminder",      "dpa_complaint",    "police_summary",   "platform_appeal"};

}  // namespace

TEST_CASE("golden letters: every kind in Dutch and English, as text and as HTML") {
  const bool update = std::getenv("TAKEDOWN_UPDATE_GOLDEN") != nullptr;
  if (update) fs::create_directories(golden_dir());
  for (const auto& kind : all_kinds) {
    for (const char* language : {"nl", "en"}) {
      const std::string name = kind + "." + language;
      CAPTURE(name);
      const json letter = render(kind, language, golden_case(kind, language));
      CHECK(letter["missing"].empty());
      const std::string text = reviewable(letter);
      const std::string html = letter["html"];
      const fs::path txt_path = golden_dir() / (name + ".txt");
      const fs::path html_path = golden_dir() / (name + ".html");
      if (update) {
        std::ofstream(txt_path, std::ios::binary) << text;
        std::ofstream(html_path, std::ios::binary) << html;
        continue;
      }
      REQUIRE_MESSAGE(fs::exists(txt_path), txt_path.string() << " is missing; see the comment at the top of this file");
      CHECK(text == read_file(txt_path));
      CHECK(html == read_file(html_path));
    }
  }
}

TEST_CASE("every kind has a template in both languages, and templates use only names the context defines") {
  const auto names = takedown::letters::context_names();
  const std::set<std::string> defined(names.begin(), names.end());
  for (const auto kind : takedown::letters::all_letter_kinds) {
    for (const char* language : {"nl", "en"}) {
      const std::string name = std::string(takedown::letters::kind_name(kind)) + "." + language;
      CAPTURE(name);
      const auto source = takedown::letters::find_template(takedown::letters::kind_name(kind), language);
      REQUIRE(source.has_value());
      for (const auto& used : takedown::letters::names_in_template(*source)) {
        CAPTURE(used);
        CHECK(defined.count(used) == 1);
      }
    }
  }
  CHECK(takedown::letters::embedded_templates().size() == 16);
}

TEST_CASE("every variation of every letter renders as clean prose") {
  // Who is shown, sexual or not, consent earlier or not: for every kind; the earlier request's route
  // and answer only where the letter is about that request.
  struct Request {
    const char* via;
    const char* answer;
  };
  const std::vector<Request> no_request{{"gdpr", "none"}};
  const std::vector<Request> answers{{"gdpr", "none"}, {"gdpr", "refused"}, {"gdpr", "partial"}};
  std::vector<Request> routes;
  for (const char* via : {"gdpr", "dsa", "take_it_down"}) {
    for (const char* answer : {"none", "refused", "partial"}) routes.push_back({via, answer});
  }
  int rendered = 0;
  for (const auto& kind : all_kinds) {
    const auto& requests = kind == "reminder"                                        ? routes
                           : kind == "dpa_complaint" || kind == "platform_appeal" ? answers
                                                                                    : no_request;
    for (const char* language : {"nl", "en"}) {
      for (const char* depicted : {"me", "my_child", "someone_i_represent"}) {
        for (const char* sexual : {"yes", "no"}) {
          for (const char* consent : {"yes", "no"}) {
            for (const auto& request : requests) {
              json c = golden_case(kind);
              c["depicted"] = depicted;
              c["depicted_name"] = "Sam";
              c["sexual"] = sexual;
              c["consent_given_earlier"] = consent;
              c["age_group"] = std::string(depicted) == "my_child" ? "minor" : "adult";
              c["request"] = {{"to_name", "Chirp"}, {"sent", "2026-10-01"}, {"via", request.via}, {"answer", request.answer}};
              if (std::string(request.answer) != "none") c["request"]["answered"] = "2026-10-20";
              const json letter = render(kind, language, c);
              const std::string text = letter["text"];
              CAPTURE(kind);
              CAPTURE(language);
              CAPTURE(text);
              // An appeal needs the date of the decision appealed against, which "none" lacks.
              const bool no_decision = kind == "platform_appeal" && std::string(request.answer) == "none";
              CHECK(letter["missing"] == (no_decision ? json::array({"case.request.answered"}) : json::array()));
              CHECK(text.find("{{") == std::string::npos);
              CHECK(text.find("  ") == std::string::npos);
              CHECK(text.find(" .") == std::string::npos);
              CHECK(text.find(" ,") == std::string::npos);
              CHECK(text.find("\n\n\n") == std::string::npos);
              CHECK(text.back() == '\n');
              CHECK_FALSE(letter["subject"].get<std::string>().empty());
              check_only_letter_markup(letter["html"]);
              ++rendered;
            }
          }
        }
      }
    }
  }
  CHECK(rendered == (5 + 9 + 3 + 3) * 2 * 3 * 2 * 2);
}

TEST_CASE("page-derived strings are inert: no markup, no extra lines, no forged headers") {
  json c = golden_case("platform_removal");
  c["title"] = "<script>alert(1)</script> & \"quotes\" 'too'";
  c["handle"] = "\"><img src=x onerror=alert(1)>";
  c["urls"] = {"javascript:alert(1)", "https://chirp.example/p/42\r\nSubject: you won\r\nBcc: all@example.com"};
  c["description"] = std::string("a") + '\0' + "b\x07" "c\x1b[31mred\u0085next\u2028line";
  c["platform"] = "Chirp\u202Egnp.exe";
  json who = profile;
  who["name"] = "Jane\r\nSubject: Free money\nBcc: everyone@example.com";
  for (const char* language : {"nl", "en"}) {
    CAPTURE(language);
    const json letter = render("platform_removal", language, c, who);
    const std::string text = letter["text"];
    const std::string html = letter["html"];
    const std::string subject = letter["subject"];
    CHECK(subject.find('\n') == std::string::npos);
    CHECK(subject.find("Free money") == std::string::npos);
    // No line of the letter starts with a header name: the values stayed inside their lines.
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
      CAPTURE(line);
      CHECK(line.rfind("Subject:", 0) == std::string::npos);
      CHECK(line.rfind("Bcc:", 0) == std::string::npos);
      CHECK(line.find('\r') == std::string::npos);
    }
    CHECK(text.find("Jane Subject: Free money Bcc: everyone@example.com") != std::string::npos);
    CHECK(text.find("- https://chirp.example/p/42 Subject: you won Bcc: all@example.com\n") != std::string::npos);
    CHECK(text.find("Chirpgnp.exe") != std::string::npos);  // the right-to-left override is gone
    CHECK(text.find('\x07') == std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find(std::string(1, '\0')) == std::string::npos);
    check_only_letter_markup(html);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; &#39;too&#39;") != std::string::npos);
    CHECK(html.find("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(html.find("href") == std::string::npos);
    CHECK(html.find("<li>javascript:alert(1)</li>") != std::string::npos);  // shown as text, never a link
  }
}

TEST_CASE("missing facts become visible placeholders and are listed") {
  const json bare = render({{"kind", "platform_removal"}, {"language", "en"}});
  CHECK(bare["missing"] == json::array({"profile.name", "profile.email", "case.urls"}));
  CHECK(bare["text"].get<std::string>().find("[your name]") != std::string::npos);
  CHECK(bare["text"].get<std::string>().find("- [web address of the deepfake]") != std::string::npos);
  CHECK(bare["text"].get<std::string>().find("on your service") != std::string::npos);
  CHECK(bare["facts"].empty());

  const json complaint = render({{"kind", "dpa_complaint"}, {"language", "nl"}, {"case", {{"depicted", "my_child"}}}});
  CHECK(complaint["missing"] == json::array({"profile.name", "profile.email", "profile.postal_address",
                                             "case.depicted_name", "case.request.to_name", "case.request.sent"}));
  CHECK(complaint["text"].get<std::string>().find("[naam van uw kind]") != std::string::npos);
  CHECK(complaint["addressee"]["name"] == "Autoriteit Persoonsgegevens");
  CHECK(complaint["addressee"]["postal_address"] == "Postbus 93374, 2509 AJ Den Haag");

  // A child sexual abuse notice need not carry the notifier's e-mail (DSA Art. 16(2)(c)).
  const json csam = render({{"kind", "platform_removal"},
                            {"language", "en"},
                            {"case", {{"urls", {"https://x.example/1"}}, {"sexual", "yes"}, {"age_group", "minor"}}},
                            {"profile", {{"name", "A"}}}});
  CHECK(csam["missing"].empty());
}

TEST_CASE("a letter lists the facts it relied on, and only those") {
  const json letter = render("maker_erasure", "en", golden_case("maker_erasure"));
  const json& facts = letter["facts"];
  const auto field = [&](std::string_view name) {
    return std::find_if(facts.begin(), facts.end(), [&](const json& f) { return f["field"] == name; });
  };
  REQUIRE(field("case.urls") != facts.end());
  CHECK((*field("case.urls"))["value"] == golden_case("maker_erasure")["urls"]);
  CHECK((*field("case.date"))["value"] == "2026-11-28");
  CHECK((*field("profile.name"))["value"] == "Jane Doe");
  CHECK((*field("case.labelled_as_deepfake"))["value"] == "no");
  CHECK(field("case.handle") == facts.end());  // the maker's letter does not mention the posting account
  CHECK(field("case.request.sent") == facts.end());
  CHECK(letter["legal_bases"] == json::parse(R"j(["GDPR Art. 16","GDPR Art. 17(1)","GDPR Art. 17(2)","GDPR Art. 19",
    "GDPR Art. 21(1)","GDPR Art. 12(3)","GDPR Art. 12(4)"])j"));
  CHECK(letter["addressee"] == json::parse(R"({"name":"M. de Maker","email":"maker@example.net"})"));
}

TEST_CASE("letters name the GDPR due date, moved past weekends and holidays") {
  json c = golden_case("maker_erasure");
  c["date"] = "2027-01-31";
  CHECK(render("maker_erasure", "en", c)["text"].get<std::string>().find("by 1 March 2027 at the latest") !=
        std::string::npos);
  CHECK(render("maker_erasure", "nl", c)["text"].get<std::string>().find("uiterlijk 1 maart 2027") != std::string::npos);
  c["date"] = "2026-03-27";  // one month later is King's Day
  CHECK(render("platform_removal", "en", c)["text"].get<std::string>().find("by 28 April 2026") != std::string::npos);
  json r = golden_case("reminder");
  r["request"]["extended"] = true;
  CHECK(render("reminder", "en", r)["text"].get<std::string>().find("ended on 4 January 2027") != std::string::npos);
}

TEST_CASE("legal bases follow the kind and the case") {
  CHECK(render("take_it_down_notice", "en", golden_case("take_it_down_notice"))["legal_bases"] ==
        json::array({"TAKE IT DOWN Act (Pub. L. 119-12)"}));
  json minor = golden_case("police_summary");
  minor["age_group"] = "minor";
  CHECK(render("police_summary", "nl", minor)["legal_bases"] == json::array({"Sr art. 254ba", "Sr art. 252"}));
  CHECK(render("platform_appeal", "en", golden_case("platform_appeal"))["legal_bases"] ==
        json::array({"DSA Art. 20", "DSA Art. 21"}));
  json dsa = golden_case("reminder");
  dsa["request"]["via"] = "dsa";
  CHECK(render("reminder", "en", dsa)["legal_bases"] == json::array({"DSA Art. 16"}));
}

TEST_CASE("letters.render refuses malformed input with the field's path") {
  CHECK(error_of({{"language", "en"}}) == "params.kind is required");
  CHECK(error_of({{"kind", "fax"}, {"language", "en"}}).rfind("params.kind must be one of maker_erasure, ", 0) == 0);
  CHECK(error_of({{"kind", "reminder"}, {"language", "de"}}) == "params.language must be one of nl, en");
  CHECK(error_of({{"kind", "reminder"}, {"language", "en"}, {"case", {{"colour", 1}}}}) == "params.case.colour is not a known field");
  CHECK(error_of({{"kind", "reminder"}, {"language", "en"}, {"profile", {{"email", "not an address"}}}}) ==
        "params.profile.email must be an e-mail address");
  CHECK(error_of({{"kind", "reminder"}, {"language", "en"}, {"case", {{"date", "2026-13-01"}}}}) ==
        "params.case.date must be a date written YYYY-MM-DD");
  CHECK(error_of({{"kind", "reminder"}, {"language", "en"}, {"case", {{"media", "hologram"}}}}) ==
        "params.case.media must be one of image, video, audio, unknown");
  CHECK(error_of({{"kind", "reminder"},
                  {"language", "en"},
                  {"case", {{"request", {{"sent", "2026-02-01"}, {"answered", "2026-01-01"}, {"answer", "refused"}}}}}}) ==
        "params.case.request.answered is before sent");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"evidence", {{{"url", "x"}, {"sha256", "abc"}}}}}}}) ==
        "params.case.evidence[0].sha256 must be 64 hexadecimal digits");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"evidence", {{{"url", "x"}, {"captured_at", "yesterday"}}}}}}})
            .rfind("params.case.evidence[0].captured_at must be a date and time", 0) == 0);
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"evidence", {json::object()}}}}}) ==
        "params.case.evidence[0] needs a url or a description");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"timeline", {{{"event", "x"}}}}}}}) ==
        "params.case.timeline[0].date is required");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"urls", "https://x"}}}}) ==
        "params.case.urls must be an array");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", {{"title", std::string(501, 't')}}}}) ==
        "params.case.title is longer than 500 bytes");
  CHECK(error_of({{"kind", "police_summary"}, {"language", "en"}, {"case", 5}}) == "params.case must be an object, not number");
}

// letters.render: golden letters for every kind in both languages, inert page-derived strings,
// placeholders for missing facts, the facts a letter relied on, and refused input; and (issue #13) the
// hard cases: only confirmed facts, the medium, the criminal articles by date, the child's case, uses
// such as extortion, a deceased person, a maker who is a minor, the authority of the residence, and the
// new kinds portrait_right_demand and dsc_complaint.
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

namespace letters_test {  // one per file: the unity build joins test files

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
    "labelled_as_deepfake":"no","public_figure":"no","sexual":"no","consent_given_earlier":"no",
    "recognisable":"yes","shared_with":"wider_or_public"})");
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
  if (kind == "portrait_right_demand") {
    // Shared in a group chat: the household exemption keeps the GDPR out, the portrait right remains.
    c["addressee"] = {{"name", "M. de Maker"}, {"email", "maker@example.net"}};
    c["maker_name"] = "M. de Maker";
    c["shared_with"] = "private_circle";
    c["urls"] = {"https://chirp.example/p/42"};
    c["description"] = nl ? "mijn gezicht op het lichaam van iemand anders, gedeeld in een groepsapp"
                          : "my face put on someone else's body, shared in a group chat";
  }
  if (kind == "dsc_complaint") {
    c["request"] = {{"to_name", "Chirp"}, {"sent", "2026-11-01"}, {"reference", "CHP-1234"}, {"via", "dsa"}};
    c["respond_within_days"] = 7;
    c["still_online"] = "yes";
    c["residence"] = "NL";
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

const std::vector<std::string> all_kinds{"maker_erasure",   "platform_removal", "search_delisting",
                                         "take_it_down_notice", "reminder",   "dpa_complaint",
                                         "police_summary",  "platform_appeal",  "portrait_right_demand",
                                         "dsc_complaint"};

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
  CHECK(takedown::letters::embedded_templates().size() == 20);
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
    const auto& requests = kind == "reminder" ? routes
                           : kind == "dpa_complaint" || kind == "platform_appeal" || kind == "dsc_complaint" ? answers
                                                                                                              : no_request;
    const bool to_maker = kind == "maker_erasure" || kind == "portrait_right_demand";
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
              CAPTURE(kind);
              CAPTURE(depicted);
              CAPTURE(sexual);
              // A child in sexual content: no letter to the maker (issue #13), refused with a reason.
              if (to_maker && std::string(depicted) == "my_child" && std::string(sexual) == "yes") {
                CHECK(error_of({{"kind", kind}, {"language", language}, {"case", c}, {"profile", profile}})
                          .find("child's sexual case") != std::string::npos);
                ++rendered;
                continue;
              }
              const json letter = render(kind, language, c);
              const std::string text = letter["text"];
              CAPTURE(language);
              CAPTURE(text);
              // An appeal needs the date of the decision appealed against, which "none" lacks.
              const bool no_decision = kind == "platform_appeal" && std::string(request.answer) == "none";
              // The TAKE IT DOWN Act covers intimate images only: "not sexual" is asked again, not glossed over.
              const bool not_intimate = kind == "take_it_down_notice" && std::string(sexual) == "no";
              // A police summary names an offence only as confirmed: neither sexual nor used for anything asks which.
              const bool no_offence = kind == "police_summary" && std::string(sexual) == "no";
              CHECK(letter["missing"] == (no_decision    ? json::array({"case.request.answered"})
                                          : not_intimate ? json::array({"case.sexual"})
                                          : no_offence   ? json::array({"case.used_for"})
                                                         : json::array()));
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
  CHECK(rendered == (6 + 9 + 3 + 3 + 3) * 2 * 3 * 2 * 2);
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
  // Nothing confirmed either (issue #13): each fact the notice argues from is asked for, in the order it asks.
  CHECK(bare["missing"] == json::array({"profile.name", "profile.email", "case.urls", "case.recognisable",
                                        "case.consent_given_earlier", "case.labelled_as_deepfake", "case.sexual"}));
  CHECK(bare["text"].get<std::string>().find("[your name]") != std::string::npos);
  CHECK(bare["text"].get<std::string>().find("- [web address of the deepfake]") != std::string::npos);
  CHECK(bare["text"].get<std::string>().find("on your service") != std::string::npos);
  CHECK(bare["facts"].empty());

  const json complaint = render({{"kind", "dpa_complaint"}, {"language", "nl"}, {"case", {{"depicted", "my_child"}}}});
  CHECK(complaint["missing"] == json::array({"profile.name", "profile.email", "profile.postal_address",
                                             "case.depicted_name", "case.request.to_name", "case.request.sent",
                                             "case.recognisable", "case.sexual", "case.consent_given_earlier"}));
  CHECK(complaint["text"].get<std::string>().find("[naam van uw kind]") != std::string::npos);
  CHECK(complaint["addressee"]["name"] == "Autoriteit Persoonsgegevens");
  CHECK(complaint["addressee"]["postal_address"] == "Postbus 93374, 2509 AJ Den Haag");

  // A child sexual abuse notice need not carry the notifier's e-mail, nor the name (DSA Art. 16(2)(c)).
  const json confirmed = {{"urls", {"https://x.example/1"}}, {"sexual", "yes"}, {"age_group", "minor"},
                          {"recognisable", "yes"}, {"consent_given_earlier", "no"}, {"labelled_as_deepfake", "no"}};
  const json csam = render({{"kind", "platform_removal"}, {"language", "en"}, {"case", confirmed}, {"profile", {{"name", "A"}}}});
  CHECK(csam["missing"].empty());
  const json anonymous = render({{"kind", "platform_removal"}, {"language", "en"}, {"case", confirmed}});
  CHECK(anonymous["missing"].empty());
  CHECK(anonymous["text"].get<std::string>().find("Notifier") == std::string::npos);
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
  // The missing legal ground and the objection lead; inaccuracy supports; damages rest on Art. 82 and BW.
  CHECK(letter["legal_bases"] == json::parse(R"j(["GDPR Art. 17(1)","GDPR Art. 21(1)","GDPR Art. 5(1)(d)","GDPR Art. 16",
    "GDPR Art. 17(2)","GDPR Art. 19","GDPR Art. 12(3)","GDPR Art. 12(4)","GDPR Art. 82","BW art. 6:162"])j"));
  CHECK(letter["addressee"] == json::parse(R"({"name":"M. de Maker","email":"maker@example.net"})"));
}

TEST_CASE("letters name the GDPR due date, moved past weekends and holidays") {
  json c = golden_case("maker_erasure");
  c["date"] = "2027-01-31";
  CHECK(render("maker_erasure", "en", c)["text"].get<std::string>().find("if this letter reaches you today, it ends on 1 March 2027") !=
        std::string::npos);
  CHECK(render("maker_erasure", "nl", c)["text"].get<std::string>().find("vandaag bereikt, eindigt zij op 1 maart 2027") != std::string::npos);
  c["date"] = "2026-03-27";  // one month later is King's Day
  CHECK(render("platform_removal", "en", c)["text"].get<std::string>().find("it ends on 28 April 2026") != std::string::npos);
  json r = golden_case("reminder");
  r["request"]["extended"] = true;
  CHECK(render("reminder", "en", r)["text"].get<std::string>().find("ended on 4 January 2027") != std::string::npos);
}

TEST_CASE("legal bases follow the kind and the case") {
  CHECK(render("take_it_down_notice", "en", golden_case("take_it_down_notice"))["legal_bases"] ==
        json::array({"TAKE IT DOWN Act (Pub. L. 119-12)"}));
  json minor = golden_case("police_summary");
  minor["age_group"] = "minor";
  minor["act_date"] = "2026-11-20";
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

// ---- Issue #13: the hard cases ----

namespace {

// The letter's own statements: the text with every bracketed placeholder cut out.
std::string stated(const json& letter) {
  std::string text = letter["text"];
  std::string out;
  int depth = 0;
  for (const char ch : text) {
    if (ch == '[') ++depth;
    if (depth == 0) out += ch;
    if (ch == ']' && depth > 0) --depth;
  }
  return out;
}

bool has(const json& letter, std::string_view words) {
  return letter["text"].get<std::string>().find(words) != std::string::npos;
}

bool lists(const json& array, std::string_view value) {
  return std::find(array.begin(), array.end(), value) != array.end();
}

// A case where nothing about the deepfake was answered: only where it is and who writes.
json unanswered(std::string_view kind) {
  json c = golden_case(kind);
  for (const char* field : {"recognisable", "shared_with", "labelled_as_deepfake", "sexual", "consent_given_earlier",
                            "first_seen"}) {
    c.erase(field);
  }
  return c;
}

}  // namespace

TEST_CASE("letters state only what was confirmed: open facts become questions in brackets and are missing") {
  // Assertions each fact would make when answered, in both languages; none may appear outside brackets.
  const std::vector<std::string> en_claims{"can be recognised in", "without consent", "No consent was", "consent is hereby",
                                           "beyond a small personal circle", "does not even say", "marked as a deepfake",
                                           "sexual in nature", "first saw the deepfake on 2", "I state in good faith",
                                           "I confirm in good faith", "First seen on"};
  const std::vector<std::string> nl_claims{"erin herkenbaar", "zonder toestemming", "nooit toestemming", "hierbij ingetrokken",
                                           "buiten een kleine persoonlijke kring", "zelfs niet bij", "seksueel van aard",
                                           "Ik verklaar te goeder trouw", "Voor het eerst gezien op"};
  for (const auto& kind : all_kinds) {
    for (const char* language : {"en", "nl"}) {
      CAPTURE(kind);
      CAPTURE(language);
      const json letter = render(kind, language, unanswered(kind));
      const std::string text = stated(letter);
      CAPTURE(text);
      for (const auto& claim : std::string(language) == "en" ? en_claims : nl_claims) {
        CAPTURE(claim);
        CHECK(text.find(claim) == std::string::npos);
      }
      // Every placeholder shown is listed; every fact listed has a placeholder in the text.
      for (const auto& field : letter["missing"]) CHECK(field.get<std::string>().rfind("case.", 0) == 0);
    }
  }
  // The letters that argue from these facts ask for each of them.
  const json removal = render("platform_removal", "en", unanswered("platform_removal"));
  CHECK(removal["missing"] == json::array({"case.recognisable", "case.consent_given_earlier", "case.labelled_as_deepfake",
                                           "case.sexual"}));
  CHECK(has(removal, "[to complete: can the person shown be recognised in it, and by what?]"));
  CHECK(has(removal, "[to complete: was consent ever given to make or share it?]"));
  const json maker = render("maker_erasure", "nl", unanswered("maker_erasure"));
  CHECK(maker["missing"] == json::array({"case.recognisable", "case.shared_with", "case.consent_given_earlier",
                                         "case.labelled_as_deepfake", "case.sexual"}));
  CHECK(has(maker, "[aanvullen: is de afgebeelde persoon erin herkenbaar, en waaraan?]"));
  CHECK(has(maker, "[aanvullen: is het alleen in een kleine persoonlijke kring gedeeld, of breder of openbaar?]"));
  const json police = render("police_summary", "en", unanswered("police_summary"));
  CHECK(lists(police["missing"], "case.first_seen"));
  CHECK(has(police, "I first saw the deepfake on [date you first saw it]."));
  // Answered "no": the letter leaves the claim out and asks nothing.
  json not_recognisable = golden_case("platform_removal");
  not_recognisable["recognisable"] = "no";
  const json quiet = render("platform_removal", "en", not_recognisable);
  CHECK(quiet["missing"].empty());
  CHECK_FALSE(has(quiet, "can be recognised"));
}

TEST_CASE("the good-faith and TAKE IT DOWN statements never cover an unconfirmed fact") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const bool nl = std::string(language) == "nl";
    const std::string good_faith = nl ? "Ik verklaar te goeder trouw" : "I confirm in good faith";
    const std::string wait = nl ? "[Voor verzending: beantwoord eerst de vragen" : "[Before sending: answer the bracketed questions";
    CHECK(has(render("platform_removal", language, golden_case("platform_removal", language)), good_faith));
    json open = golden_case("platform_removal", language);
    open.erase("consent_given_earlier");
    const json blocked = render("platform_removal", language, open);
    CHECK_FALSE(has(blocked, good_faith));
    CHECK(has(blocked, wait));
    CHECK(blocked["missing"] == json::array({"case.consent_given_earlier"}));

    const std::string tida = nl ? "Ik verklaar te goeder trouw" : "I state in good faith";
    CHECK(has(render("take_it_down_notice", language, golden_case("take_it_down_notice", language)), tida));
    for (const char* field : {"consent_given_earlier", "sexual"}) {
      CAPTURE(field);
      json c = golden_case("take_it_down_notice", language);
      c.erase(field);
      const json letter = render("take_it_down_notice", language, c);
      CHECK_FALSE(has(letter, tida));
      CHECK(has(letter, wait));
      CHECK(letter["missing"] == json::array({std::string("case.") + field}));
    }
  }
}

TEST_CASE("letters follow the medium: a voice for audio, and no image-only law") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const bool nl = std::string(language) == "nl";
    for (const auto& kind : {"platform_removal", "maker_erasure", "police_summary", "portrait_right_demand"}) {
      CAPTURE(kind);
      json c = golden_case(kind, language);
      c["media"] = "audio";
      c["sexual"] = "yes";
      const json letter = render(kind, language, c);
      CHECK(has(letter, nl ? "stem" : "voice"));
      CHECK_FALSE(has(letter, nl ? "gezicht of lichaam" : "face or body"));
      CHECK_FALSE(has(letter, "254ba"));
      CHECK_FALSE(has(letter, "139h"));
      CHECK_FALSE(lists(letter["legal_bases"], "Sr art. 254ba"));
      CHECK_FALSE(lists(letter["legal_bases"], "Aw art. 21"));
    }
    json c = golden_case("portrait_right_demand", language);
    c["media"] = "audio";
    CHECK_FALSE(has(render("portrait_right_demand", language, c), nl ? "artikel 21 Auteurswet" : "Dutch Copyright Act"));
    json tida = golden_case("take_it_down_notice", language);
    tida["media"] = "audio";
    const json notice = render("take_it_down_notice", language, tida);
    CHECK(notice["missing"] == json::array({"case.media"}));
    // An image keeps the face or body and the image-abuse article.
    const json image = render("platform_removal", language, golden_case("platform_removal", language));
    CHECK(has(image, nl ? "gezicht of lichaam" : "face or body"));
    CHECK(has(image, "254ba"));
  }
}

TEST_CASE("GDPR letters lead with the missing legal ground and the objection; inaccuracy only supports") {
  for (const auto& kind : {"platform_removal", "maker_erasure", "search_delisting"}) {
    for (const char* language : {"en", "nl"}) {
      CAPTURE(kind);
      CAPTURE(language);
      const bool nl = std::string(language) == "nl";
      const std::string text = render(kind, language, golden_case(kind, language))["text"];
      const auto ground = text.find(nl ? "17 lid 1 onder d" : "17(1)(d)");
      const auto objection = text.find(nl ? "21 lid 1" : "21(1)");
      const auto inaccuracy = text.find(nl ? "5 lid 1 onder d" : "5(1)(d)");
      REQUIRE(ground != std::string::npos);
      REQUIRE(objection != std::string::npos);
      REQUIRE(inaccuracy != std::string::npos);
      CHECK(ground < inaccuracy);
      CHECK(objection < inaccuracy);
      // A label is never offered as the cure.
      CHECK(text.find(nl ? "vermelding dat het nep is, maakt" : "note that it is fake would not make") != std::string::npos);
      CHECK(text.find(nl ? "terwijl dat verplicht is" : "although that is required") == std::string::npos);
    }
  }
}

TEST_CASE("criminal articles follow the date of the act") {
  struct Dated {
    const char* act_date;
    const char* first_seen;
    std::vector<std::string> bases;
    const char* en;
    const char* nl;
  };
  const std::vector<Dated> cases{
      {"2025-02-01", "2025-03-01", {"Sr art. 254ba"}, "(Article 254ba of the Dutch Criminal Code)", "(artikel 254ba Wetboek van Strafrecht)"},
      {"2023-05-01", "2026-11-27", {"Sr art. 139h"}, "Article 139h of the Dutch Criminal Code, as it stood before 1 July 2024",
       "artikel 139h Wetboek van Strafrecht, zoals dat gold vóór 1 juli 2024"},
      {nullptr, "2023-05-01", {"Sr art. 139h"}, "Article 139h", "artikel 139h"},  // seen before July 2024: made before
      {"unknown", "2026-11-27", {"Sr art. 254ba", "Sr art. 139h"},
       "Article 254ba of the Dutch Criminal Code, or Article 139h if the act took place before 1 July 2024",
       "artikel 254ba Wetboek van Strafrecht, of artikel 139h als het feit vóór 1 juli 2024 is gepleegd"},
  };
  for (const auto& d : cases) {
    for (const char* language : {"en", "nl"}) {
      CAPTURE(d.first_seen);
      CAPTURE(language);
      json c = golden_case("police_summary", language);
      c["first_seen"] = d.first_seen;
      if (d.act_date != nullptr) c["act_date"] = d.act_date;
      const json letter = render("police_summary", language, c);
      CHECK(letter["legal_bases"] == json(d.bases));
      CHECK(has(letter, std::string(language) == "en" ? d.en : d.nl));
      if (d.bases.size() == 1) CHECK_FALSE(has(letter, d.bases[0] == "Sr art. 139h" ? "254ba" : "139h"));
    }
  }
  // A minor: 252 from July 2024, 240b before, both when unknown.
  json minor = golden_case("platform_removal");
  minor["age_group"] = "minor";
  minor["act_date"] = "2023-05-01";
  minor["first_seen"] = "2023-06-01";
  CHECK(render("platform_removal", "en", minor)["legal_bases"].back() == "Sr art. 240b");
  CHECK_FALSE(has(render("platform_removal", "en", minor), "Article 252"));
  minor["act_date"] = "unknown";
  minor["first_seen"] = "2026-11-27";
  const json both = render("platform_removal", "nl", minor);
  CHECK(lists(both["legal_bases"], "Sr art. 252"));
  CHECK(lists(both["legal_bases"], "Sr art. 240b"));
  CHECK(has(both, "artikel 252 Wetboek van Strafrecht, of artikel 240b"));
  // Not sexual: no image-abuse article at all.
  CHECK_FALSE(has(render("maker_erasure", "en", golden_case("maker_erasure")), "254ba"));
}

TEST_CASE("platforms and search engines are asked for removal without undue delay, sexual content immediately") {
  for (const auto& kind : {"platform_removal", "search_delisting"}) {
    for (const char* language : {"en", "nl"}) {
      CAPTURE(kind);
      CAPTURE(language);
      const bool nl = std::string(language) == "nl";
      json c = golden_case(kind, language);
      c["sexual"] = "no";
      const json calm = render(kind, language, c);
      CHECK(has(calm, nl ? "zonder onredelijke vertraging te verwijderen" : "without undue delay"));
      // Art. 12(3) quoted in full, as the outer limit that runs from receipt, never as the ask.
      CHECK(has(calm, nl ? "\"De verwerkingsverantwoordelijke verstrekt de betrokkene onverwijld en in ieder geval binnen een maand na ontvangst"
                         : "\"The controller shall provide information on action taken on a request under Articles 15 to 22"));
      CHECK(has(calm, nl ? "tenzij de betrokkene anderszins verzoekt.\"" : "unless otherwise requested by the data subject.\""));
      CHECK(has(calm, nl ? "Die maand loopt vanaf de dag waarop u dit verzoek ontvangt" : "That month runs from the day you receive this request"));
      CHECK_FALSE(has(calm, nl ? "U moet binnen een maand" : "You must act on this request within one month"));
      CHECK_FALSE(has(calm, nl ? "Op grond van de AVG moet u binnen een maand" : "Under the GDPR you must act on this request within one month"));
      c["sexual"] = "yes";
      const json urgent = render(kind, language, c);
      CHECK(has(urgent, nl ? "onverwijld te verwijderen" : "immediately"));
    }
  }
  // The platform is asked for its decision within the person's own period, 24 hours by default for sexual content.
  json c = golden_case("platform_removal");
  CHECK(has(render("platform_removal", "en", c), "within 24 hours of receiving it"));
  c["respond_within_days"] = 3;
  CHECK(has(render("platform_removal", "nl", c), "binnen 3 dagen na ontvangst"));
}

TEST_CASE("a child's case: no image mentioned, enclosed or linked; URLs and hashes only; no maker letter") {
  const std::vector<std::string> image_words{"screenshot", "Screenshot", "schermafbeelding", "Schermafbeelding",
                                             "image attached", "images attached", "enclosed image", "the image file",
                                             "het afbeeldingsbestand", "afbeelding bijgevoegd"};
  for (const char* language : {"en", "nl"}) {
    for (const auto& kind : {"platform_removal", "police_summary", "dpa_complaint", "dsc_complaint", "reminder",
                             "search_delisting", "take_it_down_notice", "platform_appeal"}) {
      CAPTURE(kind);
      CAPTURE(language);
      json c = golden_case(kind, language);
      c["depicted"] = "my_child";
      c["depicted_name"] = "Sam";
      c["child_case"] = true;
      c["description"] = "what the picture shows";
      c["title"] = "a caption";
      if (std::string(kind) == "dpa_complaint" || std::string(kind) == "police_summary") {
        c["evidence"] = golden_case("police_summary", language)["evidence"];
      }
      const json letter = render(kind, language, c);
      for (const auto& word : image_words) {
        CAPTURE(word);
        CHECK_FALSE(has(letter, word));
      }
      CHECK_FALSE(has(letter, "what the picture shows"));
      CHECK_FALSE(has(letter, "a caption"));
      if (std::string(kind) == "police_summary" || std::string(kind) == "dpa_complaint") {
        CHECK(has(letter, "SHA-256"));
      }
    }
    // The platform notice needs neither the notifier's nor the child's name: the addresses are enough.
    json unnamed = golden_case("platform_removal", language);
    unnamed["depicted"] = "my_child";
    unnamed["child_case"] = true;
    const json notice = render({{"kind", "platform_removal"}, {"language", language}, {"case", unnamed}});
    CHECK(notice["missing"].empty());
    CHECK(has(notice, std::string(language) == "nl" ? "Als ouder en wettelijk vertegenwoordiger van mijn kind meld ik hierbij"
                                                    : "As the parent and legal representative of my child, I am reporting"));
    CHECK_FALSE(has(notice, "["));
    // The police summary keeps the addresses and hashes of the evidence, without its descriptions.
    json c = golden_case("police_summary", language);
    c["age_group"] = "minor";
    const json police = render("police_summary", language, c);
    CHECK(has(police, "- https://chirp.example/p/42; " + std::string(language == std::string("nl") ? "vastgelegd" : "captured") +
                          " 2026-11-27T21:14:05Z; SHA-256 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"));
    // No letter to the maker: refused with the reason, whatever the language.
    for (const auto& kind : {"maker_erasure", "portrait_right_demand"}) {
      json child = golden_case(kind, language);
      child["child_case"] = true;
      CHECK(error_of({{"kind", kind}, {"language", language}, {"case", child}, {"profile", profile}}) ==
            "params.kind is not written for a child's sexual case (case.child_case): report it to the police and a "
            "hotline instead of writing to the maker");
    }
  }
}

TEST_CASE("what the deepfake is used for: the offences with their articles, and dated facts") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const bool nl = std::string(language) == "nl";
    json c = golden_case("police_summary", language);
    c["sexual"] = "no";
    c["used_for"] = {"extortion", "fraud", "threats", "harassment", "impersonation"};
    const json letter = render("police_summary", language, c);
    CHECK(letter["legal_bases"] == json::array({"Sr art. 317", "Sr art. 318", "Sr art. 326", "Sr art. 285", "Sr art. 285b",
                                                "Sr art. 261", "Sr art. 262", "Sr art. 231b"}));
    CHECK(has(letter, nl ? "artikelen 317 en 318 Wetboek van Strafrecht" : "Articles 317 and 318 of the Dutch Criminal Code"));
    CHECK(has(letter, nl ? "(artikel 326 Wetboek van Strafrecht)" : "(Article 326 of the Dutch Criminal Code)"));
    CHECK(has(letter, nl ? "(artikel 285 Wetboek van Strafrecht)" : "(Article 285 of the Dutch Criminal Code)"));
    CHECK(has(letter, nl ? "artikelen 285b, 261 en 262" : "Articles 285b, 261 and 262"));
    CHECK(has(letter, nl ? "(artikel 231b Wetboek van Strafrecht)" : "(Article 231b of the Dutch Criminal Code)"));
    CHECK(has(letter, nl ? "De data van deze feiten staan in de tijdlijn hieronder." : "The dates of these acts are in the timeline below."));
    CHECK(has(letter, nl ? "- 27 november 2026: " : "- 27 November 2026: "));
    CHECK(has(letter, nl ? "geldt dit als mijn klacht" : "this is my complaint"));
    CHECK_FALSE(has(letter, "254ba"));
    CHECK(letter["missing"].empty());
    // Without dated facts the summary asks for them.
    c.erase("timeline");
    c["used_for"] = {"extortion"};
    const json undated = render("police_summary", language, c);
    CHECK(undated["missing"] == json::array({"case.timeline"}));
    CHECK(has(undated, nl ? "[data en inhoud van de eisen" : "[dates and content of the demands"));
    // Neither sexual nor used for anything: the offence is asked for, not invented.
    c["used_for"] = json::array();
    CHECK(render("police_summary", language, c)["missing"] == json::array({"case.used_for"}));
  }
}

TEST_CASE("portrait_right_demand: the demand letter on the portrait right, also for a deceased person's relatives") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const bool nl = std::string(language) == "nl";
    const json letter = render("portrait_right_demand", language, golden_case("portrait_right_demand", language));
    CHECK(letter["missing"].empty());
    CHECK(letter["legal_bases"] == json::array({"Aw art. 21", "BW art. 6:162", "BW art. 6:106"}));
    CHECK(letter["addressee"]["name"] == "M. de Maker");
    for (const char* words : {nl ? "(artikel 21 Auteurswet)" : "(Article 21 of the Dutch Copyright Act)",
                              nl ? "(artikel 6:162 Burgerlijk Wetboek)" : "(Article 6:162 of the Dutch Civil Code)",
                              nl ? "van elke plaats waar u hem hebt geplaatst" : "from every place where you have published it",
                              nl ? "nooit meer te maken, te delen of openbaar te maken" : "never again make, share or publish it",
                              nl ? "elk bestand ervan dat u hebt te vernietigen" : "destroy every file of it",
                              nl ? "mij schriftelijk te bevestigen" : "confirm to me in writing",
                              nl ? "binnen 7 dagen na ontvangst" : "within 7 days of receiving this letter",
                              nl ? "kort geding" : "summary proceedings", nl ? "dwangsom" : "penalty payment",
                              nl ? "proceskosten" : "costs of the proceedings", nl ? "6:162 en 6:106" : "6:162 and 6:106",
                              nl ? "bevat bewust geen kopie" : "deliberately contains no copy",
                              nl ? "binnen een kleine kring" : "within a small circle"}) {
      CAPTURE(words);
      CHECK(has(letter, words));
    }
    CHECK_FALSE(has(letter, nl ? "AVG" : "GDPR"));
    // Written by a relative of someone who has died.
    json c = golden_case("portrait_right_demand", language);
    c["deceased"] = "yes";
    c["depicted"] = "someone_i_represent";
    c["depicted_name"] = "Anna de Vries";
    const json relative = render("portrait_right_demand", language, c);
    CHECK(lists(relative["legal_bases"], "Aw art. 25a"));
    CHECK(has(relative, nl ? "als nabestaande van Anna de Vries, die is overleden" : "as a surviving relative of Anna de Vries, who has died"));
    CHECK(has(relative, nl ? "artikelen 21 en 25a Auteurswet" : "Articles 21 and 25a of the Dutch Copyright Act"));
    CHECK_FALSE(has(relative, nl ? "op diens verzoek" : "at their request"));
    CHECK_FALSE(has(relative, nl ? "heeft deze brief gelezen" : "has read this letter"));
  }
}

TEST_CASE("a deceased person: letters from a relative, no GDPR claims; GDPR-only letters refused") {
  json c = golden_case("platform_removal");
  c["deceased"] = "yes";
  c["depicted"] = "my_child";
  c["depicted_name"] = "Anna";
  c["age_group"] = "adult";
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const json letter = render("platform_removal", language, c);
    CHECK_FALSE(has(letter, std::string(language) == "nl" ? "AVG" : "GDPR"));
    CHECK(has(letter, std::string(language) == "nl" ? "artikelen 21 en 25a Auteurswet" : "Articles 21 and 25a of the Dutch Copyright Act"));
    CHECK(letter["legal_bases"] == json::array({"DSA Art. 16", "Aw art. 21", "Aw art. 25a", "BW art. 6:162", "Sr art. 254ba", "Sr art. 139h"}));
  }
  for (const char* kind : {"maker_erasure", "dpa_complaint", "search_delisting", "take_it_down_notice"}) {
    CAPTURE(kind);
    CHECK(error_of({{"kind", kind}, {"language", "en"}, {"case", c}}).find("rights of the person shown, which end at death") !=
          std::string::npos);
  }
  json mine = c;
  mine["depicted"] = "me";
  CHECK(error_of({{"kind", "platform_removal"}, {"language", "en"}, {"case", mine}}) ==
        "params.case.deceased is yes, so the letter is written by a relative: depicted must be my_child or someone_i_represent");
}

TEST_CASE("a maker who is a minor is written to through the parents as the age requires") {
  struct Age {
    const char* maker_age;
    const char* en;
    const char* nl;
  };
  for (const auto& age : {Age{"under_14", "Dear parents or guardians of M. de Maker,", "Geachte ouders of verzorgers van M. de Maker,"},
                          Age{"age_14_15", "Dear M. de Maker, and dear parents or guardians of M. de Maker,",
                              "Geachte M. de Maker, en geachte ouders of verzorgers van M. de Maker,"},
                          Age{"age_16_17", "Copy to: the parents or guardians of M. de Maker, as legal representatives",
                              "Afschrift aan: de ouders of verzorgers van M. de Maker, als wettelijk vertegenwoordigers"}}) {
    for (const auto& kind : {"maker_erasure", "portrait_right_demand"}) {
      for (const char* language : {"en", "nl"}) {
        CAPTURE(age.maker_age);
        CAPTURE(kind);
        json c = golden_case(kind, language);
        c["maker_name"] = "M. de Maker";
        c["maker_age"] = age.maker_age;
        const json letter = render(kind, language, c);
        CHECK(has(letter, std::string(language) == "en" ? age.en : age.nl));
      }
    }
  }
  json c = golden_case("maker_erasure");
  c["maker_age"] = "under_14";
  CHECK(has(render("maker_erasure", "en", c), "(Article 6:169(1) of the Dutch Civil Code)"));
  c["maker_age"] = "adult";
  CHECK(has(render("maker_erasure", "en", c), "Dear M. de Maker,"));
}

TEST_CASE("complaints go to the authority of the residence; the AP only for the Netherlands") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    json c = golden_case("dpa_complaint", language);
    CHECK(render("dpa_complaint", language, c)["addressee"]["name"] == "Autoriteit Persoonsgegevens");
    c["residence"] = "nl";
    CHECK(render("dpa_complaint", language, c)["addressee"]["name"] == "Autoriteit Persoonsgegevens");
    c["residence"] = "unknown";  // as not given: the AP
    CHECK(render("dpa_complaint", language, c)["addressee"]["name"] == "Autoriteit Persoonsgegevens");
    c["residence"] = "BE";
    const json abroad = render("dpa_complaint", language, c);
    CHECK(abroad["missing"] == json::array({"case.addressee.name"}));
    CHECK(abroad["addressee"]["name"] == (std::string(language) == "nl" ? "[naam van de toezichthoudende autoriteit]"
                                                                         : "[name of the supervisory authority]"));
    CHECK_FALSE(abroad["addressee"].contains("postal_address"));
    c["addressee"] = {{"name", "Gegevensbeschermingsautoriteit"}, {"postal_address", "Drukpersstraat 35, 1000 Brussel"}};
    const json named = render("dpa_complaint", language, c);
    CHECK(named["missing"].empty());
    CHECK(named["addressee"]["postal_address"] == "Drukpersstraat 35, 1000 Brussel");
    // The maker is told of a complaint to the authority that fits, not always the AP.
    json m = golden_case("maker_erasure", language);
    m["residence"] = "DE";
    CHECK_FALSE(has(render("maker_erasure", language, m), "Autoriteit Persoonsgegevens en") );
    CHECK(has(render("maker_erasure", language, m), std::string(language) == "nl" ? "bij de toezichthouder voor gegevensbescherming"
                                                                                   : "with the data protection supervisory authority"));
    // Deadlines run from receipt.
    json none = golden_case("dpa_complaint", language);
    none["request"] = {{"to_name", "Chirp"}, {"sent", "2026-10-01"}};
    CHECK(has(render("dpa_complaint", language, none),
              std::string(language) == "nl" ? "binnen een maand na ontvangst van het verzoek reageren. Gerekend vanaf de dag van verzending eindigde die maand op 2 november 2026"
                                            : "within one month of receiving the request. Counting from the day I sent it, that month ended on 2 November 2026"));
  }
}

TEST_CASE("dsc_complaint: the notice, when it was sent, the period given, and the answer or its absence") {
  for (const char* language : {"en", "nl"}) {
    CAPTURE(language);
    const bool nl = std::string(language) == "nl";
    const json letter = render("dsc_complaint", language, golden_case("dsc_complaint", language));
    CHECK(letter["missing"].empty());
    CHECK(letter["addressee"]["name"] == "Autoriteit Consument & Markt (ACM)");
    CHECK(letter["legal_bases"] == json::array({"DSA Art. 53", "DSA Art. 16(5)", "DSA Art. 16(6)"}));
    CHECK(has(letter, nl ? "Ik heb om een besluit gevraagd binnen 7 dagen, dus uiterlijk op 8 november 2026."
                         : "I asked for a decision within 7 days, that is by 8 November 2026."));
    CHECK(has(letter, nl ? "Ik heb geen besluit ontvangen." : "I have received no decision."));
    CHECK(has(letter, nl ? "artikel 16 leden 5 en 6 DSA" : "Article 16(5) and (6) DSA"));
    // The period only as the person gave it; the coordinator of the residence or a placeholder.
    json c = golden_case("dsc_complaint", language);
    c.erase("respond_within_days");
    c["residence"] = "FR";
    c["request"]["answer"] = "refused";
    c["request"]["answered"] = "2026-11-05";
    const json open = render("dsc_complaint", language, c);
    CHECK(open["missing"] == json::array({"case.addressee.name", "case.respond_within_days"}));
    CHECK(has(open, nl ? "[de termijn die u gaf]" : "[the period you gave]"));
    CHECK(has(open, nl ? "Op 5 november 2026 heeft Chirp mij laten weten dat het de inhoud niet verwijdert."
                       : "On 5 November 2026, Chirp told me that it would not remove the content."));
  }
}

TEST_CASE("letters.render refuses malformed issue #13 inputs with the field's path") {
  const auto with = [](json c) { return json{{"kind", "police_summary"}, {"language", "en"}, {"case", std::move(c)}}; };
  CHECK(error_of(with({{"used_for", {"extortion", "spam"}}})) ==
        "params.case.used_for[1] must be one of extortion, fraud, threats, harassment, impersonation");
  CHECK(error_of(with({{"used_for", "extortion"}})).rfind("params.case.used_for must be a list", 0) == 0);
  CHECK(error_of(with({{"recognisable", "maybe"}})) == "params.case.recognisable must be one of yes, no, unknown");
  CHECK(error_of(with({{"shared_with", "everyone"}})).rfind("params.case.shared_with must be one of", 0) == 0);
  CHECK(error_of(with({{"maker_age", "12"}})).rfind("params.case.maker_age must be one of adult, under_14", 0) == 0);
  CHECK(error_of(with({{"residence", "Netherlands"}})).rfind("params.case.residence", 0) == 0);
  CHECK(error_of(with({{"residence", "N1"}})) == "params.case.residence must be a two-letter country code (ISO 3166-1), e.g. NL");
  CHECK(error_of(with({{"respond_within_days", 0}})).rfind("params.case.respond_within_days", 0) == 0);
  CHECK(error_of(with({{"respond_within_days", 61}})).rfind("params.case.respond_within_days", 0) == 0);
  CHECK(error_of(with({{"act_date", "last year"}})) == "params.case.act_date must be a date written YYYY-MM-DD");
  CHECK(error_of(with({{"act_date", "2026-05-02"}, {"first_seen", "2026-05-01"}})) ==
        "params.case.act_date is after first_seen: it was made or first shared before anyone could see it");
  CHECK(error_of(with({{"child_case", "yes"}})).rfind("params.case.child_case", 0) == 0);
  // "unknown" is a valid answer for used_for and act_date.
  CHECK(render(with({{"used_for", "unknown"}, {"act_date", "unknown"}}))["kind"] == "police_summary");
}

TEST_CASE("every kind renders clean prose across the hard cases, or refuses with a reason") {
  // Each variant changes one side of the case; together they reach every new branch of every template.
  const std::vector<json> variants{
      json::object(),
      {{"media", "audio"}},
      {{"media", "video"}, {"act_date", "2023-03-01"}, {"first_seen", "2023-04-01"}},
      {{"recognisable", "unknown"}, {"shared_with", "unknown"}, {"labelled_as_deepfake", "unknown"}, {"sexual", "unknown"},
       {"consent_given_earlier", "unknown"}, {"first_seen", nullptr}},
      {{"consent_given_earlier", "yes"}, {"labelled_as_deepfake", "yes"}, {"shared_with", "private_circle"}},
      {{"depicted", "my_child"}, {"depicted_name", "Sam"}, {"age_group", "minor"}, {"sexual", "yes"}, {"child_case", true}},
      {{"depicted", "my_child"}, {"age_group", "minor"}, {"sexual", "yes"}},
      {{"depicted", "someone_i_represent"}, {"depicted_name", "Anna"}, {"deceased", "yes"}},
      {{"used_for", {"extortion", "fraud", "threats", "harassment", "impersonation"}}, {"sexual", "no"}},
      {{"maker_age", "under_14"}}, {{"maker_age", "age_14_15"}, {"maker_name", nullptr}}, {{"maker_age", "age_16_17"}},
      {{"residence", "BE"}, {"respond_within_days", 3}},
  };
  int rendered = 0;
  int refused = 0;
  for (const auto& kind : all_kinds) {
    for (const char* language : {"en", "nl"}) {
      for (const auto& variant : variants) {
        json c = golden_case(kind, language);
        for (const auto& [field, value] : variant.items()) {
          if (value.is_null()) c.erase(field);
          else c[field] = value;
        }
        CAPTURE(kind);
        CAPTURE(language);
        CAPTURE(variant.dump());
        const json params{{"kind", kind}, {"language", language}, {"case", c}, {"profile", profile}};
        const json answer = json::parse(takedown::core::call("letters.render", params.dump()));
        if (answer["ok"] == false) {
          // Only the refusals the rules call for.
          const std::string message = answer["error"]["message"];
          const bool child = message.find("child's sexual case") != std::string::npos;
          const bool dead = message.find("which end at death") != std::string::npos;
          CHECK((child || dead));
          ++refused;
          continue;
        }
        const json& letter = answer["result"];
        const std::string text = letter["text"];
        CAPTURE(text);
        CHECK(text.find("{{") == std::string::npos);
        CHECK(text.find("  ") == std::string::npos);
        CHECK(text.find(" .") == std::string::npos);
        CHECK(text.find(" ,") == std::string::npos);
        CHECK(text.find("\n\n\n") == std::string::npos);
        CHECK(text.find(", ,") == std::string::npos);
        CHECK(text.back() == '\n');
        check_only_letter_markup(letter["html"]);
        // A heading is never left alone at the end of a paragraph.
        CHECK(text.find(":\n\n") == std::string::npos);
        // Every placeholder shown (in the letter or as its addressee) is accounted for in `missing`, and
        // nothing is listed that is not shown.
        const std::string shown = text + letter["addressee"]["name"].get<std::string>();
        CHECK((shown.find("[") == std::string::npos) == letter["missing"].empty());
        ++rendered;
      }
    }
  }
  CHECK(rendered + refused == int(all_kinds.size() * 2 * variants.size()));
  CHECK(refused > 0);
}

}  // namespace letters_test

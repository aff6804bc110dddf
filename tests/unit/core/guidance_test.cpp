// guidance.plan: situations in, expected plan properties out. Each case changes one thing (or a few)
// in a base situation; together they reach every paragraph of the Dutch DPA's guidance
// (shared/seed/deepfakes-ap.nl.txt), which the last test checks through the plans' `sources`.
#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace guidance_test {  // one per file: the unity build joins test files

using nlohmann::json;

namespace {

// Adult, in the Netherlands, recognisable, shared publicly on one platform, maker unknown, not sexual.
const json base = json::parse(R"({
  "today": "2026-11-28", "depicted": "me", "age_group": "adult", "sexual": "no",
  "shared_with": "wider_or_public", "labelled_as_deepfake": "yes", "recognisable": "yes", "maker": "unknown",
  "platforms": [{"name": "Chirp", "urls": ["https://chirp.example/p/42"]}],
  "in_search_results": "no", "public_figure": "no", "harm": [], "residence": "NL", "consent_given_earlier": "no",
  "used_for": [], "deceased": "no", "maker_age": "adult", "act_date": "2025-09-01"
})");

json plan_for(const json& params) {
  const json answer = json::parse(takedown::core::call("guidance.plan", params.dump()));
  REQUIRE_MESSAGE(answer["ok"] == true, answer.dump());
  return answer["result"];
}

std::vector<std::string> kinds(const json& plan) {
  std::vector<std::string> out;
  for (const auto& step : plan["steps"]) out.push_back(step["kind"]);
  return out;
}

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item["id"]);
  return out;
}

const json& step(const json& plan, std::string_view kind, int nth = 0) {
  for (const auto& s : plan["steps"]) {
    if (s["kind"] == kind && nth-- == 0) return s;
  }
  FAIL("no step " << kind);
  static const json none;
  return none;
}

bool has(const json& list, const json& value) { return std::find(list.begin(), list.end(), value) != list.end(); }

bool has_text(const json& texts, std::string_view fragment) {
  return std::any_of(texts.begin(), texts.end(), [&](const json& t) {
    return t["en"].get<std::string>().find(fragment) != std::string::npos;
  });
}

std::vector<std::string> question_fields(const json& plan) {
  std::vector<std::string> out;
  for (const auto& q : plan["open_questions"]) out.push_back(q["field"]);
  return out;
}

std::set<std::string> all_sources(const json& plan) {
  std::set<std::string> out(plan["gdpr_sources"].begin(), plan["gdpr_sources"].end());
  for (const auto& s : plan["steps"]) out.insert(s["sources"].begin(), s["sources"].end());
  for (const auto& w : plan["warnings"]) out.insert(w["sources"].begin(), w["sources"].end());
  for (const auto& f : plan["findings"]) out.insert(f["sources"].begin(), f["sources"].end());
  return out;
}

struct Case {
  const char* name;
  const char* changes;  // a JSON merge patch on `base` ("null" removes a field); "none" means no situation
  const char* gdpr;
  std::vector<std::string> kinds;
  std::vector<std::string> warnings;
  std::function<void(const json&)> check = [](const json&) {};
};

const std::vector<std::string> base_kinds{"preserve_evidence", "ask_platform_removal", "ask_forward_to_other_controllers",
                                          "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"};
// Outside the EU (US, UK, elsewhere) the DSA's complaint to a Digital Services Coordinator is not offered.
const std::vector<std::string> non_eu_base_kinds{"preserve_evidence", "ask_platform_removal", "ask_forward_to_other_controllers",
                                                 "complaint_dpa", "platform_appeal", "out_of_court_dispute"};
const std::vector<std::string> sexual_kinds{"preserve_evidence", "helpline", "police_report", "ask_platform_removal",
                                            "ask_forward_to_other_controllers", "hash_matching_service", "complaint_dpa",
                                            "platform_appeal", "complaint_dsc", "out_of_court_dispute", "urgent_court"};

// A child in a sexual image: the police and the hotline first, no maker letter (issue #13).
const std::vector<std::string> child_kinds{"preserve_evidence", "police_report", "report_csam_hotline", "helpline",
                                           "ask_platform_removal", "ask_forward_to_other_controllers", "hash_matching_service",
                                           "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute",
                                           "urgent_court"};

const std::vector<Case> cases{
    {"base: maker unknown, on a platform: ask the platform", "{}", "yes", base_kinds, {},
     [](const json& p) {
       const json& s = step(p, "ask_platform_removal");
       CHECK(s["addressee"]["name"] == "Chirp");
       CHECK(s["urls"] == json::array({"https://chirp.example/p/42"}));
       CHECK(has(s["sources"], "ap.remove.ask_platform"));
       CHECK(has(s["sources"], "ap.remove.without_consent_wide"));
       CHECK(s["why"]["en"].get<std::string>().rfind("If you do not know who made the deepfake", 0) == 0);
       CHECK(s["letters"] == json::array({"platform_removal"}));
       CHECK(s["deadlines"][0]["rule"] == "gdpr_one_month");
       CHECK(s["deadlines"][0]["due"] == "2026-12-28");
       CHECK(s["deadlines"][0]["counts_from"] == "today");
       CHECK(has(s["legal_bases"], "DSA Art. 16"));
       CHECK(step(p, "complaint_dpa")["status"] == "later");
       CHECK(step(p, "complaint_dpa")["addressee"]["name"] == "Autoriteit Persoonsgegevens");
       CHECK(step(p, "platform_appeal")["status"] == "later");
       CHECK(question_fields(p) == std::vector<std::string>{"maker"});  // finding the maker opens a route
       CHECK(ids(p["findings"]) == std::vector<std::string>{"needs_legal_basis", "inaccurate_personal_data", "other_law_applies"});
     }},
    {"household exemption: shared only in a personal circle", R"({"shared_with":"private_circle","platforms":[]})",
     "no_household_exemption",
     {"preserve_evidence", "portrait_right_demand", "ask_platform_removal", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute"},
     {"household_exemption_other_law"},
     [](const json& p) {
       CHECK(has(p["gdpr_sources"], "ap.make_share.household"));
       CHECK(p["gdpr_reason"]["nl"].get<std::string>().find("persoonlijke kring") != std::string::npos);
       CHECK(p["findings"].empty());
     }},
    {"household exemption, sexual: criminal law still applies", R"({"shared_with":"private_circle","sexual":"yes","platforms":[]})",
     "no_household_exemption",
     {"preserve_evidence", "helpline", "police_report", "ask_platform_removal", "hash_matching_service", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute", "urgent_court"},
     {"household_exemption_other_law"},
     [](const json& p) {
       const json& s = step(p, "ask_platform_removal");
       CHECK(s["why"]["en"].get<std::string>().rfind("The GDPR does not apply here", 0) == 0);
       CHECK_FALSE(has(s["legal_bases"], "GDPR Art. 17(1)"));
       CHECK(has(s["legal_bases"], "DSA Art. 16"));
       CHECK(step(p, "urgent_court")["legal_bases"] == json::array({"Auteurswet art. 21"}));
     }},
    {"household exemption with harm: portrait right in court", R"({"shared_with":"private_circle","harm":["reputational"],"platforms":[]})",
     "no_household_exemption",
     {"preserve_evidence", "portrait_right_demand", "ask_platform_removal", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute", "court_damages"},
     {"household_exemption_other_law"},
     [](const json& p) {
       CHECK(step(p, "court_damages")["legal_bases"] ==
             json::parse(R"j(["BW art. 6:162","BW art. 6:106","Auteurswet art. 21"])j"));
     }},
    {"maker known and reachable, not on a platform: ask the maker", R"({"maker":"known_reachable","platforms":[]})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa"}, {},
     [](const json& p) {
       const json& s = step(p, "ask_maker_erasure");
       CHECK(s["legal_bases"] == json::parse(R"j(["GDPR Art. 16","GDPR Art. 17(1)","GDPR Art. 12(3)"])j"));
       CHECK(s["letters"] == json::array({"maker_erasure"}));
       CHECK(s["deadlines"][0]["due"] == "2026-12-28");
       CHECK(has(s["sources"], "ap.remove.ask_maker"));
       CHECK(has(s["sources"], "ap.remove.without_consent_wide"));
       CHECK(step(p, "ask_forward_to_other_controllers")["addressee"]["role"] == "maker");
       CHECK(step(p, "ask_forward_to_other_controllers")["letters"] == json::array({"maker_erasure"}));
     }},
    {"maker reachable and on a platform: ask both", R"({"maker":"known_reachable"})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_platform_removal", "ask_forward_to_other_controllers", "complaint_dpa",
      "platform_appeal", "complaint_dsc", "out_of_court_dispute"},
     {},
     [](const json& p) {
       CHECK(step(p, "ask_platform_removal")["why"]["en"].get<std::string>().rfind("Also ask the platform", 0) == 0);
       CHECK_FALSE(has(step(p, "ask_platform_removal")["sources"], "ap.remove.ask_platform"));
       const json& forward = step(p, "ask_forward_to_other_controllers");
       CHECK(forward["addressee"]["role"] == "maker_and_platform");
       CHECK(forward["letters"] == json::array({"maker_erasure", "platform_removal"}));
       CHECK(forward["legal_bases"] == json::parse(R"j(["GDPR Art. 17(2)","GDPR Art. 19"])j"));
     }},
    {"maker known but unreachable, platform not yet known", R"({"maker":"known_unreachable","platforms":[]})", "yes", base_kinds, {},
     [](const json& p) {
       const json& s = step(p, "ask_platform_removal");
       CHECK(s["addressee"]["name"] == "");
       CHECK(has_text(s["preconditions"], "find out on which platform"));
       CHECK(question_fields(p) == std::vector<std::string>{"platforms"});
     }},
    {"shown in search results: ask search engines", R"({"in_search_results":"yes"})", "yes",
     {"preserve_evidence", "ask_platform_removal", "ask_forward_to_other_controllers", "ask_search_delisting", "complaint_dpa",
      "platform_appeal", "complaint_dsc", "out_of_court_dispute"},
     {},
     [](const json& p) {
       const json& s = step(p, "ask_search_delisting");
       CHECK(s["letters"] == json::array({"search_delisting"}));
       CHECK(has(s["sources"], "ap.remove.forward"));
       CHECK(s["deadlines"][0]["due"] == "2026-12-28");
     }},
    {"not labelled as a deepfake: a further breach", R"({"labelled_as_deepfake":"no"})", "yes", base_kinds, {},
     [](const json& p) { CHECK(has(json(ids(p["findings"])), "not_labelled_as_deepfake")); }},
    {"request sent, deadline not passed: wait", R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-11-20"}]})", "yes",
     {"preserve_evidence", "wait_for_answer", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       const json& w = step(p, "wait_for_answer");
       CHECK(w["status"] == "waiting");
       CHECK(w["history_index"] == 0);
       CHECK(w["deadlines"][0]["due"] == "2026-12-21");  // 20 December 2026 is a Sunday
       CHECK(w["letters"].empty());
       CHECK(p["progress"][0]["status"] == "waiting");
     }},
    {"no answer within a month: reminder and a complaint", R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01"}]})",
     "yes", {"preserve_evidence", "wait_for_answer", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       const json& w = step(p, "wait_for_answer");
       CHECK(w["status"] == "overdue");
       CHECK(w["deadlines"][0]["due"] == "2026-11-02");
       CHECK(w["letters"] == json::array({"reminder"}));
       const json& c = step(p, "complaint_dpa");
       CHECK(c["status"] == "now");
       CHECK(has(c["sources"], "ap.remove.complaint"));
       CHECK(c["letters"] == json::array({"dpa_complaint"}));
       CHECK(p["progress"][0]["status"] == "overdue");
     }},
    {"the maker refuses: complain to the AP",
     R"({"maker":"known_reachable","platforms":[],"history":[{"to":"maker","sent":"2026-11-01","answer":"refused","answered":"2026-11-10"}]})",
     "yes", {"preserve_evidence", "complaint_dpa"}, {},
     [](const json& p) {
       CHECK(step(p, "complaint_dpa")["status"] == "now");
       CHECK(p["progress"][0]["status"] == "refused");
     }},
    {"the platform refuses: DSA appeal within six months, then out of court",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","answer":"refused","answered":"2026-10-20"}]})", "yes",
     {"preserve_evidence", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       const json& a = step(p, "platform_appeal");
       CHECK(a["status"] == "now");
       CHECK(a["addressee"]["name"] == "Chirp");
       CHECK(a["deadlines"][0]["rule"] == "dsa_appeal_six_months");
       CHECK(a["deadlines"][0]["due"] == "2027-04-20");
       CHECK(a["deadlines"][0]["counts_from"] == "answered");
       CHECK(step(p, "out_of_court_dispute")["status"] == "later");
       CHECK(step(p, "complaint_dpa")["status"] == "now");
     }},
    {"the platform complies only in part: the same escalation",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","answer":"partial","answered":"2026-10-20"}]})", "yes",
     {"preserve_evidence", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       CHECK(step(p, "platform_appeal")["status"] == "now");
       CHECK(p["progress"][0]["status"] == "partial");
     }},
    {"the platform removed it: nothing left to escalate",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","answer":"removed","answered":"2026-10-05"}]})", "yes",
     {"preserve_evidence"}, {}, [](const json& p) { CHECK(p["progress"][0]["status"] == "removed"); }},
    {"the controller extended the deadline by two months",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","extended":true}]})", "yes",
     {"preserve_evidence", "wait_for_answer", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       const json& w = step(p, "wait_for_answer");
       CHECK(w["status"] == "waiting");
       CHECK(w["deadlines"][0]["rule"] == "gdpr_extended");
       CHECK(w["deadlines"][0]["due"] == "2027-01-04");  // 1 January 2027 is New Year's Day, then a weekend
       CHECK(w["why"]["en"].get<std::string>().find("two months") != std::string::npos);
     }},
    {"complaint already filed: wait for the AP",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-09-01"},{"to":"dpa","name":"AP","sent":"2026-10-15"}]})", "yes",
     {"preserve_evidence", "wait_for_answer", "wait_for_answer", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       CHECK(step(p, "wait_for_answer", 0)["status"] == "overdue");
       const json& ap = step(p, "wait_for_answer", 1);
       CHECK(ap["addressee"]["role"] == "dpa");
       CHECK(ap["deadlines"].empty());
       CHECK(p["progress"][1]["status"] == "filed");
     }},
    {"sexual deepfake, maker unknown: report to the police even so", R"({"sexual":"yes","platforms":[]})", "yes", sexual_kinds, {},
     [](const json& p) {
       const json& police = step(p, "police_report");
       CHECK(has(police["sources"], "ap.sexual.police"));
       CHECK(has(police["sources"], "ap.sexual.prohibited"));
       CHECK(police["legal_bases"] == json::array({"Sr art. 254ba"}));
       CHECK(police["letters"] == json::array({"police_summary"}));
       CHECK(police["addressee"]["contact"] == "0900-8844");
       CHECK(has_text(police["notes"], "before you ask the platform"));
       const json& platform = step(p, "ask_platform_removal");
       CHECK(platform["why"]["en"].get<std::string>().find("must cooperate") != std::string::npos);
       CHECK(has(platform["sources"], "ap.sexual.must_cooperate"));
       CHECK(platform["letters"] == json::array({"platform_removal", "take_it_down_notice"}));
       CHECK(platform["deadlines"][1]["rule"] == "take_it_down_48_hours");
       CHECK(platform["deadlines"][1]["due"] == "2026-11-30");
       CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "StopNCII.org");
       CHECK(step(p, "helpline")["addressee"]["name"] == "Helpwanted");
       CHECK(step(p, "urgent_court")["status"] == "later");
       CHECK(has(step(p, "urgent_court")["sources"], "ap.sexual.court"));
       CHECK(has(json(ids(p["findings"])), "illegal_image_must_cooperate"));
     }},
    {"sexual deepfake, the platform refuses: complaint and kort geding now",
     R"({"sexual":"yes","history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","answer":"refused","answered":"2026-10-03"}]})",
     "yes",
     {"preserve_evidence", "helpline", "police_report", "hash_matching_service", "complaint_dpa", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute", "urgent_court"},
     {},
     [](const json& p) {
       const json& c = step(p, "complaint_dpa");
       CHECK(c["status"] == "now");
       CHECK(has(c["sources"], "ap.sexual.complaint_platform"));
       CHECK(c["why"]["en"].get<std::string>().rfind("If a platform does not cooperate", 0) == 0);
       CHECK(step(p, "urgent_court")["status"] == "now");
       CHECK(step(p, "platform_appeal")["status"] == "now");
     }},
    {"sexual deepfake, a DSA-only notice refused: still a complaint about the platform",
     R"({"sexual":"yes","history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","via":"dsa","answer":"refused","answered":"2026-10-03"}]})",
     "yes",
     {"preserve_evidence", "helpline", "police_report", "hash_matching_service", "complaint_dpa", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute", "urgent_court"},
     {}, [](const json& p) { CHECK(step(p, "complaint_dpa")["status"] == "now"); }},
    {"not sexual, a DSA-only notice refused: appeal now, the GDPR complaint later",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01","via":"dsa","answer":"refused","answered":"2026-10-03"}]})",
     "yes", {"preserve_evidence", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       CHECK(step(p, "complaint_dpa")["status"] == "later");
       CHECK(step(p, "platform_appeal")["status"] == "now");
     }},
    {"police report already made: not repeated", R"({"sexual":"yes","history":[{"to":"police","sent":"2026-11-27"}]})", "yes",
     {"preserve_evidence", "helpline", "ask_platform_removal", "ask_forward_to_other_controllers", "hash_matching_service",
      "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute", "urgent_court"},
     {}, [](const json& p) { CHECK(p["progress"][0]["status"] == "reported"); }},
    {"TAKE IT DOWN request unanswered after 48 hours (US resident)",
     R"({"sexual":"yes","residence":"US","history":[{"to":"platform","name":"Chirp","sent":"2026-11-25","via":"take_it_down"}]})",
     "unclear",
     {"preserve_evidence", "helpline", "police_report", "hash_matching_service", "wait_for_answer", "complaint_dpa",
      "platform_appeal", "out_of_court_dispute"},
     {},
     [](const json& p) {
       const json& w = step(p, "wait_for_answer");
       CHECK(w["status"] == "overdue");
       CHECK(w["deadlines"][0]["rule"] == "take_it_down_48_hours");
       CHECK(w["deadlines"][0]["due"] == "2026-11-27");
       CHECK(w["letters"] == json::array({"reminder"}));
       CHECK(w["why"]["en"].get<std::string>().find("Federal Trade Commission") != std::string::npos);
     }},
    {"DSA notice past the default week: reminder, then the DSC",
     R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-11-01","via":"dsa"}]})",
     "yes", {"preserve_evidence", "wait_for_answer", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {},
     [](const json& p) {
       const json& w = step(p, "wait_for_answer");
       CHECK(w["status"] == "overdue");
       CHECK(w["deadlines"][0]["rule"] == "dsa_response_period");
       CHECK(w["deadlines"][0]["due"] == "2026-11-08");
       CHECK(w["letters"] == json::array({"reminder"}));
       CHECK(w["legal_bases"] == json::array({"DSA Art. 16"}));
       CHECK(step(p, "complaint_dsc")["status"] == "now");
     }},
    {"harm and a known maker: damages in court", R"({"maker":"known_reachable","platforms":[],"harm":["financial"]})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa", "court_damages"}, {},
     [](const json& p) {
       const json& c = step(p, "court_damages");
       CHECK(c["status"] == "later");
       CHECK(c["preconditions"].empty());
       CHECK(has(c["sources"], "ap.remove.court"));
       CHECK(c["legal_bases"] == json::parse(R"j(["GDPR Art. 82","BW art. 6:162","BW art. 6:106","Auteurswet art. 21"])j"));
     }},
    {"harm, maker unknown: damages need the maker's identity", R"({"harm":["reputational","emotional"]})", "yes",
     {"preserve_evidence", "ask_platform_removal", "ask_forward_to_other_controllers", "complaint_dpa", "platform_appeal", "complaint_dsc",
      "out_of_court_dispute", "court_damages"},
     {}, [](const json& p) { CHECK(has_text(step(p, "court_damages")["preconditions"], "know who they are")); }},
    {"harm not answered: the plan asks", R"({"harm":null})", "yes", base_kinds, {},
     [](const json& p) {
       CHECK(question_fields(p) == std::vector<std::string>{"maker", "harm"});
       CHECK(p["situation"]["harm"] == "unknown");
     }},
    {"public figure: the court weighs freedom of expression",
     R"({"public_figure":"yes","harm":["reputational"],"maker":"known_reachable","platforms":[]})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa", "court_damages"},
     {"public_figure_balancing"},
     [](const json& p) {
       CHECK(has(p["warnings"][0]["sources"], "ap.public_figure.same_rules"));
       CHECK(has(p["warnings"][0]["sources"], "ap.public_figure.balancing"));
       CHECK(has_text(step(p, "court_damages")["notes"], "satire"));
       CHECK(has(step(p, "court_damages")["sources"], "ap.public_figure.balancing"));
     }},
    {"public figure, sexual: the balancing note on the kort geding", R"({"public_figure":"yes","sexual":"yes"})", "yes",
     sexual_kinds, {"public_figure_balancing"},
     [](const json& p) { CHECK(has_text(step(p, "urgent_court")["notes"], "freedom of expression")); }},
    {"a minor, sexual: child abuse material, do not save it",
     R"({"age_group":"minor","sexual":"yes"})", "yes", child_kinds, {"minor_sexual_material"},
     [](const json& p) {
       CHECK(step(p, "preserve_evidence")["why"]["en"].get<std::string>().find("do not download") != std::string::npos);
       CHECK(step(p, "police_report")["legal_bases"] == json::array({"Sr art. 254ba", "Sr art. 252"}));
       CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "Take It Down (NCMEC)");
       CHECK(has_text(step(p, "ask_platform_removal")["notes"], "does not need your name"));
       CHECK(p["warnings"][0]["en"].get<std::string>().find("art. 252 Sr") != std::string::npos);
     }},
    {"my child, age not given: treated as a minor", R"({"depicted":"my_child","age_group":"unknown","sexual":"yes"})", "yes",
     child_kinds, {"minor_sexual_material"},
     [](const json& p) {
       CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "Take It Down (NCMEC)");
       const auto q = std::find_if(p["open_questions"].begin(), p["open_questions"].end(),
                                   [](const json& x) { return x["field"] == "age_group"; });
       REQUIRE(q != p["open_questions"].end());
       CHECK((*q)["assumed"] == "minor");
     }},
    {"my child, a minor, not sexual: the helpline", R"({"depicted":"my_child","age_group":"minor"})", "yes",
     {"preserve_evidence", "helpline", "ask_platform_removal", "ask_forward_to_other_controllers", "complaint_dpa",
      "platform_appeal", "complaint_dsc", "out_of_court_dispute"},
     {}},
    {"my adult child: the DPA says they must ask themselves", R"({"depicted":"my_child","age_group":"adult"})", "yes", base_kinds,
     {"acting_for_another_adult"},
     [](const json& p) {
       CHECK(has_text(step(p, "ask_platform_removal")["preconditions"], "on behalf of another adult"));
       CHECK(has_text(step(p, "complaint_dpa")["preconditions"], "authorisation"));
     }},
    {"representing another adult", R"({"depicted":"someone_i_represent","maker":"known_reachable","platforms":[]})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa"},
     {"acting_for_another_adult"},
     [](const json& p) {
       CHECK(has(p["warnings"][0]["sources"], "notes.on_behalf"));
       CHECK(has_text(step(p, "ask_maker_erasure")["preconditions"], "on behalf of another adult"));
       CHECK(has_text(step(p, "complaint_dpa")["preconditions"], "authorisation"));
     }},
    {"consent given earlier: withdraw it", R"({"consent_given_earlier":"yes","maker":"known_reachable","platforms":[]})", "yes",
     {"preserve_evidence", "ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa"},
     {"consent_given_earlier"},
     [](const json& p) {
       const json& s = step(p, "ask_maker_erasure");
       CHECK(has(s["legal_bases"], "GDPR Art. 17(1)(b)"));
       CHECK_FALSE(has(s["sources"], "ap.remove.without_consent_wide"));
       CHECK(has_text(s["notes"], "withdraw it expressly"));
     }},
    {"consent given earlier, sexual: the TAKE IT DOWN good-faith caveat", R"({"consent_given_earlier":"yes","sexual":"yes"})",
     "yes", sexual_kinds, {"consent_given_earlier"},
     [](const json& p) { CHECK(has_text(step(p, "ask_platform_removal")["preconditions"], "state in good faith")); }},
    {"not recognisable: the GDPR may not apply", R"({"recognisable":"no"})", "unclear", base_kinds, {},
     [](const json& p) {
       CHECK(has(p["gdpr_sources"], "ap.remove.recognisable"));
       CHECK(has_text(step(p, "ask_platform_removal")["preconditions"], "recognisable"));
     }},
    {"how widely shared is unknown: the plan asks", R"({"shared_with":"unknown"})", "unclear", base_kinds, {},
     [](const json& p) {
       CHECK(question_fields(p) == std::vector<std::string>{"shared_with", "maker"});
       CHECK(has_text(step(p, "ask_platform_removal")["preconditions"], "beyond a personal circle"));
     }},
    {"sexual unknown: no police step yet, the plan asks", R"({"sexual":"unknown","age_group":"unknown"})", "yes", base_kinds, {},
     [](const json& p) { CHECK(question_fields(p) == std::vector<std::string>{"sexual", "age_group", "maker"}); }},
    {"US resident, not sexual: GDPR reach unclear, no helpline", R"({"residence":"US"})", "unclear", non_eu_base_kinds, {},
     [](const json& p) {
       CHECK(p["gdpr_reason"]["en"].get<std::string>().find("outside the EU") != std::string::npos);
       CHECK(step(p, "complaint_dpa")["addressee"]["name"] == "");
       CHECK(has_text(step(p, "ask_platform_removal")["preconditions"], "where the recipient is established"));
     }},
    {"US resident, sexual: TAKE IT DOWN, CCRI, local police", R"({"residence":"US","sexual":"yes"})", "unclear",
     {"preserve_evidence", "helpline", "police_report", "ask_platform_removal", "ask_forward_to_other_controllers",
      "hash_matching_service", "complaint_dpa", "platform_appeal", "out_of_court_dispute"},
     {},
     [](const json& p) {
       CHECK(step(p, "helpline")["addressee"]["name"] == "Cyber Civil Rights Initiative");
       CHECK(step(p, "police_report")["legal_bases"] == json::array({"TAKE IT DOWN Act (Pub. L. 119-12)"}));
       CHECK(has(step(p, "ask_platform_removal")["letters"], "take_it_down_notice"));
     }},
    {"UK resident, sexual adult: Sexual Offences Act and the Revenge Porn Helpline", R"({"residence":"GB","sexual":"yes"})",
     "unclear",
     {"preserve_evidence", "helpline", "police_report", "ask_platform_removal", "ask_forward_to_other_controllers",
      "hash_matching_service", "complaint_dpa", "platform_appeal", "out_of_court_dispute"},
     {"uk_creation_offence_unconfirmed"},
     [](const json& p) {
       CHECK(step(p, "helpline")["addressee"]["name"] == "Revenge Porn Helpline");
       CHECK(step(p, "police_report")["legal_bases"] == json::array({"Sexual Offences Act 2003 s. 66B"}));
       CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "StopNCII.org");
     }},
    {"UK resident, sexual minor: no adult helpline, Take It Down", R"({"residence":"GB","sexual":"yes","age_group":"minor"})",
     "unclear",
     {"preserve_evidence", "police_report", "report_csam_hotline", "ask_platform_removal", "ask_forward_to_other_controllers",
      "hash_matching_service", "complaint_dpa", "platform_appeal", "out_of_court_dispute"},
     {"minor_sexual_material", "uk_creation_offence_unconfirmed"},
     [](const json& p) {
       CHECK(step(p, "police_report")["why"]["en"].get<std::string>().find("under 18") != std::string::npos);
       CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "Take It Down (NCMEC)");
       CHECK(p["warnings"][0]["en"].get<std::string>().find("Dutch") == std::string::npos);
     }},
    {"residence written UK is read as GB", R"({"residence":"UK"})", "unclear", non_eu_base_kinds, {},
     [](const json& p) {
       CHECK(p["situation"]["residence"] == "GB");
       CHECK(p["situation"]["region"] == "gb");
     }},
    {"resident elsewhere in the EU (Germany): GDPR applies, no Dutch specifics", R"({"residence":"DE","sexual":"yes"})", "yes",
     {"preserve_evidence", "police_report", "ask_platform_removal", "ask_forward_to_other_controllers",
      "hash_matching_service", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"},
     {},
     [](const json& p) {
       CHECK(step(p, "police_report")["legal_bases"].empty());
       const json& dpa = step(p, "complaint_dpa")["addressee"];
       CHECK(dpa["name"].get<std::string>().find("Bundesland") != std::string::npos);
       CHECK(dpa["confirmed"] == false);
       CHECK(dpa["alternatives"].size() == 16);
       CHECK(step(p, "complaint_dsc")["addressee"]["name"] == "Bundesnetzagentur (DSC)");
       CHECK(p["situation"]["region"] == "eu");
     }},
    {"resident outside the EU, US and UK (Japan)", R"({"residence":"JP"})", "unclear", non_eu_base_kinds, {},
     [](const json& p) { CHECK(p["situation"]["region"] == "other"); }},
    {"before 19 May 2026: TAKE IT DOWN duties not yet in force", R"({"today":"2026-03-01","sexual":"yes"})", "yes", sexual_kinds,
     {"take_it_down_not_yet_in_force"}},
    {"two platforms, one already asked",
     R"({"platforms":[{"name":"Chirp","urls":["https://chirp.example/p/42"]},{"name":"Vidz","urls":["https://vidz.example/v/9"]}],"history":[{"to":"platform","name":"chirp","sent":"2026-11-20"}]})",
     "yes",
     {"preserve_evidence", "ask_platform_removal", "ask_forward_to_other_controllers", "wait_for_answer", "complaint_dpa",
      "platform_appeal", "complaint_dsc", "out_of_court_dispute"},
     {},
     [](const json& p) {
       CHECK(step(p, "ask_platform_removal")["addressee"]["name"] == "Vidz");
       CHECK(step(p, "wait_for_answer")["addressee"]["name"] == "chirp");
     }},
    {"an unnamed platform request with one platform counts for it",
     R"({"history":[{"to":"platform","sent":"2026-11-20"}]})", "yes",
     {"preserve_evidence", "wait_for_answer", "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute"}, {}},
    {"residence unknown: assumes the Netherlands", R"({"residence":"unknown","sexual":"yes"})", "yes", sexual_kinds, {},
     [](const json& p) {
       CHECK(step(p, "helpline")["addressee"]["name"] == "Helpwanted");
       CHECK(question_fields(p) == std::vector<std::string>{"maker", "residence"});
       CHECK(p["open_questions"][1]["assumed"] == "NL");
     }},
    {"nothing known at all: a general plan and every question", "none", "unclear", base_kinds, {},
     [](const json& p) {
       CHECK(question_fields(p) ==
             std::vector<std::string>{"depicted", "shared_with", "recognisable", "sexual", "age_group",
                                      "consent_given_earlier", "maker", "platforms", "labelled_as_deepfake",
                                      "in_search_results", "public_figure", "harm", "used_for", "act_date", "residence",
                                      "today"});
       for (const auto& s : p["steps"]) CHECK(s["deadlines"].empty());
       CHECK(p["situation"]["today"] == "unknown");
     }},
    {"everything explicitly unknown equals nothing said",
     R"({"today":null,"depicted":"unknown","age_group":"unknown","sexual":"unknown","shared_with":"unknown","labelled_as_deepfake":"unknown","recognisable":"unknown","maker":"unknown","platforms":[],"in_search_results":"unknown","public_figure":"unknown","harm":"unknown","residence":"unknown","consent_given_earlier":"unknown","used_for":"unknown","deceased":"unknown","maker_age":"unknown","act_date":"unknown"})",
     "unclear", base_kinds, {},
     [](const json& p) {
       const json none = plan_for(json::object());
       CHECK(p["steps"] == none["steps"]);
       CHECK(p["open_questions"] == none["open_questions"]);
     }},
};

// guidance.plan's params for a case: `base` with the case's changes, or no situation at all.
json params_for(const Case& c) {
  json params = json::object();
  if (std::string_view(c.changes) != "none") {
    json situation = base;
    situation.merge_patch(json::parse(c.changes));
    params["situation"] = situation;
  }
  return params;
}

}  // namespace

TEST_CASE("guidance.plan: situations give the expected plans") {
  CHECK(cases.size() >= 40);
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    const json plan = plan_for(params_for(c));
    CHECK(plan["gdpr_applies"] == c.gdpr);
    CHECK(kinds(plan) == c.kinds);
    CHECK(ids(plan["warnings"]) == c.warnings);
    c.check(plan);
  }
}

TEST_CASE("every paragraph of the Dutch DPA's guidance is reached by some situation") {
  const std::vector<std::string> seed{
      "ap.make_share.household",        "ap.make_share.outside_circle", "ap.make_share.other_law",
      "ap.remove.recognisable",         "ap.remove.without_consent_wide", "ap.remove.ask_maker",
      "ap.remove.ask_platform",         "ap.remove.forward",            "ap.remove.complaint",
      "ap.remove.court",                "ap.sexual.prohibited",         "ap.sexual.police",
      "ap.sexual.must_cooperate",       "ap.sexual.complaint_platform", "ap.sexual.court",
      "ap.public_figure.same_rules",    "ap.public_figure.balancing",
  };
  std::set<std::string> reached;
  for (const auto& c : cases) {
    const auto sources = all_sources(plan_for(params_for(c)));
    reached.insert(sources.begin(), sources.end());
  }
  for (const auto& id : seed) {
    CAPTURE(id);
    CHECK(reached.count(id) == 1);
  }
  // Nothing cites a paragraph that does not exist.
  for (const auto& id : reached) {
    if (id.rfind("ap.", 0) == 0) CHECK_MESSAGE(std::find(seed.begin(), seed.end(), id) != seed.end(), id);
  }
}

TEST_CASE("every step is complete: kind, status, addressee, bilingual reasons, known letter kinds") {
  const std::set<std::string> kinds_known{"preserve_evidence", "ask_platform_removal", "ask_maker_erasure",
                                          "ask_search_delisting", "ask_forward_to_other_controllers", "police_report",
                                          "complaint_dpa", "platform_appeal", "complaint_dsc", "out_of_court_dispute", "court_damages",
                                          "urgent_court", "hash_matching_service", "helpline", "wait_for_answer",
                                          "report_csam_hotline", "portrait_right_demand", "complaint_dsc"};
  const std::set<std::string> letters_known{"maker_erasure", "platform_removal", "search_delisting", "take_it_down_notice",
                                            "reminder", "dpa_complaint", "police_summary", "platform_appeal",
                                            "portrait_right_demand", "dsc_complaint"};
  for (const auto& c : cases) {
    const std::string name = c.name;
    CAPTURE(name);
    json situation = base;
    if (std::string_view(c.changes) != "none") situation.merge_patch(json::parse(c.changes));
    const json plan = plan_for({{"situation", situation}});
    CHECK_FALSE(plan["gdpr_reason"]["nl"].get<std::string>().empty());
    for (const auto& s : plan["steps"]) {
      CHECK(kinds_known.count(s["kind"]) == 1);
      CHECK(std::set<std::string>{"now", "waiting", "overdue", "later"}.count(s["status"]) == 1);
      CHECK_FALSE(s["addressee"]["role"].get<std::string>().empty());
      CHECK_FALSE(s["why"]["nl"].get<std::string>().empty());
      CHECK_FALSE(s["why"]["en"].get<std::string>().empty());
      CHECK_FALSE(s["sources"].empty());
      for (const auto& letter : s["letters"]) CHECK(letters_known.count(letter) == 1);
      for (const auto& t : s["preconditions"]) CHECK_FALSE(t["nl"].get<std::string>().empty());
    }
    for (const auto& q : plan["open_questions"]) CHECK_FALSE(q["nl"].get<std::string>().empty());
  }
}

// Every Dutch sentence anywhere in a plan (reasons, preconditions, notes, findings, warnings, questions).
void collect_dutch(const json& value, std::set<std::string>& out) {
  if (value.is_object()) {
    if (value.contains("nl") && value["nl"].is_string() && value.contains("en")) out.insert(value["nl"].get<std::string>());
    for (const auto& item : value) collect_dutch(item, out);
  } else if (value.is_array()) {
    for (const auto& item : value) collect_dutch(item, out);
  }
}

// Words of a Dutch sentence; bytes of UTF-8 letters (é, ë) count as letters so words are not split at them.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalpha(byte) || byte >= 0x80) {
      word += static_cast<char>(std::tolower(byte));
    } else if (!word.empty()) {
      out.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(word);
  return out;
}

TEST_CASE("the Dutch texts address the person informally, as the extension does (je, not u)") {
  std::set<std::string> dutch;
  for (const auto& c : cases) {
    collect_dutch(plan_for(params_for(c)), dutch);
  }
  collect_dutch(plan_for({{"situation", json::object()}}), dutch);  // every open question
  CHECK(dutch.size() >= 80);
  const std::set<std::string> formal{"u", "uw", "uzelf"};  // "kunt u", "heeft u" etc. all contain "u"
  std::size_t informal = 0;
  for (const auto& text : dutch) {
    CAPTURE(text);
    for (const auto& word : words(text)) CHECK(formal.count(word) == 0);
    const auto list = words(text);
    informal += std::count_if(list.begin(), list.end(), [](const std::string& w) { return w == "je" || w == "jij"; });
  }
  CHECK(informal >= 40);
}

TEST_CASE("the plan is deterministic: the same situation gives the same bytes") {
  json situation = base;
  situation.merge_patch(json::parse(R"({"sexual":"yes","harm":["emotional"],"history":[{"to":"platform","name":"Chirp","sent":"2026-10-01"}]})"));
  const std::string params = json{{"situation", situation}}.dump();
  CHECK(takedown::core::call("guidance.plan", params) == takedown::core::call("guidance.plan", params));
}

TEST_CASE("guidance.plan refuses malformed situations with the field's path") {
  const auto error_of = [](std::string_view params) {
    const json answer = json::parse(takedown::core::call("guidance.plan", params));
    REQUIRE(answer["ok"] == false);
    CHECK(answer["error"]["code"] == "invalid_params");
    return answer["error"]["message"].get<std::string>();
  };
  CHECK(error_of(R"({"situation":{"depicted":"my_cat"}})") ==
        "params.situation.depicted must be one of me, my_child, someone_i_represent, unknown");
  CHECK(error_of(R"({"situation":{"sexual":true}})") == "params.situation.sexual must be one of yes, no, unknown");
  CHECK(error_of(R"({"situation":{"shared_with":"everyone"}})") ==
        "params.situation.shared_with must be one of private_circle, wider_or_public, unknown");
  CHECK(error_of(R"({"situation":{"colour":"red"}})") == "params.situation.colour is not a known field");
  CHECK(error_of(R"({"situation":[]})") == "params.situation must be an object, not array");
  CHECK(error_of(R"({"situation":{},"extra":1})") == "params.extra is not a known field");
  CHECK(error_of(R"({"situation":{"today":"28-11-2026"}})") == "params.situation.today must be a date written YYYY-MM-DD");
  CHECK(error_of(R"({"situation":{"residence":"nl"}})").rfind("params.situation.residence must be a two-letter", 0) == 0);
  CHECK(error_of(R"({"situation":{"residence":"Netherlands"}})").rfind("params.situation.residence", 0) == 0);
  CHECK(error_of(R"({"situation":{"harm":["boredom"]}})") ==
        "params.situation.harm[0] must be one of reputational, financial, emotional");
  CHECK(error_of(R"({"situation":{"harm":["financial","financial"]}})") == "params.situation.harm[1] repeats an earlier entry");
  CHECK(error_of(R"({"situation":{"platforms":[{}]}})") == "params.situation.platforms[0] needs a name or at least one URL");
  CHECK(error_of(R"({"situation":{"platforms":[{"name":"A","url":"x"}]}})") ==
        "params.situation.platforms[0].url is not a known field");
  CHECK(error_of(R"({"situation":{"platforms":[{"urls":[1]}]}})") ==
        "params.situation.platforms[0].urls[0] must be a string");
  CHECK(error_of(R"({"situation":{"history":[{"to":"maker"}]}})") == "params.situation.history[0].sent is required");
  CHECK(error_of(R"({"situation":{"history":[{"sent":"2026-01-01"}]}})") == "params.situation.history[0].to is required");
  CHECK(error_of(R"({"situation":{"history":[{"to":"maker","sent":"2026-02-01","answer":"refused","answered":"2026-01-01"}]}})") ==
        "params.situation.history[0].answered is before sent");
  CHECK(error_of(R"({"situation":{"history":[{"to":"maker","sent":"2026-02-01","answered":"2026-03-01"}]}})") ==
        "params.situation.history[0].answered needs an answer other than none");
  CHECK(error_of(R"({"situation":{"history":[{"to":"platform","sent":"2026-02-01","via":"dsa","extended":true}]}})") ==
        "params.situation.history[0].extended applies only to GDPR requests (via gdpr)");
  CHECK(error_of(R"({"situation":{"history":[{"to":"police","sent":"2026-02-01","answer":"removed"}]}})") ==
        "params.situation.history[0].answer does not apply to a police report");

  std::string many = R"({"situation":{"platforms":[)";
  for (int i = 0; i < 21; ++i) many += std::string(i ? "," : "") + R"({"name":"p"})";
  many += "]}}";
  CHECK(error_of(many) == "params.situation.platforms has more than 20 entries");
  const std::string long_name(201, 'x');
  CHECK(error_of(R"({"situation":{"platforms":[{"name":")" + long_name + R"("}]}})") ==
        "params.situation.platforms[0].name is longer than 200 bytes");
}

TEST_CASE("names in the situation are single-lined in the plan") {
  const json plan = plan_for(json::parse(
      R"({"situation":{"shared_with":"wider_or_public","platforms":[{"name":"Chirp\r\nSubject: hi\u2028x"}]}})"));
  CHECK(step(plan, "ask_platform_removal")["addressee"]["name"] == "Chirp Subject: hi x");
}

}  // namespace guidance_test

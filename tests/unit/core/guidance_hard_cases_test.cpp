// guidance.plan in the hard cases of issue #13: a child in a sexual image, sexual deepfakes of adults,
// deepfakes used for extortion and fraud, the household exemption, DSA escalation, the authority of the
// person's residence, a person who has died, a maker who is a minor, the article by the date of the
// act, and deadlines counted from sending. Each test states a rule and checks it over every value it
// covers, not one example.
#include <takedown/core/call.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "authorities/authorities.hpp"

namespace guidance_hard_cases_test {  // one per file: the unity build joins test files

using nlohmann::json;

namespace {

// A fully answered adult case in the Netherlands, shared publicly on one platform, maker unknown.
const json base = json::parse(R"({
  "today": "2026-11-28", "depicted": "me", "age_group": "adult", "sexual": "no",
  "shared_with": "wider_or_public", "labelled_as_deepfake": "yes", "recognisable": "yes", "maker": "unknown",
  "platforms": [{"name": "Chirp", "urls": ["https://chirp.example/p/42"]}],
  "in_search_results": "no", "public_figure": "no", "harm": [], "residence": "NL", "consent_given_earlier": "no",
  "used_for": [], "deceased": "no", "maker_age": "adult", "act_date": "2026-10-01"
})");

json plan_with(const char* changes) {
  json situation = base;
  situation.merge_patch(json::parse(changes));
  const json answer = json::parse(takedown::core::call("guidance.plan", json{{"situation", situation}}.dump()));
  REQUIRE_MESSAGE(answer["ok"] == true, answer.dump());
  return answer["result"];
}

std::string error_with(const char* changes) {
  json situation = base;
  situation.merge_patch(json::parse(changes));
  const json answer = json::parse(takedown::core::call("guidance.plan", json{{"situation", situation}}.dump()));
  REQUIRE(answer["ok"] == false);
  CHECK(answer["error"]["code"] == "invalid_params");
  return answer["error"]["message"];
}

std::vector<std::string> kinds(const json& plan) {
  std::vector<std::string> out;
  for (const auto& s : plan["steps"]) out.push_back(s["kind"]);
  return out;
}

bool has_kind(const json& plan, std::string_view kind) {
  return std::any_of(plan["steps"].begin(), plan["steps"].end(), [&](const json& s) { return s["kind"] == kind; });
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

std::vector<std::string> ids(const json& list) {
  std::vector<std::string> out;
  for (const auto& item : list) out.push_back(item["id"]);
  return out;
}

bool asks(const json& plan, std::string_view field) {
  return std::any_of(plan["open_questions"].begin(), plan["open_questions"].end(),
                     [&](const json& q) { return q["field"] == field; });
}

std::string patch(std::string_view key, std::string_view value) {
  return "{\"" + std::string(key) + "\":\"" + std::string(value) + "\"}";
}

const std::vector<std::string> eu_members{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
                                          "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
const std::vector<std::string> eea_only{"IS", "LI", "NO"};

}  // namespace

TEST_CASE("a child in a sexual image: police and hotline first, no maker letter, never the image") {
  const json p = plan_with(R"({"depicted":"my_child","age_group":"minor","sexual":"yes","maker":"known_reachable",
                               "in_search_results":"yes"})");
  CHECK(p["child_case"] == true);
  CHECK(p["safe_capture"] == true);
  const auto k = kinds(p);
  REQUIRE(k.size() >= 4);
  CHECK(std::vector<std::string>(k.begin(), k.begin() + 4) ==
        std::vector<std::string>{"preserve_evidence", "police_report", "report_csam_hotline", "helpline"});
  CHECK_FALSE(has_kind(p, "ask_maker_erasure"));
  CHECK_FALSE(has_kind(p, "portrait_right_demand"));
  CHECK(step(p, "ask_forward_to_other_controllers")["addressee"]["role"] == "platform");

  CHECK(step(p, "preserve_evidence")["why"]["en"].get<std::string>().rfind("Never keep the image itself", 0) == 0);
  const json& hotline = step(p, "report_csam_hotline");
  CHECK(hotline["addressee"]["role"] == "hotline");
  CHECK(hotline["addressee"]["name"] == "Meldpunt Kinderporno (Offlimits)");
  CHECK(hotline["status"] == "now");
  CHECK(hotline["preconditions"].empty());
  CHECK(has_text(hotline["notes"], "give only the web addresses"));
  const json& police = step(p, "police_report");
  CHECK(police["legal_bases"] == json::array({"Sr art. 254ba", "Sr art. 252"}));
  CHECK(has_text(police["notes"], "Veilig Thuis"));
  CHECK_FALSE(has_text(police["notes"], "before you ask the platform"));  // for a child, the hotline goes alongside
  CHECK(has_text(step(p, "helpline")["notes"], "also helps parents"));
  const json& platform = step(p, "ask_platform_removal");
  CHECK(has_text(platform["notes"], "child safety"));
  CHECK(has_text(platform["notes"], "does not need your name"));  // DSA Art. 16(2)(c)
  CHECK(has_text(platform["notes"], "Never send the image"));
  CHECK(step(p, "hash_matching_service")["addressee"]["name"] == "Take It Down (NCMEC)");
  CHECK(has_text(step(p, "complaint_dpa")["notes"], "Never send the image"));
  CHECK(has_text(step(p, "ask_search_delisting")["notes"], "Never send the image"));
  CHECK(has(json(ids(p["warnings"])), "minor_sexual_material"));
}

TEST_CASE("the child's route follows the age and the answer on sexual content, not the example") {
  // A parent who has not said whether it is sexual: the safe route, with the hotline conditional.
  const json unsure = plan_with(R"({"depicted":"my_child","age_group":"unknown","sexual":"unknown"})");
  CHECK(unsure["child_case"] == true);
  CHECK(unsure["safe_capture"] == true);
  CHECK(has_text(step(unsure, "report_csam_hotline")["preconditions"], "if the image is sexual"));
  CHECK(has_text(step(unsure, "police_report")["preconditions"], "if the image is sexual"));
  CHECK(has_text(step(unsure, "hash_matching_service")["preconditions"], "if the image is sexual"));
  // Where it is posted is not known yet: still the platform's child-safety report, never the maker.
  const json nowhere = plan_with(R"({"age_group":"minor","sexual":"yes","maker":"known_reachable","platforms":[]})");
  CHECK(has_text(step(nowhere, "ask_platform_removal")["notes"], "child safety"));
  CHECK(has_text(step(nowhere, "ask_platform_removal")["preconditions"], "find out on which platform"));
  CHECK_FALSE(has_kind(nowhere, "ask_maker_erasure"));
  // Not a child's case: an adult, or a minor in an image said not to be sexual.
  for (const char* changes : {R"({"sexual":"yes"})", R"({"age_group":"minor","sexual":"no"})",
                              R"({"depicted":"my_child","age_group":"adult","sexual":"yes"})"}) {
    CAPTURE(changes);
    const json p = plan_with(changes);
    CHECK(p["child_case"] == false);
    CHECK(p["safe_capture"] == false);
    CHECK_FALSE(has_kind(p, "report_csam_hotline"));
  }
  // Outside the Netherlands: NCMEC in the US, the national hotline (unnamed) elsewhere; never the Meldpunt.
  CHECK(step(plan_with(R"({"age_group":"minor","sexual":"yes","residence":"US"})"), "report_csam_hotline")["addressee"]["name"] ==
        "NCMEC CyberTipline");
  for (const char* country : {"DE", "GB", "FR", "JP"}) {
    CAPTURE(country);
    const json p = plan_with(("{\"age_group\":\"minor\",\"sexual\":\"yes\",\"residence\":\"" + std::string(country) + "\"}").c_str());
    const json& hotline = step(p, "report_csam_hotline");
    CHECK(hotline["addressee"]["name"] == "");
    CHECK(hotline["why"]["en"].get<std::string>().find("INHOPE") != std::string::npos);
    CHECK_FALSE(has_kind(p, "ask_maker_erasure"));
  }
}

TEST_CASE("a sexual deepfake of an adult: the maker letter waits for the police") {
  const json before = plan_with(R"({"sexual":"yes","maker":"known_reachable"})");
  const json& maker = step(before, "ask_maker_erasure");
  CHECK(maker["status"] == "later");
  CHECK(has_text(maker["preconditions"], "only after your police report, or when the police advise"));
  CHECK(has_text(maker["notes"], "destroy evidence"));
  CHECK(has(maker["sources"], "notes.hard.sexual_adult"));
  CHECK(kinds(before)[2] == "police_report");

  const json after = plan_with(R"({"sexual":"yes","maker":"known_reachable","history":[{"to":"police","sent":"2026-11-20"}]})");
  CHECK(step(after, "ask_maker_erasure")["status"] == "now");
  CHECK(step(after, "ask_maker_erasure")["preconditions"].empty());
  CHECK(has_text(step(after, "ask_maker_erasure")["notes"], "destroy evidence"));

  // Not sexual: no hold.
  CHECK(step(plan_with(R"({"maker":"known_reachable"})"), "ask_maker_erasure")["status"] == "now");
}

TEST_CASE("every use of a deepfake leads to a police report with its own legal bases (NL)") {
  const std::vector<std::pair<std::string, std::vector<std::string>>> expected{
      {"extortion", {"Sr art. 317", "Sr art. 318", "Sr art. 284"}},
      {"fraud", {"Sr art. 326"}},
      {"threats", {"Sr art. 285"}},
      {"harassment", {"Sr art. 285b", "Sr art. 261", "Sr art. 262"}},
      {"impersonation", {"Sr art. 231b", "Sr art. 261", "Sr art. 262"}},
  };
  for (const auto& entry : expected) {
    const std::string& use = entry.first;  // not a structured binding: clang 14 cannot capture one
    const std::vector<std::string>& bases = entry.second;
    CAPTURE(use);
    const json p = plan_with(("{\"used_for\":[\"" + use + "\"]}").c_str());
    const json& police = step(p, "police_report");
    CHECK(police["status"] == "now");
    CHECK(police["addressee"]["name"] == "Politie");
    CHECK(police["legal_bases"] == json(bases));
    CHECK(police["letters"] == json::array({"police_summary"}));
    CHECK(has_text(police["notes"], "Stop contact and block"));
    CHECK(has_text(police["notes"], "Keep every message"));
    CHECK(has_text(police["notes"], "Do not pay") == (use == "extortion" || use == "fraud"));
    CHECK(has(police["sources"], "notes.hard.uses"));
    CHECK(has_text(step(p, "preserve_evidence")["notes"], "Keep every message"));
    const bool fraud_desk = std::any_of(p["steps"].begin(), p["steps"].end(), [](const json& s) {
      return s["kind"] == "helpline" && s["addressee"]["name"] == "Fraudehelpdesk";
    });
    CHECK(fraud_desk == (use == "fraud"));
  }
  // All uses at once: every basis once, in a stable order.
  const json all = plan_with(R"({"used_for":["extortion","fraud","threats","harassment","impersonation"]})");
  const json bases = step(all, "police_report")["legal_bases"];
  CHECK(std::set<std::string>(bases.begin(), bases.end()).size() == bases.size());
  CHECK(bases.size() == 9);  // 261 and 262 serve harassment and impersonation alike
  // None of these uses, not sexual: no police step; unanswered: the plan asks.
  CHECK_FALSE(has_kind(plan_with(R"({"used_for":[]})"), "police_report"));
  CHECK(asks(plan_with(R"({"used_for":"unknown"})"), "used_for"));
  CHECK_FALSE(asks(plan_with(R"({"used_for":[]})"), "used_for"));
}

TEST_CASE("uses: sexual cases add to the image offences; the UK and US where the notes name provisions") {
  const json sextortion = plan_with(R"({"sexual":"yes","used_for":["extortion"]})");
  const json bases = step(sextortion, "police_report")["legal_bases"];
  CHECK(has(bases, "Sr art. 254ba"));
  CHECK(has(bases, "Sr art. 318"));
  CHECK(step(sextortion, "helpline")["why"]["en"].get<std::string>().find("extortion") != std::string::npos);

  const json young = plan_with(R"({"age_group":"minor","sexual":"unknown","used_for":["extortion"]})");
  CHECK(has_text(step(young, "police_report")["notes"], "not your fault"));
  CHECK(step(young, "helpline")["addressee"]["name"] == "Helpwanted");

  CHECK(step(plan_with(R"({"residence":"GB","used_for":["extortion"]})"), "police_report")["legal_bases"] ==
        json::array({"Theft Act 1968 s. 21"}));
  CHECK(has(step(plan_with(R"({"residence":"GB","sexual":"yes","used_for":["extortion"]})"), "police_report")["legal_bases"],
            "Sexual Offences Act 2003 s. 66B(4)"));
  CHECK(step(plan_with(R"({"residence":"US","used_for":["extortion"]})"), "police_report")["legal_bases"] ==
        json::array({"18 U.S.C. § 875(d)"}));
  // Elsewhere: a police step with the advice, no Dutch articles.
  const json german = plan_with(R"({"residence":"DE","used_for":["fraud"]})");
  CHECK(step(german, "police_report")["legal_bases"].empty());
  CHECK(has_text(step(german, "police_report")["notes"], "Do not pay"));
  CHECK_FALSE(has_kind(german, "helpline"));  // the Fraudehelpdesk is Dutch

  CHECK(error_with(R"({"used_for":["blackmail"]})") ==
        "params.situation.used_for[0] must be one of extortion, fraud, threats, harassment, impersonation");
  CHECK(error_with(R"({"used_for":["fraud","fraud"]})") == "params.situation.used_for[1] repeats an earlier entry");
  CHECK(error_with(R"({"used_for":"sometimes"})") == "params.situation.used_for must be one of unknown");
}

TEST_CASE("household exemption, not sexual: a portrait-right demand and a report under the platform's rules") {
  const json p = plan_with(R"({"shared_with":"private_circle","maker":"known_reachable"})");
  CHECK(p["gdpr_applies"] == "no_household_exemption");
  const json& demand = step(p, "portrait_right_demand");
  CHECK(demand["status"] == "now");
  CHECK(demand["addressee"]["role"] == "maker");
  CHECK(demand["letters"] == json::array({"portrait_right_demand"}));
  CHECK(demand["legal_bases"] == json::array({"Auteurswet art. 21", "BW art. 6:162"}));
  CHECK(has_text(demand["notes"], "registered post"));
  CHECK_FALSE(has_kind(p, "ask_maker_erasure"));
  CHECK_FALSE(has_kind(p, "complaint_dpa"));
  const json& platform = step(p, "ask_platform_removal");
  CHECK(platform["why"]["en"].get<std::string>().find("under its own rules") != std::string::npos);
  CHECK(platform["legal_bases"].empty());
  CHECK(platform["letters"].empty());
  CHECK(platform["deadlines"].empty());
  // Maker unknown: the demand waits for a name. Sexual: the criminal route instead. Not Dutch: no Dutch portrait right.
  CHECK(step(plan_with(R"({"shared_with":"private_circle"})"), "portrait_right_demand")["status"] == "later");
  CHECK_FALSE(has_kind(plan_with(R"({"shared_with":"private_circle","sexual":"yes","maker":"known_reachable"})"),
                       "portrait_right_demand"));
  CHECK_FALSE(has_kind(plan_with(R"({"shared_with":"private_circle","residence":"DE"})"), "portrait_right_demand"));
  // Shared widely (GDPR applies): the GDPR letter, not the portrait demand.
  CHECK_FALSE(has_kind(plan_with(R"({"maker":"known_reachable"})"), "portrait_right_demand"));
}

TEST_CASE("DSA notices get a response period, a reminder, then a complaint to the DSC") {
  // The period a notice sent today would set: a week by default, a day for sexual content, or the person's own.
  const auto dsa_due = [](const json& plan) {
    for (const auto& d : step(plan, "ask_platform_removal")["deadlines"]) {
      if (d["rule"] == "dsa_response_period") return d["due"].get<std::string>();
    }
    return std::string("none");
  };
  CHECK(dsa_due(plan_with("{}")) == "2026-12-05");
  CHECK(dsa_due(plan_with(R"({"sexual":"yes"})")) == "2026-11-29");
  CHECK(dsa_due(plan_with(R"({"dsa_response_days":3})")) == "2026-12-01");
  CHECK(has_text(step(plan_with("{}"), "ask_platform_removal")["notes"], "no fixed period"));

  // A notice sent with its own period: waiting within it, overdue after it; the DSC complaint follows.
  const json waiting = plan_with(R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-11-20","via":"dsa","respond_within_days":14}]})");
  CHECK(step(waiting, "wait_for_answer")["status"] == "waiting");
  CHECK(step(waiting, "wait_for_answer")["deadlines"][0]["due"] == "2026-12-04");
  CHECK(waiting["progress"][0]["deadline"]["rule"] == "dsa_response_period");
  CHECK(step(waiting, "complaint_dsc")["status"] == "later");
  CHECK(has_text(step(waiting, "complaint_dsc")["preconditions"], "not answered your notice in time"));

  const json late = plan_with(R"({"sexual":"yes","history":[{"to":"platform","name":"Chirp","sent":"2026-11-26","via":"dsa"}]})");
  CHECK(step(late, "wait_for_answer")["status"] == "overdue");  // 24 hours for sexual content
  CHECK(step(late, "wait_for_answer")["letters"] == json::array({"reminder"}));
  const json& dsc = step(late, "complaint_dsc");
  CHECK(dsc["status"] == "now");
  CHECK(dsc["addressee"]["role"] == "dsc");
  CHECK(dsc["addressee"]["name"] == "Autoriteit Consument & Markt (ACM)");
  CHECK(dsc["addressee"]["confirmed"] == true);
  CHECK(dsc["addressee"]["complaint_url"].get<std::string>().find("consuwijzer.nl") != std::string::npos);
  CHECK(dsc["legal_bases"] == json::array({"DSA Art. 53"}));
  CHECK(dsc["letters"] == json::array({"dsc_complaint"}));
  CHECK(has_text(dsc["notes"], "not at whether the content itself is illegal"));

  // Filed with the DSC: waiting for it, no second complaint step.
  const json filed = plan_with(R"({"history":[{"to":"platform","name":"Chirp","sent":"2026-11-01","via":"dsa"},{"to":"dsc","name":"ACM","sent":"2026-11-20"}]})");
  CHECK_FALSE(has_kind(filed, "complaint_dsc"));
  CHECK(step(filed, "wait_for_answer", 1)["addressee"]["role"] == "dsc");
  CHECK(filed["progress"][1]["status"] == "filed");

  // The Art. 20 and 21 steps say small platforms are exempt (Art. 19).
  const json p = plan_with("{}");
  CHECK(has_text(step(p, "platform_appeal")["notes"], "Small platforms"));
  CHECK(has_text(step(p, "out_of_court_dispute")["notes"], "Small platforms"));

  CHECK(error_with(R"({"dsa_response_days":0})") == "params.situation.dsa_response_days must be a whole number from 1 to 60");
  CHECK(error_with(R"({"history":[{"to":"platform","sent":"2026-11-01","respond_within_days":5}]})") ==
        "params.situation.history[0].respond_within_days applies only to DSA notices (via dsa)");
  CHECK(error_with(R"({"history":[{"to":"dsc","sent":"2026-11-01","via":"dsa"}]})") ==
        "params.situation.history[0].via does not apply to a complaint to a DSC");
}

TEST_CASE("every EU resident's DSC complaint goes to their own member state's coordinator; none outside the EU") {
  for (const auto& country : eu_members) {
    CAPTURE(country);
    const json p = plan_with(patch("residence", country).c_str());
    const json& addressee = step(p, "complaint_dsc")["addressee"];
    const auto expected = takedown::authorities::dsc_for(country);
    REQUIRE(expected.has_value());
    CHECK(addressee["name"] == expected->name);
    CHECK(addressee["confirmed"] == expected->confirmed);
    CHECK_FALSE(addressee["complaint_url"].get<std::string>().empty());
    if (!expected->confirmed) CHECK(has_text(step(p, "complaint_dsc")["notes"], "could not confirm"));
    if (country != "NL") CHECK(addressee["name"] != "Autoriteit Consument & Markt (ACM)");
  }
  for (const char* country : {"IS", "LI", "NO", "GB", "US", "JP"}) {
    CAPTURE(country);
    CHECK_FALSE(has_kind(plan_with(patch("residence", country).c_str()), "complaint_dsc"));
  }
  CHECK(step(plan_with(R"({"residence":"unknown"})"), "complaint_dsc")["addressee"]["name"] ==
        "Autoriteit Consument & Markt (ACM)");
}

TEST_CASE("every EU/EEA and UK resident's GDPR complaint goes to their own authority, never the AP from abroad") {
  std::vector<std::string> countries = eu_members;
  countries.insert(countries.end(), eea_only.begin(), eea_only.end());
  countries.push_back("GB");
  std::set<std::string> names;
  for (const auto& country : countries) {
    CAPTURE(country);
    const json p = plan_with(("{\"residence\":\"" + country + "\",\"history\":[{\"to\":\"platform\",\"name\":\"Chirp\",\"sent\":\"2026-10-01\"}]}").c_str());
    const json& c = step(p, "complaint_dpa");
    CHECK(c["status"] == "now");
    CHECK(has(c["legal_bases"], "GDPR Art. 77"));
    const json& a = c["addressee"];
    CHECK(a["role"] == "dpa");
    CHECK_FALSE(a["name"].get<std::string>().empty());
    names.insert(a["name"]);
    if (country == "NL") {
      CHECK(a["name"] == "Autoriteit Persoonsgegevens");
      CHECK(a["postal_address"].get<std::string>().find("Postbus 93374") != std::string::npos);
      continue;
    }
    CHECK(a["name"].get<std::string>().find("Autoriteit Persoonsgegevens") == std::string::npos);
    CHECK_FALSE(has_text(c["notes"], "the AP may share"));
    if (country == "DE") {
      CHECK(a["confirmed"] == false);
      CHECK(has_text(c["notes"], "each Land has its own authority"));
      continue;
    }
    CHECK_FALSE(a["postal_address"].get<std::string>().empty());
    CHECK(a["complaint_url"].get<std::string>().rfind("http", 0) == 0);
    CHECK(a["confirmed"] == true);
    CHECK(has_text(c["notes"], "country where you live"));
  }
  CHECK(names.size() == countries.size());  // thirty-one authorities, all different
  CHECK(step(plan_with(R"({"residence":"GB"})"), "complaint_dpa")["addressee"]["name"] == "The Information Commissioner’s Office");
  CHECK(step(plan_with(R"({"residence":"unknown"})"), "complaint_dpa")["addressee"]["name"] == "Autoriteit Persoonsgegevens");
  CHECK(step(plan_with(R"({"residence":"US"})"), "complaint_dpa")["addressee"]["name"] == "");
}

TEST_CASE("Germany: the Länder's authorities for companies, one per Land, to choose from") {
  const json a = step(plan_with(R"({"residence":"DE"})"), "complaint_dpa")["addressee"];
  REQUIRE(a["alternatives"].size() == 16);
  std::set<std::string> lands;
  for (const auto& choice : a["alternatives"]) {
    lands.insert(choice["land"]);
    CHECK_FALSE(choice["name"].get<std::string>().empty());
    CHECK(choice["postal_address"].get<std::string>().find("Deutschland") != std::string::npos);
    CHECK_FALSE(choice.contains("role"));
  }
  CHECK(lands.size() == 16);
  const auto bavaria = std::find_if(a["alternatives"].begin(), a["alternatives"].end(),
                                    [](const json& c) { return c["land"] == "BY"; });
  REQUIRE(bavaria != a["alternatives"].end());
  CHECK((*bavaria)["name"].get<std::string>().find("BayLDA") != std::string::npos);  // not the public-sector BayLfD
}

TEST_CASE("the authorities data: complete, sourced, one entry per country") {
  const auto& dpas = takedown::authorities::all_dpas();
  CHECK(dpas.size() == 30);  // 26 EU members besides Germany, 3 EEA states, the UK
  std::set<std::string> countries;
  for (const auto& a : dpas) {
    CAPTURE(a.country);
    countries.insert(a.country);
    CHECK_FALSE(a.name.empty());
    CHECK_FALSE(a.postal_address.empty());
    CHECK(a.complaint_url.rfind("http", 0) == 0);
    CHECK(a.source.rfind("datenanfragen:", 0) == 0);
  }
  CHECK(countries.size() == dpas.size());
  CHECK(countries.count("DE") == 0);
  CHECK(takedown::authorities::german_land_dpas().size() == 16);
  const auto& dscs = takedown::authorities::all_dscs();
  CHECK(dscs.size() == eu_members.size());
  for (const auto& d : dscs) {
    CAPTURE(d.country);
    CHECK(std::find(eu_members.begin(), eu_members.end(), d.country) != eu_members.end());
    if (d.name.empty()) CHECK_FALSE(d.confirmed);
    if (!d.confirmed) CHECK(d.source.find("unconfirmed") != std::string::npos);
    CHECK(d.complaint_url.rfind("https://", 0) == 0);
  }
}

TEST_CASE("a person who has died: no GDPR steps, the relatives' portrait right, smaad against the dead") {
  const json p = plan_with(R"({"deceased":"yes","maker":"known_reachable","depicted":"someone_i_represent","in_search_results":"yes",
                               "used_for":["harassment"]})");
  CHECK(p["gdpr_applies"] == "no_deceased");
  for (const char* gdpr_step : {"ask_maker_erasure", "ask_forward_to_other_controllers", "complaint_dpa", "ask_search_delisting"}) {
    CAPTURE(gdpr_step);
    CHECK_FALSE(has_kind(p, gdpr_step));
  }
  for (const auto& s : p["steps"]) {
    for (const auto& basis : s["legal_bases"]) CHECK(basis.get<std::string>().rfind("GDPR", 0) != 0);
  }
  const json& demand = step(p, "portrait_right_demand");
  CHECK(demand["status"] == "now");
  CHECK(has(demand["legal_bases"], "Auteurswet art. 25a"));
  CHECK(demand["why"]["en"].get<std::string>().find("relatives") != std::string::npos);
  CHECK(has(step(p, "police_report")["legal_bases"], "Sr art. 270"));
  CHECK(has_text(step(p, "police_report")["notes"], "art. 270 Sr"));
  const auto w = ids(p["warnings"]);
  CHECK(std::find(w.begin(), w.end(), "deceased_person") != w.end());
  CHECK(std::find(w.begin(), w.end(), "acting_for_another_adult") == w.end());  // relatives act on their own right

  const json sexual = plan_with(R"({"deceased":"yes","sexual":"yes"})");
  CHECK(has(step(sexual, "police_report")["legal_bases"], "Sr art. 270"));
  CHECK(step(sexual, "portrait_right_demand")["status"] == "later");
}

TEST_CASE("a maker who is a minor: who the letter goes to, and juvenile criminal law") {
  const std::vector<std::pair<std::string, std::string>> expected{
      {"under_14", "address the letter to the parents"},
      {"age_14_15", "to the child and to the parents"},
      {"age_16_17", "send a copy to the parents"},
      {"minor", "under 14 the parents are liable"},
  };
  for (const auto& entry : expected) {
    const std::string& age = entry.first;
    const std::string& fragment = entry.second;
    CAPTURE(age);
    const json gdpr = plan_with(("{\"maker\":\"known_reachable\",\"maker_age\":\"" + age + "\"}").c_str());
    CHECK(has_text(step(gdpr, "ask_maker_erasure")["notes"], fragment));
    CHECK(has(json(ids(gdpr["warnings"])), "maker_is_minor"));
    const json household =
        plan_with(("{\"shared_with\":\"private_circle\",\"maker\":\"known_reachable\",\"maker_age\":\"" + age + "\"}").c_str());
    CHECK(has_text(step(household, "portrait_right_demand")["notes"], fragment));
  }
  const json adult = plan_with(R"({"maker":"known_reachable","maker_age":"adult"})");
  CHECK_FALSE(has(json(ids(adult["warnings"])), "maker_is_minor"));
  CHECK(asks(plan_with(R"({"maker":"known_reachable","maker_age":"unknown"})"), "maker_age"));
  CHECK_FALSE(asks(plan_with(R"({"maker_age":"unknown"})"), "maker_age"));  // no maker to write to
  CHECK(error_with(R"({"maker_age":"teen"})") ==
        "params.situation.maker_age must be one of adult, under_14, age_14_15, age_16_17, minor, unknown");
}

TEST_CASE("the criminal article follows the date of the act; both when it is unknown") {
  const auto bases = [](const char* changes) { return step(plan_with(changes), "police_report")["legal_bases"]; };
  CHECK(bases(R"({"sexual":"yes","act_date":"2024-07-01"})") == json::array({"Sr art. 254ba"}));
  CHECK(bases(R"({"sexual":"yes","act_date":"2024-06-30"})") == json::array({"Sr art. 139h"}));
  CHECK(bases(R"({"sexual":"yes","act_date":"2020-01-01"})") == json::array({"Sr art. 139h"}));
  CHECK(bases(R"({"sexual":"yes","act_date":"2019-12-31"})") == json::array({"Sr art. 261", "Sr art. 266"}));
  CHECK(bases(R"({"sexual":"yes","act_date":"unknown"})") == json::array({"Sr art. 254ba", "Sr art. 139h"}));
  CHECK(bases(R"({"age_group":"minor","sexual":"yes","act_date":"2023-05-01"})") == json::array({"Sr art. 139h", "Sr art. 240b"}));
  CHECK(bases(R"({"age_group":"minor","sexual":"yes","act_date":"2025-01-01"})") == json::array({"Sr art. 254ba", "Sr art. 252"}));
  CHECK(bases(R"({"age_group":"minor","sexual":"yes","act_date":"unknown"})") ==
        json::array({"Sr art. 254ba", "Sr art. 139h", "Sr art. 252", "Sr art. 240b"}));
  const json unknown = plan_with(R"({"sexual":"yes","act_date":null})");
  CHECK(has_text(step(unknown, "police_report")["notes"], "from 1 July 2024"));
  CHECK(asks(unknown, "act_date"));
  CHECK(has_text(step(plan_with(R"({"sexual":"yes","act_date":"2019-03-01"})"), "police_report")["notes"], "Before 2020"));
  CHECK_FALSE(asks(plan_with(R"({"act_date":null})"), "act_date"));  // not sexual: no article depends on it
  CHECK(error_with(R"({"act_date":"2026-12-01"})") == "params.situation.act_date is after today");
  CHECK(error_with(R"({"act_date":"last year"})") == "params.situation.act_date must be a date written YYYY-MM-DD");
}

TEST_CASE("deadlines count from sending, and an extension counts only within the first month, with reasons") {
  const json p = plan_with(R"({"maker":"known_reachable","in_search_results":"yes"})");
  for (const char* gdpr_step : {"ask_maker_erasure", "ask_platform_removal", "ask_search_delisting"}) {
    CAPTURE(gdpr_step);
    CHECK(has_text(step(p, gdpr_step)["notes"], "counts the month from the day you send"));
  }
  const auto wait = [](const char* entry) {
    return plan_with(("{\"history\":[" + std::string(entry) + "]}").c_str());
  };
  // Sent 1 October; the first month ends 2 November (1 November is a Sunday).
  const json in_time = wait(R"({"to":"platform","name":"Chirp","sent":"2026-10-01","extended_on":"2026-10-20","extension_reasons":"yes"})");
  CHECK(step(in_time, "wait_for_answer")["status"] == "waiting");
  CHECK(step(in_time, "wait_for_answer")["deadlines"][0]["rule"] == "gdpr_extended");
  CHECK(in_time["progress"][0]["extension"] == "counts");
  CHECK(has_text(step(in_time, "wait_for_answer")["notes"], "counts the month from the day you send"));

  const json too_late = wait(R"({"to":"platform","name":"Chirp","sent":"2026-10-01","extended_on":"2026-11-10","extension_reasons":"yes"})");
  CHECK(step(too_late, "wait_for_answer")["status"] == "overdue");
  CHECK(step(too_late, "wait_for_answer")["deadlines"][0]["rule"] == "gdpr_one_month");
  CHECK(too_late["progress"][0]["extension"] == "too_late");
  CHECK(has_text(step(too_late, "wait_for_answer")["notes"], "only after the first month"));
  CHECK(step(too_late, "complaint_dpa")["status"] == "now");

  const json no_reasons = wait(R"({"to":"platform","name":"Chirp","sent":"2026-10-01","extended":true,"extension_reasons":"no"})");
  CHECK(step(no_reasons, "wait_for_answer")["status"] == "overdue");
  CHECK(no_reasons["progress"][0]["extension"] == "without_reasons");
  CHECK(has_text(step(no_reasons, "wait_for_answer")["notes"], "without giving reasons"));

  CHECK(error_with(R"({"history":[{"to":"platform","sent":"2026-10-01","extended_on":"2026-09-01"}]})") ==
        "params.situation.history[0].extended_on is before sent");
  CHECK(error_with(R"({"history":[{"to":"platform","sent":"2026-10-01","via":"dsa","extended_on":"2026-10-05"}]})") ==
        "params.situation.history[0].extended_on applies only to GDPR requests (via gdpr)");
  CHECK(error_with(R"({"history":[{"to":"platform","sent":"2026-10-01","extended":false,"extension_reasons":"yes"}]})") ==
        "params.situation.history[0].extended is false, but an extension is described");
}

TEST_CASE("the hard cases' Dutch texts address the person informally, and every text has both languages") {
  std::set<std::string> dutch;
  std::size_t texts = 0;
  const std::function<void(const json&)> collect = [&](const json& value) {
    if (value.is_object()) {
      if (value.contains("nl") && value.contains("en") && value["nl"].is_string()) {
        ++texts;
        CHECK_FALSE(value["nl"].get<std::string>().empty());
        CHECK_FALSE(value["en"].get<std::string>().empty());
        dutch.insert(value["nl"].get<std::string>());
      }
      for (const auto& item : value) collect(item);
    } else if (value.is_array()) {
      for (const auto& item : value) collect(item);
    }
  };
  for (const char* changes :
       {R"({"depicted":"my_child","age_group":"minor","sexual":"unknown","used_for":["extortion"],"act_date":null})",
        R"({"sexual":"yes","maker":"known_reachable","used_for":["fraud","threats","harassment","impersonation"]})",
        R"({"shared_with":"private_circle","maker":"known_reachable","maker_age":"minor"})",
        R"({"deceased":"yes","maker":"known_reachable","maker_age":"under_14","used_for":["harassment"]})",
        R"({"residence":"DE","history":[{"to":"platform","sent":"2026-10-01","extended_on":"2026-11-20"},{"to":"platform","name":"X","sent":"2026-11-01","via":"dsa"},{"to":"dsc","sent":"2026-11-20"}]})",
        R"({"residence":"LV","history":[{"to":"platform","sent":"2026-10-01","extension_reasons":"no"}]})",
        R"({"age_group":"minor","sexual":"yes","residence":"FR"})"}) {
    collect(plan_with(changes));
  }
  CHECK(texts >= 100);
  for (const auto& text : dutch) {
    CAPTURE(text);
    std::string word;
    for (const char c : text + " ") {
      const auto byte = static_cast<unsigned char>(c);
      if (std::isalpha(byte) || byte >= 0x80) {
        word += static_cast<char>(std::tolower(byte));
        continue;
      }
      CHECK((word != "u" && word != "uw" && word != "uzelf"));
      word.clear();
    }
  }
}

}  // namespace guidance_hard_cases_test

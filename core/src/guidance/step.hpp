#pragma once
// One step of a plan, in the order the person should take them.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "texts.hpp"

namespace takedown::guidance {

// Step kinds: the stable vocabulary of guidance.plan.
namespace kind {
inline constexpr std::string_view preserve_evidence = "preserve_evidence";
inline constexpr std::string_view ask_platform_removal = "ask_platform_removal";
inline constexpr std::string_view ask_maker_erasure = "ask_maker_erasure";
inline constexpr std::string_view ask_search_delisting = "ask_search_delisting";
inline constexpr std::string_view ask_forward_to_other_controllers = "ask_forward_to_other_controllers";
inline constexpr std::string_view police_report = "police_report";
inline constexpr std::string_view complaint_dpa = "complaint_dpa";
inline constexpr std::string_view platform_appeal = "platform_appeal";
inline constexpr std::string_view out_of_court_dispute = "out_of_court_dispute";
inline constexpr std::string_view court_damages = "court_damages";
inline constexpr std::string_view urgent_court = "urgent_court";
inline constexpr std::string_view hash_matching_service = "hash_matching_service";
inline constexpr std::string_view helpline = "helpline";
inline constexpr std::string_view wait_for_answer = "wait_for_answer";
inline constexpr std::string_view report_csam_hotline = "report_csam_hotline";
inline constexpr std::string_view portrait_right_demand = "portrait_right_demand";
inline constexpr std::string_view complaint_dsc = "complaint_dsc";
}  // namespace kind

// now: do it now; waiting: sent, answer not yet due; overdue: sent, deadline passed;
// later: possible once its preconditions are met.
enum class StepStatus { now, waiting, overdue, later };

struct Addressee {
  Addressee() = default;
  Addressee(std::string role_, std::string name_, std::string contact_)
      : role(std::move(role_)), name(std::move(name_)), contact(std::move(contact_)) {}

  // you, helpline, hotline, police, maker, platform, search_engine, hash_service, dpa, dsc, dispute_body, court
  std::string role;
  std::string name;
  std::string contact;
  std::string postal_address;
  std::string complaint_url;
  std::optional<bool> confirmed;        // for authorities: whether the sources confirm name and address
  std::string land;                     // a German Land's code, for the Länder's authorities
  std::vector<Addressee> alternatives;  // where the person must choose (Germany's Länder)
};

struct Step {
  std::string_view kind;
  StepStatus status = StepStatus::now;
  Addressee addressee;
  std::vector<std::string> urls;
  std::vector<std::string_view> legal_bases;
  Text why;
  std::vector<Text> preconditions;  // must hold before the step is possible
  std::vector<Text> notes;          // good to know when taking it
  nlohmann::json deadlines = nlohmann::json::array();
  std::vector<std::string_view> letters;
  std::vector<std::string_view> sources;
  std::optional<std::size_t> history_index;
};

nlohmann::json text_json(const Text& text);
nlohmann::json addressee_to_json(const Addressee& addressee);
nlohmann::json step_to_json(const Step& step);

}  // namespace takedown::guidance

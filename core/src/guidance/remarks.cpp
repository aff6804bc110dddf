#include "remarks.hpp"

#include <initializer_list>
#include <string_view>

namespace takedown::guidance {
namespace {

// 19 May 2026: platforms' notice-and-removal duties under the TAKE IT DOWN Act begin.
constexpr time::CivilDate take_it_down_duties_start{2026, 5, 19};

nlohmann::json remark(std::string_view id, const Text& text, std::initializer_list<std::string_view> sources) {
  return {{"id", id}, {"nl", text.nl}, {"en", text.en}, {"sources", sources}};
}

nlohmann::json question(std::string_view field, const Text& text, std::string_view assumed = {}) {
  nlohmann::json out{{"field", field}, {"nl", text.nl}, {"en", text.en}};
  if (!assumed.empty()) out["assumed"] = assumed;
  return out;
}

}  // namespace

nlohmann::json findings(const Facts& f) {
  auto out = nlohmann::json::array();
  if (f.gdpr_route && f.shared_widely) {
    out.push_back(remark("needs_legal_basis", texts::finding_needs_basis, {"ap.make_share.outside_circle"}));
    out.push_back(remark("inaccurate_personal_data", texts::finding_inaccurate, {"ap.remove.ask_maker"}));
  }
  if (f.shared_widely && f.s.labelled_as_deepfake == Tri::no) {
    out.push_back(remark("not_labelled_as_deepfake", texts::finding_not_labelled, {"ap.make_share.outside_circle"}));
  }
  if (f.sexual) {
    out.push_back(remark("illegal_image_must_cooperate", texts::finding_illegal_must_cooperate,
                         {"ap.sexual.prohibited", "ap.sexual.must_cooperate"}));
  }
  if (f.gdpr_route) out.push_back(remark("other_law_applies", texts::finding_other_law, {"ap.make_share.other_law"}));
  return out;
}

nlohmann::json warnings(const Facts& f) {
  auto out = nlohmann::json::array();
  if (f.s.public_figure == Tri::yes) {
    out.push_back(remark("public_figure_balancing", texts::warn_public_figure,
                         {"ap.public_figure.same_rules", "ap.public_figure.balancing"}));
  }
  if (f.gdpr.scope == GdprScope::no_household_exemption) {
    out.push_back(remark("household_exemption_other_law", texts::warn_household_other_law,
                         {"ap.make_share.household", "ap.make_share.other_law"}));
  }
  if (f.deceased && f.dutch) {
    out.push_back(remark("deceased_person", texts::warn_deceased, {"notes.hard.deceased"}));
  }
  if (f.dutch && f.s.maker_age != MakerAge::adult && f.s.maker_age != MakerAge::unknown) {
    out.push_back(remark("maker_is_minor", texts::warn_maker_minor, {"notes.hard.minor_maker"}));
  }
  if (f.for_other_adult) {
    out.push_back(remark("acting_for_another_adult", texts::warn_acting_for_adult, {"notes.on_behalf"}));
  }
  if (f.child_case) {
    out.push_back(f.dutch ? remark("minor_sexual_material", texts::warn_minor_sexual_nl, {"notes.nl_criminal"})
                          : remark("minor_sexual_material", texts::warn_minor_sexual, {"notes.police.evidence"}));
  }
  if (f.s.consent_given_earlier == Tri::yes) {
    out.push_back(remark("consent_given_earlier", texts::warn_consent_given, {"notes.gdpr.17"}));
  }
  if (f.sexual && f.s.today && *f.s.today < take_it_down_duties_start) {
    out.push_back(remark("take_it_down_not_yet_in_force", texts::warn_take_it_down_not_in_force,
                         {"notes.take_it_down"}));
  }
  if (f.sexual && f.s.region == Region::gb) {
    out.push_back(remark("uk_creation_offence_unconfirmed", texts::warn_uk_creation_unconfirmed, {"notes.uk"}));
  }
  return out;
}

nlohmann::json open_questions(const Facts& f) {
  const Situation& s = f.s;
  auto out = nlohmann::json::array();
  if (s.depicted == Depicted::unknown) out.push_back(question("depicted", texts::ask_depicted, "me"));
  if (s.shared_with == SharedWith::unknown) out.push_back(question("shared_with", texts::ask_shared_with));
  if (s.recognisable == Tri::unknown && s.shared_with != SharedWith::private_circle) {
    out.push_back(question("recognisable", texts::ask_recognisable, "yes"));
  }
  if (s.sexual == Tri::unknown) out.push_back(question("sexual", texts::ask_sexual));
  if (s.age_group == AgeGroup::unknown && s.sexual != Tri::no) {
    out.push_back(question("age_group", texts::ask_age_group, f.minor ? "minor" : "adult"));
  }
  if (s.consent_given_earlier == Tri::unknown) out.push_back(question("consent_given_earlier", texts::ask_consent, "no"));
  if (s.maker == Maker::unknown) out.push_back(question("maker", texts::ask_maker));
  if (s.maker == Maker::known_reachable && s.maker_age == MakerAge::unknown && !f.child_case) {
    out.push_back(question("maker_age", texts::ask_maker_age, "adult"));
  }
  if (s.platforms.empty() && s.maker != Maker::known_reachable) out.push_back(question("platforms", texts::ask_platforms));
  if (s.labelled_as_deepfake == Tri::unknown && s.shared_with != SharedWith::private_circle) {
    out.push_back(question("labelled_as_deepfake", texts::ask_labelled));
  }
  if (s.in_search_results == Tri::unknown && s.shared_with != SharedWith::private_circle) {
    out.push_back(question("in_search_results", texts::ask_search));
  }
  if (s.public_figure == Tri::unknown) out.push_back(question("public_figure", texts::ask_public_figure));
  if (!s.harm) out.push_back(question("harm", texts::ask_harm));
  if (!s.used_for) out.push_back(question("used_for", texts::ask_used_for));
  if (!s.act_date && s.sexual != Tri::no && f.dutch) out.push_back(question("act_date", texts::ask_act_date));
  if (s.region == Region::unknown) out.push_back(question("residence", texts::ask_residence, "NL"));
  if (!s.today) out.push_back(question("today", texts::ask_today));
  return out;
}

}  // namespace takedown::guidance

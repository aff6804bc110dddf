#include "steps.hpp"

#include <algorithm>
#include <cctype>

#include "authority_addressee.hpp"
#include "criminal_law.hpp"

namespace takedown::guidance {
namespace {

constexpr std::string_view take_it_down_act = "TAKE IT DOWN Act (Pub. L. 119-12)";

Step make_step(std::string_view step_kind) {
  Step step;
  step.kind = step_kind;
  return step;
}

bool same_name(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// A deadline that would start if the request went out today, when today is known.
void add_deadline_from_today(Step& step, const Facts& f, time::DeadlineRule rule) {
  if (!f.s.today) return;
  if (rule == time::DeadlineRule::take_it_down_48_hours) {
    // Only the day is known: 48 hours from any moment today end by the end of the day after tomorrow.
    const time::DeadlineSpec latest{rule, 2, time::DeadlineUnit::days, time::WorkingCalendar::none};
    step.deadlines.push_back(deadline_summary(time::compute_deadline(latest, *f.s.today), "today"));
    return;
  }
  step.deadlines.push_back(deadline_summary(time::compute_deadline(time::spec_of(rule), *f.s.today), "today"));
}

// Why a GDPR step may not work out, when the GDPR's reach is unclear (mirrors gdpr_scope's order).
void add_gdpr_preconditions(Step& step, const Facts& f) {
  if (f.gdpr.scope != GdprScope::unclear) return;
  if (!f.shared_widely) {
    step.preconditions.push_back(texts::pre_gdpr_if_shared_widely);
  } else if (f.s.recognisable == Tri::no) {
    step.preconditions.push_back(texts::pre_gdpr_if_recognisable);
  } else {
    step.preconditions.push_back(texts::pre_gdpr_outside_eu);
  }
}

void add_for_other_adult(Step& step, const Facts& f) {
  if (f.for_other_adult) step.preconditions.push_back(texts::pre_person_shown_must_ask);
}

// A DSA notice's answer period, if it went out today (named dsa_response_period: the DSA sets none).
void add_dsa_deadline_from_today(Step& step, const Facts& f) {
  if (!f.s.today) return;
  const time::DeadlineSpec period{time::DeadlineRule::custom, dsa_response_days(f.s), time::DeadlineUnit::days,
                                  time::WorkingCalendar::none};
  step.deadlines.push_back(deadline_summary(time::compute_deadline(period, *f.s.today), "today", dsa_response_rule));
}

// Who to write to when the maker is a minor (BW 6:164/6:169; legal-hard-cases.md section 6).
void add_maker_age_notes(Step& step, const Facts& f) {
  switch (f.s.maker_age) {
    case MakerAge::under_14: step.notes.push_back(texts::note_maker_under_14); break;
    case MakerAge::age_14_15: step.notes.push_back(texts::note_maker_14_15); break;
    case MakerAge::age_16_17: step.notes.push_back(texts::note_maker_16_17); break;
    case MakerAge::minor: step.notes.push_back(texts::note_maker_minor_age_unknown); break;
    case MakerAge::adult:
    case MakerAge::unknown: return;
  }
  step.sources.push_back("notes.hard.minor_maker");
}

// A sexual deepfake: the maker hears of it only after the police (legal-hard-cases.md section 2).
void hold_until_police(Step& step, const Facts& f) {
  if (!f.sexual) return;
  step.notes.push_back(texts::note_maker_may_destroy_evidence);
  step.sources.push_back("notes.hard.sexual_adult");
  if (f.police_reported) return;
  step.status = StepStatus::later;
  step.preconditions.push_back(texts::pre_maker_after_police);
}

void push_unique(std::vector<std::string_view>& list, std::string_view value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

Step preserve_evidence(const Facts& f) {
  Step step = make_step(kind::preserve_evidence);
  step.addressee = {"you", "", ""};
  step.why = f.minor && f.sexual ? texts::why_preserve_evidence_minor : texts::why_preserve_evidence;
  step.sources = {"notes.police.evidence"};
  if (f.child_case) {
    step.why = texts::why_preserve_evidence_child;
    step.sources.push_back("notes.hard.child");
  }
  if (f.any_use()) step.notes.push_back(texts::note_keep_messages);
  return step;
}

std::optional<Step> general_helpline(const Facts& f) {
  const bool sextortion = f.used_for(Use::extortion) && f.s.sexual != Tri::no;
  if (!f.sexual && !f.minor && !(sextortion && f.dutch)) return std::nullopt;
  Step step = make_step(kind::helpline);
  step.sources = {"notes.helplines"};
  if (f.dutch) {
    step.addressee = {"helpline", "Helpwanted", "020-261 52 75"};
    step.why = sextortion ? texts::why_helpline_sextortion_nl : texts::why_helpline_nl;
    if (f.child_case && f.s.depicted == Depicted::my_child) step.notes.push_back(texts::note_helpline_parents);
    if (sextortion) step.sources.push_back("notes.hard.uses");
  } else if (f.s.region == Region::gb && !f.minor) {
    step.addressee = {"helpline", "Revenge Porn Helpline", "0345 6000 459"};
    step.why = texts::why_helpline_gb;
  } else if (f.s.region == Region::us) {
    step.addressee = {"helpline", "Cyber Civil Rights Initiative", ""};
    step.why = texts::why_helpline_us;
  } else {
    return std::nullopt;  // the sources name no helpline for elsewhere
  }
  return step;
}

std::vector<Step> helplines(const Facts& f) {
  std::vector<Step> steps;
  if (auto step = general_helpline(f)) steps.push_back(std::move(*step));
  if (f.used_for(Use::fraud) && f.dutch) {
    Step step = make_step(kind::helpline);
    step.addressee = {"helpline", "Fraudehelpdesk", "088-786 73 72"};
    step.why = texts::why_helpline_fraud_nl;
    step.sources = {"notes.hard.uses"};
    steps.push_back(std::move(step));
  }
  return steps;
}

// Meldpunt Kinderporno (Offlimits) in the Netherlands; NCMEC's CyberTipline in the US; elsewhere the
// national hotline, which the notes do not name.
Step csam_hotline(const Facts& f) {
  Step step = make_step(kind::report_csam_hotline);
  step.sources = {"notes.hard.child"};
  if (f.dutch) {
    step.addressee = {"hotline", "Meldpunt Kinderporno (Offlimits)", "meldpunt-kinderporno.nl"};
    step.why = texts::why_hotline_nl;
    step.notes.push_back(texts::note_hotline_nl_scope);
  } else if (f.s.region == Region::us) {
    step.addressee = {"hotline", "NCMEC CyberTipline", ""};
    step.why = texts::why_hotline_us;
    step.sources.push_back("notes.hashing");
  } else {
    step.addressee = {"hotline", "", ""};
    step.why = texts::why_hotline_other;
  }
  step.notes.push_back(texts::note_no_images_only_urls);
  if (f.s.sexual != Tri::yes) step.preconditions.push_back(texts::pre_if_sexual);
  return step;
}

// The advice helplines give when a deepfake is used against someone (legal-hard-cases.md section 3).
void add_use_advice(Step& step, const Facts& f) {
  if (!f.any_use()) return;
  if (f.used_for(Use::extortion) || f.used_for(Use::fraud)) step.notes.push_back(texts::note_do_not_pay);
  step.notes.push_back(texts::note_stop_contact);
  step.notes.push_back(texts::note_keep_messages);
  if (f.minor && f.used_for(Use::extortion)) step.notes.push_back(texts::note_young_not_your_fault);
  step.sources.push_back("notes.hard.uses");
  for (const auto use : *f.s.used_for) {
    for (const auto article : use_articles(use, f.s.region, f.s.sexual == Tri::yes)) push_unique(step.legal_bases, article);
  }
}

std::optional<Step> police_report(const Facts& f) {
  const bool sexual_route = f.sexual || f.child_case;
  if ((!sexual_route && !f.any_use()) || f.police_reported) return std::nullopt;
  Step step = make_step(kind::police_report);
  step.letters = {"police_summary"};
  if (!sexual_route) {
    step.addressee = {"police", f.dutch ? "Politie" : "", f.dutch ? "0900-8844" : ""};
    step.why = texts::why_police_use;
    add_use_advice(step, f);
    if (f.dutch) step.notes.push_back(texts::pre_police_nl_report_final);
    if (f.deceased && f.dutch) {
      push_unique(step.legal_bases, "Sr art. 270");
      step.notes.push_back(texts::note_police_deceased);
      step.sources.push_back("notes.hard.deceased");
    }
    return step;
  }
  step.sources = {"ap.sexual.prohibited", "ap.sexual.police"};
  // Unsure whether it is sexual: the child's route holds if it is; a use (extortion, ...) is a reason anyway.
  if (f.s.sexual != Tri::yes && !f.any_use()) step.preconditions.push_back(texts::pre_if_sexual);
  if (!f.child_case) step.notes.push_back(texts::pre_police_before_platform);
  if (f.dutch) {
    step.addressee = {"police", "Politie", "0900-8844"};
    step.why = f.child_case ? texts::why_police_child : f.minor ? texts::why_police_minor : texts::why_police;
    step.legal_bases = sexual_image_articles_nl(f.minor, f.s.act_date);
    step.notes.push_back(texts::pre_police_nl_report_final);
    if (f.child_case) step.notes.push_back(texts::note_police_child_nl);
    if (!f.s.act_date) step.notes.push_back(texts::note_article_by_date);
    if (f.s.act_date && *f.s.act_date < image_abuse_offence_start && !f.minor) step.notes.push_back(texts::note_before_2020);
    step.sources.push_back("notes.nl_criminal");
    step.sources.push_back("notes.hard.by_date");
    if (f.deceased) {
      step.legal_bases.push_back("Sr art. 270");
      step.notes.push_back(texts::note_police_deceased);
      step.sources.push_back("notes.hard.deceased");
    }
  } else if (f.s.region == Region::gb) {
    step.addressee = {"police", "", ""};
    step.why = f.minor ? texts::why_police_minor : texts::why_police_gb;
    step.legal_bases = {"Sexual Offences Act 2003 s. 66B"};
    step.sources.push_back("notes.uk");
  } else if (f.s.region == Region::us) {
    step.addressee = {"police", "", ""};
    step.why = f.minor ? texts::why_police_minor : texts::why_police_us;
    step.legal_bases = {take_it_down_act};
    step.sources.push_back("notes.take_it_down");
  } else {
    step.addressee = {"police", "", ""};
    step.why = f.minor ? texts::why_police_minor : texts::why_police;
  }
  if (f.child_case) {
    step.notes.push_back(texts::note_no_images_only_urls);
    step.sources.push_back("notes.hard.child");
  }
  add_use_advice(step, f);
  return step;
}

std::optional<Step> ask_maker(const Facts& f) {
  // A child's case never gets a maker letter: contact can warn the maker, and the police lead.
  if (!f.gdpr_route || f.child_case || f.s.maker != Maker::known_reachable || f.asked(RequestTo::maker)) {
    return std::nullopt;
  }
  Step step = make_step(kind::ask_maker_erasure);
  step.addressee = {"maker", "", ""};
  step.why = f.sexual ? texts::why_ask_maker_sexual : texts::why_ask_maker;
  step.legal_bases = {"GDPR Art. 16", "GDPR Art. 17(1)", "GDPR Art. 12(3)"};
  step.sources = {"ap.remove.ask_maker"};
  if (f.s.consent_given_earlier == Tri::yes) {
    step.legal_bases.push_back("GDPR Art. 17(1)(b)");
    step.notes.push_back(texts::pre_consent_withdraw);
  } else {
    step.sources.push_back("ap.remove.without_consent_wide");
  }
  if (f.sexual) step.sources.push_back("ap.sexual.must_cooperate");
  add_gdpr_preconditions(step, f);
  add_for_other_adult(step, f);
  step.letters = {"maker_erasure"};
  add_deadline_from_today(step, f, time::DeadlineRule::gdpr_one_month);
  step.notes.push_back(texts::note_counts_from_sending);
  hold_until_police(step, f);
  add_maker_age_notes(step, f);
  return step;
}

// Without the GDPR (household exemption, or the person has died): a demand on the Dutch portrait right.
std::optional<Step> portrait_right_demand(const Facts& f) {
  const bool household = f.gdpr.scope == GdprScope::no_household_exemption && !f.sexual;
  if ((!household && !f.deceased) || !f.dutch || f.child_case || f.asked(RequestTo::maker)) return std::nullopt;
  Step step = make_step(kind::portrait_right_demand);
  step.addressee = {"maker", "", ""};
  step.why = f.deceased ? texts::why_portrait_right_demand_relatives : texts::why_portrait_right_demand;
  step.legal_bases = {"Auteurswet art. 21", "BW art. 6:162"};
  if (f.deceased) step.legal_bases.push_back("Auteurswet art. 25a");
  step.letters = {"portrait_right_demand"};
  step.sources = {"ap.make_share.other_law", "notes.portrait_right", "notes.hard.portrait_demand"};
  if (f.deceased) step.sources.push_back("notes.hard.deceased");
  step.notes.push_back(texts::note_portrait_demand_elements);
  if (f.gdpr.scope == GdprScope::no_household_exemption) step.notes.push_back(texts::note_portrait_small_circle_unconfirmed);
  if (f.s.maker != Maker::known_reachable) {
    step.status = StepStatus::later;
    step.preconditions.push_back(texts::pre_portrait_know_maker);
  }
  hold_until_police(step, f);
  add_maker_age_notes(step, f);
  return step;
}

bool platform_already_asked(const Facts& f, const Platform& platform) {
  for (const auto* p : f.requests_to(RequestTo::platform)) {
    if (same_name(p->entry->name, platform.name)) return true;
    if (p->entry->name.empty() && f.s.platforms.size() <= 1) return true;
  }
  return false;
}

Step platform_step(const Facts& f, const Platform* platform) {
  Step step = make_step(kind::ask_platform_removal);
  step.addressee = {"platform", platform ? platform->name : "", ""};
  if (platform) step.urls = platform->urls;
  if (!f.gdpr_route && !f.sexual) {
    // No GDPR and nothing criminal said: a report under the platform's own rules (the DPA: other law still applies).
    step.why = texts::why_ask_platform_terms;
    step.sources = {"ap.make_share.other_law"};
    if (!platform) step.preconditions.push_back(texts::pre_know_where);
    if (f.child_case) step.notes.push_back(texts::note_platform_child_safety);
    return step;
  }
  if (!f.gdpr_route) {
    step.why = texts::why_ask_platform_illegal_only;
  } else if (f.sexual) {
    step.why = texts::why_ask_platform_sexual;
  } else {
    step.why = f.s.maker == Maker::known_reachable ? texts::why_ask_platform_also : texts::why_ask_platform_maker_unknown;
  }
  if (f.gdpr_route) step.legal_bases = {"GDPR Art. 17(1)", "GDPR Art. 12(3)"};
  step.legal_bases.push_back("DSA Art. 16");
  step.sources = {"notes.dsa.16"};
  if (f.s.maker != Maker::known_reachable) step.sources.push_back("ap.remove.ask_platform");
  if (f.gdpr_route && f.s.consent_given_earlier != Tri::yes) step.sources.push_back("ap.remove.without_consent_wide");
  step.letters = {"platform_removal"};
  step.notes.push_back(texts::pre_dsa_notice_elements);
  if (f.child_case) {
    step.notes.push_back(texts::note_platform_child_safety);
    step.notes.push_back(texts::pre_dsa_csam_anonymous);
    step.notes.push_back(texts::note_no_images_only_urls);
    step.sources.push_back("notes.hard.child");
  }
  step.notes.push_back(texts::note_dsa_response_period);
  if (f.s.consent_given_earlier == Tri::yes && f.gdpr_route) step.notes.push_back(texts::pre_consent_withdraw);
  if (!platform) step.preconditions.push_back(texts::pre_know_where);
  if (f.gdpr_route) add_gdpr_preconditions(step, f);
  add_for_other_adult(step, f);
  if (f.gdpr_route) {
    add_deadline_from_today(step, f, time::DeadlineRule::gdpr_one_month);
    step.notes.push_back(texts::note_counts_from_sending);
  }
  if (f.sexual) {
    step.legal_bases.push_back(take_it_down_act);
    step.sources.push_back("ap.sexual.must_cooperate");
    step.sources.push_back("notes.take_it_down");
    step.letters.push_back("take_it_down_notice");
    step.notes.push_back(texts::pre_take_it_down_elements);
    step.notes.push_back(texts::pre_take_it_down_covered);
    if (f.s.consent_given_earlier == Tri::yes) step.preconditions.push_back(texts::pre_take_it_down_consent);
    add_deadline_from_today(step, f, time::DeadlineRule::take_it_down_48_hours);
  }
  add_dsa_deadline_from_today(step, f);
  return step;
}

std::vector<Step> ask_platforms(const Facts& f) {
  std::vector<Step> steps;
  for (const auto& platform : f.s.platforms) {
    if (!platform_already_asked(f, platform)) steps.push_back(platform_step(f, &platform));
  }
  // Where the deepfake is posted is not known yet, but without a reachable maker the platform is the way.
  // A child's case gets no maker letter, so the platform is the way even when the maker is known.
  if (f.s.platforms.empty() && (f.s.maker != Maker::known_reachable || f.child_case) && !f.asked(RequestTo::platform)) {
    steps.push_back(platform_step(f, nullptr));
  }
  return steps;
}

std::optional<Step> ask_forward(const Facts& f, bool asking_maker, bool asking_platform) {
  if (!f.gdpr_route || (!asking_maker && !asking_platform)) return std::nullopt;
  Step step = make_step(kind::ask_forward_to_other_controllers);
  const char* role = asking_maker ? (asking_platform ? "maker_and_platform" : "maker") : "platform";
  step.addressee = {role, "", ""};
  step.why = texts::why_forward;
  step.legal_bases = {"GDPR Art. 17(2)", "GDPR Art. 19"};
  step.sources = {"ap.remove.forward", "notes.gdpr.17_2"};
  if (asking_maker) step.letters.push_back("maker_erasure");
  if (asking_platform) step.letters.push_back("platform_removal");
  add_gdpr_preconditions(step, f);
  return step;
}

std::optional<Step> ask_search(const Facts& f) {
  if (f.s.in_search_results != Tri::yes || f.asked(RequestTo::search_engine)) return std::nullopt;
  if (!f.gdpr_route && !f.sexual) return std::nullopt;
  Step step = make_step(kind::ask_search_delisting);
  step.addressee = {"search_engine", "", ""};
  step.why = texts::why_search;
  if (f.gdpr_route) step.legal_bases = {"GDPR Art. 17(1)", "GDPR Art. 12(3)"};
  step.sources = {"ap.remove.forward", "notes.search_engines"};
  step.letters = {"search_delisting"};
  if (f.gdpr_route) add_gdpr_preconditions(step, f);
  add_for_other_adult(step, f);
  if (f.gdpr_route) {
    add_deadline_from_today(step, f, time::DeadlineRule::gdpr_one_month);
    step.notes.push_back(texts::note_counts_from_sending);
  }
  if (f.child_case) step.notes.push_back(texts::note_no_images_only_urls);
  return step;
}

std::optional<Step> hash_matching(const Facts& f) {
  if (!f.sexual && !f.child_case) return std::nullopt;
  Step step = make_step(kind::hash_matching_service);
  step.sources = {"notes.hashing"};
  if (f.minor) {
    step.addressee = {"hash_service", "Take It Down (NCMEC)", ""};
    step.why = texts::why_hash_take_it_down;
    if (f.s.sexual != Tri::yes) step.preconditions.push_back(texts::pre_if_sexual);
  } else {
    step.addressee = {"hash_service", "StopNCII.org", "stopncii@swgfl.org.uk"};
    step.why = texts::why_hash_stopncii;
    step.preconditions.push_back(texts::pre_hash_adults);
    step.preconditions.push_back(texts::pre_hash_after_report);
  }
  return step;
}

Step wait_step(const Facts& f, const RequestProgress& p) {
  const HistoryEntry& entry = *p.entry;
  Step step = make_step(kind::wait_for_answer);
  step.status = p.status == RequestStatus::overdue ? StepStatus::overdue : StepStatus::waiting;
  step.addressee = {std::string(name_of(entry.to)), entry.name, ""};
  step.history_index = p.index;
  const bool dsa = entry.via == Via::dsa;
  if (p.deadline) step.deadlines.push_back(deadline_summary(*p.deadline, "sent", dsa ? dsa_response_rule : std::string_view()));
  const bool overdue = p.status == RequestStatus::overdue;
  if (entry.to == RequestTo::dpa) {
    step.why = f.dutch ? texts::why_wait_dpa : texts::why_wait_dpa_any;
    step.sources = {"notes.ap_complaint"};
    return step;
  }
  if (entry.to == RequestTo::dsc) {
    step.why = texts::why_wait_dsc;
    step.legal_bases = {"DSA Art. 53"};
    step.sources = {"notes.hard.dsa"};
    return step;
  }
  switch (entry.via) {
    case Via::gdpr:
      step.why = overdue ? texts::why_wait_overdue
                 : p.extension == Extension::counts ? texts::why_wait_gdpr_extended
                                                    : texts::why_wait_gdpr;
      step.legal_bases = {"GDPR Art. 12(3)"};
      step.sources = {"notes.gdpr.12"};
      step.notes.push_back(texts::note_counts_from_sending);
      if (p.extension == Extension::too_late) step.notes.push_back(texts::why_wait_extension_too_late);
      if (p.extension == Extension::without_reasons) step.notes.push_back(texts::why_wait_extension_without_reasons);
      if (p.extension == Extension::too_late || p.extension == Extension::without_reasons) {
        step.sources.push_back("notes.hard.gdpr_timing");
      }
      if (overdue) step.sources.push_back("ap.remove.complaint");
      break;
    case Via::take_it_down:
      step.why = overdue ? texts::why_wait_take_it_down_overdue : texts::why_wait_take_it_down;
      step.legal_bases = {take_it_down_act};
      step.sources = {"notes.take_it_down"};
      break;
    case Via::dsa:
      step.why = overdue ? texts::why_wait_dsa_overdue : texts::why_wait_dsa;
      step.legal_bases = {"DSA Art. 16"};
      step.sources = {"notes.dsa.16", "notes.hard.dsa"};
      break;
  }
  if (overdue) step.letters = {"reminder"};
  return step;
}

std::vector<Step> waiting(const Facts& f) {
  std::vector<Step> steps;
  for (const auto& p : f.progress) {
    const bool open = p.status == RequestStatus::waiting || p.status == RequestStatus::overdue ||
                      p.status == RequestStatus::filed;
    if (open) steps.push_back(wait_step(f, p));
  }
  return steps;
}

bool platform_escalates(const Facts& f) {
  const auto platforms = f.requests_to(RequestTo::platform);
  return std::any_of(platforms.begin(), platforms.end(), [](const RequestProgress* p) { return escalates(*p); });
}

// Requests to the maker, platforms or search engines that have not (yet) led to removal.
bool removal_request_open(const Facts& f) {
  for (const auto& p : f.progress) {
    const bool removal = p.entry->to == RequestTo::maker || p.entry->to == RequestTo::platform ||
                         p.entry->to == RequestTo::search_engine;
    if (removal && p.status != RequestStatus::removed) return true;
  }
  return false;
}

std::optional<Step> complaint(const Facts& f, bool asking_now) {
  // Nothing to complain about once every request led to removal and none is about to be sent.
  if (!f.gdpr_route || f.asked(RequestTo::dpa) || (!asking_now && !removal_request_open(f))) return std::nullopt;
  const bool platform_uncooperative = f.sexual && platform_escalates(f);
  Step step = make_step(kind::complaint_dpa);
  step.status = f.gdpr_request_escalates() || platform_uncooperative ? StepStatus::now : StepStatus::later;
  step.addressee = dpa_addressee(f);
  step.why = f.sexual ? texts::why_complaint_platform_sexual : texts::why_complaint;
  step.legal_bases = {"GDPR Art. 12(4)", "GDPR Art. 77"};
  step.sources = {"ap.remove.complaint", "notes.ap_complaint", "data.authorities"};
  if (f.sexual) step.sources.push_back("ap.sexual.complaint_platform");
  step.letters = {"dpa_complaint"};
  step.preconditions.push_back(texts::pre_complaint_ask_first);
  if (step.status == StepStatus::later) step.preconditions.push_back(texts::pre_complaint_wait_deadline);
  if (f.for_other_adult) step.preconditions.push_back(texts::pre_complaint_authorisation);
  add_gdpr_preconditions(step, f);
  step.notes.push_back(texts::pre_complaint_evidence);
  step.notes.push_back(f.dutch ? texts::pre_complaint_not_anonymous : texts::pre_complaint_not_anonymous_any);
  if (!f.dutch && !step.addressee.name.empty()) step.notes.push_back(texts::note_dpa_by_residence);
  if (f.country() == "DE") {
    step.notes.push_back(texts::note_dpa_germany);
    step.sources.push_back("notes.hard.gdpr_timing");
  }
  if (f.child_case) step.notes.push_back(texts::note_no_images_only_urls);
  return step;
}

// DSA Art. 53: a complaint about how a platform handled a notice, to the DSC of the member state of
// residence. Only for residents of the EU: the notes name DSCs for the member states only.
std::optional<Step> complaint_dsc(const Facts& f, bool platform_route) {
  if (!platform_route || !f.in_eu || f.asked(RequestTo::dsc)) return std::nullopt;
  Step step = make_step(kind::complaint_dsc);
  step.status = f.dsa_notice_escalates() ? StepStatus::now : StepStatus::later;
  step.addressee = dsc_addressee(f);
  step.why = texts::why_complaint_dsc;
  step.legal_bases = {"DSA Art. 53"};
  step.letters = {"dsc_complaint"};
  step.sources = {"notes.hard.dsa", "data.authorities"};
  if (step.status == StepStatus::later) step.preconditions.push_back(texts::pre_complaint_dsc_after_notice);
  step.notes.push_back(texts::note_dsc_procedure_only);
  if (step.addressee.confirmed == false) step.notes.push_back(texts::note_authority_unconfirmed);
  if (f.child_case) step.notes.push_back(texts::note_no_images_only_urls);
  return step;
}

std::optional<Step> appeal(const Facts& f, bool platform_route) {
  if (!platform_route) return std::nullopt;
  Step step = make_step(kind::platform_appeal);
  step.status = StepStatus::later;
  step.addressee = {"platform", "", ""};
  step.why = texts::why_platform_appeal;
  step.legal_bases = {"DSA Art. 20"};
  step.sources = {"notes.dsa.20"};
  step.letters = {"platform_appeal"};
  step.notes.push_back(texts::note_small_platforms_exempt);
  step.sources.push_back("notes.hard.dsa");
  for (const auto* p : f.requests_to(RequestTo::platform)) {
    if (p->status != RequestStatus::refused && p->status != RequestStatus::partial) continue;
    step.status = StepStatus::now;
    step.addressee.name = p->entry->name;
    step.history_index = p->index;
    if (p->entry->answered) {
      const auto window = time::compute_deadline(time::spec_of(time::DeadlineRule::dsa_appeal_six_months), *p->entry->answered);
      step.deadlines.push_back(deadline_summary(window, "answered"));
    }
    break;
  }
  if (step.status == StepStatus::later) step.preconditions.push_back(texts::pre_appeal_after_decision);
  return step;
}

std::optional<Step> out_of_court(bool platform_route) {
  if (!platform_route) return std::nullopt;
  Step step = make_step(kind::out_of_court_dispute);
  step.status = StepStatus::later;
  step.addressee = {"dispute_body", "", ""};
  step.why = texts::why_out_of_court;
  step.legal_bases = {"DSA Art. 21"};
  step.sources = {"notes.dsa.21", "notes.hard.dsa"};
  step.preconditions.push_back(texts::pre_out_of_court_after_appeal);
  step.notes.push_back(texts::note_small_platforms_exempt);
  return step;
}

std::optional<Step> urgent_court(const Facts& f) {
  // The kort geding is a Dutch procedure, named by the DPA for sexual deepfakes.
  if (!f.sexual || !f.dutch) return std::nullopt;
  Step step = make_step(kind::urgent_court);
  step.status = f.removal_escalates() ? StepStatus::now : StepStatus::later;
  step.addressee = {"court", "", ""};
  step.why = texts::why_urgent_court;
  if (f.gdpr_route) step.legal_bases.push_back("GDPR Art. 17(1)");
  step.legal_bases.push_back("Auteurswet art. 21");
  step.sources = {"ap.sexual.court", "notes.portrait_right"};
  if (step.status == StepStatus::later) step.preconditions.push_back(texts::pre_court_uncooperative);
  if (f.s.public_figure == Tri::yes) step.notes.push_back(texts::pre_court_public_figure);
  return step;
}

std::optional<Step> court_damages(const Facts& f) {
  if (!f.s.harm || f.s.harm->empty()) return std::nullopt;
  Step step = make_step(kind::court_damages);
  step.status = StepStatus::later;
  step.addressee = {"court", "", ""};
  step.why = texts::why_court_damages;
  if (f.gdpr_route) step.legal_bases.push_back("GDPR Art. 82");
  if (f.dutch) {
    step.legal_bases.push_back("BW art. 6:162");
    step.legal_bases.push_back("BW art. 6:106");
    step.legal_bases.push_back("Auteurswet art. 21");
  }
  step.sources = {"ap.remove.court"};
  if (f.dutch) step.sources.push_back("notes.portrait_right");
  if (f.s.maker != Maker::known_reachable) step.preconditions.push_back(texts::pre_court_know_maker);
  if (f.s.public_figure == Tri::yes) {
    step.notes.push_back(texts::pre_court_public_figure);
    step.sources.push_back("ap.public_figure.balancing");
  }
  return step;
}

template <class T>
void append(std::vector<Step>& steps, std::optional<T> step) {
  if (step) steps.push_back(std::move(*step));
}

}  // namespace

std::vector<Step> plan_steps(const Facts& f) {
  std::vector<Step> steps;
  steps.push_back(preserve_evidence(f));
  auto support = helplines(f);
  if (f.child_case) {
    // A child: the police and the hotline first, then support.
    append(steps, police_report(f));
    steps.push_back(csam_hotline(f));
    for (auto& step : support) steps.push_back(std::move(step));
  } else {
    for (auto& step : support) steps.push_back(std::move(step));
    append(steps, police_report(f));
  }

  auto maker = ask_maker(f);
  auto platforms = ask_platforms(f);
  const bool asking_maker = maker.has_value();
  const bool asking_platform = !platforms.empty();
  append(steps, std::move(maker));
  append(steps, portrait_right_demand(f));
  for (auto& step : platforms) steps.push_back(std::move(step));
  append(steps, ask_forward(f, asking_maker, asking_platform));
  append(steps, ask_search(f));
  append(steps, hash_matching(f));

  const bool asking_search = std::any_of(steps.begin(), steps.end(),
                                         [](const Step& s) { return s.kind == kind::ask_search_delisting; });
  for (auto& step : waiting(f)) steps.push_back(std::move(step));
  append(steps, complaint(f, asking_maker || asking_platform || asking_search));
  const auto platform_requests = f.requests_to(RequestTo::platform);
  const bool platform_route =
      asking_platform || std::any_of(platform_requests.begin(), platform_requests.end(),
                                     [](const RequestProgress* p) { return p->status != RequestStatus::removed; });
  append(steps, appeal(f, platform_route));
  append(steps, complaint_dsc(f, platform_route));
  append(steps, out_of_court(platform_route));
  append(steps, urgent_court(f));
  append(steps, court_damages(f));
  return steps;
}

}  // namespace takedown::guidance

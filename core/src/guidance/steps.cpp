#include "steps.hpp"

#include <algorithm>
#include <cctype>

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

Step preserve_evidence(const Facts& f) {
  Step step = make_step(kind::preserve_evidence);
  step.addressee = {"you", "", ""};
  step.why = f.minor && f.sexual ? texts::why_preserve_evidence_minor : texts::why_preserve_evidence;
  step.sources = {"notes.police.evidence"};
  return step;
}

std::optional<Step> helpline(const Facts& f) {
  if (!f.sexual && !f.minor) return std::nullopt;
  Step step = make_step(kind::helpline);
  step.sources = {"notes.helplines"};
  if (f.dutch) {
    step.addressee = {"helpline", "Helpwanted", "020-261 52 75"};
    step.why = texts::why_helpline_nl;
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

std::optional<Step> police_report(const Facts& f) {
  if (!f.sexual || f.asked(RequestTo::police)) return std::nullopt;
  Step step = make_step(kind::police_report);
  step.letters = {"police_summary"};
  step.sources = {"ap.sexual.prohibited", "ap.sexual.police"};
  step.notes.push_back(texts::pre_police_before_platform);
  if (f.dutch) {
    step.addressee = {"police", "Politie", "0900-8844"};
    step.why = f.minor ? texts::why_police_minor : texts::why_police;
    step.legal_bases = {"Sr art. 254ba"};
    if (f.minor) step.legal_bases.push_back("Sr art. 252");
    step.notes.push_back(texts::pre_police_nl_report_final);
    step.sources.push_back("notes.nl_criminal");
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
  return step;
}

std::optional<Step> ask_maker(const Facts& f) {
  if (!f.gdpr_route || f.s.maker != Maker::known_reachable || f.asked(RequestTo::maker)) return std::nullopt;
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
  if (f.minor && f.sexual) step.notes.push_back(texts::pre_dsa_csam_anonymous);
  if (f.s.consent_given_earlier == Tri::yes && f.gdpr_route) step.notes.push_back(texts::pre_consent_withdraw);
  if (!platform) step.preconditions.push_back(texts::pre_know_where);
  if (f.gdpr_route) add_gdpr_preconditions(step, f);
  add_for_other_adult(step, f);
  if (f.gdpr_route) add_deadline_from_today(step, f, time::DeadlineRule::gdpr_one_month);
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
  return step;
}

std::vector<Step> ask_platforms(const Facts& f) {
  std::vector<Step> steps;
  if (!f.gdpr_route && !f.sexual) return steps;
  for (const auto& platform : f.s.platforms) {
    if (!platform_already_asked(f, platform)) steps.push_back(platform_step(f, &platform));
  }
  // Where the deepfake is posted is not known yet, but without a reachable maker the platform is the way.
  if (f.s.platforms.empty() && f.s.maker != Maker::known_reachable && !f.asked(RequestTo::platform)) {
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
  if (f.gdpr_route) add_deadline_from_today(step, f, time::DeadlineRule::gdpr_one_month);
  return step;
}

std::optional<Step> hash_matching(const Facts& f) {
  if (!f.sexual) return std::nullopt;
  Step step = make_step(kind::hash_matching_service);
  step.sources = {"notes.hashing"};
  if (f.minor) {
    step.addressee = {"hash_service", "Take It Down (NCMEC)", ""};
    step.why = texts::why_hash_take_it_down;
  } else {
    step.addressee = {"hash_service", "StopNCII.org", "stopncii@swgfl.org.uk"};
    step.why = texts::why_hash_stopncii;
    step.preconditions.push_back(texts::pre_hash_adults);
    step.preconditions.push_back(texts::pre_hash_after_report);
  }
  return step;
}

Step wait_step(const RequestProgress& p) {
  const HistoryEntry& entry = *p.entry;
  Step step = make_step(kind::wait_for_answer);
  step.status = p.status == RequestStatus::overdue ? StepStatus::overdue : StepStatus::waiting;
  step.addressee = {std::string(name_of(entry.to)), entry.name, ""};
  step.history_index = p.index;
  if (p.deadline) step.deadlines.push_back(deadline_summary(*p.deadline, "sent"));
  const bool overdue = p.status == RequestStatus::overdue;
  if (entry.to == RequestTo::dpa) {
    step.why = texts::why_wait_dpa;
    step.sources = {"notes.ap_complaint"};
    return step;
  }
  switch (entry.via) {
    case Via::gdpr:
      step.why = overdue ? texts::why_wait_overdue : entry.extended ? texts::why_wait_gdpr_extended : texts::why_wait_gdpr;
      step.legal_bases = {"GDPR Art. 12(3)"};
      step.sources = {"notes.gdpr.12"};
      if (overdue) step.sources.push_back("ap.remove.complaint");
      break;
    case Via::take_it_down:
      step.why = overdue ? texts::why_wait_take_it_down_overdue : texts::why_wait_take_it_down;
      step.legal_bases = {take_it_down_act};
      step.sources = {"notes.take_it_down"};
      break;
    case Via::dsa:
      step.why = texts::why_wait_dsa;
      step.legal_bases = {"DSA Art. 16"};
      step.sources = {"notes.dsa.16"};
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
    if (open) steps.push_back(wait_step(p));
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
  step.addressee = f.dutch ? Addressee{"dpa", "Autoriteit Persoonsgegevens", "088-1805 250"} : Addressee{"dpa", "", ""};
  step.why = f.sexual ? texts::why_complaint_platform_sexual : texts::why_complaint;
  step.legal_bases = {"GDPR Art. 12(4)"};
  step.sources = {"ap.remove.complaint", "notes.ap_complaint"};
  if (f.sexual) step.sources.push_back("ap.sexual.complaint_platform");
  step.letters = {"dpa_complaint"};
  step.preconditions.push_back(texts::pre_complaint_ask_first);
  if (step.status == StepStatus::later) step.preconditions.push_back(texts::pre_complaint_wait_deadline);
  if (f.for_other_adult) step.preconditions.push_back(texts::pre_complaint_authorisation);
  add_gdpr_preconditions(step, f);
  step.notes.push_back(texts::pre_complaint_evidence);
  step.notes.push_back(texts::pre_complaint_not_anonymous);
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
  step.sources = {"notes.dsa.21"};
  step.preconditions.push_back(texts::pre_out_of_court_after_appeal);
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
  if (f.dutch) step.legal_bases = {"Auteurswet art. 21"};
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
  append(steps, helpline(f));
  append(steps, police_report(f));

  auto maker = ask_maker(f);
  auto platforms = ask_platforms(f);
  const bool asking_maker = maker.has_value();
  const bool asking_platform = !platforms.empty();
  append(steps, std::move(maker));
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
  append(steps, out_of_court(platform_route));
  append(steps, urgent_court(f));
  append(steps, court_damages(f));
  return steps;
}

}  // namespace takedown::guidance

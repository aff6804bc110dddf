#include "letter_context.hpp"

#include "../time/date_words.hpp"
#include "../time/deadline.hpp"
#include "offences.hpp"
#include "words.hpp"

namespace takedown::letters {
namespace {

using core::Language;

// Who must be reachable, and at which address, for each kind to be complete.
bool needs_email(const LetterInput& in) {
  switch (in.kind) {
    case LetterKind::platform_removal:     // DSA Art. 16(2)(c); not required for child sexual abuse material
      return !is_child_case(in.c);
    case LetterKind::take_it_down_notice:  // contact information, element (D)
    case LetterKind::dpa_complaint:        // the AP's form requires it
    case LetterKind::dsc_complaint:        // so the coordinator can answer
      return true;
    default: return false;
  }
}

bool needs_urls(LetterKind kind) {
  return kind == LetterKind::platform_removal || kind == LetterKind::search_delisting ||
         kind == LetterKind::take_it_down_notice || kind == LetterKind::platform_appeal ||
         kind == LetterKind::dsc_complaint;
}

bool needs_request(LetterKind kind) {
  return kind == LetterKind::reminder || kind == LetterKind::dpa_complaint || kind == LetterKind::platform_appeal ||
         kind == LetterKind::dsc_complaint;
}

// The Dutch authorities are the default only for someone who lives in the Netherlands or did not say.
bool lives_in_nl(const LetterCase& c) { return c.residence.empty() || c.residence == "NL"; }

class Builder {
 public:
  explicit Builder(const LetterInput& input) : in_(input), c_(input.c), lang_(input.language) {}

  LetterContext build() {
    sender();
    addressee();
    deepfake();
    person();
    circumstances();
    request();
    dossier();
    confirmed_facts();
    medium_and_law();
    route();
    return std::move(out_);
  }

 private:
  std::string words(const std::optional<time::CivilDate>& date) const {
    return date ? time::date_in_words(*date, lang_) : std::string();
  }

  // A text that may be required: the value, or its placeholder (noted as missing) when required.
  void text(const std::string& name, const std::string& value, const std::string& field, bool required,
            Placeholder fallback) {
    if (!value.empty()) {
      out_.names.set_text(name, value, {field, value});
    } else if (required) {
      out_.names.set_text(name, std::string(placeholder(fallback, lang_)));
      out_.missing.push_back(field);
    } else {
      out_.names.set_text(name, "");
    }
  }

  void optional_text(const std::string& name, const std::string& value, const std::string& field) {
    out_.names.set_text(name, value, value.empty() ? Source{} : Source{field, value});
  }

  void optional_date(const std::string& name, const std::optional<time::CivilDate>& date, const std::string& field) {
    out_.names.set_text(name, words(date), date ? Source{field, time::format_date(*date)} : Source{});
  }

  // A flag rests on an input only when that input was given; defaults are not facts.
  void flag(const std::string& name, bool value, const std::string& field, const nlohmann::json& given) {
    out_.names.set_flag(name, value, c_.given.count(field) ? Source{field, given} : Source{});
  }

  // A placeholder for a fact the person has not confirmed; listed as missing only if the letter uses it.
  void ask(const std::string& name, Placeholder which, const std::string& field) {
    out_.names.set_text(name, std::string(placeholder(which, lang_)));
    out_.asks.emplace_back(name, field);
  }

  // An answer yes/no/unknown as three flags (name, name_no, name_open) and the placeholder name_ask.
  void answer(const std::string& name, const std::string& value, const std::string& field, Placeholder which,
              const std::string& yes = "yes", const std::string& no = "no") {
    flag(name, value == yes, field, value);
    flag(name + "_no", value == no, field, value);
    flag(name + "_open", value != yes && value != no, field, value);
    ask(name + "_ask", which, field);
  }

  void sender() {
    const Party& p = in_.profile;
    // A notice about child sexual abuse material may leave out the notifier's name (DSA Art. 16(2)(c)).
    const bool anonymous_allowed = in_.kind == LetterKind::platform_removal && is_child_case(c_);
    text("sender_name", p.name, "profile.name", !anonymous_allowed, Placeholder::name);
    text("sender_email", p.email, "profile.email", needs_email(in_), Placeholder::email);
    text("sender_address", p.postal_address, "profile.postal_address",
         in_.kind == LetterKind::dpa_complaint || in_.kind == LetterKind::portrait_right_demand, Placeholder::postal_address);
    optional_text("sender_phone", p.phone, "profile.phone");
    optional_date("letter_date", c_.date, "case.date");
  }

  void addressee() {
    Party a = c_.addressee;
    bool authority_missing = false;
    if (a.name.empty()) {
      switch (in_.kind) {
        // GDPR Art. 77 and DSA Art. 53: the authority of the person's residence; the Dutch one only for NL.
        case LetterKind::dpa_complaint:
          if (lives_in_nl(c_)) {
            a.name = "Autoriteit Persoonsgegevens";
            if (a.postal_address.empty()) a.postal_address = "Postbus 93374, 2509 AJ Den Haag";
          } else {
            a.name = placeholder(Placeholder::supervisory_authority, lang_);
            authority_missing = true;
          }
          break;
        case LetterKind::dsc_complaint:
          if (lives_in_nl(c_)) {
            a.name = "Autoriteit Consument & Markt (ACM)";
          } else {
            a.name = placeholder(Placeholder::services_coordinator, lang_);
            authority_missing = true;
          }
          break;
        case LetterKind::maker_erasure:
        case LetterKind::portrait_right_demand: a.name = c_.maker_name; break;
        case LetterKind::reminder: a.name = c_.request ? c_.request->to_name : ""; break;
        case LetterKind::police_summary: a.name = lang_ == Language::nl ? "Politie" : "Police"; break;
        case LetterKind::search_delisting: break;  // the platform is not the search engine
        default: a.name = c_.platform; break;
      }
    }
    out_.addressee = a;
    optional_text("addressee_name", c_.addressee.name.empty() ? std::string() : a.name, "case.addressee.name");
    if (authority_missing) out_.missing.push_back("case.addressee.name");
    // An authority is written to as a formal letter is: its name and address above the greeting.
    // Only a name or address that was given is a fact; the AP's own, or a placeholder, rests on no input.
    out_.names.set_text("recipient_name", a.name,
                        c_.addressee.name.empty() ? Source{} : Source{"case.addressee.name", c_.addressee.name});
    out_.names.set_text("recipient_address", a.postal_address,
                        c_.addressee.postal_address.empty() ? Source{}
                                                            : Source{"case.addressee.postal_address", c_.addressee.postal_address});
    out_.names.set_flag("resident_nl", lives_in_nl(c_), c_.residence.empty() ? Source{} : Source{"case.residence", c_.residence});
    // Where a refusal would be taken: the AP for NL (or unknown) residents, else their own authority.
    out_.names.set_text("dpa_name",
                        std::string(lives_in_nl(c_) ? (lang_ == Language::nl ? "de Autoriteit Persoonsgegevens"
                                                                             : "the Autoriteit Persoonsgegevens")
                                                    : (lang_ == Language::nl ? "de toezichthouder voor gegevensbescherming"
                                                                             : "the data protection supervisory authority")),
                        c_.residence.empty() ? Source{} : Source{"case.residence", c_.residence});
  }

  void deepfake() {
    optional_text("platform", c_.platform, "case.platform");
    // A child's case identifies the material by its addresses (and hashes) only: no caption or description
    // of what a sexual image of a minor shows goes into a letter.
    const bool words_only_addresses = is_child_case(c_);
    optional_text("title", words_only_addresses ? std::string() : c_.title, "case.title");
    optional_text("handle", c_.handle, "case.handle");
    optional_text("description", words_only_addresses ? std::string() : c_.description, "case.description");
    optional_date("first_seen", c_.first_seen, "case.first_seen");
    out_.names.set_text("a_media", std::string(media_with_article(c_.media, lang_)),
                        c_.media == "unknown" ? Source{} : Source{"case.media", c_.media});
    if (!c_.urls.empty()) {
      out_.names.set_list("urls", c_.urls, {"case.urls", c_.urls});
    } else if (needs_urls(in_.kind)) {
      out_.names.set_list("urls", nlohmann::json::array({placeholder(Placeholder::url, lang_)}));
      out_.missing.push_back("case.urls");
    } else {
      out_.names.set_list("urls", nlohmann::json::array());
    }
    out_.names.set_list("search_terms", c_.search_terms,
                        c_.search_terms.empty() ? Source{} : Source{"case.search_terms", c_.search_terms});
  }

  void person() {
    const std::string& d = c_.depicted;
    flag("about_me", d == "me", "case.depicted", d);
    flag("about_child", d == "my_child", "case.depicted", d);
    flag("about_other", d == "someone_i_represent", "case.depicted", d);
    // A notice about a child's sexual images need not name the child: the addresses are enough to remove
    // them, and the name would tie the child to the material once more.
    const bool unnamed_child = d == "my_child" && c_.depicted_name.empty() && is_child_case(c_) &&
                               in_.kind == LetterKind::platform_removal;
    if (unnamed_child) {
      out_.names.set_text("depicted_name", lang_ == Language::nl ? "mijn kind" : "my child");
    } else {
      text("depicted_name", c_.depicted_name, "case.depicted_name", d != "me",
           d == "my_child" ? Placeholder::child_name : Placeholder::person_name);
    }
    out_.names.set_flag("child_unnamed", unnamed_child);
    flag("minor", is_minor(c_), "case.age_group", c_.age_group);
  }

  void circumstances() {
    flag("sexual", c_.sexual == "yes", "case.sexual", c_.sexual);
    flag("not_labelled", c_.labelled_as_deepfake == "no", "case.labelled_as_deepfake", c_.labelled_as_deepfake);
    flag("consent_given", c_.consent_given_earlier == "yes", "case.consent_given_earlier", c_.consent_given_earlier);
    flag("not_public_figure", c_.public_figure == "no", "case.public_figure", c_.public_figure);
    flag("still_online_yes", c_.still_online == "yes", "case.still_online", c_.still_online);
    flag("still_online_no", c_.still_online == "no", "case.still_online", c_.still_online);
    optional_text("maker_name", c_.maker_name, "case.maker_name");
    // The answer is due one month after receipt; a letter sent on its date is taken as received then.
    std::string due;
    if (c_.date) {
      const auto deadline = time::compute_deadline(time::spec_of(time::DeadlineRule::gdpr_one_month), *c_.date);
      due = time::date_in_words(deadline.period->end, lang_);
    }
    out_.names.set_text("due_date", due, c_.date ? Source{"case.date", time::format_date(*c_.date)} : Source{});
  }

  void request() {
    const RequestInfo r = c_.request.value_or(RequestInfo{});
    const bool required = needs_request(in_.kind);
    // Whom the request went to: as named, else the platform the deepfake is on.
    const bool named = !r.to_name.empty() || c_.platform.empty();
    text("request_to", named ? r.to_name : c_.platform, named ? "case.request.to_name" : "case.platform",
         in_.kind == LetterKind::dpa_complaint || in_.kind == LetterKind::dsc_complaint, Placeholder::organisation);
    text("request_sent", words(r.sent), "case.request.sent", required, Placeholder::request_date);
    if (r.sent) out_.names.set_text("request_sent", words(r.sent), {"case.request.sent", time::format_date(*r.sent)});
    optional_text("request_reference", r.reference, "case.request.reference");
    const std::string via = c_.request ? r.via : "";
    flag("via_gdpr", via == "gdpr" || via.empty(), "case.request.via", r.via);
    flag("via_dsa", via == "dsa", "case.request.via", r.via);
    flag("via_take_it_down", via == "take_it_down", "case.request.via", r.via);
    flag("answer_none", r.answer == "none", "case.request.answer", r.answer);
    flag("answer_refused", r.answer == "refused", "case.request.answer", r.answer);
    flag("answer_partial", r.answer == "partial", "case.request.answer", r.answer);
    flag("request_extended", r.extended, "case.request.extended", r.extended);
    const bool needs_decision_date = in_.kind == LetterKind::platform_appeal ||
                                     ((in_.kind == LetterKind::dpa_complaint || in_.kind == LetterKind::dsc_complaint) &&
                                      r.answer != "none");
    text("answered_date", words(r.answered), "case.request.answered", needs_decision_date, Placeholder::decision_date);
    if (r.answered) {
      out_.names.set_text("answered_date", words(r.answered), {"case.request.answered", time::format_date(*r.answered)});
    }
    std::string due;
    if (r.sent && r.via == "gdpr") {
      const auto rule = r.extended ? time::DeadlineRule::gdpr_extended : time::DeadlineRule::gdpr_one_month;
      due = time::date_in_words(time::compute_deadline(time::spec_of(rule), *r.sent).period->end, lang_);
    }
    out_.names.set_text("request_due", due, r.sent ? Source{"case.request.sent", time::format_date(*r.sent)} : Source{});
  }

  // Issue #13: the facts a letter may assert only once the person confirmed them.
  void confirmed_facts() {
    answer("recognisable", c_.recognisable, "case.recognisable", Placeholder::recognisable);
    answer("consent", c_.consent_given_earlier, "case.consent_given_earlier", Placeholder::consent);
    answer("shared", c_.shared_with, "case.shared_with", Placeholder::shared_with, "wider_or_public", "private_circle");
    answer("labelled", c_.labelled_as_deepfake, "case.labelled_as_deepfake", Placeholder::labelled);
    answer("sexual", c_.sexual, "case.sexual", Placeholder::sexual);
    ask("first_seen_ask", Placeholder::first_seen, "case.first_seen");
    out_.names.set_text("article_12_3", std::string(gdpr_article_12_3(lang_)));
    out_.names.set_flag("facts_open", false);  // render.cpp sets it when a placeholder above was used
  }

  void medium_and_law() {
    const Source media{"case.media", c_.media};
    out_.names.set_flag("audio", c_.media == "audio", c_.media == "unknown" ? Source{} : media);
    out_.names.set_text("likeness", std::string(likeness(c_.media, lang_)), c_.media == "unknown" ? Source{} : media);
    ask("visual_ask", Placeholder::visual_media, "case.media");
    out_.names.set_text("the_likeness", std::string(the_likeness(c_.media, lang_)), c_.media == "unknown" ? Source{} : media);
    const OffenceArticles articles = image_offences(c_);
    const ActPeriod period = act_period(c_);
    const Source when = c_.act_date    ? Source{"case.act_date", time::format_date(*c_.act_date)}
                        : c_.first_seen ? Source{"case.first_seen", time::format_date(*c_.first_seen)}
                                        : Source{};
    out_.names.set_text("sexual_offence", articles_in_words(articles.sexual_image, period, lang_), when);
    out_.names.set_text("child_offence", articles_in_words(articles.child, period, lang_), when);
    auto offences = nlohmann::json::array();
    for (auto& line : use_offence_lines(c_.used_for, lang_)) offences.push_back(std::move(line));
    out_.names.set_list("offences", offences, c_.used_for.empty() ? Source{} : Source{"case.used_for", c_.used_for});
    ask("dated_facts_ask", Placeholder::dated_facts, "case.timeline");
    ask("offence_ask", Placeholder::offence, "case.used_for");
  }

  // Who writes and to whom: a child's case, a relative of someone who died, a maker who is a minor,
  // and the period the person gives for an answer.
  void route() {
    const bool child_given = c_.given.count("case.child_case") > 0;
    out_.names.set_flag("child_case", is_child_case(c_), child_given ? Source{"case.child_case", c_.child_case} : Source{});
    flag("deceased", c_.deceased == "yes", "case.deceased", c_.deceased);
    const std::string& age = c_.maker_age;
    flag("maker_to_parents", age == "under_14", "case.maker_age", age);
    flag("maker_with_parents", age == "age_14_15" || age == "minor", "case.maker_age", age);
    flag("maker_cc_parents", age == "age_16_17", "case.maker_age", age);
    // The person's own period, else 7 days, or 24 hours for sexual content (issue #13 §5).
    const int days = c_.respond_within_days.value_or(c_.sexual == "yes" ? 1 : 7);
    out_.names.set_text("respond_within", period_in_words(days, lang_),
                        c_.respond_within_days ? Source{"case.respond_within_days", days} : Source{});
    // The period a DSA notice gave, for a complaint about it: only as the person said.
    std::string given_period;
    std::string period_end;
    if (c_.respond_within_days) {
      given_period = period_in_words(*c_.respond_within_days, lang_);
      if (c_.request && c_.request->sent) {
        period_end = time::date_in_words(time::add_days(*c_.request->sent, *c_.respond_within_days), lang_);
      }
    }
    optional_text("period_given", given_period, "case.respond_within_days");
    optional_text("period_end", period_end, "case.respond_within_days");
    ask("period_ask", Placeholder::period_given, "case.respond_within_days");
  }

  void dossier() {
    auto timeline = nlohmann::json::array();
    auto timeline_given = nlohmann::json::array();
    for (const auto& t : c_.timeline) {
      timeline.push_back({{"date", time::date_in_words(t.date, lang_)}, {"event", t.event}});
      timeline_given.push_back({{"date", time::format_date(t.date)}, {"event", t.event}});
    }
    out_.names.set_list("timeline", timeline, c_.timeline.empty() ? Source{} : Source{"case.timeline", timeline_given});

    auto evidence = nlohmann::json::array();
    auto evidence_given = nlohmann::json::array();
    for (const auto& e : c_.evidence) {
      // One line per item, its parts joined here so that absent parts leave no empty labels behind.
      // A child's case lists web addresses and hashes only: no description that could name an image.
      std::string line = is_child_case(c_) ? std::string() : e.description;
      const auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!line.empty()) line += "; ";
        line += part;
      };
      add(e.url);
      if (!e.captured_at.empty()) add(std::string(captured_label(lang_)) + " " + e.captured_at);
      if (!e.sha256.empty()) add("SHA-256 " + e.sha256);
      evidence.push_back({{"line", line}});
      evidence_given.push_back(
          {{"url", e.url}, {"captured_at", e.captured_at}, {"sha256", e.sha256}, {"description", e.description}});
    }
    out_.names.set_list("evidence", evidence, c_.evidence.empty() ? Source{} : Source{"case.evidence", evidence_given});
  }

  const LetterInput& in_;
  const LetterCase& c_;
  Language lang_;
  LetterContext out_;
};

}  // namespace

LetterContext build_context(const LetterInput& input) { return Builder(input).build(); }

std::vector<std::string> context_names() {
  const LetterContext context = build_context(LetterInput{});
  std::vector<std::string> names;
  for (const auto& [name, value] : context.names.values().items()) names.push_back(name);
  return names;
}

}  // namespace takedown::letters

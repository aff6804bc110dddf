#include "letter_context.hpp"

#include "../time/date_words.hpp"
#include "../time/deadline.hpp"
#include "words.hpp"

namespace takedown::letters {
namespace {

using core::Language;

// Who must be reachable, and at which address, for each kind to be complete.
bool needs_email(const LetterInput& in) {
  switch (in.kind) {
    case LetterKind::platform_removal:     // DSA Art. 16(2)(c); not required for child sexual abuse material
      return !(in.c.age_group == "minor" && in.c.sexual == "yes");
    case LetterKind::take_it_down_notice:  // contact information, element (D)
    case LetterKind::dpa_complaint:        // the AP's form requires it
      return true;
    default: return false;
  }
}

bool needs_urls(LetterKind kind) {
  return kind == LetterKind::platform_removal || kind == LetterKind::search_delisting ||
         kind == LetterKind::take_it_down_notice || kind == LetterKind::platform_appeal;
}

bool needs_request(LetterKind kind) {
  return kind == LetterKind::reminder || kind == LetterKind::dpa_complaint || kind == LetterKind::platform_appeal;
}

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

  void sender() {
    const Party& p = in_.profile;
    text("sender_name", p.name, "profile.name", true, Placeholder::name);
    text("sender_email", p.email, "profile.email", needs_email(in_), Placeholder::email);
    text("sender_address", p.postal_address, "profile.postal_address", in_.kind == LetterKind::dpa_complaint,
         Placeholder::postal_address);
    optional_text("sender_phone", p.phone, "profile.phone");
    optional_date("letter_date", c_.date, "case.date");
  }

  void addressee() {
    Party a = c_.addressee;
    if (a.name.empty()) {
      switch (in_.kind) {
        case LetterKind::dpa_complaint:
          a.name = "Autoriteit Persoonsgegevens";
          if (a.postal_address.empty()) a.postal_address = "Postbus 93374, 2509 AJ Den Haag";
          break;
        case LetterKind::maker_erasure: a.name = c_.maker_name; break;
        case LetterKind::reminder: a.name = c_.request ? c_.request->to_name : ""; break;
        case LetterKind::police_summary: a.name = lang_ == Language::nl ? "Politie" : "Police"; break;
        case LetterKind::search_delisting: break;  // the platform is not the search engine
        default: a.name = c_.platform; break;
      }
    }
    out_.addressee = a;
    optional_text("addressee_name", c_.addressee.name.empty() ? std::string() : a.name, "case.addressee.name");
  }

  void deepfake() {
    optional_text("platform", c_.platform, "case.platform");
    optional_text("title", c_.title, "case.title");
    optional_text("handle", c_.handle, "case.handle");
    optional_text("description", c_.description, "case.description");
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
    text("depicted_name", c_.depicted_name, "case.depicted_name", d != "me",
         d == "my_child" ? Placeholder::child_name : Placeholder::person_name);
    const bool minor = c_.age_group == "minor" || (c_.age_group == "unknown" && d == "my_child");
    flag("minor", minor, "case.age_group", c_.age_group);
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
         in_.kind == LetterKind::dpa_complaint, Placeholder::organisation);
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
                                     (in_.kind == LetterKind::dpa_complaint && r.answer != "none");
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
      std::string line = e.description;
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

#include "letter_input.hpp"

#include <algorithm>

#include "../field_reader.hpp"
#include "../params.hpp"

namespace takedown::letters {
namespace {

using core::FieldReader;

constexpr std::size_t max_name = 200;
constexpr std::size_t max_email = 254;
constexpr std::size_t max_address = 500;
constexpr std::size_t max_phone = 50;
constexpr std::size_t max_url = 2048;
constexpr std::size_t max_title = 500;
constexpr std::size_t max_description = 2000;
constexpr std::size_t max_event = 1000;

// A plausible address, not a full RFC 5322 check: one @, something on both sides, no spaces.
bool looks_like_email(const std::string& text) {
  const auto at = text.find('@');
  return at != std::string::npos && at > 0 && at + 1 < text.size() && text.find('@', at + 1) == std::string::npos &&
         text.find(' ') == std::string::npos;
}

std::string email(const FieldReader& in, std::string_view name) {
  std::string value = in.text(name, max_email);
  if (!value.empty() && !looks_like_email(value)) in.fail(name, "must be an e-mail address");
  return value;
}

Party read_party(const FieldReader& in) {
  Party party;
  if (!in.expect_object({"name", "email", "postal_address", "phone"})) return party;
  party.name = in.text("name", max_name);
  party.email = email(in, "email");
  party.postal_address = in.text("postal_address", max_address);
  party.phone = in.text("phone", max_phone);
  return party;
}

std::optional<RequestInfo> read_request(const FieldReader& in) {
  if (!in.expect_object({"to_name", "sent", "reference", "via", "answer", "answered", "extended"})) return std::nullopt;
  RequestInfo request;
  request.to_name = in.text("to_name", max_name);
  request.sent = in.date("sent");
  request.reference = in.text("reference", max_name);
  request.via = in.choice("via", {"gdpr", "dsa", "take_it_down"}, "gdpr");
  request.answer = in.choice("answer", {"none", "refused", "partial"}, "none");
  request.answered = in.date("answered");
  request.extended = in.boolean("extended").value_or(false);
  if (request.sent && request.answered && *request.answered < *request.sent) in.fail("answered", "is before sent");
  if (request.extended && request.via != "gdpr") in.fail("extended", "applies only to GDPR requests (via gdpr)");
  return request;
}

bool is_sha256(std::string& text) {
  std::transform(text.begin(), text.end(), text.begin(), [](char c) { return c >= 'A' && c <= 'F' ? char(c + 32) : c; });
  return text.size() == 64 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

std::vector<EvidenceItem> read_evidence(const FieldReader& in) {
  std::vector<EvidenceItem> items;
  const auto& list = in.array("evidence", max_evidence);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto e = in.element(list[i], i, "evidence");
    if (!e.expect_object({"url", "captured_at", "sha256", "description"})) break;
    EvidenceItem item{e.text("url", max_url), e.text("captured_at", 64), e.text("sha256", 64),
                      e.text("description", max_title)};
    if (!item.captured_at.empty() && !time::parse_date_time(item.captured_at)) {
      e.fail("captured_at", "must be a date and time written YYYY-MM-DDTHH:MM[:SS] with Z or an offset");
    }
    if (!item.sha256.empty() && !is_sha256(item.sha256)) e.fail("sha256", "must be 64 hexadecimal digits");
    if (item.url.empty() && item.description.empty()) e.fail("", "needs a url or a description");
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<TimelineItem> read_timeline(const FieldReader& in) {
  std::vector<TimelineItem> items;
  const auto& list = in.array("timeline", max_timeline);
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto t = in.element(list[i], i, "timeline");
    if (!t.expect_object({"date", "event"})) break;
    const auto date = t.date("date", /*required=*/true);
    std::string event = t.text("event", max_event, /*required=*/true);
    if (!t.ok()) break;
    items.push_back({*date, std::move(event)});
  }
  return items;
}

std::vector<std::string> read_used_for(const FieldReader& in) {
  std::vector<std::string> uses;
  const nlohmann::json* value = in.get("used_for");
  if (value == nullptr || (value->is_string() && *value == "unknown")) return uses;
  if (!value->is_array()) {
    in.fail("used_for", "must be a list of extortion, fraud, threats, harassment, impersonation, or \"unknown\"");
    return uses;
  }
  const auto& list = in.array("used_for", 5);
  static constexpr std::string_view known[] = {"extortion", "fraud", "threats", "harassment", "impersonation"};
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto& item = list[i];
    const auto found = item.is_string() ? std::find(std::begin(known), std::end(known), item.get<std::string>())
                                        : std::end(known);
    if (found == std::end(known)) {
      in.fail("used_for[" + std::to_string(i) + "]", "must be one of extortion, fraud, threats, harassment, impersonation");
      return {};
    }
    if (std::find(uses.begin(), uses.end(), *found) == uses.end()) uses.emplace_back(*found);
  }
  return uses;
}

// An ISO 3166-1 alpha-2 code in either case, kept in upper case (UK as GB, as guidance.plan does);
// "unknown" is the same as not given.
std::string read_residence(const FieldReader& in) {
  if (const auto* value = in.get("residence"); value != nullptr && value->is_string() && *value == "unknown") return "";
  std::string code = in.text("residence", 2);
  const bool letters = std::all_of(code.begin(), code.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
  });
  if (in.has("residence") && (code.size() != 2 || !letters)) {
    in.fail("residence", "must be a two-letter country code (ISO 3166-1), e.g. NL");
    return "";
  }
  for (auto& ch : code) ch = char(ch >= 'a' ? ch - 32 : ch);
  return code == "UK" ? "GB" : code;
}

LetterCase read_case(const FieldReader& in) {
  LetterCase c;
  if (!in.expect_object({"date", "addressee", "platform", "urls", "title", "handle", "description", "media",
                         "first_seen", "depicted", "depicted_name", "age_group", "sexual", "labelled_as_deepfake",
                         "consent_given_earlier", "public_figure", "still_online", "search_terms", "maker_name",
                         "request", "evidence", "timeline", "recognisable", "shared_with", "used_for", "deceased",
                         "maker_age", "act_date", "residence", "respond_within_days", "child_case"})) {
    return c;
  }
  // Paths without the leading "params.", as facts name them.
  for (const auto& path : in.present_paths()) c.given.insert(path.substr(7));
  if (in.has("request")) {
    for (const auto& path : in.child("request").present_paths()) c.given.insert(path.substr(7));
  }
  c.date = in.date("date");
  if (in.has("addressee")) c.addressee = read_party(in.child("addressee"));
  c.platform = in.text("platform", max_name);
  c.urls = in.text_array("urls", max_letter_urls, max_url);
  c.title = in.text("title", max_title);
  c.handle = in.text("handle", max_name);
  c.description = in.text("description", max_description);
  c.media = in.choice("media", {"image", "video", "audio", "unknown"}, "unknown");
  c.first_seen = in.date("first_seen");
  c.depicted = in.choice("depicted", {"me", "my_child", "someone_i_represent"}, "me");
  c.depicted_name = in.text("depicted_name", max_name);
  c.age_group = in.choice("age_group", {"adult", "minor", "unknown"}, "unknown");
  c.sexual = in.choice("sexual", {"yes", "no", "unknown"}, "unknown");
  c.labelled_as_deepfake = in.choice("labelled_as_deepfake", {"yes", "no", "unknown"}, "unknown");
  c.consent_given_earlier = in.choice("consent_given_earlier", {"yes", "no", "unknown"}, "unknown");
  c.public_figure = in.choice("public_figure", {"yes", "no", "unknown"}, "unknown");
  c.still_online = in.choice("still_online", {"yes", "no", "unknown"}, "unknown");
  c.search_terms = in.text_array("search_terms", 20, max_name);
  c.maker_name = in.text("maker_name", max_name);
  if (in.has("request")) c.request = read_request(in.child("request"));
  c.evidence = read_evidence(in);
  c.timeline = read_timeline(in);
  c.recognisable = in.choice("recognisable", {"yes", "no", "unknown"}, "unknown");
  c.shared_with = in.choice("shared_with", {"private_circle", "wider_or_public", "unknown"}, "unknown");
  c.used_for = read_used_for(in);
  c.deceased = in.choice("deceased", {"yes", "no", "unknown"}, "unknown");
  c.maker_age = in.choice("maker_age", {"adult", "under_14", "age_14_15", "age_16_17", "minor", "unknown"}, "unknown");
  // "unknown" is an answer too: no date, so both the old and the new criminal articles are named.
  if (const auto* act = in.get("act_date"); act != nullptr && !(act->is_string() && *act == "unknown")) {
    c.act_date = in.date("act_date");
  }
  if (c.act_date && c.first_seen && *c.first_seen < *c.act_date) {
    in.fail("act_date", "is after first_seen: it was made or first shared before anyone could see it");
  }
  c.residence = read_residence(in);
  c.respond_within_days = in.integer("respond_within_days", 1, 60);
  c.child_case = in.boolean("child_case").value_or(false);
  if (c.deceased == "yes" && c.depicted == "me") {
    in.fail("deceased", "is yes, so the letter is written by a relative: depicted must be my_child or someone_i_represent");
  }
  return c;
}

// Letters a kind cannot honestly be: the reasons are the person's safety and the law, so say which.
void refuse_unfit(const FieldReader& in, const LetterInput& input) {
  const LetterCase& c = input.c;
  const LetterKind k = input.kind;
  if (is_child_case(c) && (k == LetterKind::maker_erasure || k == LetterKind::portrait_right_demand)) {
    // Writing to the maker lists where the images are and can warn them; the police and the hotline come first.
    in.fail("kind", "is not written for a child's sexual case (case.child_case): report it to the police and a "
                    "hotline instead of writing to the maker");
  }
  if (c.deceased == "yes" && (k == LetterKind::maker_erasure || k == LetterKind::dpa_complaint ||
                              k == LetterKind::search_delisting || k == LetterKind::take_it_down_notice ||
                              (k == LetterKind::reminder && c.request && c.request->via != "dsa"))) {
    in.fail("kind", "rests on rights of the person shown, which end at death (case.deceased): use "
                    "portrait_right_demand or platform_removal, which rest on the relatives' portrait right");
  }
}

}  // namespace

bool is_minor(const LetterCase& c) {
  return c.age_group == "minor" || (c.age_group == "unknown" && c.depicted == "my_child");
}

bool is_child_case(const LetterCase& c) { return c.child_case || (is_minor(c) && c.sexual == "yes"); }

std::variant<LetterInput, core::Failure> read_letter_input(const nlohmann::json& params) {
  if (auto failure = core::expect_fields(params, {"kind", "language"}, {"case", "profile"})) return *failure;
  const FieldReader in(params, "params");
  LetterInput input;
  const auto kind = in.choice("kind",
                              {"maker_erasure", "platform_removal", "search_delisting", "take_it_down_notice", "reminder",
                               "dpa_complaint", "police_summary", "platform_appeal", "portrait_right_demand",
                               "dsc_complaint"},
                              "maker_erasure");
  const auto language = in.choice("language", {"nl", "en"}, "en");
  if (!in.ok()) return *in.failure();
  input.kind = *kind_from_name(kind);
  input.language = *core::language_from_name(language);
  if (in.has("case")) input.c = read_case(in.child("case"));
  if (in.has("profile")) input.profile = read_party(in.child("profile"));
  if (in.ok()) refuse_unfit(in, input);
  if (!in.ok()) return *in.failure();
  return input;
}

}  // namespace takedown::letters

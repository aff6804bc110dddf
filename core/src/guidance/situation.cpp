#include "situation.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "../field_reader.hpp"

namespace takedown::guidance {
namespace {

// Wire names in enum order: read_enum relies on it (index == enumerator value).
constexpr std::array<std::string_view, 3> tri_names{"yes", "no", "unknown"};
constexpr std::array<std::string_view, 4> depicted_names{"me", "my_child", "someone_i_represent", "unknown"};
constexpr std::array<std::string_view, 3> age_names{"adult", "minor", "unknown"};
constexpr std::array<std::string_view, 3> shared_names{"private_circle", "wider_or_public", "unknown"};
constexpr std::array<std::string_view, 3> maker_names{"known_reachable", "known_unreachable", "unknown"};
constexpr std::array<std::string_view, 3> harm_names{"reputational", "financial", "emotional"};
constexpr std::array<std::string_view, 6> to_names{"maker", "platform", "search_engine", "dpa", "police", "dsc"};
constexpr std::array<std::string_view, 4> answer_names{"none", "refused", "partial", "removed"};
constexpr std::array<std::string_view, 3> via_names{"gdpr", "dsa", "take_it_down"};
constexpr std::array<std::string_view, 5> use_names{"extortion", "fraud", "threats", "harassment", "impersonation"};
constexpr std::array<std::string_view, 6> maker_age_names{"adult", "under_14", "age_14_15", "age_16_17", "minor", "unknown"};

template <class Enum, std::size_t N>
Enum read_enum(const core::FieldReader& in, std::string_view field, const std::array<std::string_view, N>& names,
               Enum absent) {
  const std::size_t index = in.choice_index(field, names, N);
  return index < N ? static_cast<Enum>(index) : absent;
}

template <class Enum, std::size_t N>
std::string_view name_in(const std::array<std::string_view, N>& names, Enum value) {
  return names[static_cast<std::size_t>(value)];
}

std::vector<Platform> read_platforms(const core::FieldReader& in) {
  std::vector<Platform> platforms;
  const auto& items = in.array("platforms", max_platforms);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto item = in.element(items[i], i, "platforms");
    if (!item.expect_object({"name", "urls"})) break;
    Platform platform{item.text("name", max_name_bytes), item.text_array("urls", max_urls_per_platform, max_url_bytes)};
    if (platform.name.empty() && platform.urls.empty()) item.fail("", "needs a name or at least one URL");
    platforms.push_back(std::move(platform));
  }
  return platforms;
}

std::string joined(std::span<const std::string_view> names) {
  std::string out;
  for (const auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

// A list of distinct names (`[]`: none of them), or "unknown" (the same as absent): nullopt.
template <class Enum, std::size_t N>
std::optional<std::vector<Enum>> read_list(const core::FieldReader& in, std::string_view field,
                                           const std::array<std::string_view, N>& names) {
  const nlohmann::json* value = in.get(field);
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) {
    in.choice_index(field, std::array<std::string_view, 1>{"unknown"}, 1);
    return std::nullopt;
  }
  std::vector<Enum> list;
  const auto& items = in.array(field, N);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto item = std::string(field) + "[" + std::to_string(i) + "]";
    const auto found = std::find(names.begin(), names.end(),
                                 items[i].is_string() ? items[i].get_ref<const std::string&>() : std::string());
    if (found == names.end()) {
      in.fail(item, "must be one of " + joined(names));
      return std::nullopt;
    }
    const auto entry = static_cast<Enum>(found - names.begin());
    if (std::find(list.begin(), list.end(), entry) != list.end()) {
      in.fail(item, "repeats an earlier entry");
      return std::nullopt;
    }
    list.push_back(entry);
  }
  return list;
}

// A date, or "unknown" (the same as absent).
std::optional<time::CivilDate> read_date_or_unknown(const core::FieldReader& in, std::string_view field) {
  const nlohmann::json* value = in.get(field);
  if (value != nullptr && value->is_string() && value->get_ref<const std::string&>() == "unknown") return std::nullopt;
  return in.date(field);
}

std::vector<HistoryEntry> read_history(const core::FieldReader& in) {
  std::vector<HistoryEntry> history;
  const auto& items = in.array("history", max_history);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto item = in.element(items[i], i, "history");
    if (!item.expect_object({"to", "name", "sent", "answer", "answered", "extended", "via", "respond_within_days",
                             "extended_on", "extension_reasons"})) {
      break;
    }
    HistoryEntry entry;
    if (!item.has("to")) item.fail("to", "is required");
    entry.to = read_enum(item, "to", to_names, RequestTo::platform);
    entry.name = item.text("name", max_name_bytes);
    entry.sent = item.date("sent", /*required=*/true).value_or(time::CivilDate{});
    entry.answer = read_enum(item, "answer", answer_names, Answer::none);
    entry.answered = item.date("answered");
    entry.extended = item.boolean("extended").value_or(false);
    entry.via = read_enum(item, "via", via_names, Via::gdpr);
    entry.respond_within_days = item.integer("respond_within_days", 1, max_response_days);
    entry.extended_on = item.date("extended_on");
    entry.extension_reasons = read_enum(item, "extension_reasons", tri_names, Tri::unknown);
    if (entry.extended_on || entry.extension_reasons != Tri::unknown) entry.extended = true;
    if (!item.ok()) break;
    if (entry.answered && *entry.answered < entry.sent) item.fail("answered", "is before sent");
    if (entry.answered && entry.answer == Answer::none) item.fail("answered", "needs an answer other than none");
    if (entry.extended && entry.via != Via::gdpr) {
      const char* field = item.has("extended") ? "extended" : item.has("extended_on") ? "extended_on" : "extension_reasons";
      item.fail(field, "applies only to GDPR requests (via gdpr)");
    }
    if (entry.extended_on && *entry.extended_on < entry.sent) item.fail("extended_on", "is before sent");
    if (entry.respond_within_days && entry.via != Via::dsa) {
      item.fail("respond_within_days", "applies only to DSA notices (via dsa)");
    }
    if (item.has("extended") && item.boolean("extended") == false && (entry.extended_on || item.has("extension_reasons"))) {
      item.fail("extended", "is false, but an extension is described");
    }
    if (entry.to == RequestTo::police && item.has("answer")) item.fail("answer", "does not apply to a police report");
    if (entry.to == RequestTo::dsc && item.has("via")) item.fail("via", "does not apply to a complaint to a DSC");
    history.push_back(std::move(entry));
  }
  return history;
}

}  // namespace

std::variant<Situation, core::Failure> read_situation(const nlohmann::json& params) {
  const core::FieldReader in(params, "params");
  const auto s = in.child("situation");
  Situation situation;
  if (!params.contains("situation")) return situation;
  if (!s.expect_object({"today", "depicted", "age_group", "sexual", "shared_with", "labelled_as_deepfake",
                        "recognisable", "maker", "platforms", "in_search_results", "public_figure", "harm",
                        "residence", "consent_given_earlier", "history", "used_for", "deceased", "maker_age",
                        "act_date", "dsa_response_days"})) {
    return *s.failure();
  }
  situation.today = s.date("today");
  situation.depicted = read_enum(s, "depicted", depicted_names, Depicted::unknown);
  situation.age_group = read_enum(s, "age_group", age_names, AgeGroup::unknown);
  situation.sexual = read_enum(s, "sexual", tri_names, Tri::unknown);
  situation.shared_with = read_enum(s, "shared_with", shared_names, SharedWith::unknown);
  situation.labelled_as_deepfake = read_enum(s, "labelled_as_deepfake", tri_names, Tri::unknown);
  situation.recognisable = read_enum(s, "recognisable", tri_names, Tri::unknown);
  situation.maker = read_enum(s, "maker", maker_names, Maker::unknown);
  situation.platforms = read_platforms(s);
  situation.in_search_results = read_enum(s, "in_search_results", tri_names, Tri::unknown);
  situation.public_figure = read_enum(s, "public_figure", tri_names, Tri::unknown);
  situation.harm = read_list<Harm>(s, "harm", harm_names);
  situation.used_for = read_list<Use>(s, "used_for", use_names);
  situation.deceased = read_enum(s, "deceased", tri_names, Tri::unknown);
  situation.maker_age = read_enum(s, "maker_age", maker_age_names, MakerAge::unknown);
  situation.act_date = read_date_or_unknown(s, "act_date");
  situation.dsa_response_days = s.integer("dsa_response_days", 1, max_response_days);
  situation.consent_given_earlier = read_enum(s, "consent_given_earlier", tri_names, Tri::unknown);
  situation.history = read_history(s);
  if (s.has("residence")) {
    const nlohmann::json* residence = s.get("residence");
    const auto region = residence->is_string() ? region_of(residence->get_ref<const std::string&>()) : std::nullopt;
    if (region) {
      situation.residence = residence->get<std::string>();
      if (situation.residence == "UK") situation.residence = "GB";
      situation.region = *region;
    } else {
      s.fail("residence", "must be a two-letter ISO 3166-1 country code in capitals (NL, DE, US, GB, ...) or unknown");
    }
  }
  if (s.ok() && situation.act_date && situation.today && *situation.today < *situation.act_date) {
    s.fail("act_date", "is after today");
  }
  if (!s.ok()) return *s.failure();
  return situation;
}

nlohmann::json situation_to_json(const Situation& s) {
  auto platforms = nlohmann::json::array();
  for (const auto& p : s.platforms) platforms.push_back({{"name", p.name}, {"urls", p.urls}});
  nlohmann::json harm = "unknown";
  if (s.harm) {
    harm = nlohmann::json::array();
    for (const auto h : *s.harm) harm.push_back(name_of(h));
  }
  nlohmann::json used_for = "unknown";
  if (s.used_for) {
    used_for = nlohmann::json::array();
    for (const auto u : *s.used_for) used_for.push_back(name_of(u));
  }
  auto history = nlohmann::json::array();
  for (const auto& h : s.history) {
    nlohmann::json entry{{"to", name_of(h.to)}, {"name", h.name},         {"sent", time::format_date(h.sent)},
                         {"answer", name_of(h.answer)}, {"extended", h.extended}, {"via", name_of(h.via)}};
    if (h.answered) entry["answered"] = time::format_date(*h.answered);
    if (h.respond_within_days) entry["respond_within_days"] = *h.respond_within_days;
    if (h.extended_on) entry["extended_on"] = time::format_date(*h.extended_on);
    if (h.extended) entry["extension_reasons"] = name_of(h.extension_reasons);
    history.push_back(entry);
  }
  return {
      {"today", s.today ? nlohmann::json(time::format_date(*s.today)) : nlohmann::json("unknown")},
      {"depicted", name_of(s.depicted)},
      {"age_group", name_of(s.age_group)},
      {"sexual", name_of(s.sexual)},
      {"shared_with", name_of(s.shared_with)},
      {"labelled_as_deepfake", name_of(s.labelled_as_deepfake)},
      {"recognisable", name_of(s.recognisable)},
      {"maker", name_of(s.maker)},
      {"platforms", platforms},
      {"in_search_results", name_of(s.in_search_results)},
      {"public_figure", name_of(s.public_figure)},
      {"harm", harm},
      {"residence", s.residence},
      {"region", region_name(s.region)},
      {"consent_given_earlier", name_of(s.consent_given_earlier)},
      {"history", history},
      {"used_for", used_for},
      {"deceased", name_of(s.deceased)},
      {"maker_age", name_of(s.maker_age)},
      {"act_date", s.act_date ? nlohmann::json(time::format_date(*s.act_date)) : nlohmann::json("unknown")},
      // The period in effect: the person's, else the default (a day for sexual content, else a week).
      {"dsa_response_days",
       s.dsa_response_days.value_or(s.sexual == Tri::yes ? sexual_dsa_response_days : default_dsa_response_days)},
  };
}

std::string_view name_of(Tri value) { return name_in(tri_names, value); }
std::string_view name_of(Depicted value) { return name_in(depicted_names, value); }
std::string_view name_of(AgeGroup value) { return name_in(age_names, value); }
std::string_view name_of(SharedWith value) { return name_in(shared_names, value); }
std::string_view name_of(Maker value) { return name_in(maker_names, value); }
std::string_view name_of(Harm value) { return name_in(harm_names, value); }
std::string_view name_of(RequestTo value) { return name_in(to_names, value); }
std::string_view name_of(Answer value) { return name_in(answer_names, value); }
std::string_view name_of(Via value) { return name_in(via_names, value); }
std::string_view name_of(Use value) { return name_in(use_names, value); }
std::string_view name_of(MakerAge value) { return name_in(maker_age_names, value); }

}  // namespace takedown::guidance

#include "situation.hpp"

#include <algorithm>
#include <array>

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
constexpr std::array<std::string_view, 5> to_names{"maker", "platform", "search_engine", "dpa", "police"};
constexpr std::array<std::string_view, 4> answer_names{"none", "refused", "partial", "removed"};
constexpr std::array<std::string_view, 3> via_names{"gdpr", "dsa", "take_it_down"};

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

std::optional<std::vector<Harm>> read_harm(const core::FieldReader& in) {
  const nlohmann::json* value = in.get("harm");
  if (value == nullptr) return std::nullopt;
  // "unknown" may be said explicitly; otherwise a list, where [] means "no harm".
  if (value->is_string()) {
    in.choice_index("harm", std::array<std::string_view, 1>{"unknown"}, 1);
    return std::nullopt;
  }
  std::vector<Harm> harms;
  const auto& items = in.array("harm", harm_names.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto kind = std::find(harm_names.begin(), harm_names.end(),
                                items[i].is_string() ? items[i].get_ref<const std::string&>() : std::string());
    if (kind == harm_names.end()) {
      in.fail("harm[" + std::to_string(i) + "]", "must be one of reputational, financial, emotional");
      return std::nullopt;
    }
    const auto harm = static_cast<Harm>(kind - harm_names.begin());
    if (std::find(harms.begin(), harms.end(), harm) != harms.end()) {
      in.fail("harm[" + std::to_string(i) + "]", "repeats an earlier entry");
      return std::nullopt;
    }
    harms.push_back(harm);
  }
  return harms;
}

std::vector<HistoryEntry> read_history(const core::FieldReader& in) {
  std::vector<HistoryEntry> history;
  const auto& items = in.array("history", max_history);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const auto item = in.element(items[i], i, "history");
    if (!item.expect_object({"to", "name", "sent", "answer", "answered", "extended", "via"})) break;
    HistoryEntry entry;
    if (!item.has("to")) item.fail("to", "is required");
    entry.to = read_enum(item, "to", to_names, RequestTo::platform);
    entry.name = item.text("name", max_name_bytes);
    entry.sent = item.date("sent", /*required=*/true).value_or(time::CivilDate{});
    entry.answer = read_enum(item, "answer", answer_names, Answer::none);
    entry.answered = item.date("answered");
    entry.extended = item.boolean("extended").value_or(false);
    entry.via = read_enum(item, "via", via_names, Via::gdpr);
    if (!item.ok()) break;
    if (entry.answered && *entry.answered < entry.sent) item.fail("answered", "is before sent");
    if (entry.answered && entry.answer == Answer::none) item.fail("answered", "needs an answer other than none");
    if (entry.extended && entry.via != Via::gdpr) item.fail("extended", "applies only to GDPR requests (via gdpr)");
    if (entry.to == RequestTo::police && item.has("answer")) item.fail("answer", "does not apply to a police report");
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
                        "residence", "consent_given_earlier", "history"})) {
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
  situation.harm = read_harm(s);
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
  auto history = nlohmann::json::array();
  for (const auto& h : s.history) {
    nlohmann::json entry{{"to", name_of(h.to)}, {"name", h.name},         {"sent", time::format_date(h.sent)},
                         {"answer", name_of(h.answer)}, {"extended", h.extended}, {"via", name_of(h.via)}};
    if (h.answered) entry["answered"] = time::format_date(*h.answered);
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

}  // namespace takedown::guidance

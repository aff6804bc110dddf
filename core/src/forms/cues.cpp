#include "cues.hpp"

#include "text/ascii.hpp"

#include <array>

namespace takedown::forms {
namespace {

constexpr std::array<std::string_view, cue_count> cue_names{
    "given_name", "family_name", "middle_name", "full_name", "name", "email", "confirm", "phone", "country",
    "street_address", "address_line2", "postal_code", "city", "region", "organisation", "relationship", "self",
    "child", "represented", "yes", "no", "content_url", "search_results", "reported_account", "description",
    "signature", "date", "consent", "good_faith", "sworn", "captcha", "password", "third_party", "report_context", "login", "signup", "conditional",
    "ai_generated", "consent_to_share", "without_consent", "report_category", "category_intimate", "category_privacy",
    "subject",
    "decoy",
    "username", "card", "website", "birth", "other_date", "code", "newsletter", "phone_prefix", "other",
};

constexpr std::array<std::string_view, lang_count> lang_names{"any", "en", "nl", "de", "fr", "es", "it", "pt", "pl"};


}  // namespace

std::string_view cue_name(Cue cue) noexcept { return cue_names[static_cast<std::size_t>(cue)]; }

std::string_view lang_name(Lang lang) noexcept { return lang_names[static_cast<std::size_t>(lang)]; }

std::optional<Cue> cue_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < cue_names.size(); ++i) {
    if (cue_names[i] == name) return static_cast<Cue>(i);
  }
  return std::nullopt;
}

std::optional<Lang> lang_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < lang_names.size(); ++i) {
    if (lang_names[i] == name) return static_cast<Lang>(i);
  }
  return std::nullopt;
}

std::optional<Lang> lang_from_tag(std::string_view tag) noexcept {
  if (tag.size() < 2 || (tag.size() > 2 && tag[2] != '-' && tag[2] != '_')) return std::nullopt;
  const char primary[2] = {text::ascii_lower(tag[0]), text::ascii_lower(tag[1])};
  for (std::size_t i = 1; i < lang_names.size(); ++i) {
    if (lang_names[i][0] == primary[0] && lang_names[i][1] == primary[1]) return static_cast<Lang>(i);
  }
  return std::nullopt;
}

}  // namespace takedown::forms

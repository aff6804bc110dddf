#pragma once
// The closed word lists of the platform registry. The data file, the validator and the methods all
// use these, so a word is added in one place (and documented in docs/platforms.md).
#include <algorithm>
#include <array>
#include <string_view>

namespace takedown::platforms {

// Why a route exists: what kind of request it takes.
inline constexpr std::array<std::string_view, 7> purposes{
    "privacy_gdpr", "ncii", "synthetic_media", "impersonation", "dsa_notice", "take_it_down", "search_delisting"};

// How sure the registry is of a fact: stated by the platform or the law itself, by someone else, or by nobody yet.
inline constexpr std::array<std::string_view, 3> confidences{"official", "third_party", "unconfirmed"};

// What a route's url is: the form itself, a page that explains the route and leads to it, or an e-mail address.
inline constexpr std::array<std::string_view, 3> url_kinds{"form", "help_page", "email"};

// What is known of a route's url today: not opened live since it was recorded, sources disagree, or
// opened live and found working or gone (set only by someone who checked it in a browser).
inline constexpr std::array<std::string_view, 4> url_statuses{"unchecked", "conflicting", "ok", "broken"};

// Units of a stated response time.
inline constexpr std::array<std::string_view, 3> period_units{"hours", "days", "months"};

// EU member states (ISO 3166-1 alpha-2) for eu_establishment.country.
inline constexpr std::array<std::string_view, 27> eu_countries{
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"};

template <std::size_t N>
constexpr bool is_one_of(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

}  // namespace takedown::platforms

#pragma once
// Countries and territories of ISO 3166-1 (plus Kosovo, XK, which many forms list), with their names in
// the eight languages the classifier reads (en, nl, de, fr, es, it, pt, pl), written from Unicode CLDR's
// common names. Used to pick a country in a <select> by value or visible text, and to write the
// person's country into a text field in the page's language.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "cues.hpp"

namespace takedown::forms {

struct Country {
  std::string_view alpha2;
  std::string_view alpha3;
  std::uint16_t numeric;  // 0 when ISO assigns none
  // en, nl, de, fr, es, it, pt, pl; each "Display name|other name|...".
  std::string_view names[8];
};

std::span<const Country> countries() noexcept;

// By alpha-2 code, any case; "UK" is taken for GB and "EL" for GR, as EU forms write them.
const Country* country_by_alpha2(std::string_view code) noexcept;
// By an option's value: an alpha-2 or alpha-3 code (any case) or a three-digit numeric code.
const Country* country_by_code(std::string_view value) noexcept;
// By a name in any of the languages, folded (fold.hpp); "the" in front is ignored.
const Country* country_by_name(std::string_view text);
// The name to write in a page in `lang` (English when the table has no name in that language).
std::string_view country_display_name(const Country& country, Lang lang) noexcept;

}  // namespace takedown::forms

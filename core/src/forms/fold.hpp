#pragma once
// Turning page text into the one form the pattern table is written in: lower-case ASCII letters and
// digits, diacritics folded ("Straße" -> "strasse", "Imię" -> "imie"), everything else a word
// boundary, words separated by one space, with one space before the first and after the last word
// (" e mail adres "), so that a pattern can say where a word starts and ends.
#include <string>
#include <string_view>

namespace takedown::forms {

// Folds natural text (a label, a placeholder, an option).
std::string fold_text(std::string_view text);

// Folds an identifier (a name or id attribute): as fold_text, and also splits camelCase and letter/digit
// boundaries first ("billingAddress[zipCode]" -> " billing address zip code ", "address2" -> " address 2 ").
std::string fold_identifier(std::string_view identifier);

// The number of Unicode characters (code points) of UTF-8 text; malformed bytes count one each.
std::size_t character_count(std::string_view text) noexcept;

}  // namespace takedown::forms

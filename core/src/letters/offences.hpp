#pragma once
// Which Dutch criminal articles a letter may name, from the facts the person confirmed: the medium
// (image-abuse articles cover images and video, not audio), the date of the act (Sr 254ba/252 from
// 1 July 2024, 139h/240b before, both when unknown; legal-hard-cases §8) and what the deepfake is
// used for (extortion, fraud, threats, harassment, impersonation; §3).
#include <string>
#include <string_view>
#include <vector>

#include "../language.hpp"
#include "letter_input.hpp"

namespace takedown::letters {

enum class ActPeriod { before_2020, before_july_2024, from_july_2024, unknown };

// From case.act_date, else case.first_seen as an upper bound (seen before a date means made before it).
ActPeriod act_period(const LetterCase& c);

struct OffenceArticles {
  std::vector<std::string_view> sexual_image;  // e.g. {"254ba"}, {"139h"}, {"254ba", "139h"}
  std::vector<std::string_view> child;         // e.g. {"252"}, {"240b"}, {"252", "240b"}
};

// The articles on sexual images that fit the case (none unless sexual content is confirmed).
OffenceArticles image_offences(const LetterCase& c);

// "Article 254ba of the Dutch Criminal Code (…)" in the letter's language; empty when `articles` is.
std::string articles_in_words(const std::vector<std::string_view>& articles, ActPeriod period, core::Language language);

// One line per use the person named, with its articles, in the letter's language.
std::vector<std::string> use_offence_lines(const std::vector<std::string>& used_for, core::Language language);

// "Sr art. 254ba", … for legal_bases: image offences, then the uses' articles.
std::vector<std::string> criminal_bases(const LetterCase& c, bool with_uses);

}  // namespace takedown::letters

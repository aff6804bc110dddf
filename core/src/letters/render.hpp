#pragma once
// letters.render's answer for one letter.
#include <nlohmann/json.hpp>

#include "letter_input.hpp"

namespace takedown::letters {

// {kind, language, subject, text, html, addressee, legal_bases, facts, missing}
nlohmann::json render_letter(const LetterInput& input);

}  // namespace takedown::letters

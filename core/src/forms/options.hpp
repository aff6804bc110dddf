#pragma once
// Choosing an option of a <select> or listbox: a country by code or by name in any of the table's
// languages, a region by its name, an answer to "who are you reporting for" by what it says.
#include <cstddef>
#include <optional>
#include <span>
#include <string_view>

#include "countries.hpp"
#include "cues.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

// What choosing an option or ticking a radio says about who reports.
enum class Answer { none, self, child, represented, yes, no };

std::string_view answer_name(Answer answer) noexcept;

// The answer a text gives ("Myself" -> self, "Mijn kind" -> child, "Ja" -> yes); none when it gives
// none or more than one.
Answer answer_of(std::string_view text, std::optional<Lang> page);

// Most options name countries (by text, or by an alpha code as value): a country list.
bool options_are_countries(std::span<const Option> options);
// Most options show a calling code ("+31"): part of a phone number, not a country of residence.
bool options_are_phone_prefixes(std::span<const Option> options);
// At least two options give different answers about who reports.
bool options_are_relationship_answers(std::span<const Option> options, std::optional<Lang> page);

// Several options name kinds of imagery (synthetic, intimate, privacy): a report category.
bool options_are_report_categories(std::span<const Option> options, std::optional<Lang> page);
// The option naming synthetic (AI-made) imagery, else intimate or sexual imagery, else privacy or
// impersonation; nullopt when none does, or two name the best kind equally.
std::optional<std::size_t> category_option(std::span<const Option> options, std::optional<Lang> page);
// How well a text names what a deepfake case reports: 3 synthetic, 2 intimate, 1 privacy, 0 none
// (plus a tenth for an intimate mention beside a synthetic one: "AI-made nude images").
double category_rank(std::string_view text, std::optional<Lang> page);

std::optional<std::size_t> country_option(std::span<const Option> options, const Country& country);
// The option whose text or value is `wanted`, compared folded (case, accents and punctuation aside).
std::optional<std::size_t> text_option(std::span<const Option> options, std::string_view wanted);
std::optional<std::size_t> answer_option(std::span<const Option> options, Answer wanted, std::optional<Lang> page);

}  // namespace takedown::forms

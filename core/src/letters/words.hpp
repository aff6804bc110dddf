#pragma once
// The few words letters need that depend on the case and the language: what kind of media it is,
// the bracketed placeholders for facts not yet given, and labels inside composed list lines.
#include <string>
#include <string_view>

#include "../language.hpp"

namespace takedown::letters {

// "a video" / "een video"; every Dutch noun used is a de-word, so templates can say "die" and "hem".
std::string_view media_with_article(std::string_view media, core::Language language) noexcept;

enum class Placeholder { name, email, postal_address, url, child_name, person_name, request_date, organisation, decision_date };
std::string_view placeholder(Placeholder which, core::Language language) noexcept;

std::string_view captured_label(core::Language language) noexcept;  // "captured" / "vastgelegd"

}  // namespace takedown::letters

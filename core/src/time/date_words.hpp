#pragma once
// Dates written out for people: "maandag 1 maart 2027", "Monday 1 March 2027".
#include <string>

#include "../language.hpp"
#include "civil_date.hpp"

namespace takedown::time {

std::string date_in_words(CivilDate date, core::Language language);
std::string date_with_weekday(CivilDate date, core::Language language);
std::string weekday_in_words(Weekday day, core::Language language);

}  // namespace takedown::time

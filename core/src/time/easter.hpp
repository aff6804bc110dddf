#pragma once
// Easter Sunday in the Gregorian calendar: the anchor of four Dutch holidays (Good Friday, Easter
// Monday, Ascension Day, Whit Monday).
#include "civil_date.hpp"

namespace takedown::time {

// Valid for every Gregorian year (1583 onwards); Takedown uses 1900..2200.
CivilDate easter_sunday(int year) noexcept;

}  // namespace takedown::time

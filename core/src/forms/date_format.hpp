#pragma once
// Writing today's date the way a date field expects it: ISO 8601 for <input type=date>; the format a
// text field shows ("dd-mm-jjjj", "MM/DD/YYYY", "TT.MM.JJJJ", "jj/mm/aaaa", an example "31/12/2024");
// else the page language's own day-month-year order. An English page that shows no format gets nothing:
// "03/04/2027" is March in one country and April in another.
#include <optional>
#include <string>

#include "../time/civil_date.hpp"
#include "cues.hpp"
#include "snapshot.hpp"

namespace takedown::forms {

std::optional<std::string> write_date(const time::CivilDate& date, const SnapshotField& field, std::optional<Lang> page);

}  // namespace takedown::forms

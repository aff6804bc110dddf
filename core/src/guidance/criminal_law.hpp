#pragma once
// Which criminal provisions a police report rests on: for a sexual image by the date of the act
// (Sr 254ba/252 from 1 July 2024, 139h/240b before; both when the date is unknown), and for each use
// the deepfake is put to (extortion, fraud, ...), in the Netherlands and, where the notes name them,
// the UK and the US. Source: shared/notes/legal-hard-cases.md sections 3 and 8.
#include <optional>
#include <string_view>
#include <vector>

#include "../time/civil_date.hpp"
#include "situation.hpp"

namespace takedown::guidance {

// 1 July 2024: the Wet seksuele misdrijven moved 139h to 254ba and 240b to 252 (Stb. 2024, 59).
inline constexpr time::CivilDate sexual_offences_act_start{2024, 7, 1};
// 1 January 2020: art. 139h Sr, the first specific offence for sexual images of adults.
inline constexpr time::CivilDate image_abuse_offence_start{2020, 1, 1};

// Dutch articles for a sexual image; `child`: the person shown is a minor.
std::vector<std::string_view> sexual_image_articles_nl(bool child, const std::optional<time::CivilDate>& act_date);
// The provisions for one use in a region (empty where the notes name none); `sexual` adds the
// intimate-image threat offences where they exist.
std::vector<std::string_view> use_articles(Use use, Region region, bool sexual);

}  // namespace takedown::guidance

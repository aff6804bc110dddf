#pragma once
// Where the person shown lives, as far as the routes differ: the Netherlands (the AP, Dutch police
// and helplines), elsewhere in the EU/EEA (GDPR), the US (TAKE IT DOWN Act), the UK (Sexual Offences
// Act) or elsewhere.
#include <optional>
#include <string_view>

namespace takedown::guidance {

enum class Region { nl, eu, us, gb, other, unknown };

// From an ISO 3166-1 alpha-2 code ("NL", "DE", "US", "GB"; "UK" is accepted for GB) or "unknown".
// Nothing for text that is not two capital letters.
std::optional<Region> region_of(std::string_view residence) noexcept;
std::string_view region_name(Region region) noexcept;
inline bool outside_eu(Region region) { return region == Region::us || region == Region::gb || region == Region::other; }

}  // namespace takedown::guidance

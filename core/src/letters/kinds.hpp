#pragma once
// The letter kinds letters.render writes, with what each needs and rests on.
#include <optional>
#include <string_view>
#include <vector>

namespace takedown::letters {

enum class LetterKind {
  maker_erasure,        // GDPR erasure request to the maker
  platform_removal,     // GDPR erasure + Art. 17(2) forwarding + DSA Art. 16 notice, to a platform
  search_delisting,     // GDPR erasure of search results, to a search engine
  take_it_down_notice,  // TAKE IT DOWN Act removal request, to a covered platform
  reminder,             // after a deadline passed without an answer
  dpa_complaint,        // complaint to the Autoriteit Persoonsgegevens
  police_summary,       // facts, timeline and evidence list for a police report (sexual deepfakes)
  platform_appeal,      // DSA Art. 20 internal complaint against a platform's decision
  portrait_right_demand,  // sommatiebrief to the maker on the portrait right (Aw art. 21) and BW 6:162
  dsc_complaint,        // DSA Art. 53 complaint to a Digital Services Coordinator about a notice's handling
};

inline constexpr LetterKind all_letter_kinds[] = {
    LetterKind::maker_erasure,   LetterKind::platform_removal, LetterKind::search_delisting,
    LetterKind::take_it_down_notice, LetterKind::reminder,     LetterKind::dpa_complaint,
    LetterKind::police_summary,  LetterKind::platform_appeal,  LetterKind::portrait_right_demand,
    LetterKind::dsc_complaint,
};

std::string_view kind_name(LetterKind kind) noexcept;
std::optional<LetterKind> kind_from_name(std::string_view name) noexcept;

}  // namespace takedown::letters

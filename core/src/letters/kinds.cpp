#include "kinds.hpp"

namespace takedown::letters {

std::string_view kind_name(LetterKind kind) noexcept {
  switch (kind) {
    case LetterKind::maker_erasure: return "maker_erasure";
    case LetterKind::platform_removal: return "platform_removal";
    case LetterKind::search_delisting: return "search_delisting";
    case LetterKind::take_it_down_notice: return "take_it_down_notice";
    case LetterKind::reminder: return "reminder";
    case LetterKind::dpa_complaint: return "dpa_complaint";
    case LetterKind::police_summary: return "police_summary";
    case LetterKind::platform_appeal: return "platform_appeal";
    case LetterKind::portrait_right_demand: return "portrait_right_demand";
    case LetterKind::dsc_complaint: return "dsc_complaint";
  }
  return "";
}

std::optional<LetterKind> kind_from_name(std::string_view name) noexcept {
  for (const auto kind : all_letter_kinds) {
    if (kind_name(kind) == name) return kind;
  }
  return std::nullopt;
}

}  // namespace takedown::letters

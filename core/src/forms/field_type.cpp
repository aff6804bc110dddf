#include "field_type.hpp"

#include <array>

namespace takedown::forms {
namespace {

constexpr std::array<std::string_view, field_type_count> names{
    "given_name",     "family_name",  "middle_name", "full_name",        "email",
    "email_confirm",  "phone",        "country",     "street_address",   "address_line2",
    "postal_code",    "city",         "region",      "organisation",     "relationship",
    "content_url",    "content_urls", "reported_account", "search_results_url", "description",
    "signature",      "date",         "consent_checkbox", "good_faith_statement", "sworn_statement",
    "file_upload",    "captcha",      "password",    "ai_generated",     "consent_to_share",
    "report_category", "subject",    "unknown",
};

}  // namespace

std::string_view type_name(FieldType type) noexcept { return names[static_cast<std::size_t>(type)]; }

std::optional<FieldType> type_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<FieldType>(i);
  }
  return std::nullopt;
}

bool is_statement(FieldType type) noexcept {
  return type == FieldType::consent_checkbox || type == FieldType::good_faith_statement ||
         type == FieldType::sworn_statement;
}

bool is_question(FieldType type) noexcept {
  return type == FieldType::ai_generated || type == FieldType::consent_to_share || type == FieldType::report_category;
}

bool is_fillable(FieldType type) noexcept {
  switch (type) {
    case FieldType::signature:
    case FieldType::consent_checkbox:
    case FieldType::good_faith_statement:
    case FieldType::sworn_statement:
    case FieldType::file_upload:
    case FieldType::captcha:
    case FieldType::password:
    case FieldType::unknown:
      return false;
    default:
      return true;
  }
}

double min_confidence(FieldType type) noexcept {
  switch (type) {
    case FieldType::description:
      return 0.55;
    case FieldType::organisation:
    case FieldType::date:
    case FieldType::reported_account:
    case FieldType::ai_generated:
    case FieldType::consent_to_share:
    case FieldType::report_category:
      // Questions answered on the person's behalf: only where the words clearly ask them.
      return 0.7;
    case FieldType::consent_checkbox:
    case FieldType::good_faith_statement:
    case FieldType::sworn_statement:
      // Statements are only ever highlighted, never ticked: a weak match costs nothing.
      return 0.4;
    default:
      return 0.6;
  }
}

}  // namespace takedown::forms

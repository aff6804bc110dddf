#pragma once
// The field type vocabulary of docs/forms.md: what a form field asks for, as far as Takedown fills it.
#include <cstdint>
#include <optional>
#include <string_view>

namespace takedown::forms {

enum class FieldType : std::uint8_t {
  given_name,
  family_name,
  middle_name,
  full_name,
  email,
  email_confirm,
  phone,
  country,
  street_address,
  address_line2,
  postal_code,
  city,
  region,
  organisation,
  relationship,
  content_url,
  content_urls,
  reported_account,
  search_results_url,
  description,
  signature,
  date,
  consent_checkbox,
  good_faith_statement,
  sworn_statement,
  file_upload,
  captcha,
  password,
  ai_generated,      // a yes/no question: is it made or altered with AI (a case is about a deepfake: yes)
  consent_to_share,  // a yes/no question: did the person consent to it being shared (from the case)
  report_category,   // what is reported: the option naming synthetic, else intimate, else privacy imagery
  subject,           // a subject line
  unknown,
};

inline constexpr std::size_t field_type_count = static_cast<std::size_t>(FieldType::unknown) + 1;

std::string_view type_name(FieldType type) noexcept;
std::optional<FieldType> type_from_name(std::string_view name) noexcept;

// Statements the person must tick (or not) themselves: never ticked by Takedown.
bool is_statement(FieldType type) noexcept;
// The questions a removal form asks that the case answers by choosing (ai_generated, consent_to_share,
// report_category): chosen from options, radios or a box, never typed.
bool is_question(FieldType type) noexcept;
// Types whose value comes from the profile or the case (a wrong guess would put data in a wrong place).
bool is_fillable(FieldType type) noexcept;
// Below this confidence a classification is not trusted and the field stays `unknown`: a wrong fill
// is worse than a blank one, so the types whose fill could mislead a platform need more evidence.
double min_confidence(FieldType type) noexcept;

}  // namespace takedown::forms

#include "autocomplete.hpp"

#include <array>

namespace takedown::forms {
namespace {

struct Token {
  std::string_view name;
  FieldType type;
};

constexpr Token tokens[] = {
    {"name", FieldType::full_name},
    {"given-name", FieldType::given_name},
    {"additional-name", FieldType::middle_name},
    {"family-name", FieldType::family_name},
    {"email", FieldType::email},
    {"tel", FieldType::phone},
    {"tel-national", FieldType::phone},
    {"organization", FieldType::organisation},
    {"street-address", FieldType::street_address},
    {"address-line1", FieldType::street_address},
    {"address-line2", FieldType::address_line2},
    {"address-level1", FieldType::region},
    {"address-level2", FieldType::city},
    {"country", FieldType::country},
    {"country-name", FieldType::country},
    {"postal-code", FieldType::postal_code},
    {"new-password", FieldType::password},
    {"current-password", FieldType::password},
    // Real tokens for things Takedown does not fill.
    {"honorific-prefix", FieldType::unknown},
    {"honorific-suffix", FieldType::unknown},
    {"nickname", FieldType::unknown},
    {"username", FieldType::unknown},
    {"one-time-code", FieldType::unknown},
    {"organization-title", FieldType::unknown},
    {"address-line3", FieldType::unknown},
    {"address-level3", FieldType::unknown},
    {"address-level4", FieldType::unknown},
    {"cc-name", FieldType::unknown},
    {"cc-given-name", FieldType::unknown},
    {"cc-additional-name", FieldType::unknown},
    {"cc-family-name", FieldType::unknown},
    {"cc-number", FieldType::unknown},
    {"cc-exp", FieldType::unknown},
    {"cc-exp-month", FieldType::unknown},
    {"cc-exp-year", FieldType::unknown},
    {"cc-csc", FieldType::unknown},
    {"cc-type", FieldType::unknown},
    {"transaction-currency", FieldType::unknown},
    {"transaction-amount", FieldType::unknown},
    {"language", FieldType::unknown},
    {"bday", FieldType::unknown},
    {"bday-day", FieldType::unknown},
    {"bday-month", FieldType::unknown},
    {"bday-year", FieldType::unknown},
    {"sex", FieldType::unknown},
    {"url", FieldType::unknown},
    {"photo", FieldType::unknown},
    {"impp", FieldType::unknown},
    {"tel-country-code", FieldType::unknown},
    {"tel-area-code", FieldType::unknown},
    {"tel-local", FieldType::unknown},
    {"tel-local-prefix", FieldType::unknown},
    {"tel-local-suffix", FieldType::unknown},
    {"tel-extension", FieldType::unknown},
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::optional<AutocompleteMeaning> read_autocomplete(std::string_view attribute, bool password_input) {
  // The field-name token is the last one, or the one before a trailing "webauthn"; contact modifiers
  // (home, work, mobile, fax, pager) come right before it.
  std::array<std::string_view, 6> words{};
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < attribute.size() && count < words.size()) {
    while (pos < attribute.size() && is_space(attribute[pos])) ++pos;
    const std::size_t start = pos;
    while (pos < attribute.size() && !is_space(attribute[pos])) ++pos;
    if (pos > start) words[count++] = attribute.substr(start, pos - start);
  }
  if (count == 0) return std::nullopt;
  if (words[count - 1] == "webauthn") --count;
  if (count == 0) return std::nullopt;
  const std::string_view field = words[count - 1];
  const std::string_view modifier = count >= 2 ? words[count - 2] : std::string_view();
  for (const auto& token : tokens) {
    if (token.name != field) continue;
    if (token.type == FieldType::password && !password_input) return std::nullopt;
    if (token.type == FieldType::phone && (modifier == "fax" || modifier == "pager")) {
      return AutocompleteMeaning{FieldType::unknown, token.name};
    }
    return AutocompleteMeaning{token.type, token.name};
  }
  return std::nullopt;
}

}  // namespace takedown::forms

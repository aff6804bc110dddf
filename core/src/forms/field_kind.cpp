#include "field_kind.hpp"

#include <string_view>

namespace takedown::forms {

FieldKind kind_of(const SnapshotField& field) noexcept {
  if (field.is_radio()) return FieldKind::radio;
  if (field.checkable()) return FieldKind::checkbox;
  if (field.tag == Tag::select || field.role == "listbox" || (field.role == "combobox" && !field.options.empty())) {
    return FieldKind::choice;
  }
  if (field.multi_line()) return FieldKind::multi_line;
  if (field.tag == Tag::custom) return field.role == "textbox" || field.role == "combobox" ? FieldKind::text : FieldKind::none;
  const std::string_view type = field.type;
  if (type == "email") return FieldKind::email;
  if (type == "tel") return FieldKind::tel;
  if (type == "url") return FieldKind::url;
  if (type == "date" || type == "datetime-local") return FieldKind::date;
  if (type == "number") return FieldKind::number;
  if (type.empty() || type == "text" || type == "search") return FieldKind::text;
  return FieldKind::none;  // hidden, submit, button, month, time, color, range, ...
}

bool kind_allows(FieldKind kind, FieldType type) noexcept {
  using T = FieldType;
  switch (kind) {
    case FieldKind::text:
      return type != T::relationship && type != T::content_urls && !is_statement(type) && type != T::file_upload &&
             !is_question(type);
    case FieldKind::email: return type == T::email || type == T::email_confirm;
    case FieldKind::tel: return type == T::phone || type == T::postal_code;  // tel also brings up a digit keyboard
    case FieldKind::url: return type == T::content_url || type == T::reported_account || type == T::search_results_url;
    case FieldKind::date: return type == T::date;
    case FieldKind::number: return type == T::phone || type == T::postal_code;
    case FieldKind::choice:
      return type == T::country || type == T::region || type == T::relationship || type == T::city || is_question(type);
    case FieldKind::multi_line:
      return type == T::description || type == T::content_urls || type == T::search_results_url ||
             type == T::street_address || type == T::reported_account;
    case FieldKind::checkbox:
      return is_statement(type) || type == T::relationship || type == T::ai_generated || type == T::consent_to_share;
    case FieldKind::radio: return type == T::relationship || is_question(type);
    case FieldKind::none: return false;
  }
  return false;
}

}  // namespace takedown::forms

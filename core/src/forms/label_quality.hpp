#pragma once
// How much a text near a field says about it, by where the text comes from. Labels tied to the field
// by markup (label[for], a wrapping label, aria-labelledby) are the best; text that merely stands near
// it (an ancestor row, a heading) the weakest (after Chromium's split of label sources into high and low
// quality, see ../shared/notes/autofill.md). A name or id says most in its last word:
// "billingAddress[zipcode]" is a postal code, not an address.
#include <cstdint>
#include <string_view>

namespace takedown::forms {

enum class TextSource : std::uint8_t {
  label_for,
  label_wrap,
  label_labelledby,
  label_aria,
  label_sibling,
  label_after,
  label_ancestor,
  placeholder,
  title,
  attribute_last_word,   // a match in a name or id that includes its last word
  attribute_inner_word,  // a match in a name or id before its last word
  group,                 // a radio's question
  description,
  section,
  option,                // a select's option text
};

// Which evidence pools a source feeds: primary sources can make a type on their own; context sources
// (help text, the section heading) only strengthen a type that a primary source points to.
enum class Pool : std::uint8_t { label, placeholder, attribute, title, group, context };

// The weight of a text from `source` for a field that is a checkbox or radio (`checkable`) or not: a
// checkbox's text usually follows it, while text after an input belongs to the next field.
double source_weight(TextSource source, bool checkable) noexcept;
Pool pool_of(TextSource source) noexcept;
// The label sources of the snapshot format ("for", "wrap", ...), or false when the name is unknown.
bool label_source_from_name(std::string_view name, TextSource& source) noexcept;

}  // namespace takedown::forms

#pragma once
// A small line-based template language for letters, so that the wording lives in text files
// (templates/<kind>.<language>.txt) that a lawyer or translator can read and edit without C++.
//
//   @subject Text of the subject line      the subject (one line; the last one rendered wins, so it
//                                          may sit inside @if)
//   @# anything                            a comment
//   @if name / @if !name / @else / @end    keep lines when `name` is true, a non-empty text or list
//                                          (inside @each, `.field` tests an item's field)
//   @each name ... @end                    repeat lines for each item of a list; {{.}} is the item,
//                                          {{.field}} a field of an object item
//   (blank line)                           ends a paragraph
//   - text                                 a list item
//   | text                                 a line of its own (addresses, signatures)
//   text                                   prose: joined to the previous prose line with a space
//   {{name}}                               inserts the value of `name`
//
// The structure of a letter (paragraphs, lists, lines) is fixed by the template before any value is
// inserted, and values are single lines (text/sanitize.hpp), so a value can never add a line, a
// paragraph or a header; renderers escape every character of text and value alike.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace takedown::letters {

struct Line {
  enum class Type { prose, own_line, item, paragraph_break };
  Type type;
  std::string text;
};

// Where a template value came from: the input field and its value as given, for the letter's facts.
struct Source {
  std::string field;  // e.g. "case.urls"; empty for values that rest on no input
  nlohmann::json value;
};

// Names a template may use: texts (strings), flags (booleans) and lists (arrays of strings or of
// objects with string fields).
class TemplateContext {
 public:
  void set_text(const std::string& name, std::string value, Source source = {});
  void set_flag(const std::string& name, bool value, Source source = {});
  void set_list(const std::string& name, nlohmann::json items, Source source = {});

  const nlohmann::json* find(const std::string& name) const;
  const Source& source_of(const std::string& name) const;
  const nlohmann::json& values() const { return values_; }

 private:
  nlohmann::json values_ = nlohmann::json::object();
  std::map<std::string, Source> sources_;
};

struct RenderedTemplate {
  std::string subject;
  std::vector<Line> lines;
  std::vector<std::string> used;  // names whose values shaped the output, in order of first use
};

// Renders `source` with `context`. A template that uses an unknown name or is malformed throws
// std::runtime_error: templates are ours and every one is rendered by the tests.
RenderedTemplate render_template(std::string_view source, const TemplateContext& context);

// Every name a template refers to in any branch (item fields excluded), to check templates against
// the names their context defines.
std::vector<std::string> names_in_template(std::string_view source);

}  // namespace takedown::letters

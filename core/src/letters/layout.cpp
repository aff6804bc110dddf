#include "layout.hpp"

#include "../text/sanitize.hpp"

namespace takedown::letters {

using core::html_escape;

namespace {

using Paragraph = std::vector<const Line*>;

std::vector<Paragraph> paragraphs(const std::vector<Line>& lines) {
  std::vector<Paragraph> out(1);
  for (const auto& line : lines) {
    if (line.type == Line::Type::paragraph_break) {
      if (!out.back().empty()) out.emplace_back();
    } else {
      out.back().push_back(&line);
    }
  }
  if (out.back().empty()) out.pop_back();
  return out;
}

}  // namespace

std::string plain_text(const std::vector<Line>& lines) {
  std::string out;
  for (const auto& paragraph : paragraphs(lines)) {
    if (!out.empty()) out += "\n\n";
    const Line* previous = nullptr;
    for (const Line* line : paragraph) {
      if (previous != nullptr) {
        const bool joins = line->type == Line::Type::prose && previous->type == Line::Type::prose;
        out += joins ? " " : "\n";
      }
      if (line->type == Line::Type::item) out += "- ";
      out += line->text;
      previous = line;
    }
  }
  if (!out.empty()) out += "\n";
  return out;
}

std::string html(const std::vector<Line>& lines, std::string_view language) {
  std::string out = "<article class=\"letter\" lang=\"" + html_escape(language) + "\">\n";
  for (const auto& paragraph : paragraphs(lines)) {
    bool in_list = false;
    bool in_text = false;
    const Line* previous = nullptr;
    for (const Line* line : paragraph) {
      const bool item = line->type == Line::Type::item;
      if (item && in_text) {
        out += "</p>\n";
        in_text = false;
      }
      if (!item && in_list) {
        out += "</ul>\n";
        in_list = false;
      }
      if (item) {
        if (!in_list) {
          out += "<ul>\n";
          in_list = true;
        }
        out += "<li>" + html_escape(line->text) + "</li>\n";
      } else {
        if (!in_text) {
          out += "<p>";
          in_text = true;
        } else {
          const bool joins = line->type == Line::Type::prose && previous->type == Line::Type::prose;
          out += joins ? " " : "<br>\n";
        }
        out += html_escape(line->text);
      }
      previous = line;
    }
    if (in_text) out += "</p>\n";
    if (in_list) out += "</ul>\n";
  }
  out += "</article>\n";
  return out;
}

}  // namespace takedown::letters

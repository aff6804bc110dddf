#pragma once
// Turns a rendered template's lines into the letter's plain text and its minimal HTML.
#include <string>
#include <string_view>
#include <vector>

#include "template.hpp"

namespace takedown::letters {

// Paragraphs separated by a blank line, prose joined with spaces, list items as "- ...", one "\n" at
// the end. No hard wrapping: mail clients and web forms wrap for themselves.
std::string plain_text(const std::vector<Line>& lines);

// <article class="letter" lang="..."> with <p> per paragraph (<br> between its own lines) and <ul>
// for lists; every character of content is escaped, so nothing in a value can become markup.
std::string html(const std::vector<Line>& lines, std::string_view language);

}  // namespace takedown::letters

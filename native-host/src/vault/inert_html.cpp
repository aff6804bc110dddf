#include "vault/inert_html.hpp"

#include <cctype>

namespace takedown::host::vault {
namespace {

constexpr std::string_view policy =
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
    "form-action 'none'\">\n<meta charset=\"utf-8\">\n";
constexpr std::string_view banner_open =
    "<div role=\"note\" style=\"all:initial;display:block;position:sticky;top:0;z-index:2147483647;box-sizing:border-box;"
    "padding:8px 12px;background:#fff3cd;color:#000;border-bottom:2px solid #000;font:16px/1.4 sans-serif\">";
constexpr std::string_view banner_en =
    "Inert copy made by Takedown for reading: scripts and event handlers are switched off and nothing is loaded from the "
    "internet, so pictures from other addresses are missing. The page's HTML exactly as captured is in ";
constexpr std::string_view banner_nl =
    "Inerte kopie, door Takedown gemaakt om te lezen: scripts en event handlers staan uit en er wordt niets van internet "
    "geladen, dus afbeeldingen van andere adressen ontbreken. De HTML van de pagina precies zoals vastgelegd staat in ";
constexpr std::string_view attribute_prefix = "data-takedown-inert-";

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `word` (lowercase) at `at`, ASCII case-insensitively.
bool word_at(std::string_view text, std::size_t at, std::string_view word) {
  if (text.size() - at < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) return false;
  }
  return true;
}

// The tag name ends at `at`: the end, a space, "/" or ">".
bool name_ends(std::string_view text, std::size_t at) {
  return at >= text.size() || is_space(text[at]) || text[at] == '/' || text[at] == '>';
}

// Optional spaces then "=" from `at`.
bool equals_follows(std::string_view text, std::size_t at) {
  while (at < text.size() && is_space(text[at])) ++at;
  return at < text.size() && text[at] == '=';
}

// An event handler (on + letters) or http-equiv attribute name starts at `at`.
bool dangerous_attribute(std::string_view text, std::size_t at) {
  if (word_at(text, at, "on")) {
    std::size_t end = at + 2;
    while (end < text.size() && is_letter(text[end])) ++end;
    return end > at + 2 && equals_follows(text, end);
  }
  return word_at(text, at, "http-equiv") && equals_follows(text, at + 10);
}

std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

}  // namespace

bool is_page_html(std::string_view mime) {
  std::string essence;
  for (char c : mime.substr(0, mime.find(';'))) {
    if (!is_space(c)) essence += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return essence == "text/html" || essence == "application/xhtml+xml";
}

std::string inert_html(std::string_view original, std::string_view lang, std::string_view original_name) {
  std::string out;
  out.reserve(original.size() + 1024);
  out += policy;
  out += banner_open;
  out += lang == "nl" ? banner_nl : banner_en;
  out += "<code>" + escape(original_name) + "</code>.</div>\n";
  for (std::size_t i = 0; i < original.size();) {
    const char c = original[i];
    if (c == '<' && word_at(original, i + 1, "script") && name_ends(original, i + 7)) {
      out += "<template data-takedown-inert=\"script\"";
      i += 7;
      continue;
    }
    if (c == '<' && word_at(original, i + 1, "/script") && name_ends(original, i + 8)) {
      out += "</template";
      i += 8;
      continue;
    }
    if (c == '<' && word_at(original, i + 1, "link") && name_ends(original, i + 5)) {
      out += "<takedown-inert-link";
      i += 5;
      continue;
    }
    out += c;
    ++i;
    if ((is_space(c) || c == '/' || c == '"' || c == '\'') && dangerous_attribute(original, i)) out += attribute_prefix;
  }
  return out;
}

}  // namespace takedown::host::vault
